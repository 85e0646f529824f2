#pragma once

#include "conversation/VoiceAgent.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace calldeck {

class MediaStream;
class StreamLine;

/// The engine's handle on one call's VoiceAgent. The agent lives on the engine's agent thread;
/// CallAgent lives on the engine thread, forwards the call's events to the agent with queued
/// invocations, re-emits the agent's signals on the engine thread, and is the agent's
/// AgentToolHost: tool calls hop to the engine thread, run through the session's tool runner and
/// the answer hops back to the agent.
class CallAgent : public QObject, public AgentToolHost
{
    Q_OBJECT
public:
    /// Runs one tool on the engine thread; `reply` may be called later (approvals).
    using ToolRunner = std::function<void(const ToolCall&, std::function<void(const ToolResult&)> reply)>;

    /// Takes ownership of `agent`, which must already live on its own thread.
    CallAgent(VoiceAgent* agent, QString kind, QObject* parent = nullptr);
    ~CallAgent() override;

    [[nodiscard]] QString kind() const { return m_kind; }
    void setToolRunner(ToolRunner runner) { m_runner = std::move(runner); }

    void prepare();
    /// The stream is up: the agent hears the callee through its tap and talks through a line.
    void attach(MediaStream* stream, qint64 answeredAtUs);
    void detach();
    /// Stops the agent; nothing is emitted afterwards. Idempotent; also done by the destructor.
    void stop();

    void lineTranscript(const QString& track, const QString& text, bool isFinal, double confidence);
    void dtmf(const QString& digit);
    void supervisorBargeIn(bool active, const QString& words);
    void humanTakeover(bool active, const QString& words);

    void invoke(QObject* context, const ToolCall& call, std::function<void(const ToolResult&)> done) override;

Q_SIGNALS:
    void segment(const calldeck::TranscriptSegment& segment);
    void usage(const calldeck::AiUsage& usage);
    void turnLatency(const calldeck::TurnLatency& latency);
    void calleeSpeechStarted();
    void endCallRequested(const QString& summary, bool objectiveMet);
    void agentEvent(const QString& kind, const QString& detail);
    void warning(const QString& message);
    void failed(const QString& message);

private:
    void post(std::function<void(VoiceAgent*)> work);

    QPointer<VoiceAgent> m_agent;
    QString m_kind;
    ToolRunner m_runner;
    std::unique_ptr<StreamLine> m_line;
    std::shared_ptr<MediaTap> m_tap;
    QPointer<MediaStream> m_stream;
    bool m_stopped = false;
};

} // namespace calldeck
