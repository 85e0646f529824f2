#pragma once

#include "core/Result.h"
#include "media/MediaPacer.h"
#include "media/MediaStream.h"
#include "media/WebhookEvents.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>

#include <memory>

QT_FORWARD_DECLARE_CLASS(QHttpServer)
QT_FORWARD_DECLARE_CLASS(QHttpServerRequest)
QT_FORWARD_DECLARE_CLASS(QHttpServerResponse)

namespace calldeck {

class MediaServerState;

/// The media-thread half of MediaServer: owns the QHttpServer (so every socket it accepts lives
/// on this thread), checks webhooks and WebSocket handshakes, and owns the streams and their pacer.
/// Its signals are emitted on the media thread; MediaServer forwards them to its own thread.
class MediaHost : public QObject
{
    Q_OBJECT
public:
    explicit MediaHost(MediaServerState* state, QObject* parent = nullptr);
    ~MediaHost() override;

    /// Media thread.
    Status listen(const QHostAddress& address, quint16 port);
    /// Media thread: closes every stream and the listening socket.
    void shutdown();
    /// Media thread: ends and deletes `stream` (MediaServer::closeCall()).
    void closeStream(QPointer<MediaStream> stream);
    [[nodiscard]] MediaPacer& pacer() { return m_pacer; }

Q_SIGNALS:
    void callStatus(const calldeck::CallStatusEvent& event);
    void transcription(const calldeck::TranscriptionEvent& event);
    void streamStarted(const QString& callKey, QPointer<calldeck::MediaStream> stream);
    void streamEnded(const QString& callKey, int reason);
    void rejected(const QString& detail);

private:
    enum class Hook { CallStatus, Transcription };
    QHttpServerResponse handleWebhook(Hook hook, const QHttpServerRequest& request);
    void onNewWebSocket();
    void rejectConnection(const QString& detail);

    MediaServerState* m_state;
    std::unique_ptr<QHttpServer> m_http;
    MediaPacer m_pacer;
    QList<MediaStream*> m_streams;
};

} // namespace calldeck
