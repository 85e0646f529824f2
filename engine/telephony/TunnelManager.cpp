#include "telephony/TunnelManager.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace calldeck {

Q_LOGGING_CATEGORY(lcTunnel, "calldeck.tunnel")

namespace {

QString programName(TunnelManager::Kind kind)
{
    return kind == TunnelManager::Kind::Ngrok ? QStringLiteral("ngrok") : QStringLiteral("cloudflared");
}

/// What ngrok's documented failure codes mean for a CallDeck user.
QString ngrokMessage(int code, quint16 port)
{
    switch (code) {
    case 4018:
        return TunnelManager::tr("ngrok needs an account and an auth token. Sign up at ngrok.com, then run "
                        "\"ngrok config add-authtoken YOUR_TOKEN\" and restart the tunnel.");
    case 334:
        return TunnelManager::tr("This ngrok address is already online: another ngrok agent still runs with it. "
                        "Stop the other agent, then restart the tunnel.");
    case 108:
        return TunnelManager::tr("Your ngrok account already runs as many agents as its plan allows. "
                        "Stop one (perhaps on another computer), then restart the tunnel.");
    case 3200:
        return TunnelManager::tr("The ngrok address is offline: the ngrok agent is not running.");
    case 8012:
        return TunnelManager::tr("ngrok cannot reach CallDeck's media server on port %1. Check that it is running.").arg(port);
    default:
        return TunnelManager::tr("ngrok reported error ERR_NGROK_%1.").arg(code);
    }
}

// cloudflared prints its URL inside an ASCII box; trycloudflare hosts are also matched anywhere.
const QRegularExpression kCloudflareHost(QStringLiteral(R"(https://[a-z0-9-]+\.trycloudflare\.com)"));
const QRegularExpression kBoxedUrl(QStringLiteral(R"(\|\s+(https?://[^\s|]+)\s+\|)"));
const QRegularExpression kNgrokCode(QStringLiteral(R"(ERR_NGROK_(\d+))"));
const QRegularExpression kLogfmtUrl(QStringLiteral(R"(\burl=(\S+))"));
const QRegularExpression kLogfmtAddr(QStringLiteral(R"(\baddr=(\S+))"));

bool looksLikeError(const QString& line)
{
    return line.contains(QLatin1String(" ERR ")) || line.contains(QLatin1String("ERROR"))
           || line.contains(QLatin1String("lvl=eror")) || line.contains(QLatin1String("lvl=crit"))
           || line.contains(QLatin1String("failed"), Qt::CaseInsensitive);
}

} // namespace

struct TunnelManager::Private
{
    TunnelManager* q = nullptr;
    Kind kind = Kind::None;
    State state = State::Off;
    quint16 port = 0;
    QString marker;
    QHash<Kind, QString> executables;
    Timings timings;

    QProcess* process = nullptr;
    QByteArray pendingOutput; ///< a partial line from the child
    QString lastErrorLine;
    int ngrokCode = 0;
    bool registered = false; ///< cloudflared: "Registered tunnel connection" seen
    QUrl publicUrl;
    QString detail;
    quint64 generation = 0; ///< bumped per child; stale replies and timers check it

    QUrl ngrokApi;
    QTimer discoveryTimer;
    QTimer healthTimer;
    QTimer apiPollTimer;
    QNetworkAccessManager network;
    QPointer<QNetworkReply> healthReply;
    int healthAttemptsLeft = 0;

    void setState(State s, const QString& text)
    {
        if (s == state && text == detail)
            return;
        state = s;
        detail = text;
        qCInfo(lcTunnel) << programName(kind) << "tunnel:" << s << text;
        Q_EMIT q->stateChanged(s, text);
    }

    void setUrl(const QUrl& url)
    {
        if (url == publicUrl)
            return;
        publicUrl = url;
        Q_EMIT q->publicUrlChanged(url);
    }

    void launch();
    void stopChild(std::function<void()> then);
    void onOutput();
    void onLine(const QString& line);
    void onNgrokJson(const QJsonObject& record);
    void onUrl(const QUrl& url);
    void onFinished(QProcess* child, int exitCode);
    void onDiscoveryTimeout();
    void pollNgrokApi();
    void beginHealthChecks();
    void runHealthCheck();
    void onHealthReply(QNetworkReply* reply);
};

void TunnelManager::Private::launch()
{
    const QString name = programName(kind);
    QString program = executables.value(kind);
    if (program.isEmpty())
        program = QStandardPaths::findExecutable(name);
    if (program.isEmpty()) {
        setState(State::Failed, TunnelManager::tr("%1 is not installed. Install it, or choose another way to reach "
                                         "CallDeck from the internet.").arg(name));
        return;
    }
    ++generation;
    pendingOutput.clear();
    lastErrorLine.clear();
    ngrokCode = 0;
    registered = false;
    ngrokApi = QUrl();
    setUrl(QUrl());

    QStringList args;
    if (kind == Kind::Ngrok)
        args = {QStringLiteral("http"), QString::number(port), QStringLiteral("--log"), QStringLiteral("stdout"),
                QStringLiteral("--log-format"), QStringLiteral("json")};
    else
        args = {QStringLiteral("tunnel"), QStringLiteral("--url"), QStringLiteral("http://localhost:%1").arg(port),
                QStringLiteral("--no-autoupdate")};

    auto* child = new QProcess(q);
    process = child;
    // ngrok logs to stdout when asked, cloudflared always to stderr: read both as one stream.
    child->setProcessChannelMode(QProcess::MergedChannels);
    QObject::connect(child, &QProcess::readyReadStandardOutput, q, [this, child] {
        if (child == process)
            onOutput();
    });
    QObject::connect(child, &QProcess::finished, q, [this, child](int exitCode, QProcess::ExitStatus) {
        onFinished(child, exitCode);
    });
    QObject::connect(child, &QProcess::errorOccurred, q, [this, child](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || child != process)
            return;
        process = nullptr;
        child->deleteLater();
        discoveryTimer.stop();
        setState(State::Failed, TunnelManager::tr("Could not start %1: %2").arg(programName(kind), child->errorString()));
    });
    setState(State::Starting, TunnelManager::tr("Starting %1…").arg(name));
    discoveryTimer.start(timings.discoveryTimeoutMs);
    child->start(program, args);
}

void TunnelManager::Private::stopChild(std::function<void()> then)
{
    discoveryTimer.stop();
    healthTimer.stop();
    apiPollTimer.stop();
    if (healthReply)
        healthReply->abort();
    ++generation;
    QProcess* child = process;
    process = nullptr;
    if (!child || child->state() == QProcess::NotRunning) {
        if (child)
            child->deleteLater();
        if (then)
            then();
        return;
    }
    // From here the exit is expected: the handlers above ignore a child that is no longer `process`.
    QObject::connect(child, &QProcess::finished, q, [child, then = std::move(then)] {
        child->deleteLater();
        if (then)
            then();
    });
    child->terminate();
    QTimer::singleShot(timings.killGraceMs, child, [child] {
        if (child->state() != QProcess::NotRunning) {
            qCWarning(lcTunnel) << "tunnel process ignored SIGTERM; killing it";
            child->kill();
        }
    });
}

void TunnelManager::Private::onOutput()
{
    pendingOutput += process->readAllStandardOutput();
    qsizetype newline = 0;
    while ((newline = pendingOutput.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(pendingOutput.left(newline)).trimmed();
        pendingOutput.remove(0, newline + 1);
        if (!line.isEmpty())
            onLine(line);
    }
}

void TunnelManager::Private::onLine(const QString& line)
{
    if (const auto m = kNgrokCode.match(line); m.hasMatch())
        ngrokCode = m.captured(1).toInt();

    if (kind == Kind::Ngrok) {
        const QJsonDocument json = QJsonDocument::fromJson(line.toUtf8());
        if (json.isObject()) {
            onNgrokJson(json.object());
            return;
        }
        // logfmt, or the plain "ERROR:" lines ngrok prints before it exits.
        if (looksLikeError(line) && !line.endsWith(QLatin1Char(':')) && line != QLatin1String("ERROR:"))
            lastErrorLine = line;
        if (line.contains(QLatin1String("msg=\"started tunnel\""))) {
            if (const auto m = kLogfmtUrl.match(line); m.hasMatch())
                onUrl(QUrl(m.captured(1)));
        } else if (line.contains(QLatin1String("msg=\"starting web service\""))) {
            if (const auto m = kLogfmtAddr.match(line); m.hasMatch())
                ngrokApi = QUrl(QStringLiteral("http://") + m.captured(1));
            pollNgrokApi();
        }
        return;
    }

    if (looksLikeError(line))
        lastErrorLine = line;
    if (publicUrl.isEmpty()) {
        if (const auto m = kCloudflareHost.match(line); m.hasMatch())
            onUrl(QUrl(m.captured(0)));
        else if (const auto boxed = kBoxedUrl.match(line); boxed.hasMatch())
            onUrl(QUrl(boxed.captured(1)));
    }
    if (line.contains(QLatin1String("Registered tunnel connection"))) {
        registered = true;
        if (!publicUrl.isEmpty() && state == State::Starting)
            beginHealthChecks();
    }
}

void TunnelManager::Private::onNgrokJson(const QJsonObject& record)
{
    const QString msg = record.value(QStringLiteral("msg")).toString();
    const QString level = record.value(QStringLiteral("lvl")).toString();
    const QString err = record.value(QStringLiteral("err")).toString();
    if (!err.isEmpty() && err != QLatin1String("<nil>")) {
        // The first line of err is the sentence; the rest are sign-up links and the code.
        lastErrorLine = err.section(QLatin1Char('\n'), 0, 0).trimmed();
        if (const auto m = kNgrokCode.match(err); m.hasMatch())
            ngrokCode = m.captured(1).toInt();
    } else if (level == QLatin1String("eror") || level == QLatin1String("crit")) {
        lastErrorLine = msg;
    }
    if (msg == QLatin1String("started tunnel")) {
        const QString url = record.value(QStringLiteral("url")).toString();
        if (!url.isEmpty())
            onUrl(QUrl(url));
    } else if (msg == QLatin1String("starting web service")) {
        const QString addr = record.value(QStringLiteral("addr")).toString();
        if (!addr.isEmpty())
            ngrokApi = QUrl(QStringLiteral("http://") + addr);
        pollNgrokApi();
    }
}

void TunnelManager::Private::pollNgrokApi()
{
    // The log normally names the URL; newer agents may not, so the local API is asked as well.
    if (!publicUrl.isEmpty() || ngrokApi.isEmpty() || !process)
        return;
    const quint64 gen = generation;
    for (const QString& path : {QStringLiteral("/api/endpoints"), QStringLiteral("/api/tunnels")}) {
        QNetworkRequest request(ngrokApi.resolved(QUrl(path)));
        request.setTransferTimeout(timings.healthTimeoutMs);
        QNetworkReply* reply = network.get(request);
        QObject::connect(reply, &QNetworkReply::finished, q, [this, reply, gen] {
            reply->deleteLater();
            if (gen != generation || !publicUrl.isEmpty() || reply->error() != QNetworkReply::NoError)
                return;
            const QJsonObject root = QJsonDocument::fromJson(reply->readAll()).object();
            const QString portText = QStringLiteral(":%1").arg(port);
            // Another agent on this machine may list its own endpoints: keep those pointing at our port,
            // and prefer https (agents can also publish a plain-http twin).
            QStringList found;
            for (const QJsonValue& v : root.value(QStringLiteral("endpoints")).toArray()) {
                const QJsonObject e = v.toObject();
                const QString upstream = e.value(QStringLiteral("upstream")).toObject().value(QStringLiteral("url")).toString();
                if (upstream.isEmpty() || upstream.endsWith(portText))
                    found.append(e.value(QStringLiteral("url")).toString());
            }
            for (const QJsonValue& v : root.value(QStringLiteral("tunnels")).toArray()) {
                const QJsonObject t = v.toObject();
                const QString addr = t.value(QStringLiteral("config")).toObject().value(QStringLiteral("addr")).toString();
                if (addr.isEmpty() || addr.endsWith(portText))
                    found.append(t.value(QStringLiteral("public_url")).toString());
            }
            std::stable_partition(found.begin(), found.end(),
                                  [](const QString& u) { return u.startsWith(QLatin1String("https://")); });
            for (const QString& url : std::as_const(found)) {
                if (url.startsWith(QLatin1String("http")))
                    return onUrl(QUrl(url));
            }
        });
    }
    apiPollTimer.start(1000);
}

void TunnelManager::Private::onUrl(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return;
    apiPollTimer.stop();
    setUrl(url);
    qCInfo(lcTunnel) << programName(kind) << "reported" << url.toString();
    if (kind == Kind::Ngrok || registered)
        beginHealthChecks();
    else
        setState(State::Starting, TunnelManager::tr("Waiting for Cloudflare to register the tunnel…"));
}

void TunnelManager::Private::onFinished(QProcess* child, int exitCode)
{
    if (child != process)
        return; // an exit we asked for; stopChild() handles it
    onOutput(); // the last lines usually say why
    process = nullptr;
    child->deleteLater();
    discoveryTimer.stop();
    healthTimer.stop();
    apiPollTimer.stop();
    ++generation;
    setUrl(QUrl());
    QString why;
    if (ngrokCode != 0)
        why = ngrokMessage(ngrokCode, port);
    else if (!lastErrorLine.isEmpty())
        why = TunnelManager::tr("%1 stopped: %2").arg(programName(kind), lastErrorLine);
    else
        why = TunnelManager::tr("%1 stopped unexpectedly (exit code %2).").arg(programName(kind)).arg(exitCode);
    setState(State::Failed, why);
}

void TunnelManager::Private::onDiscoveryTimeout()
{
    const QString name = programName(kind);
    QString why = publicUrl.isEmpty()
                      ? TunnelManager::tr("%1 did not report a public address within %2 seconds.")
                            .arg(name)
                            .arg(timings.discoveryTimeoutMs / 1000.0, 0, 'g', 3)
                      : TunnelManager::tr("%1 reported an address but never connected within %2 seconds.")
                            .arg(name)
                            .arg(timings.discoveryTimeoutMs / 1000.0, 0, 'g', 3);
    if (ngrokCode != 0)
        why += QLatin1Char(' ') + ngrokMessage(ngrokCode, port);
    else if (!lastErrorLine.isEmpty())
        why += QLatin1Char(' ') + TunnelManager::tr("Last message: %1").arg(lastErrorLine);
    stopChild(nullptr);
    setUrl(QUrl());
    setState(State::Failed, why);
}

void TunnelManager::Private::beginHealthChecks()
{
    discoveryTimer.stop();
    healthAttemptsLeft = timings.healthAttempts;
    setState(State::Starting, TunnelManager::tr("Checking %1 …").arg(publicUrl.host()));
    runHealthCheck();
}

void TunnelManager::Private::runHealthCheck()
{
    if (publicUrl.isEmpty() || !process)
        return;
    if (healthReply)
        healthReply->abort();
    QNetworkRequest request(publicUrl.resolved(QUrl(QStringLiteral("/healthz"))));
    // A browser User-Agent would get ngrok's interstitial page instead of the media server.
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("CallDeck/%1 tunnel-health").arg(QCoreApplication::applicationVersion()));
    request.setRawHeader("ngrok-skip-browser-warning", "1");
    request.setTransferTimeout(timings.healthTimeoutMs);
    QNetworkReply* reply = network.get(request);
    healthReply = reply;
    const quint64 gen = generation;
    QObject::connect(reply, &QNetworkReply::finished, q, [this, reply, gen] {
        reply->deleteLater();
        if (gen == generation)
            onHealthReply(reply);
    });
}

void TunnelManager::Private::onHealthReply(QNetworkReply* reply)
{
    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QString host = publicUrl.host();
    bool healthy = false;
    QString why;
    if (reply->error() == QNetworkReply::OperationCanceledError) {
        return; // replaced by a newer check
    } else if (const auto m = kNgrokCode.match(QString::fromUtf8(body)); m.hasMatch()) {
        why = ngrokMessage(m.captured(1).toInt(), port);
    } else if (httpStatus == 0) {
        why = TunnelManager::tr("%1 cannot be reached: %2").arg(host, reply->errorString());
    } else if (httpStatus != 200) {
        why = TunnelManager::tr("%1 answered HTTP %2 instead of CallDeck's health check.").arg(host).arg(httpStatus);
    } else if (!marker.isEmpty() && !QString::fromUtf8(body).contains(marker)) {
        why = TunnelManager::tr("%1 answers, but not with this CallDeck's media server. Is another program using the tunnel?")
                  .arg(host);
    } else {
        healthy = true;
    }

    if (healthy) {
        setState(State::Up, TunnelManager::tr("Reachable at %1").arg(publicUrl.toString()));
    } else if (state == State::Starting && --healthAttemptsLeft > 0) {
        const quint64 gen = generation;
        QTimer::singleShot(timings.healthRetryMs, q, [this, gen] {
            if (gen == generation)
                runHealthCheck();
        });
        return;
    } else {
        setState(State::Unhealthy, why);
    }
    healthTimer.start(timings.healthIntervalMs);
}

TunnelManager::TunnelManager(QObject* parent) : QObject(parent), d(std::make_unique<Private>())
{
    d->q = this;
    d->discoveryTimer.setSingleShot(true);
    connect(&d->discoveryTimer, &QTimer::timeout, this, [this] { d->onDiscoveryTimeout(); });
    connect(&d->healthTimer, &QTimer::timeout, this, [this] {
        if (d->state == State::Up || d->state == State::Unhealthy)
            d->runHealthCheck();
    });
    connect(&d->apiPollTimer, &QTimer::timeout, this, [this] { d->pollNgrokApi(); });
}

TunnelManager::~TunnelManager()
{
    // Nothing may outlive the manager: a leftover ngrok would block the next start with ERR_NGROK_334.
    // That includes a child still being stopped, whose terminate() may not have landed yet.
    const auto children = findChildren<QProcess*>(Qt::FindDirectChildrenOnly);
    for (QProcess* child : children) {
        child->disconnect(this);
        if (child->state() != QProcess::NotRunning) {
            child->kill();
            child->waitForFinished(d->timings.killGraceMs);
        }
    }
}

QList<TunnelManager::Kind> TunnelManager::available()
{
    QList<Kind> kinds;
    for (Kind k : {Kind::Ngrok, Kind::Cloudflared}) {
        if (!QStandardPaths::findExecutable(programName(k)).isEmpty())
            kinds.append(k);
    }
    return kinds;
}

void TunnelManager::setExecutable(Kind kind, const QString& path)
{
    d->executables.insert(kind, path);
}

void TunnelManager::setTimings(const Timings& timings)
{
    d->timings = timings;
}

void TunnelManager::start(Kind kind, quint16 localPort, const QString& healthMarker)
{
    if (kind == Kind::None) {
        stop();
        return;
    }
    d->kind = kind;
    d->port = localPort;
    d->marker = healthMarker;
    d->stopChild([this] { d->launch(); });
}

void TunnelManager::stop()
{
    d->stopChild(nullptr);
    d->setUrl(QUrl());
    d->setState(State::Off, tr("Tunnel stopped"));
}

void TunnelManager::restart()
{
    if (d->kind == Kind::None)
        return;
    d->setUrl(QUrl());
    d->setState(State::Starting, tr("Restarting %1…").arg(programName(d->kind)));
    d->stopChild([this] { d->launch(); });
}

void TunnelManager::checkHealth()
{
    if (d->state == State::Up || d->state == State::Unhealthy)
        d->runHealthCheck();
}

TunnelManager::Kind TunnelManager::kind() const
{
    return d->kind;
}

TunnelManager::State TunnelManager::state() const
{
    return d->state;
}

QUrl TunnelManager::publicUrl() const
{
    return d->publicUrl;
}

QUrl TunnelManager::mediaUrl() const
{
    if (d->publicUrl.isEmpty())
        return {};
    QUrl url = d->publicUrl;
    url.setScheme(url.scheme() == QLatin1String("http") ? QStringLiteral("ws") : QStringLiteral("wss"));
    url.setPath(QStringLiteral("/media"));
    url.setQuery(QString());
    return url;
}

QString TunnelManager::detail() const
{
    return d->detail;
}

QString TunnelManager::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Ngrok:
        return QStringLiteral("ngrok");
    case Kind::Cloudflared:
        return QStringLiteral("Cloudflare quick tunnel");
    case Kind::None:
        break;
    }
    return tr("No tunnel");
}

} // namespace calldeck
