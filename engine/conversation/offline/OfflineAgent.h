#pragma once

#include "conversation/TurnDetector.h"
#include "conversation/VoiceAgent.h"
#include "conversation/offline/OfflineOutcome.h"
#include "conversation/offline/OfflinePlan.h"
#include "conversation/offline/OfflineScriptWalk.h"
#include "conversation/prompt/SpeechGuard.h"
#include "core/Result.h"

#include <QHash>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace calldeck {

class OfflineInputTap;

/// The agent that needs no network and no key (kind "offline"): follows the brief step by step,
/// speaks with espeak-ng, waits for the callee's turns (line transcription or its own energy
/// turn detector) and records the answers with the agent tools. Makes every call demonstrable.
class OfflineAgent : public VoiceAgent
{
    Q_OBJECT
public:
    /// Text → 8 kHz μ-law. Runs on a worker thread, so it must be thread-safe.
    using Synthesizer = std::function<Result<QByteArray>(const QString& text)>;

    explicit OfflineAgent(AgentConfig config, QObject* parent = nullptr);
    ~OfflineAgent() override;

    [[nodiscard]] QString kind() const override { return QStringLiteral("offline"); }
    void prepare() override;
    void attach(AgentLine* line, AgentToolHost* tools, qint64 answeredAtUs) override;
    void detach() override;
    void stop() override;
    [[nodiscard]] std::shared_ptr<MediaTap> inputTap() override;
    void markPlayed(quint32 generation, const QString& label) override;
    void markDiscarded(quint32 generation, const QString& label) override;
    void lineTranscript(const QString& track, const QString& text, bool isFinal, double confidence) override;
    void supervisorBargeIn(bool active, const QString& supervisorWords) override;
    void humanTakeover(bool active, const QString& humanWords) override;

    /// Replaces espeak-ng (e.g. to observe what is spoken); the default uses the brief's language.
    void setSynthesizer(Synthesizer synthesizer);
    /// Scales the agent's waits (greeting silence 3 s, transcription grace 1.5 s); tests shrink them.
    void setTimeScale(double scale);

private:
    enum class Phase
    {
        Detached,
        Greeting,          ///< waiting for the callee's hello to end
        Speaking,          ///< an utterance is being synthesised or played
        Listening,         ///< waiting for the callee's turn
        AwaitingApproval,  ///< holding until the user answers request_approval
        Ended,             ///< end_call sent
    };
    /// What happens once an utterance has been heard in full.
    enum class Then
    {
        NextStep,
        Listen,
        AwaitApproval,
        EndCall,
        Resume,
    };
    struct Utterance
    {
        QString segmentId;
        QString text;
        bool interruptible = true;
        Then then = Then::NextStep;
        quint64 serial = 0;
        qint64 startMs = 0;
        bool handed = false;        ///< audio is on the line
        quint32 generation = 0;
        QString markLabel;
        qint64 audioMs = 0;
        qint64 handedAtUs = 0;
    };

    void speak(const QString& text, bool interruptible, Then then);
    void onSynthesized(quint64 serial, const Result<QByteArray>& audio);
    void onUtteranceHeard();
    void cutUtterance();
    void runStep();
    void nextStep();
    void startPlan();
    void processLevels();
    void calleeSpeechBegan(qint64 startMs);
    void calleeTurnFinished(const QString& text, bool transcribed);
    void handleAnswer(const QString& text);
    void runScriptSteps(QList<OfflineScriptWalk::ToolStep> steps);
    bool checkPrice(const QString& text);
    void onApprovalAnswer(const ToolResult& result);
    void continueAfterApproval();
    void holdChanged(bool wasHeld);
    void invoke(const QString& name, const QJsonObject& arguments, std::function<void(const ToolResult&)> done = {});
    void endCall();
    [[nodiscard]] bool held() const { return m_supervisorHold || m_humanHold; }
    [[nodiscard]] qint64 callMs() const;
    [[nodiscard]] int scaledMs(int ms) const;
    void publish(TranscriptSegment segment);

    AgentConfig m_config;
    SpeechGuard m_guard;
    QList<OfflinePlan::Step> m_steps;
    qsizetype m_stepIndex = -1;
    Phase m_phase = Phase::Detached;
    AgentLine* m_line = nullptr;
    AgentToolHost* m_tools = nullptr;
    qint64 m_answeredAtUs = 0;
    bool m_stopped = false;
    Synthesizer m_synthesizer;
    double m_timeScale = 1.0;

    std::shared_ptr<OfflineInputTap> m_tap;
    TurnDetector m_detector;
    QTimer m_greetingTimer;
    QTimer m_transcriptTimer;

    std::optional<Utterance> m_utterance;
    quint64 m_serial = 0;
    int m_segmentCount = 0;
    QString m_lastSegmentId;
    QHash<QString, QString> m_previousIds;

    // The callee's current turn.
    bool m_calleeOpen = false;
    QString m_calleeSegmentId;
    qint64 m_calleeStartMs = 0;
    qint64 m_calleeEndMs = -1;
    qint64 m_turnEndUs = -1;       ///< for TurnLatency; −1 = nothing to measure
    int m_turns = 0;

    OfflineOutcome m_outcome;
    std::optional<OfflineScriptWalk> m_walk;   ///< set when the brief carries a sales script
    bool m_repeatStepOnResume = false;
    bool m_supervisorHold = false;
    bool m_humanHold = false;
    bool m_approvalPending = false;
    std::optional<ToolResult> m_approvalResult;
    qint64 m_approvalCents = 0;
    int m_toolCalls = 0;
};

} // namespace calldeck
