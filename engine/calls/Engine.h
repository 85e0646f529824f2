#pragma once

#include "calls/CallCost.h"
#include "calls/CallSnapshot.h"
#include "compliance/AttestationForm.h"
#include "compliance/GateVerdict.h"
#include "conversation/AgentTypes.h"
#include "conversation/CallBrief.h"
#include "core/Clock.h"
#include "core/Result.h"

#include <QFuture>
#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

namespace calldeck {

class AudioInput;
class AudioOutput;
class CallRecorder;
class CredentialStore;
class DialGateService;
class MediaServer;
class OpenAiClient;
class PriceTable;
class SandboxLine;
class Settings;
class ScriptHub;
class Store;
class TunnelManager;

/// What to call and how.
struct CallRequest
{
    QString to;               ///< any format libphonenumber understands; normalised to E.164
    QString provider;         ///< "sandbox" | "twilio" | empty = Engine::defaultProvider()
    QString persona;          ///< sandbox only: persona name; empty = the number's persona
    /// Who talks: "human" (the agent's headset), "offline" (espeak-ng, no network), "realtime"
    /// (OpenAI Realtime) or "cascade" (speech-to-text → chat → text-to-speech). Empty = the
    /// DefaultAgent setting.
    QString agent;
    QString defaultRegion;    ///< region for national-format input; empty = "US"
    /// What an AI agent is to achieve and for whom; the engine fills in the user's profile and
    /// the assistant settings where the brief leaves them empty.
    CallBrief brief;
    /// When the AI agent fails mid-call, the person at the desk takes over instead of the call ending.
    bool fallbackToHuman = false;
    /// The call task this call is an attempt of; 0 = an ad-hoc call (the recorder creates a task).
    qint64 taskId = 0;
    /// The script run this call drives; 0 = none. The run must be started (gate passed);
    /// the engine attaches the call to it, gives an AI agent the script and its tools, and tells
    /// the ScriptHub when the call ended.
    qint64 scriptRunId = 0;
    /// The attestation signed for an ad-hoc call (no task): the compliance gate stores it with the
    /// call's task. A call with a task uses the task's own attestation.
    std::optional<AttestationForm> attestation;
};

/// The engine facade: the only door the UI and the CLI use. Owns the media server, the sandbox
/// line, the tunnel manager, the Twilio client and one CallSession per call. Lives on the thread
/// that created it; every function must be called there. Signals carry value types.
class Engine : public QObject
{
    Q_OBJECT
public:
    Engine(Settings& settings, CredentialStore& credentials, QObject* parent = nullptr);
    ~Engine() override;

    /// Starts the media server on the configured listen address and the sandbox line, and reads
    /// Twilio's configuration (settings + keychain/environment).
    QFuture<Status> start();
    /// Hangs up every live call (bounded wait) and stops the servers.
    void shutdown();

    /// The wall clock the engine and what it drives (call times, the sandbox's calendar, the
    /// planner and queue the app builds on it) read. Set it before start(); default: the system's.
    void setClock(WallClock clock);
    [[nodiscard]] const WallClock& clock() const;

    /// "twilio" when an account SID, a from number and a token/secret are configured, else "sandbox".
    [[nodiscard]] QString defaultProvider() const;
    [[nodiscard]] bool twilioConfigured() const;
    /// The agent new calls get unless the request names one (the DefaultAgent setting).
    [[nodiscard]] QString defaultAgent() const;

    /// Replaces the microphone / speaker (the product uses Qt Multimedia devices; the CLI and tests
    /// pass WAV-file, silence or null devices). The engine takes ownership.
    void setAudioInput(std::unique_ptr<AudioInput> input);
    void setAudioOutput(std::unique_ptr<AudioOutput> output);
    [[nodiscard]] AudioInput* audioInput() const;
    [[nodiscard]] AudioOutput* audioOutput() const;

    /// Places a call; resolves to the call key once the provider accepted the request (the call's
    /// progress then arrives through callUpdated()), or to the provider's error. Every call passes
    /// the compliance gate (DialGateService) right before the provider is asked: a refusal resolves
    /// to Conflict with every reason, except on the sandbox line, where the reasons are warnings.
    QFuture<Result<QString>> placeCall(const CallRequest& request);
    void hangUp(const QString& callKey);
    /// The supervisor hears the call on the speaker.
    void setListening(const QString& callKey, bool on);
    /// The supervisor's microphone goes into the call (push-to-talk press/release or toggle);
    /// agent audio queued at Twilio is cut with `clear`.
    void setBargeIn(const QString& callKey, bool on);
    /// Mutes the agent's microphone in a human-mode call.
    void setMuted(const QString& callKey, bool on);
    /// Plays DTMF tones into the call.
    void sendDigits(const QString& callKey, const QString& digits);
    /// A person takes an AI call over with their headset (true) or hands it back (false).
    void setTakeover(const QString& callKey, bool on);
    /// Answers an agent's request_approval; false when nothing is pending under `approvalId`.
    bool answerApproval(const QString& callKey, const QString& approvalId, bool approved, const QString& note = {});

    /// The contact database, for the agents' lookup_contact tool (may be null: no lookups).
    /// Also creates the ScriptHub over that store.
    void setStore(Store* store);
    /// Script runs: the control panel, the CLI and the AI's script tools share this hub.
    /// Null until setStore().
    [[nodiscard]] ScriptHub* scriptHub() const;
    /// The compliance gate every call passes. Null until setStore().
    [[nodiscard]] DialGateService* dialGate() const;
    /// The price table costs and estimates use (shipped defaults + the user's prices.json).
    [[nodiscard]] const PriceTable& prices() const;
    /// True when an OpenAI-compatible key is available (environment or keychain) for the
    /// realtime and cascade agents.
    [[nodiscard]] bool aiConfigured() const;
    /// Reads the OpenAI-compatible key again (after the user changed it in Settings).
    void refreshAiKey();
    /// A client for the configured OpenAI-compatible API (planner, extraction), or null without a
    /// key. Owned by the engine and replaced when the key or base URL changes: hold it in a
    /// QPointer, and make objects that use it its children.
    [[nodiscard]] OpenAiClient* openAiClient();
    /// The pre-call cost estimate for a call with `agentKind` through `provider`.
    [[nodiscard]] CallCost estimateCost(const QString& agentKind, const QString& provider, double expectedMinutes = 3.0) const;
    /// The call's transcript so far (partials replaced by finals), its cost and its turn latencies.
    [[nodiscard]] QList<TranscriptSegment> transcriptOf(const QString& callKey) const;
    [[nodiscard]] CallCost costOf(const QString& callKey) const;
    [[nodiscard]] QList<TurnLatency> latenciesOf(const QString& callKey) const;

    [[nodiscard]] QList<CallSnapshot> calls() const;
    /// True once callSettled() was emitted for `callKey`.
    [[nodiscard]] bool isSettled(const QString& callKey) const;
    [[nodiscard]] CallSnapshot snapshot(const QString& callKey) const;
    /// Thread-safe and cheap: poll from a UI timer.
    [[nodiscard]] CallLevels levels(const QString& callKey) const;

    [[nodiscard]] MediaServer& mediaServer() const;
    [[nodiscard]] SandboxLine& sandbox() const;
    [[nodiscard]] TunnelManager& tunnel() const;
    /// The base Twilio reaches the media server at (setting, tunnel, or the local URL).
    [[nodiscard]] QUrl publicUrl() const;

Q_SIGNALS:
    void callUpdated(const calldeck::CallSnapshot& call);
    /// A milestone of a call in words, for logs and `calldeck-cli call` (kind: "placed",
    /// "status", "media", "dtmf", "mark", "barge-in", "agent", "field", "approval", "warning",
    /// "ended", "post-call").
    void callEvent(const QString& callKey, const QString& kind, const QString& detail);
    /// Every partial and final transcript segment of every call.
    void transcript(const calldeck::TranscriptSegment& segment);
    /// The call has ended and everything after it is done: it is stored and post-call processing
    /// has given its verdict (or one of those steps failed, or nothing is stored). The queue
    /// closes a task here, so a completed task always carries its outcome and notification.
    void callSettled(const QString& callKey);
    /// An AI agent holds the call until the user approves or declines (answerApproval()).
    /// The compliance gate's verdicts for a call about to be dialled (also when it refused).
    void gateEvaluated(const calldeck::GateVerdict& verdict);
    void approvalRequested(const QString& callKey, const QString& approvalId, qint64 amountCents,
                           const QString& description);
    /// The OpenAI-compatible key was read again (it may have appeared, changed or gone).
    void aiKeyChanged();
    /// The public URL or tunnel state changed (for the monitor panel).
    void publicUrlChanged(const QUrl& url);

private:
    void configureTwilio(const QString& authToken, const QString& apiKeySecret);
    void applyPublicUrl();
    void startConfiguredTunnel();
    void ensureAudio(bool needInput, bool needOutput);
    /// The second half of placeCall(), once the gate allowed the call (or only warned).
    QFuture<Result<QString>> placeAdmitted(const CallRequest& request, const QString& e164, const QUrl& base,
                                           const QString& agentKind, const GateVerdict& verdict);
    Result<CallBrief> completeBrief(CallBrief brief, const QString& to) const;
    void runPostCall(const QString& callKey, qint64 sessionId);
    void settle(const QString& callKey);
    /// Attaches the call to its script run and closes the run once the call is stored.
    void linkScriptRun(const QString& callKey, qint64 runId, const QString& actor, CallRecorder* recorder);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace calldeck
