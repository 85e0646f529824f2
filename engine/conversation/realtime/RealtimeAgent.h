#pragma once

#include "conversation/VoiceAgent.h"
#include "conversation/realtime/RealtimeInputTimeline.h"
#include "conversation/realtime/RealtimePlayback.h"
#include "conversation/realtime/RealtimeSessionConfig.h"
#include "conversation/realtime/RealtimeTranscript.h"

#include <QJsonObject>
#include <QSet>
#include <QTimer>

#include <memory>
#include <vector>

namespace calldeck {

class LatencyHistogram;
class RealtimeClient;
class RealtimeInputTap;

/// The OpenAI Realtime voice agent (kind "realtime", GA protocol; realtime-ai.md): μ-law passes
/// through untouched both ways, server VAD with the configured tuning, barge-in truncated at what
/// the callee heard, tools, usage, per-turn latency, reconnect with replay and session recycling.
/// Lives on the agent thread.
class RealtimeAgent : public VoiceAgent
{
    Q_OBJECT
public:
    explicit RealtimeAgent(AgentConfig config, QObject* parent = nullptr);
    ~RealtimeAgent() override;

    [[nodiscard]] QString kind() const override;
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

    /// Agent thread (posted by the input tap): one inbound media message, sent on as an append.
    void sendCallerAudio(const QString& base64Mulaw, qint64 streamMs, qint64 tapUs);

    /// Instrumentation: records media thread hand-over → append sent for every message.
    void setInputForwardingHistogram(LatencyHistogram* histogram) { m_inputForwarding = histogram; }
    /// Instrumentation: when the server event being handled arrived (MediaPacer::nowUs clock).
    [[nodiscard]] qint64 handlingEventReceivedUs() const { return m_eventReceivedUs; }

private:
    enum class Phase { Idle, Connecting, Configuring, Ready, Failed, Stopped };

    void connectNow();
    void onConnected();
    void onDisconnected();
    void onEvent(const QJsonObject& event, qint64 receivedUs);
    void onSessionUpdated(const QJsonObject& session);
    void onSpeechStarted(const QJsonObject& event);
    void onSpeechStopped(const QJsonObject& event);
    void onAudioDelta(const QJsonObject& event);
    void onTranscriptDelta(const QJsonObject& event, bool done);
    void onResponseDone(const QJsonObject& response);
    void onError(const QJsonObject& error);

    void startOpening();
    void checkOpeningDone();
    /// Cuts whatever plays now: truncate at the heard position, clear the line, drop the rest of
    /// the response. `cancel` also cancels the running response (the server will not).
    void interrupt(bool cancel);
    void setHold(bool& flag, bool active, const QString& words, const QString& prefix);
    void sendTurnDetection();
    [[nodiscard]] RealtimeSessionConfig::Replies replies() const;
    [[nodiscard]] bool holding() const { return m_holdSupervisor || m_holdHuman; }
    [[nodiscard]] bool openingProtected() const;
    void runTools(const QJsonArray& calls);
    void sendToolOutput(const QString& callId, const QString& name, const QString& output);
    void scheduleReconnect();
    void maybeRecycle();
    void appendNow(const QString& base64Mulaw, qint64 streamMs, qint64 tapUs);
    void emitSegment(const TranscriptSegment& segment);
    void fail(const QString& message);
    bool send(const QJsonObject& event);

    AgentConfig m_config;
    RealtimeClient* m_client = nullptr;
    std::shared_ptr<RealtimeInputTap> m_tap;
    Phase m_phase = Phase::Idle;

    AgentLine* m_line = nullptr;
    AgentToolHost* m_tools = nullptr;
    qint64 m_answeredAtUs = 0;

    // Opening (uninterruptible disclosure).
    bool m_openingWanted = false;
    bool m_openingRequested = false;
    QString m_openingResponseId;
    bool m_openingDone = false;

    // Responses and playback.
    QString m_activeResponseId;
    QSet<QString> m_droppedResponses;
    QSet<QString> m_droppedItems;
    RealtimePlayback m_playback;
    RealtimeTranscript m_transcript;
    bool m_calleeSpeaking = false;
    bool m_holdSupervisor = false;
    bool m_holdHuman = false;
    bool m_ended = false;
    int m_toolsPending = 0;
    /// Tool results that came back while the socket was reconnecting (name, output): the new
    /// session has no function call to attach them to, so they follow the replay as text.
    std::vector<std::pair<QString, QString>> m_toolNotes;

    // Caller audio.
    qint64 m_latestMediaTs = 0;
    qint64 m_sessionOffsetMs = -1;   // stream time of this session's first append (its audio clock 0)
    std::vector<std::pair<QString, qint64>> m_heldAudio;   // arrived before the session was ready
    RealtimeInputTimeline m_timeline;
    LatencyHistogram* m_inputForwarding = nullptr;

    // Turn latency.
    int m_turn = 0;
    bool m_turnPending = false;
    qint64 m_turnEndUs = 0;
    qint64 m_turnAppendDelayUs = 0;
    qint64 m_eventReceivedUs = 0;

    // Connection life.
    int m_attempt = 0;
    QTimer m_retryTimer;
    QTimer m_recycleTimer;
    bool m_recycleDue = false;
    bool m_switching = false;          // closing on purpose to recycle
    bool m_everConfigured = false;
    QString m_rejoinKind;              // "reconnect" | "recycle" once the new session is ready
};

} // namespace calldeck
