#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QHash>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>

QT_FORWARD_DECLARE_CLASS(QWebSocket)

namespace calldeck {

class MediaTap;
class MediaPacer;

/// What the `start` message of a Twilio media stream said.
struct StreamInfo
{
    QString callKey;     ///< CallDeck's own id of the call (from the one-time token)
    QString streamSid;   ///< "MZ…"
    QString callSid;     ///< "CA…"
    QString accountSid;
    QHash<QString, QString> customParameters;
};

/// Counters of one stream; read with MediaStream::stats() from any thread.
struct StreamStats
{
    quint64 inboundFrames = 0;      ///< 20 ms frames received from Twilio
    quint64 outboundFrames = 0;     ///< 20 ms frames sent to Twilio (agent, live or silence-free)
    quint64 inboundGaps = 0;        ///< media timestamps that jumped by more than one frame
    quint64 rejectedMessages = 0;   ///< malformed, binary, oversized, unknown event, wrong streamSid
    quint64 droppedOutbound = 0;    ///< outbound frames discarded by clear() or barge-in
    qint64 maxLatenessUs = 0;       ///< worst outbound frame lateness against the pacing schedule
};

/// Why a stream ended.
enum class StreamEnd
{
    Stopped,        ///< Twilio sent `stop`
    SocketClosed,   ///< the socket closed without `stop`
    ClosedByUs,     ///< MediaServer::closeCall() or close()
    ProtocolError,  ///< the peer never proved a valid token, or broke the protocol beyond repair
};

/// One call's bidirectional Twilio media stream (`<Connect><Stream>`), owned by MediaServer and
/// living on a media thread.
///
/// Inbound: JSON text frame → base64 → μ-law → 16-bit → 8→16 kHz → level → taps.
/// Outbound: 16 kHz audio from playAudio()/pushLiveAudio() → 16→8 kHz → μ-law → whole 20 ms
/// frames paced on a monotonic clock with at most ~100 ms lead at Twilio → `media` messages.
///
/// Every public function is thread-safe unless noted; signals are emitted on the media thread
/// (connect with Qt::QueuedConnection from other threads).
class MediaStream : public QObject
{
    Q_OBJECT
public:
    ~MediaStream() override;

    [[nodiscard]] StreamInfo info() const;
    [[nodiscard]] StreamStats stats() const;

    /// Current levels in dBFS (−90 … 0), updated per frame; cheap to poll from a UI timer.
    [[nodiscard]] float inboundLevelDb() const;
    [[nodiscard]] float outboundLevelDb() const;

    /// Adds/removes a tap. The tap must outlive its registration.
    void addTap(std::shared_ptr<MediaTap> tap);
    void removeTap(const std::shared_ptr<MediaTap>& tap);

    // ---- agent audio -------------------------------------------------------------------------
    /// The current playback generation. Every clear() starts a new one.
    [[nodiscard]] quint32 generation() const;
    /// Queues agent audio (16 kHz mono int16, any length) for `generation`; audio for an older
    /// generation, or any agent audio while a barge-in is live, is discarded.
    void playAudio(const QByteArray& pcm16, quint32 generation);
    /// Queues agent audio that is already 8 kHz μ-law (any length; a partial 20 ms frame waits for
    /// the next call or for mark()/drain(), which pad it with μ-law silence) for `generation`. The
    /// bytes go to Twilio untouched; taps see them decoded to 16 kHz.
    void playMulaw(const QByteArray& mulaw, quint32 generation);
    /// The same, for audio that arrived from its source at `readyAtUs` (MediaPacer::nowUs clock),
    /// so the outbound lateness figures count the time it spent in CallDeck before this call.
    void playMulaw(const QByteArray& mulaw, quint32 generation, qint64 readyAtUs);
    /// Queues a mark after the audio queued so far. Twilio's echo arrives as markPlayed() when the
    /// generation is still current, or markDiscarded() when a clear() intervened.
    void mark(const QString& label, quint32 generation);
    /// Drops queued agent audio here and at Twilio (`clear`), starts a new generation, returns it.
    quint32 clear();
    /// Milliseconds of agent audio queued here plus sent but not yet acknowledged by a mark.
    [[nodiscard]] int pendingMs() const;

    // ---- live audio (human agent, supervisor barge-in, DTMF tones) ---------------------------
    /// Barge-in: sends `clear` at once, drops agent audio, and routes live audio to the call until
    /// endBargeIn(). Emits bargeInChanged(true) so an AI can pause.
    void beginBargeIn();
    void endBargeIn();
    [[nodiscard]] bool bargeInActive() const;
    /// Live microphone audio (16 kHz mono int16). Sent while a barge-in is live or while the
    /// stream is in human mode (setHumanMode(true)); otherwise discarded.
    void pushLiveAudio(const qint16* samples, int count);
    /// Human mode: an agent talks through their headset; live audio is always sent.
    void setHumanMode(bool on);
    /// Plays DTMF tones for `digits` (0-9 * # A-D) into the call, 100 ms tone + 60 ms gap each.
    void playDtmf(const QString& digits);

    /// Emits drained() once every queued frame was sent and the last mark came back, or after
    /// `cap`, whichever is first. Used before hanging up after a goodbye.
    void drain(std::chrono::milliseconds cap);
    /// Closes the WebSocket (the call's TwiML then continues; with no further verb the call ends).
    void close();

Q_SIGNALS:
    void started(const calldeck::StreamInfo& info);
    void dtmfReceived(const QString& digit);
    void markPlayed(quint32 generation, const QString& label);
    void markDiscarded(quint32 generation, const QString& label);
    void bargeInChanged(bool active);
    void drained();
    void ended(calldeck::StreamEnd reason);
    /// A message that was rejected (kept alive; counted in stats()). Logged once per kind.
    void protocolWarning(const QString& detail);

protected:
    explicit MediaStream(QObject* parent = nullptr);

private:
    friend class MediaHost;
    friend class MediaPacer;
    /// Media thread: takes over `socket` (already validated at the handshake). `claimToken` maps a
    /// one-time token to its call key (empty = refused) and is called once, with `start`.
    void attach(QWebSocket* socket, MediaPacer* pacer, std::function<QString(const QString&)> claimToken,
                std::atomic<quint64>* serverRejectedCounter);
    /// Media thread: sends what is due at `nowUs`; returns when the next item is due (INT64_MAX: idle).
    qint64 serviceOutbound(qint64 nowUs);
    void onText(const QString& text);
    void onBinary();
    void onDisconnected();
    void end(StreamEnd reason);
    void sendClearNow(const QStringList& droppedMarks, int droppedFrames);
    void onMarkEcho(const QString& name);
    void checkDrained();
    void runOnMediaThread(std::function<void()> work);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace calldeck

Q_DECLARE_METATYPE(calldeck::StreamInfo)
Q_DECLARE_METATYPE(calldeck::StreamEnd)
