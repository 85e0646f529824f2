#pragma once

#include "calls/CallCost.h"
#include "calls/CallSnapshot.h"
#include "core/Clock.h"
#include "conversation/AgentTypes.h"
#include "conversation/openai/OpenAiTypes.h"
#include "core/Result.h"
#include "media/WebhookEvents.h"
#include "telephony/CallStatusTracker.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

namespace calldeck {

class AudioOutput;
class ClipTap;
class CallAgent;
class CallTools;
class CostMeter;
class LatencyStats;
class PriceTable;
class LevelTap;
class ListenTap;
class MediaServer;
class MediaStream;
class MicRouter;
class TelephonyProvider;

/// One call from placement to its terminal status: places it through a TelephonyProvider with
/// inline TwiML pointing at the media server, follows the signed status callbacks (out-of-order
/// safe), attaches the media stream when Twilio connects, routes the microphone (human mode,
/// barge-in) and the speaker (listen-in), and hangs up after the agent's audio has drained.
/// Lives on the engine thread.
class CallSession : public QObject
{
    Q_OBJECT
public:
    struct Setup
    {
        QString callKey;
        QString to;               ///< E.164
        QString persona;
        bool humanMode = true;
        QString transcriptionLanguage = QStringLiteral("en-US");
        QString agentKind = QStringLiteral("human");   ///< human | offline | realtime | cascade
        /// When the AI agent fails, a person takes over (GUI) instead of the call ending (CLI).
        bool fallbackToHuman = false;
        qint64 estimatedCostMicros = -1;
        /// The wall clock for the call's placed/connected/ended times (the engine's clock).
        WallClock clock;
    };

    CallSession(Setup setup, TelephonyProvider& provider, MediaServer& server, MicRouter& mic,
                const PriceTable& prices, QObject* parent = nullptr);
    ~CallSession() override;

    /// Registers the media token and asks the provider to place the call. Resolves to the call
    /// key once the provider accepted it, or to its error (the session is then Ended).
    QFuture<Result<QString>> place(const QUrl& baseUrl);
    /// Hangs up (after queued agent audio played, capped at 2 s). Safe to call in any state.
    void hangUp();

    void handleStatus(const CallStatusEvent& event);
    void handleTranscription(const TranscriptionEvent& event);
    void attachStream(QPointer<MediaStream> stream);
    void handleStreamEnded(int reason);

    /// The headset the agent hears the callee on in a human-mode call (null = none).
    void setHeadset(AudioOutput* output);
    /// `output` null turns listening off.
    void setListening(AudioOutput* output);
    void setBargeIn(bool on);
    void setMuted(bool on);
    void sendDigits(const QString& digits);

    /// Gives the call an AI agent and its tools (both become children of the session). The
    /// agent is prepared at once, so its connections open while the phone rings.
    void setAgent(CallAgent* agent, CallTools* tools);
    /// A person takes the AI call over (true) or hands it back (false).
    void setTakeover(bool on);
    /// The user's answer to the agent's request_approval; false when nothing is pending under `id`.
    bool answerApproval(const QString& id, bool approved, const QString& note);

    [[nodiscard]] QList<TranscriptSegment> segments() const { return m_segments; }
    [[nodiscard]] CallCost cost() const;
    [[nodiscard]] QList<TurnLatency> latencies() const { return m_latencies; }
    [[nodiscard]] CallTools* tools() const { return m_tools; }

    /// Turns a clip of 16 kHz speech into text (the engine's OpenAI-compatible speech-to-text), or
    /// resolves to an error when none is configured.
    using SpeechToText = std::function<QFuture<Result<Transcription>>(const QByteArray& pcm16)>;
    /// What a supervisor or a person who took the call over said is transcribed with this and
    /// handed to the AI agent (and the transcript) afterwards.
    void setSpeechToText(SpeechToText stt) { m_speechToText = std::move(stt); }

    [[nodiscard]] const CallSnapshot& snapshot() const { return m_snapshot; }
    [[nodiscard]] CallLevels levels() const;
    [[nodiscard]] QString callKey() const { return m_snapshot.callKey; }
    [[nodiscard]] bool isLive() const { return m_snapshot.isLive(); }
    [[nodiscard]] QPointer<MediaStream> stream() const { return m_stream; }

Q_SIGNALS:
    void updated(const calldeck::CallSnapshot& snapshot);
    void event(const QString& kind, const QString& detail);
    void transcript(const calldeck::TranscriptSegment& segment);
    void bargeInChanged(bool active);
    void approvalRequested(const QString& id, qint64 amountCents, const QString& description);

private:
    void applyStatus(const QString& status);
    void finish(const QString& outcome, const QString& reason);
    void requestHangUp();
    void pollStatus();
    void updateMicRouting();
    void publish();
    void hangUpAfter(std::chrono::milliseconds drainCap);
    void addSegment(const TranscriptSegment& segment);
    void onUsage(const AiUsage& usage);
    void onTurnLatency(const TurnLatency& latency);
    void onAgentFailed(const QString& message);
    void updateCost();
    /// The person's words after a barge-in (supervisor) or takeover (agent) → transcript + AI.
    void handBackWords(bool supervisor);
    static QString reasonFor(const QString& outcome);
    [[nodiscard]] QDateTime now() const { return m_clock().toUTC(); }

    TelephonyProvider& m_provider;
    MediaServer& m_server;
    MicRouter& m_mic;
    CallSnapshot m_snapshot;
    QString m_transcriptionLanguage;
    CallStatusTracker m_tracker;
    QPointer<MediaStream> m_stream;
    std::shared_ptr<LevelTap> m_levels;
    std::shared_ptr<ListenTap> m_listen;
    std::shared_ptr<ListenTap> m_headset;
    AudioOutput* m_headsetOutput = nullptr;
    bool m_hangUpRequested = false;
    bool m_hangUpSent = false;
    QTimer m_pollTimer;          ///< fetches the status when callbacks stop arriving
    qint64 m_lastCallbackMs = 0;
    bool m_warnedNoCallbacks = false;

    bool m_fallbackToHuman = false;
    WallClock m_clock;
    CallAgent* m_agent = nullptr;
    CallTools* m_tools = nullptr;
    std::unique_ptr<CostMeter> m_cost;
    std::unique_ptr<LatencyStats> m_latencyStats;
    QList<TurnLatency> m_latencies;
    QList<TranscriptSegment> m_segments;   ///< in arrival order, partials replaced by finals
    int m_lineSegmentCounter = 0;          ///< ids for the line's own transcription events
    QTimer m_costTimer;                    ///< telephony minutes tick while connected
    std::shared_ptr<ClipTap> m_clip;       ///< the person's words while they have the floor
    SpeechToText m_speechToText;
    int m_handBackCounter = 0;
};

} // namespace calldeck
