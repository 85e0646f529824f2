#include "telephony/TunnelManager.h"

#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/types.h>

using namespace calldeck;
using State = TunnelManager::State;
using Kind = TunnelManager::Kind;

namespace {

const QString kMarker = QStringLiteral("calldeck-media-7f3a");
constexpr quint16 kLocalPort = 8123;

QString fake(const char* name)
{
    return QStringLiteral(CALLDECK_FAKE_TUNNEL_DIR "/") + QLatin1String(name);
}

/// Stands in for the media server at the far side of the tunnel: answers /healthz.
struct HealthServer
{
    QHttpServer http;
    QTcpServer tcp;
    QString answer;
    QList<QByteArray> userAgents;
    QList<QByteArray> skipWarningHeaders;
    QList<QByteArray> apiAnswer; ///< body of /api/endpoints when acting as ngrok's local API

    explicit HealthServer(QString body) : answer(std::move(body))
    {
        http.route(QStringLiteral("/healthz"), [this](const QHttpServerRequest& request) {
            QByteArray ua, skip;
            for (const auto& [name, value] : request.headers()) {
                if (name.compare("User-Agent", Qt::CaseInsensitive) == 0)
                    ua = value;
                if (name.compare("ngrok-skip-browser-warning", Qt::CaseInsensitive) == 0)
                    skip = value;
            }
            userAgents.append(ua);
            skipWarningHeaders.append(skip);
            return QHttpServerResponse(answer.toUtf8());
        });
        http.route(QStringLiteral("/api/endpoints"), [this] {
            return QHttpServerResponse("application/json", apiAnswer.value(0));
        });
        QVERIFY(tcp.listen(QHostAddress::LocalHost, 0));
        http.bind(&tcp);
    }
    [[nodiscard]] QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(tcp.serverPort()); }
    [[nodiscard]] QString hostPort() const { return QStringLiteral("127.0.0.1:%1").arg(tcp.serverPort()); }
};

bool processAlive(qint64 pid)
{
    return ::kill(pid_t(pid), 0) == 0;
}

} // namespace

/// The tunnel that lets Twilio reach the media server: discovery, health, errors, restart.
class TestTunnelManager : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QList<State> m_states;

    TunnelManager::Timings fastTimings() const
    {
        TunnelManager::Timings t;
        t.discoveryTimeoutMs = 15000;
        t.healthIntervalMs = 60000;
        t.healthRetryMs = 50;
        t.healthAttempts = 2;
        t.healthTimeoutMs = 5000;
        t.killGraceMs = 500;
        return t;
    }

    std::unique_ptr<TunnelManager> manager()
    {
        auto m = std::make_unique<TunnelManager>();
        m->setExecutable(Kind::Ngrok, fake("fake-ngrok"));
        m->setExecutable(Kind::Cloudflared, fake("fake-cloudflared"));
        m->setTimings(fastTimings());
        m_states.clear();
        connect(m.get(), &TunnelManager::stateChanged, this, [this](State s, const QString&) {
            if (m_states.isEmpty() || m_states.last() != s)
                m_states.append(s);
        });
        return m;
    }

    QString file(const char* name) const { return m_dir->filePath(QLatin1String(name)); }

    QList<qint64> pids() const
    {
        QFile f(file("pids"));
        QList<qint64> out;
        if (f.open(QIODevice::ReadOnly)) {
            for (const QByteArray& line : f.readAll().split('\n')) {
                if (!line.trimmed().isEmpty())
                    out.append(line.trimmed().toLongLong());
            }
        }
        return out;
    }

    QString args() const
    {
        QFile f(file("args"));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        qputenv("FAKE_TUNNEL_ARGS", file("args").toUtf8());
        qputenv("FAKE_TUNNEL_PID", file("pids").toUtf8());
        qputenv("FAKE_TUNNEL_COUNTER", file("counter").toUtf8());
        qunsetenv("FAKE_TUNNEL_MODE");
        qunsetenv("FAKE_NGROK_ERROR");
        qunsetenv("FAKE_NGROK_API");
    }

    void ngrokUrlFromLogAndHealthy()
    {
        HealthServer server(kMarker);
        qputenv("FAKE_TUNNEL_URL", server.url().toUtf8());
        qputenv("FAKE_NGROK_API", server.hostPort().toUtf8());
        auto m = manager();
        QSignalSpy urls(m.get(), &TunnelManager::publicUrlChanged);
        m->start(Kind::Ngrok, kLocalPort, kMarker);
        QTRY_COMPARE_WITH_TIMEOUT(m->state(), State::Up, 20000);
        QCOMPARE(args(), QStringLiteral("http 8123 --log stdout --log-format json"));
        QCOMPARE(m->kind(), Kind::Ngrok);
        QCOMPARE(m->publicUrl(), QUrl(server.url()));
        QCOMPARE(urls.last().first().toUrl(), QUrl(server.url()));
        QCOMPARE(m->mediaUrl(), QUrl(QStringLiteral("ws://%1/media").arg(server.hostPort())));
        QVERIFY(m->detail().contains(server.url()));
        QCOMPARE(m_states, (QList<State>{State::Starting, State::Up}));
        // Health checks must not look like a browser, or ngrok shows its warning page instead.
        QVERIFY(!server.userAgents.isEmpty());
        QVERIFY(!server.userAgents.last().contains("Mozilla"));
        QVERIFY(server.userAgents.last().startsWith("CallDeck"));
        QVERIFY(!server.skipWarningHeaders.last().isEmpty());

        const int checksBefore = int(server.userAgents.size());
        m->checkHealth();
        QTRY_COMPARE_WITH_TIMEOUT(int(server.userAgents.size()), checksBefore + 1, 20000);
        QCOMPARE(m->state(), State::Up);

        const qint64 pid = pids().value(0);
        m->stop();
        QCOMPARE(m->state(), State::Off);
        QVERIFY(m->publicUrl().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(pid), 20000);
    }

    void ngrokUrlFromLocalApi()
    {
        HealthServer server(kMarker);
        // Another agent's endpoint (different upstream port) comes first and must be skipped.
        const auto endpoint = [](const QString& name, const QString& url, int upstreamPort) {
            return QJsonObject{{QStringLiteral("name"), name},
                               {QStringLiteral("url"), url},
                               {QStringLiteral("upstream"),
                                QJsonObject{{QStringLiteral("url"), QStringLiteral("http://localhost:%1").arg(upstreamPort)},
                                            {QStringLiteral("protocol"), QStringLiteral("http1")}}}};
        };
        const QJsonArray endpoints{endpoint(QStringLiteral("other"), QStringLiteral("http://127.0.0.1:1"), 9999),
                                   endpoint(QStringLiteral("command_line"), server.url(), kLocalPort)};
        server.apiAnswer = {QJsonDocument(QJsonObject{{QStringLiteral("endpoints"), endpoints}}).toJson()};
        qputenv("FAKE_TUNNEL_MODE", "api");
        qputenv("FAKE_NGROK_API", server.hostPort().toUtf8());
        auto m = manager();
        m->start(Kind::Ngrok, kLocalPort, kMarker);
        QTRY_COMPARE_WITH_TIMEOUT(m->state(), State::Up, 20000);
        QCOMPARE(m->publicUrl(), QUrl(server.url()));
    }

    void cloudflaredUrlFromBoxAndHealthy()
    {
        HealthServer server(kMarker);
        qputenv("FAKE_TUNNEL_URLS", server.url().toUtf8());
        auto m = manager();
        m->start(Kind::Cloudflared, kLocalPort, kMarker);
        QTRY_COMPARE_WITH_TIMEOUT(m->state(), State::Up, 20000);
        QCOMPARE(args(), QStringLiteral("tunnel --url http://localhost:8123 --no-autoupdate"));
        QCOMPARE(m->publicUrl(), QUrl(server.url()));
        QCOMPARE(m_states, (QList<State>{State::Starting, State::Up}));
    }

    void cloudflaredWaitsForRegisteredConnection()
    {
        HealthServer server(kMarker);
        qputenv("FAKE_TUNNEL_URLS", server.url().toUtf8());
        qputenv("FAKE_TUNNEL_MODE", "unregistered");
        auto m = manager();
        TunnelManager::Timings t = fastTimings();
        t.discoveryTimeoutMs = 1500;
        m->setTimings(t);
        m->start(Kind::Cloudflared, kLocalPort, kMarker);
        QTRY_COMPARE_WITH_TIMEOUT(m->publicUrl(), QUrl(server.url()), 20000);
        QCOMPARE(m->state(), State::Starting);
        QTRY_COMPARE_WITH_TIMEOUT(m->state(), State::Failed, 20000);
        QVERIFY2(m->detail().contains(QStringLiteral("never connected")), qPrintable(m->detail()));
        QVERIFY(server.userAgents.isEmpty()); // never checked a tunnel that was not there yet
    }

    void wrongMarkerIsUnhealthy()
    {
        HealthServer server(QStringLiteral("some-other-program"));
        qputenv("FAKE_TUNNEL_URLS", server.url().toUtf8());
        auto m = manager();
        m->start(Kind::Cloudflared, kLocalPort, kMarker);
        QTRY_COMPARE_WITH_TIMEOUT(m->state(), State::Unhealthy, 20000);
        QVERIFY2(m->detail().contains(QStringLiteral("not with this CallDeck")), qPrintable(m->detail()));
        QCOMPARE(int(server.userAgents.size()), fastTimings().healthAttempts);
        // Once the right server answers, a re-check brings it back up.
        server.answer = kMarker;
        m->checkHealth();
        QTRY_COMPARE_WITH_TIMEOUT(m->state(), State::Up, 20000);
        QCOMPARE(m_states, (QList<State>{State::Starting, State::Unhealthy, State::Up}));
    }

    void ngrokErrorsAreReadable_data()
    {
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("4018 no auth token") << QByteArray("4018") << QStringLiteral("add-authtoken");
        QTest::newRow("334 already online") << QByteArray("334") << QStringLiteral("already online");
        QTest::newRow("108 too many agents") << QByteArray("108") << QStringLiteral("as many agents");
        QTest::newRow("unknown") << QByteArray("9999") << QStringLiteral("ERR_NGROK_9999");
    }
    void ngrokErrorsAreReadable()
    {
        QFETCH(QByteArray, code);
        QFETCH(QString, mentions);
        qputenv("FAKE_TUNNEL_MODE", "error");
        qputenv("FAKE_NGROK_ERROR", code);
        auto m = manager();
        m->start(Kind::Ngrok, kLocalPort, kMarker);
        QTRY_COMPARE_WITH_TIMEOUT(m->state(), State::Failed, 20000);
        QVERIFY2(m->detail().contains(mentions), qPrintable(m->detail()));
        QVERIFY(m->publicUrl().isEmpty());
        QCOMPARE(m_states, (QList<State>{State::Starting, State::Failed}));
    }

    void discoveryTimesOut()
    {
        qputenv("FAKE_TUNNEL_MODE", "silent");
        auto m = manager();
        TunnelManager::Timings t = fastTimings();
        t.discoveryTimeoutMs = 800;
        m->setTimings(t);
        m->start(Kind::Ngrok, kLocalPort, kMarker);
        QTRY_COMPARE_WITH_TIMEOUT(m->state(), State::Failed, 20000);
        QVERIFY2(m->detail().contains(QStringLiteral("did not report a public address")), qPrintable(m->detail()));
        // The silent child is not left behind.
        const qint64 pid = pids().value(0);
        QVERIFY(pid > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(pid), 20000);
    }

    void restartGivesNewCloudflareUrl()
    {
        HealthServer first(kMarker);
        HealthServer second(kMarker);
        qputenv("FAKE_TUNNEL_URLS", (first.url() + QLatin1Char(' ') + second.url()).toUtf8());
        auto m = manager();
        QSignalSpy urls(m.get(), &TunnelManager::publicUrlChanged);
        m->start(Kind::Cloudflared, kLocalPort, kMarker);
        QTRY_COMPARE_WITH_TIMEOUT(m->state(), State::Up, 20000);
        QCOMPARE(m->publicUrl(), QUrl(first.url()));

        m->restart();
        QCOMPARE(m->state(), State::Starting);
        QTRY_COMPARE_WITH_TIMEOUT(m->state(), State::Up, 20000);
        QCOMPARE(m->publicUrl(), QUrl(second.url()));
        QCOMPARE(m->mediaUrl(), QUrl(QStringLiteral("ws://%1/media").arg(second.hostPort())));
        QCOMPARE(urls.last().first().toUrl(), QUrl(second.url()));
        QCOMPARE(m_states, (QList<State>{State::Starting, State::Up, State::Starting, State::Up}));
        // Exactly one child at a time: the first is gone.
        const QList<qint64> started = pids();
        QCOMPARE(started.size(), 2);
        QVERIFY(!processAlive(started[0]));
        QVERIFY(processAlive(started[1]));
    }

    void restartKillsChildThatIgnoresTerminate()
    {
        HealthServer server(kMarker);
        qputenv("FAKE_TUNNEL_URLS", server.url().toUtf8());
        qputenv("FAKE_TUNNEL_MODE", "ignore-term");
        auto m = manager();
        m->start(Kind::Cloudflared, kLocalPort, kMarker);
        QTRY_COMPARE_WITH_TIMEOUT(m->state(), State::Up, 20000);
        m->restart();
        QTRY_COMPARE_WITH_TIMEOUT(pids().size(), 2, 20000);
        QVERIFY(!processAlive(pids()[0]));
        QTRY_COMPARE_WITH_TIMEOUT(m->state(), State::Up, 20000);
    }

    void unexpectedExitFailsWithLastError()
    {
        HealthServer server(kMarker);
        qputenv("FAKE_TUNNEL_URLS", server.url().toUtf8());
        qputenv("FAKE_TUNNEL_MODE", "crash");
        auto m = manager();
        QSignalSpy urls(m.get(), &TunnelManager::publicUrlChanged);
        m->start(Kind::Cloudflared, kLocalPort, kMarker);
        QTRY_COMPARE_WITH_TIMEOUT(m->state(), State::Up, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(m->state(), State::Failed, 20000);
        QVERIFY2(m->detail().contains(QStringLiteral("were revoked")), qPrintable(m->detail()));
        QVERIFY(m->detail().startsWith(QStringLiteral("cloudflared stopped")));
        QVERIFY(m->publicUrl().isEmpty());
        QVERIFY(m->mediaUrl().isEmpty());
        QVERIFY(urls.last().first().toUrl().isEmpty());
    }

    void cloudflaredRequestFailure()
    {
        qputenv("FAKE_TUNNEL_MODE", "fail");
        auto m = manager();
        m->start(Kind::Cloudflared, kLocalPort, kMarker);
        QTRY_COMPARE_WITH_TIMEOUT(m->state(), State::Failed, 20000);
        QVERIFY2(m->detail().contains(QStringLiteral("failed to request quick Tunnel")), qPrintable(m->detail()));
    }

    void missingProgramIsReported()
    {
        auto m = manager();
        m->setExecutable(Kind::Ngrok, m_dir->filePath(QStringLiteral("no-such-ngrok")));
        m->start(Kind::Ngrok, kLocalPort, kMarker);
        QTRY_COMPARE_WITH_TIMEOUT(m->state(), State::Failed, 20000);
        QVERIFY2(m->detail().contains(QStringLiteral("ngrok")), qPrintable(m->detail()));
    }

    void httpsBecomesWss()
    {
        // What a real tunnel reports: the stream URL Twilio gets is wss on the same host.
        qputenv("FAKE_TUNNEL_MODE", "unregistered");
        qputenv("FAKE_TUNNEL_URLS", "https://brave-lion-tiger.trycloudflare.com");
        auto m = manager();
        m->start(Kind::Cloudflared, kLocalPort, kMarker);
        QTRY_VERIFY_WITH_TIMEOUT(!m->publicUrl().isEmpty(), 20000);
        QCOMPARE(m->publicUrl(), QUrl(QStringLiteral("https://brave-lion-tiger.trycloudflare.com")));
        QCOMPARE(m->mediaUrl(), QUrl(QStringLiteral("wss://brave-lion-tiger.trycloudflare.com/media")));
        m->stop();
    }
};

QTEST_GUILESS_MAIN(TestTunnelManager)
#include "tst_tunnel_manager.moc"
