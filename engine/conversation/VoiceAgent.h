#pragma once

#include "calls/CallSnapshot.h"
#include "conversation/AgentTypes.h"
#include "conversation/CallBrief.h"

#include <QByteArray>
#include <QJsonArray>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace calldeck {

class MediaTap;

/// The agent's way out to the callee: one call's Twilio media stream (CallDeck's StreamLine over
/// MediaStream in the product, a recording fake in tests). Every function is thread-safe and
/// cheap; after the stream ended they do nothing.
class AgentLine
{
public:
    virtual ~AgentLine() = default;
    /// Current playback generation; audio and marks tagged with an older one are dropped.
    [[nodiscard]] virtual quint32 generation() const = 0;
    /// 8 kHz μ-law, any length: sent to Twilio as is (Realtime's audio/pcmu passes through).
    virtual void playMulaw(const QByteArray& mulaw, quint32 generation) = 0;
    /// 16 kHz mono int16 (the engine rate): resampled and μ-law encoded on the way out.
    virtual void playPcm16(const QByteArray& pcm16, quint32 generation) = 0;
    /// A mark after the audio queued so far; its echo comes back through VoiceAgent::markPlayed
    /// (or markDiscarded after a clear()).
    virtual void mark(const QString& label, quint32 generation) = 0;
    /// Drops queued audio here and at Twilio (`clear`); returns the new generation.
    virtual quint32 clear() = 0;
    /// Milliseconds of agent audio queued or sent but not yet acknowledged by a mark.
    [[nodiscard]] virtual int pendingMs() const = 0;
};

/// Runs the agent tools (log_call_event, end_call, record_field, request_approval,
/// lookup_contact; see ToolCatalog) for one call. Thread-safe.
class AgentToolHost
{
public:
    virtual ~AgentToolHost() = default;
    /// Runs `call`; `done` runs exactly once on `context`'s thread, possibly much later
    /// (request_approval waits for the user's answer). Never runs `done` if `context` is gone.
    virtual void invoke(QObject* context, const ToolCall& call, std::function<void(const ToolResult&)> done) = 0;
};

/// Realtime voice-activity tuning (server VAD; the cascade and offline agents use the same
/// numbers for their local turn detector).
struct VadSettings
{
    double threshold = 0.5;          ///< 0–1; raise for noisy lines
    int prefixPaddingMs = 300;
    int silenceDurationMs = 500;
};

/// How an agent is set up for one call. Built by the engine from settings, keychain and brief.
struct AgentConfig
{
    QString callKey;
    CallBrief brief;
    QString instructions;            ///< the system prompt (PromptBuilder::build(brief))
    QJsonArray tools;                ///< neutral schemas [{name, description, parameters}] (ToolCatalog)
    /// OpenAI-compatible API base, e.g. "https://api.openai.com/v1" or "http://127.0.0.1:8000/v1".
    QUrl apiBase;
    QString apiKey;                  ///< in memory only; never logged
    QString realtimeModel = QStringLiteral("gpt-realtime");
    QString chatModel = QStringLiteral("gpt-4o-mini");
    QString transcriptionModel = QStringLiteral("gpt-4o-mini-transcribe");
    QString ttsModel = QStringLiteral("gpt-4o-mini-tts");
    QString voice = QStringLiteral("marin");
    VadSettings vad;
    /// Realtime: recycle the session before OpenAI's 60-minute cap (tests shorten it).
    int sessionRecycleSeconds = 55 * 60;
    /// The opening (who is calling, AI disclosure, recording notice) is not cut by callee speech.
    bool uninterruptibleOpening = true;
};

/// One conversational agent on one call (PRODUCT V3, V4; ARCHITECTURE "VoiceAgent"). Realtime,
/// cascade, offline and human agents implement it.
///
/// Threading: an agent lives on the engine's agent thread; every function below is called on
/// that thread (the engine uses queued invocations) except inputTap(), whose tap is fed on the
/// media thread. Signals are emitted on the agent thread.
///
/// Life cycle: prepare() while the phone rings (open sockets, warm up) → attach() when the media
/// stream started → … → detach() when the stream ended → stop().
class VoiceAgent : public QObject
{
    Q_OBJECT
public:
    explicit VoiceAgent(QObject* parent = nullptr) : QObject(parent) {}
    ~VoiceAgent() override = default;

    /// "realtime" | "cascade" | "offline" | "human"
    [[nodiscard]] virtual QString kind() const = 0;

    /// Opens connections before the callee answers. Failures are reported through failed().
    virtual void prepare() = 0;
    /// The media stream is up: the agent may talk. `line` and `tools` stay valid until detach().
    /// `answeredAtUs` is the monotonic time (MediaPacer::nowUs clock) the call clock starts at.
    virtual void attach(AgentLine* line, AgentToolHost* tools, qint64 answeredAtUs) = 0;
    virtual void detach() = 0;
    /// Closes everything; no signal is emitted afterwards.
    virtual void stop() = 0;

    /// Caller audio, fed on the media thread. Must be cheap: post to the agent's thread.
    [[nodiscard]] virtual std::shared_ptr<MediaTap> inputTap() = 0;

    /// Twilio's echo of a mark the agent placed.
    virtual void markPlayed(quint32 generation, const QString& label) = 0;
    virtual void markDiscarded(quint32 generation, const QString& label) = 0;
    /// A transcription event from the line (Twilio's real-time transcription or the sandbox's):
    /// `track` "inbound_track" = callee, "outbound_track" = what CallDeck sent.
    virtual void lineTranscript(const QString& track, const QString& text, bool isFinal, double confidence) = 0;
    /// DTMF the callee pressed.
    virtual void dtmf(const QString& digit) { Q_UNUSED(digit) }

    /// A supervisor barged in (true): cancel the running response, keep quiet and do not reply
    /// until released. On release (false) `supervisorWords` holds what they said, if known, and
    /// becomes context for the agent.
    virtual void supervisorBargeIn(bool active, const QString& supervisorWords) = 0;
    /// A human took the call over (true) or handed it back (false): like a barge-in, but for as
    /// long as the human wants; `humanWords` is what the human said, if known.
    virtual void humanTakeover(bool active, const QString& humanWords) = 0;

Q_SIGNALS:
    /// A new or updated transcript segment (partial text replaced by final under the same id).
    void segment(const calldeck::TranscriptSegment& segment);
    /// The provider's usage of one request/response.
    void usage(const calldeck::AiUsage& usage);
    void turnLatency(const calldeck::TurnLatency& latency);
    /// The callee started speaking (barge-in point) / finished a turn.
    void calleeSpeechStarted();
    void calleeTurnEnded();
    /// end_call ran: hang up once the agent's last words played.
    void endCallRequested(const QString& summary, bool objectiveMet);
    /// Informational milestones for the call log (kind: "connected", "reconnect", "recycle",
    /// "truncate", "tool", "format", …).
    void agentEvent(const QString& kind, const QString& detail);
    /// Something the user should know; the call goes on.
    void warning(const QString& message);
    /// The agent cannot go on (bad key, formats refused, server gone after retries). The engine
    /// falls back to the human agent or ends the call.
    void failed(const QString& message);
};

} // namespace calldeck
