#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace calldeck {

/// Starts and watches a tunnel that exposes the media server to Twilio: `ngrok http PORT` or a
/// `cloudflared tunnel --url` quick tunnel, when installed. Discovers the https URL from the
/// child's output (and ngrok's local API), health-checks GET https://HOST/healthz through the
/// tunnel against the media server's instance id, and restarts the child on request.
class TunnelManager : public QObject
{
    Q_OBJECT
public:
    enum class Kind { None, Ngrok, Cloudflared };
    Q_ENUM(Kind)
    enum class State { Off, Starting, Up, Unhealthy, Failed };
    Q_ENUM(State)

    /// How long each step may take. The defaults suit real tunnels; tests shorten them.
    struct Timings
    {
        int discoveryTimeoutMs = 30000; ///< from spawning the child to a public URL (and, for cloudflared, a registered connection)
        int healthIntervalMs = 30000;   ///< re-check period while Up or Unhealthy
        int healthRetryMs = 2000;       ///< pause between checks right after discovery (DNS may lag)
        int healthAttempts = 5;         ///< checks right after discovery before declaring Unhealthy
        int healthTimeoutMs = 10000;    ///< one health request
        int killGraceMs = 3000;         ///< terminate → kill
    };

    explicit TunnelManager(QObject* parent = nullptr);
    ~TunnelManager() override;

    /// Which tunnel programs are on PATH (or at the overridden paths).
    [[nodiscard]] static QList<Kind> available();
    /// For tests: use this executable instead of looking up `ngrok`/`cloudflared` on PATH.
    void setExecutable(Kind kind, const QString& path);
    /// Overrides the timeouts and intervals (tests).
    void setTimings(const Timings& timings);

    /// Starts the tunnel to http://127.0.0.1:localPort; `healthMarker` is what /healthz must return.
    void start(Kind kind, quint16 localPort, const QString& healthMarker);
    void stop();
    void restart();
    /// Runs the health check now (also runs every 30 s while Up).
    void checkHealth();

    [[nodiscard]] Kind kind() const;
    [[nodiscard]] State state() const;
    /// https://HOST once discovered, else empty.
    [[nodiscard]] QUrl publicUrl() const;
    /// wss://HOST/media
    [[nodiscard]] QUrl mediaUrl() const;
    /// Last error or status in words.
    [[nodiscard]] QString detail() const;

    static QString kindName(Kind kind);

Q_SIGNALS:
    void stateChanged(calldeck::TunnelManager::State state, const QString& detail);
    void publicUrlChanged(const QUrl& url);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace calldeck
