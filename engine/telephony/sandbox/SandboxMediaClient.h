#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QTimer>
#include <QUrl>

class QWebSocket;

namespace calldeck::sandbox {

/// The sandbox line's side of a bidirectional Media Stream, behaving like Twilio's media client:
/// signed WebSocket upgrade, connected → start → one 20 ms μ-law media message per frame on a
/// monotonic schedule (silence when the callee is quiet) → stop. Audio CallDeck sends is played out
/// in real time; marks are echoed when playback reaches them and all at once on clear.
class SandboxMediaClient : public QObject
{
    Q_OBJECT
public:
    struct Identity
    {
        QString accountSid;
        QString callSid;
        QString authToken;  ///< signs the upgrade request
        QList<QPair<QString, QString>> customParameters;
    };

    SandboxMediaClient(QUrl streamUrl, Identity identity, QObject* parent = nullptr);
    ~SandboxMediaClient() override;

    /// Opens the WebSocket; started() or failed() follows.
    void open();
    /// Queues callee speech (μ-law 8 kHz) after what is already queued.
    void speak(const QByteArray& mulaw);
    /// True while queued callee speech has not been sent yet.
    [[nodiscard]] bool speaking() const;
    /// The call ended on the sandbox side: sends stop and closes the socket.
    void hangUp();

    [[nodiscard]] QString streamSid() const { return m_streamSid; }
    /// Messages from CallDeck that Twilio would have rejected (31950/31951).
    [[nodiscard]] int invalidMessages() const { return m_invalidMessages; }

Q_SIGNALS:
    /// connected and start were sent; media flows from now on.
    void started();
    /// One 20 ms frame of CallDeck's audio was played to the callee (level in dBFS; silence when
    /// nothing was queued). Fires every frame, so it doubles as the callee's clock.
    void framePlayed(float levelDb);
    /// All queued callee speech has been sent.
    void speechFinished();
    /// CallDeck closed the socket (the <Connect> verb ends).
    void closedByPeer();
    /// The stream could not be opened (Twilio error code and a readable reason).
    void failed(int code, const QString& message);

private:
    void onConnected();
    void onTextMessage(const QString& message);
    void onTick();
    void sendFrame();
    void sendJson(const class QJsonObject& object);
    QString nextSequence();
    void echoMark(const QString& name);
    void rejectMessage(int code, const QString& why);
    void handshakeFailed(const QString& reason);

    QUrl m_url;
    Identity m_identity;
    QWebSocket* m_socket = nullptr;
    QString m_streamSid;
    QTimer m_tick;
    QElapsedTimer m_clock;
    qint64 m_framesSent = 0;
    quint64 m_sequence = 0;
    bool m_open = false;
    bool m_closing = false;

    QByteArray m_speech;          ///< callee audio still to send
    QByteArray m_playback;        ///< CallDeck audio still to play
    qint64 m_playbackQueuedBytes = 0; ///< total ever queued, positions of marks refer to it
    qint64 m_playbackPlayedBytes = 0;
    QList<QPair<qint64, QString>> m_marks;
    int m_invalidMessages = 0;
};

} // namespace calldeck::sandbox
