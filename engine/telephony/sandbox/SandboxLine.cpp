#include "telephony/sandbox/SandboxLine.h"

#include "telephony/TwilioSignature.h"
#include "telephony/sandbox/Persona.h"
#include "telephony/sandbox/SandboxCall.h"
#include "telephony/sandbox/SandboxLog.h"
#include "telephony/sandbox/SandboxTwiml.h"
#include "telephony/sandbox/SpeechSynth.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QThread>

namespace calldeck {

Q_LOGGING_CATEGORY(lcSandbox, "calldeck.sandbox")

namespace {

constexpr int kMaxTwimlChars = 4000;
// Ended calls stay fetchable, like Twilio's call log; the oldest are forgotten past this many.
constexpr int kKeptEndedCalls = 200;

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char& c : raw) {
        c = char(QRandomGenerator::system()->bounded(256));
    }
    return QString::fromLatin1(raw.toHex());
}

QHttpServerResponse jsonResponse(const QJsonObject& body, int httpStatus)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               QJsonDocument(body).toJson(QJsonDocument::Compact),
                               static_cast<QHttpServerResponse::StatusCode>(httpStatus));
}

// Twilio's error JSON: {code, message, more_info, status}.
QHttpServerResponse twilioError(int httpStatus, int code, const QString& message)
{
    QHttpServerResponse response = jsonResponse(
        QJsonObject{{QStringLiteral("code"), code},
                    {QStringLiteral("message"), message},
                    {QStringLiteral("more_info"), QStringLiteral("https://www.twilio.com/docs/errors/%1").arg(code)},
                    {QStringLiteral("status"), httpStatus}},
        httpStatus);
    if (httpStatus == 401) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Twilio API\"");
    }
    return response;
}

QString formValue(const TwilioSignature::FormParams& form, const char* name)
{
    for (const auto& [key, value] : form) {
        if (key == QLatin1String(name)) {
            return value;
        }
    }
    return {};
}

bool isE164(const QString& number)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+[1-9][0-9]{1,14}$"));
    return pattern.match(number).hasMatch();
}

} // namespace

struct SandboxLine::Private
{
    QHttpServer server;
    QNetworkAccessManager network;
    QThread synthThread;
    sandbox::SpeechSynth* synth = nullptr;
    QUrl base;
    QString accountSid = QStringLiteral("AC") + randomHex(16);
    QString authToken = randomHex(16);
    double timeScale = 1.0;
    WallClock clock = systemClock();
    QTimeZone zone = QTimeZone::utc();
    QHash<QString, sandbox::SandboxCall*> calls;
    QStringList callOrder;
    QHash<QString, QString> personaByNumber;

    QHttpServerResponse handle(SandboxLine* line, const QString& account, const QString& callFile,
                               const QHttpServerRequest& request);
    QHttpServerResponse createCall(SandboxLine* line, const TwilioSignature::FormParams& form);
    QHttpServerResponse updateCall(sandbox::SandboxCall* call, const TwilioSignature::FormParams& form);
    [[nodiscard]] bool authorised(const QHttpServerRequest& request) const;
    [[nodiscard]] QString personaFor(const QString& number) const;
    void forgetOldCalls();
};

SandboxLine::SandboxLine(QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->synthThread.setObjectName(QStringLiteral("sandbox-speech"));
    d->synth = new sandbox::SpeechSynth;
    d->synth->moveToThread(&d->synthThread);
    connect(&d->synthThread, &QThread::finished, d->synth, &QObject::deleteLater);
    d->synthThread.start();

    auto* self = this;
    d->server.route(QStringLiteral("/2010-04-01/Accounts/<arg>/<arg>"),
                    [self](const QString& account, const QString& resource, const QHttpServerRequest& request) {
                        if (resource != QLatin1String("Calls.json")) {
                            return twilioError(404, 20404, tr("The requested resource was not found"));
                        }
                        return self->d->handle(self, account, QString(), request);
                    });
    d->server.route(QStringLiteral("/2010-04-01/Accounts/<arg>/Calls/<arg>"),
                    [self](const QString& account, const QString& callFile, const QHttpServerRequest& request) {
                        return self->d->handle(self, account, callFile, request);
                    });
}

SandboxLine::~SandboxLine()
{
    stop();
    // Calls first: they hold connections to the synthesiser.
    qDeleteAll(d->calls);
    d->calls.clear();
    d->synthThread.quit();
    d->synthThread.wait();
}

Status SandboxLine::start()
{
    if (!d->base.isEmpty()) {
        return {};
    }
    const quint16 port = d->server.listen(QHostAddress::LocalHost, 0);
    if (port == 0) {
        return Error{ErrorCode::Io, tr("The sandbox line could not listen on 127.0.0.1.")};
    }
    d->base = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    qCInfo(lcSandbox).noquote() << "Sandbox line listening on" << d->base.toString();
    return {};
}

void SandboxLine::stop()
{
    for (sandbox::SandboxCall* call : std::as_const(d->calls)) {
        call->hangUp(false);
    }
    for (QTcpServer* server : d->server.servers()) {
        server->close();
    }
    d->base.clear();
}

QUrl SandboxLine::apiBase() const
{
    return d->base;
}

TwilioCredentials SandboxLine::credentials() const
{
    return TwilioCredentials{d->accountSid, d->accountSid, d->authToken};
}

QString SandboxLine::authToken() const
{
    return d->authToken;
}

QString SandboxLine::fromNumber()
{
    return QStringLiteral("+15005550006");
}

QList<PersonaSummary> SandboxLine::personas()
{
    QList<PersonaSummary> result;
    for (const QString& name : sandbox::Persona::names()) {
        const Result<sandbox::Persona> persona = sandbox::Persona::load(name);
        if (persona.ok()) {
            const sandbox::Persona& p = persona.value();
            result.append(PersonaSummary{p.name, p.displayName, p.number, p.outcomeName});
        } else {
            qCWarning(lcSandbox).noquote() << persona.error().message;
        }
    }
    return result;
}

Status SandboxLine::setPersonaForNumber(const QString& number, const QString& name)
{
    if (!isE164(number)) {
        return Error{ErrorCode::InvalidArgument,
                     tr("\"%1\" is not a phone number in international format (+14155550123).").arg(number)};
    }
    const Result<sandbox::Persona> persona = sandbox::Persona::load(name);
    if (!persona.ok()) {
        return persona.error();
    }
    d->personaByNumber.insert(number, name);
    return {};
}

QString SandboxLine::defaultPersona()
{
    return QStringLiteral("dental");
}

void SandboxLine::setCalendar(WallClock clock, const QTimeZone& zone)
{
    d->clock = clock ? std::move(clock) : systemClock();
    d->zone = zone.isValid() ? zone : QTimeZone::utc();
}

void SandboxLine::setTimeScale(double scale)
{
    d->timeScale = std::clamp(scale, 0.01, 10.0);
}

int SandboxLine::activeCalls() const
{
    return int(std::count_if(d->calls.cbegin(), d->calls.cend(), [](const auto* call) { return !call->isEnded(); }));
}

bool SandboxLine::Private::authorised(const QHttpServerRequest& request) const
{
    const QByteArray header = request.value("Authorization");
    if (!header.startsWith("Basic ")) {
        return false;
    }
    const QByteArray expected = (accountSid + QLatin1Char(':') + authToken).toUtf8();
    return QByteArray::fromBase64(header.mid(6).trimmed()) == expected;
}

QString SandboxLine::Private::personaFor(const QString& number) const
{
    const auto overridden = personaByNumber.constFind(number);
    if (overridden != personaByNumber.constEnd()) {
        return overridden.value();
    }
    for (const PersonaSummary& persona : SandboxLine::personas()) {
        if (persona.number == number) {
            return persona.name;
        }
    }
    return SandboxLine::defaultPersona();
}

QHttpServerResponse SandboxLine::Private::handle(SandboxLine* line, const QString& account, const QString& callFile,
                                                 const QHttpServerRequest& request)
{
    if (!authorised(request)) {
        qCInfo(lcSandbox) << "Sandbox line refused a request with wrong credentials (20003)";
        return twilioError(401, 20003, tr("Authenticate"));
    }
    const QString path = request.url().path();
    if (account != accountSid) {
        return twilioError(404, 20404, tr("The requested resource %1 was not found").arg(path));
    }
    const bool isGet = request.method() == QHttpServerRequest::Method::Get;
    const bool isPost = request.method() == QHttpServerRequest::Method::Post;
    const TwilioSignature::FormParams form = TwilioSignature::parseForm(request.body());
    if (callFile.isEmpty()) {
        if (!isPost) {
            return twilioError(405, 20004, tr("Method not allowed"));
        }
        return createCall(line, form);
    }
    if (!callFile.endsWith(QLatin1String(".json"))) {
        return twilioError(404, 20404, tr("The requested resource %1 was not found").arg(path));
    }
    sandbox::SandboxCall* call = calls.value(callFile.chopped(5));
    if (!call) {
        return twilioError(404, 20404, tr("The requested resource %1 was not found").arg(path));
    }
    if (isGet) {
        return jsonResponse(call->resource(), 200);
    }
    if (isPost) {
        return updateCall(call, form);
    }
    return twilioError(405, 20004, tr("Method not allowed"));
}

QHttpServerResponse SandboxLine::Private::createCall(SandboxLine* line, const TwilioSignature::FormParams& form)
{
    const QString to = formValue(form, "To").trimmed();
    const QString from = formValue(form, "From").trimmed();
    const QString twiml = formValue(form, "Twiml");
    const QString url = formValue(form, "Url");
    if (to.isEmpty()) {
        return twilioError(400, 21201, tr("No 'To' number is specified"));
    }
    if (!isE164(to)) {
        return twilioError(400, 21211, tr("The 'To' number %1 is not a valid phone number.").arg(to));
    }
    // Twilio's magic test numbers (test credentials) fail the same way on the sandbox line.
    if (to == QLatin1String("+15005550001")) {
        return twilioError(400, 21217, tr("Phone number %1 does not appear to be valid").arg(to));
    }
    if (to == QLatin1String("+15005550002")) {
        return twilioError(400, 21214, tr("'To' phone number %1 cannot be reached").arg(to));
    }
    if (to == QLatin1String("+15005550003")) {
        return twilioError(400, 21215, tr("Account not authorized to call %1.").arg(to));
    }
    if (to == QLatin1String("+15005550004")) {
        return twilioError(400, 21216, tr("Call blocked by Twilio blocklist"));
    }
    if (from.isEmpty()) {
        return twilioError(400, 21603, tr("A 'From' phone number is required."));
    }
    if (from != SandboxLine::fromNumber()) {
        return twilioError(400, 21210,
                           tr("The source phone number provided, %1, is not yet verified for your account. On the "
                              "sandbox line use %2.")
                               .arg(from, SandboxLine::fromNumber()));
    }
    if (twiml.isEmpty()) {
        return twilioError(400, 21205,
                           url.isEmpty() ? tr("Url parameter is required.")
                                         : tr("The sandbox line runs inline Twiml only; it does not fetch Url."));
    }
    if (twiml.size() > kMaxTwimlChars) {
        return twilioError(400, 32018, tr("The Twiml parameter is longer than %1 characters.").arg(kMaxTwimlChars));
    }

    sandbox::SandboxCall::Request request;
    request.accountSid = accountSid;
    request.to = to;
    request.from = from;
    const Result<QList<sandbox::TwimlVerb>> verbs = sandbox::SandboxTwiml::parse(twiml);
    if (verbs.ok()) {
        request.verbs = verbs.value();
    } else {
        request.twimlError = verbs.error().message;
    }
    request.statusCallback = QUrl(formValue(form, "StatusCallback"));
    for (const auto& [key, value] : form) {
        if (key == QLatin1String("StatusCallbackEvent")) {
            // Repeated keys, or one space-separated value as in TwiML attributes.
            for (const QString& event : value.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                request.statusEvents.insert(event);
            }
        }
    }
    bool ok = false;
    const int timeout = formValue(form, "Timeout").toInt(&ok);
    request.timeoutSeconds = ok && timeout > 0 ? std::min(timeout, 600) : 60;
    request.machineDetection = !formValue(form, "MachineDetection").isEmpty();

    const QString personaName = personaFor(to);
    Result<sandbox::Persona> persona = sandbox::Persona::load(personaName);
    if (!persona.ok()) {
        qCWarning(lcSandbox).noquote() << persona.error().message;
        return twilioError(400, 21214, tr("'To' phone number %1 cannot be reached").arg(to));
    }

    const QString sid = QStringLiteral("CA") + randomHex(16);
    const QDate callDay = nowFrom(clock).toTimeZone(zone).date();
    auto* call = new sandbox::SandboxCall(sid, request, persona.value().onDay(callDay), network, authToken, synth,
                                          timeScale, line);
    QObject::connect(call, &sandbox::SandboxCall::personaSaid, line, &SandboxLine::personaSaid);
    QObject::connect(call, &sandbox::SandboxCall::ended, line, &SandboxLine::callEnded);
    calls.insert(sid, call);
    callOrder.append(sid);
    forgetOldCalls();
    qCInfo(lcSandbox).noquote() << "Sandbox call" << sid << "to persona" << personaName;
    Q_EMIT line->callPlaced(sid, to, personaName);
    call->start();
    return jsonResponse(call->resource(), 201);
}

QHttpServerResponse SandboxLine::Private::updateCall(sandbox::SandboxCall* call, const TwilioSignature::FormParams& form)
{
    const QString status = formValue(form, "Status");
    const QString twiml = formValue(form, "Twiml");
    if (!status.isEmpty()) {
        if (status == QLatin1String("completed")) {
            call->hangUp(false);
        } else if (status == QLatin1String("canceled")) {
            call->hangUp(true);
        } else {
            return twilioError(400, 21218, tr("Invalid Status: %1").arg(status));
        }
    } else if (!twiml.isEmpty()) {
        if (twiml.size() > kMaxTwimlChars) {
            return twilioError(400, 32018, tr("The Twiml parameter is longer than %1 characters.").arg(kMaxTwimlChars));
        }
        const Result<QList<sandbox::TwimlVerb>> verbs = sandbox::SandboxTwiml::parse(twiml);
        if (!verbs.ok()) {
            return twilioError(400, 12100, verbs.error().message);
        }
        call->replaceTwiml(verbs.value());
    }
    return jsonResponse(call->resource(), 200);
}

void SandboxLine::Private::forgetOldCalls()
{
    int ended = 0;
    for (const QString& sid : std::as_const(callOrder)) {
        ended += calls.value(sid)->isEnded() ? 1 : 0;
    }
    for (auto it = callOrder.begin(); ended > kKeptEndedCalls && it != callOrder.end();) {
        sandbox::SandboxCall* call = calls.value(*it);
        if (call->isEnded()) {
            calls.remove(*it);
            call->deleteLater();
            it = callOrder.erase(it);
            --ended;
        } else {
            ++it;
        }
    }
}

} // namespace calldeck
