#pragma once

#include "core/Result.h"
#include "media/WebhookEvents.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

namespace calldeck {

class MediaStream;
class LatencyHistogram;

/// Counters of the whole server; read from any thread.
struct MediaServerStats
{
    quint64 webhooksAccepted = 0;
    quint64 webhooksRejected = 0;   ///< missing/wrong signature (403), unknown call, bad form
    quint64 streamsAccepted = 0;
    quint64 streamsRejected = 0;    ///< no/used/unknown token, bad handshake signature
    quint64 messagesRejected = 0;   ///< malformed/binary/oversized/unknown/wrong streamSid, all streams
    int liveStreams = 0;
};

/// CallDeck's own HTTP + WebSocket server on one port (QtHttpServer + QtWebSockets):
///
///   POST /twilio/status?call=KEY          call-progress callbacks       → callStatus()
///   POST /twilio/transcription?call=KEY   real-time transcription hooks → transcription()
///   GET  /healthz                         "calldeck <instance id>" (tunnel health check)
///   GET  /media  (WebSocket upgrade)      Twilio media streams          → streamStarted()
///
/// Every webhook's X-Twilio-Signature is validated against the public URL (TwilioSignature);
/// a missing or wrong signature gets 403 and a log line. A media connection is accepted only with
/// the `token` custom parameter issued by openCall() for a live call, once. Sockets and streams
/// live on media threads; this object and its signals belong to the thread that created it.
class MediaServer : public QObject
{
    Q_OBJECT
public:
    explicit MediaServer(QObject* parent = nullptr);
    ~MediaServer() override;

    /// How many media threads share the streams (1 … 8, default 1); takes effect at listen().
    /// With more than one, every thread listens on the same port (SO_REUSEPORT) and the kernel
    /// spreads the connections over them, since Qt 6.4 cannot move an accepted WebSocket's TCP
    /// socket; a call's webhooks may then be served by another thread than its stream.
    void setMediaThreadCount(int count);
    [[nodiscard]] int mediaThreadCount() const;
    /// Starts listening (port 0 = any free port).
    Status listen(const QHostAddress& address, quint16 port);
    void stop();
    [[nodiscard]] quint16 port() const;
    /// "http://127.0.0.1:PORT"
    [[nodiscard]] QUrl localUrl() const;

    /// The https base Twilio reaches us at (tunnel or reverse proxy). Empty = localUrl(), which
    /// only the sandbox line can reach.
    void setPublicUrl(const QUrl& base);
    [[nodiscard]] QUrl publicUrl() const;
    /// Key for X-Twilio-Signature: the Twilio auth token (or the sandbox line's). Thread-safe.
    void setSigningKey(const QByteArray& authToken);

    /// wss://PUBLIC/media (ws:// when the public base is http).
    [[nodiscard]] QUrl mediaUrl() const;
    [[nodiscard]] QUrl statusCallbackUrl(const QString& callKey) const;
    [[nodiscard]] QUrl transcriptionCallbackUrl(const QString& callKey) const;
    /// Random marker served by /healthz, so a health check proves the tunnel reaches *this* server.
    [[nodiscard]] QString instanceId() const;

    /// Registers a live call; returns its one-time media token (goes into <Parameter name="token">).
    QString openCall(const QString& callKey);
    /// Same, for a call whose carrier signs with its own key and reaches us at its own base URL
    /// (the sandbox line on loopback and Twilio through a tunnel at the same time). The call's
    /// callback and media URLs then use that base.
    QString openCall(const QString& callKey, const QByteArray& signingKey, const QUrl& baseUrl);
    /// The media URL to give `callKey`'s carrier.
    [[nodiscard]] QUrl mediaUrl(const QString& callKey) const;
    /// Revokes the token, closes the call's stream if any. Late signed webhooks for it (a repeated
    /// terminal status, the last transcription events) are still accepted for a while.
    void closeCall(const QString& callKey);
    /// The call's stream once Twilio connected, else null. Thread-safe.
    [[nodiscard]] QPointer<MediaStream> stream(const QString& callKey) const;

    [[nodiscard]] MediaServerStats stats() const;
    /// Outbound frame lateness against the pacing schedule, all streams (for benchmarks/diagnostics).
    [[nodiscard]] LatencyHistogram& outboundLateness() const;
    /// Inbound forwarding time, message received → frames delivered to the taps, all streams.
    [[nodiscard]] LatencyHistogram& inboundForwarding() const;

Q_SIGNALS:
    void callStatus(const calldeck::CallStatusEvent& event);
    void transcription(const calldeck::TranscriptionEvent& event);
    /// A stream proved its token and sent `start`. The MediaStream lives on a media thread.
    void streamStarted(const QString& callKey, QPointer<calldeck::MediaStream> stream);
    void streamEnded(const QString& callKey, int reason /* calldeck::StreamEnd */);
    /// A rejected request or connection, in words (also logged).
    void rejected(const QString& detail);

private:
    void addLane();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace calldeck
