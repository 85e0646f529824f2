#include "telephony/TwilioRestClient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QTimer>
#include <QUrlQuery>

#include <functional>

Q_LOGGING_CATEGORY(lcTwilio, "calldeck.twilio")

namespace calldeck {

namespace {

TwilioCall parseCall(const QJsonObject& json)
{
    TwilioCall call;
    call.sid = json.value(QStringLiteral("sid")).toString();
    call.status = json.value(QStringLiteral("status")).toString();
    call.to = json.value(QStringLiteral("to")).toString();
    call.from = json.value(QStringLiteral("from")).toString();
    call.direction = json.value(QStringLiteral("direction")).toString();
    call.answeredBy = json.value(QStringLiteral("answered_by")).toString();
    bool ok = false;
    const int duration = json.value(QStringLiteral("duration")).toString().toInt(&ok);
    call.durationSeconds = ok ? duration : -1;
    return call;
}

// Lists are sent as the same key repeated (StatusCallbackEvent=initiated&StatusCallbackEvent=ringing…).
QByteArray formBody(const QList<QPair<QString, QString>>& fields)
{
    QByteArray body;
    for (const auto& [name, value] : fields) {
        if (!body.isEmpty()) {
            body += '&';
        }
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

} // namespace

/// One logical request with its retries; completes exactly one of the two promises.
struct TwilioRestClient::Call
{
    QByteArray verb;
    QUrl url;
    QByteArray body;
    int attempt = 0;
    bool notFoundIsSuccess = false;
    std::function<void(Result<QJsonObject>)> done;
};

TwilioRestClient::TwilioRestClient(QNetworkAccessManager& network, QUrl apiBase, TwilioCredentials credentials,
                                   QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_apiBase(std::move(apiBase))
    , m_credentials(std::move(credentials))
{
}

void TwilioRestClient::setRetryPolicy(int maxAttempts, std::chrono::milliseconds firstBackoff)
{
    m_maxAttempts = std::max(1, maxAttempts);
    m_firstBackoff = firstBackoff;
}

QString TwilioRestClient::userMessageForCode(int twilioCode)
{
    switch (twilioCode) {
    case 20003:
        return tr("Twilio rejected the credentials. Check the account SID and auth token (or API key) in "
                  "Settings › Telephony; copied values often carry stray spaces.");
    case 20403:
        return tr("This Twilio account has no API access (suspended or closed).");
    case 20404:
        return tr("Twilio does not know this call or account.");
    case 20429:
        return tr("Twilio is receiving too many requests from this account; try again in a moment.");
    case 21201:
    case 21211:
    case 21217:
        return tr("The number you are calling is not a valid phone number. Use the international format, "
                  "e.g. +14155550123.");
    case 21210:
        return tr("The caller number is not a Twilio number or verified caller ID of this account. Check "
                  "\"From number\" in Settings › Telephony.");
    case 21214:
        return tr("The number you are calling cannot be reached.");
    case 21215:
        return tr("Your Twilio geographic permissions do not allow calls to this country. Enable it in the "
                  "Twilio console under Voice › Geo permissions.");
    case 21216:
        return tr("Twilio blocks calls to this number.");
    case 21219:
        return tr("Trial Twilio accounts can only call verified numbers. Verify this number in the Twilio "
                  "console or upgrade the account.");
    case 32018:
        return tr("The call instructions (TwiML) are longer than Twilio's 4000-character limit.");
    default:
        return {};
    }
}

QFuture<Result<TwilioCall>> TwilioRestClient::createCall(const TwilioCallRequest& request)
{
    auto promise = std::make_shared<QPromise<Result<TwilioCall>>>();
    promise->start();
    QList<QPair<QString, QString>> fields{{QStringLiteral("To"), request.to},
                                          {QStringLiteral("From"), request.from},
                                          {QStringLiteral("Twiml"), request.twiml},
                                          {QStringLiteral("Timeout"), QString::number(request.ringTimeoutSeconds)}};
    if (request.timeLimitSeconds > 0) {
        fields.append({QStringLiteral("TimeLimit"), QString::number(request.timeLimitSeconds)});
    }
    if (request.statusCallback.isValid()) {
        fields.append({QStringLiteral("StatusCallback"), request.statusCallback.toString(QUrl::FullyEncoded)});
        fields.append({QStringLiteral("StatusCallbackMethod"), QStringLiteral("POST")});
        for (const char* event : {"initiated", "ringing", "answered", "completed"}) {
            fields.append({QStringLiteral("StatusCallbackEvent"), QString::fromLatin1(event)});
        }
    }
    auto call = std::make_shared<Call>();
    call->verb = "POST";
    call->url = m_apiBase.resolved(
        QUrl(QStringLiteral("/2010-04-01/Accounts/%1/Calls.json").arg(m_credentials.accountSid)));
    call->body = formBody(fields);
    call->done = [promise](Result<QJsonObject> r) {
        promise->addResult(r.ok() ? Result<TwilioCall>(parseCall(r.value())) : Result<TwilioCall>(r.error()));
        promise->finish();
    };
    send(call);
    return promise->future();
}

QFuture<Result<TwilioCall>> TwilioRestClient::fetchCall(const QString& callSid)
{
    auto promise = std::make_shared<QPromise<Result<TwilioCall>>>();
    promise->start();
    auto call = std::make_shared<Call>();
    call->verb = "GET";
    call->url = m_apiBase.resolved(
        QUrl(QStringLiteral("/2010-04-01/Accounts/%1/Calls/%2.json").arg(m_credentials.accountSid, callSid)));
    call->done = [promise](Result<QJsonObject> r) {
        promise->addResult(r.ok() ? Result<TwilioCall>(parseCall(r.value())) : Result<TwilioCall>(r.error()));
        promise->finish();
    };
    send(call);
    return promise->future();
}

QFuture<Status> TwilioRestClient::hangUp(const QString& callSid)
{
    auto promise = std::make_shared<QPromise<Status>>();
    promise->start();
    auto call = std::make_shared<Call>();
    call->verb = "POST";
    call->url = m_apiBase.resolved(
        QUrl(QStringLiteral("/2010-04-01/Accounts/%1/Calls/%2.json").arg(m_credentials.accountSid, callSid)));
    call->body = formBody({{QStringLiteral("Status"), QStringLiteral("completed")}});
    call->notFoundIsSuccess = true;
    call->done = [promise](Result<QJsonObject> r) {
        promise->addResult(r.ok() ? Status() : Status(r.error()));
        promise->finish();
    };
    send(call);
    return promise->future();
}

void TwilioRestClient::send(const std::shared_ptr<Call>& call)
{
    ++call->attempt;
    QNetworkRequest request(call->url);
    const QByteArray basic = (m_credentials.username + QLatin1Char(':') + m_credentials.password).toUtf8().toBase64();
    request.setRawHeader("Authorization", "Basic " + basic);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("CallDeck/" CALLDECK_VERSION));
    request.setTransferTimeout(30000);
    QNetworkReply* reply = nullptr;
    if (call->verb == "GET") {
        reply = m_network.get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        reply = m_network.post(request, call->body);
    }
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { finish(call, reply); });
}

void TwilioRestClient::finish(const std::shared_ptr<Call>& call, QNetworkReply* reply)
{
    reply->deleteLater();
    const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray payload = reply->readAll();
    const QJsonObject json = QJsonDocument::fromJson(payload).object();

    if (http == 0) {
        // No HTTP answer at all: DNS, refused connection, TLS or timeout.
        qCWarning(lcTwilio) << "Twilio unreachable:" << reply->errorString();
        // A POST that may have reached Twilio (timeout, reset mid-reply) is not repeated: it could
        // place the same call twice. Requests that never left, and reads, are safe to retry.
        const auto error = reply->error();
        const bool neverSent = error == QNetworkReply::ConnectionRefusedError ||
                               error == QNetworkReply::HostNotFoundError ||
                               error == QNetworkReply::TemporaryNetworkFailureError ||
                               error == QNetworkReply::NetworkSessionFailedError;
        if ((neverSent || call->verb == "GET") && call->attempt < m_maxAttempts) {
            const auto delay = m_firstBackoff * (1 << (call->attempt - 1));
            QTimer::singleShot(delay, this, [this, call] { send(call); });
            return;
        }
        call->done(Error{ErrorCode::Network,
                         tr("Could not reach Twilio at %1: %2").arg(m_apiBase.host(), reply->errorString())});
        return;
    }
    if (http >= 200 && http < 300) {
        call->done(json);
        return;
    }

    const int code = json.value(QStringLiteral("code")).toInt(http);
    if (call->notFoundIsSuccess && (code == 20404 || http == 404)) {
        call->done(QJsonObject{});
        return;
    }
    const bool retryable = http == 429 || code == 20429 || http >= 500;
    if (retryable && call->attempt < m_maxAttempts) {
        auto delay = m_firstBackoff * (1 << (call->attempt - 1));
        bool ok = false;
        const int retryAfterSeconds = reply->rawHeader("Retry-After").trimmed().toInt(&ok);
        if (ok && retryAfterSeconds >= 0) {
            delay = std::max(delay, std::chrono::milliseconds(std::chrono::seconds(std::min(retryAfterSeconds, 60))));
        }
        qCInfo(lcTwilio) << "Twilio answered" << http << "code" << code << "- retrying in" << delay.count() << "ms";
        QTimer::singleShot(delay, this, [this, call] { send(call); });
        return;
    }

    const QString twilioMessage = json.value(QStringLiteral("message")).toString();
    QString message = userMessageForCode(code);
    if (message.isEmpty()) {
        message = http >= 500 ? tr("Twilio had a server error (HTTP %1) and did not recover after %2 attempts.")
                                    .arg(http)
                                    .arg(call->attempt)
                              : tr("Twilio refused the request (HTTP %1).").arg(http);
    } else if (retryable) {
        message += QLatin1Char(' ') + tr("Tried %1 times.").arg(call->attempt);
    }
    if (!twilioMessage.isEmpty()) {
        message += QLatin1Char(' ') + tr("Twilio says: %1 (error %2)").arg(twilioMessage).arg(code);
    }
    qCWarning(lcTwilio) << "Twilio error" << code << "HTTP" << http << twilioMessage;
    call->done(Error{ErrorCode::Remote, message, code});
}

} // namespace calldeck
