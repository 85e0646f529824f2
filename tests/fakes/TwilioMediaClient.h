#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <deque>
#include <functional>

namespace calldeck::fakes {

/// Twilio's side of a bidirectional Media Stream (twilio.md §5), for tests and benchmarks: opens
/// the WebSocket with a signed upgrade, sends connected/start (token in customParameters), μ-law
/// media every 20 ms with string sequenceNumber/chunk/timestamp, dtmf and stop. It records what
/// CallDeck sends and plays it back in real time like Twilio: a mark is echoed when playback
/// reaches it, and `clear` drops queued audio and echoes every pending mark at once.
class TwilioMediaClient : public QObject
{
    Q_OBJECT
public:
    enum class Signature { Valid, Missing, Wrong };

    /// One message CallDeck sent, as received.
    struct Received
    {
        QString event;        ///< media | mark | clear | (anything else CallDeck sent)
        QByteArray payload;   ///< μ-law bytes of a media message
        QString markName;
        qint64 atNs = 0;      ///< steady clock
    };

    explicit TwilioMediaClient(QObject* parent = nullptr);

    void setSignature(Signature mode) { m_signature = mode; }
    /// When false, open() sends only `connected`; call sendStart() yourself.
    void setAutoStart(bool on) { m_autoStart = on; }
    /// Keep every received message in received() (tests); the bench only counts.
    void setRecording(bool on) { m_recording = on; }
    /// Drive media and playback from outside (tick() every 20 ms) instead of own timers; the
    /// benchmark runs hundreds of clients from one timer this way.
    void setExternalClock(bool on) { m_externalClock = on; }

    /// Connects to `mediaUrl` (ws:// or wss://) signing it with `authToken`.
    void open(const QUrl& mediaUrl, const QString& authToken, const QHash<QString, QString>& customParameters);
    void sendStart();
    /// Sends one media message carrying `mulaw` (any length); the timestamp advances by its duration.
    void sendMedia(const QByteArray& mulaw);
    /// Skips `ms` of media timestamps, as after a network gap.
    void skipMs(int ms) { m_timestampMs += ms; }
    /// Sends a tone (8 kHz μ-law) in 20 ms frames paced in real time until stopAudio().
    void startTone(double hz, double amplitude);
    void stopAudio();
    void sendDtmf(QChar digit);
    void sendStop();
    void sendText(const QString& raw);
    void sendBinary(const QByteArray& raw);
    /// Drops the TCP connection without a close handshake or `stop`.
    void abort();
    void close();
    /// One 20 ms step: a media frame when a tone runs, and one frame of playback.
    void tick();

    [[nodiscard]] bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    [[nodiscard]] QString streamSid() const { return m_streamSid; }
    [[nodiscard]] QString callSid() const { return m_callSid; }
    [[nodiscard]] int mediaSent() const { return m_mediaSent; }
    [[nodiscard]] const QList<Received>& received() const { return m_received; }
    /// 20 ms frames of media received (a 40 ms message counts twice).
    [[nodiscard]] int mediaReceivedCount() const { return m_mediaReceived; }
    /// `media` messages received.
    [[nodiscard]] int mediaMessageCount() const { return m_mediaMessages; }
    [[nodiscard]] int clearCount() const { return m_clears; }
    [[nodiscard]] QStringList marksReceived() const { return m_marks; }
    [[nodiscard]] QStringList marksEchoed() const { return m_echoed; }
    /// All received μ-law audio in order.
    [[nodiscard]] QByteArray receivedAudio() const;
    /// Frames waiting in the simulated Twilio playback queue.
    [[nodiscard]] int queuedFrames() const { return m_queuedFrames; }

    /// A 20 ms μ-law frame of a sine; `frameIndex` keeps the phase continuous.
    static QByteArray toneFrame(double hz, double amplitude, qint64 frameIndex);

Q_SIGNALS:
    void opened();
    void closed();
    void mediaReceived();
    void markReceived(const QString& name);
    void clearReceived();
    void markEchoed(const QString& name);

private:
    void onText(const QString& text);
    void playOneFrame();
    void echoMarksAtHead();
    void send(const QString& json);
    QString seq() { return QString::number(m_sequence++); }

    QWebSocket m_socket;
    Signature m_signature = Signature::Valid;
    bool m_autoStart = true;
    bool m_recording = true;
    bool m_externalClock = false;
    QHash<QString, QString> m_parameters;
    QString m_streamSid;
    QString m_callSid;
    QString m_accountSid;
    int m_sequence = 1;
    int m_chunk = 1;
    qint64 m_timestampMs = 0;
    int m_mediaSent = 0;

    QTimer m_audioTimer;
    double m_toneHz = 0.0;
    double m_toneAmplitude = 0.0;
    qint64 m_toneFrame = 0;
    bool m_toneOn = false;

    // Playback: an entry is either a frame (empty name) or a mark.
    std::deque<QString> m_playback;
    int m_queuedFrames = 0;
    QTimer m_playTimer;

    QList<Received> m_received;
    int m_mediaReceived = 0;
    int m_mediaMessages = 0;
    int m_clears = 0;
    QStringList m_marks;
    QStringList m_echoed;
};

} // namespace calldeck::fakes
