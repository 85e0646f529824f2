#include "calls/CallAgent.h"

#include "calls/StreamLine.h"
#include "media/MediaStream.h"
#include "media/MediaTap.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace calldeck {

CallAgent::CallAgent(VoiceAgent* agent, QString kind, QObject* parent)
    : QObject(parent), m_agent(agent), m_kind(std::move(kind))
{
    // Context `this`: the agent's signals arrive queued on the engine thread.
    connect(agent, &VoiceAgent::segment, this, &CallAgent::segment);
    connect(agent, &VoiceAgent::usage, this, &CallAgent::usage);
    connect(agent, &VoiceAgent::turnLatency, this, &CallAgent::turnLatency);
    connect(agent, &VoiceAgent::calleeSpeechStarted, this, &CallAgent::calleeSpeechStarted);
    connect(agent, &VoiceAgent::endCallRequested, this, &CallAgent::endCallRequested);
    connect(agent, &VoiceAgent::agentEvent, this, &CallAgent::agentEvent);
    connect(agent, &VoiceAgent::warning, this, &CallAgent::warning);
    connect(agent, &VoiceAgent::failed, this, &CallAgent::failed);
    m_tap = agent->inputTap(); // the tap is thread-safe by contract
}

CallAgent::~CallAgent()
{
    stop();
}

void CallAgent::post(std::function<void(VoiceAgent*)> work)
{
    if (m_stopped || !m_agent)
        return;
    VoiceAgent* agent = m_agent.data();
    QMetaObject::invokeMethod(agent, [agent, work = std::move(work)] { work(agent); }, Qt::QueuedConnection);
}

void CallAgent::prepare()
{
    post([](VoiceAgent* a) { a->prepare(); });
}

void CallAgent::attach(MediaStream* stream, qint64 answeredAtUs)
{
    if (m_stopped || !stream)
        return;
    detach();
    m_stream = stream;
    m_line = std::make_unique<StreamLine>(stream);
    if (m_tap)
        stream->addTap(m_tap);
    // Mark echoes go straight from the media thread to the agent's thread.
    if (m_agent) {
        VoiceAgent* agent = m_agent.data();
        connect(stream, &MediaStream::markPlayed, agent,
                [agent](quint32 generation, const QString& label) { agent->markPlayed(generation, label); });
        connect(stream, &MediaStream::markDiscarded, agent,
                [agent](quint32 generation, const QString& label) { agent->markDiscarded(generation, label); });
    }
    AgentLine* line = m_line.get();
    AgentToolHost* host = this;
    post([line, host, answeredAtUs](VoiceAgent* a) { a->attach(line, host, answeredAtUs); });
}

void CallAgent::detach()
{
    if (!m_line)
        return;
    if (m_stream) {
        if (m_tap)
            m_stream->removeTap(m_tap);
        if (m_agent)
            disconnect(m_stream.data(), nullptr, m_agent.data(), nullptr);
    }
    m_line->release();
    // The agent drops its pointer to the line on its own thread before the line is deleted.
    auto line = std::shared_ptr<StreamLine>(m_line.release());
    if (m_agent && !m_stopped) {
        VoiceAgent* agent = m_agent.data();
        QMetaObject::invokeMethod(agent, [agent, line] { agent->detach(); }, Qt::QueuedConnection);
    }
    m_stream.clear();
}

void CallAgent::stop()
{
    if (m_stopped)
        return;
    detach();
    if (m_agent) {
        VoiceAgent* agent = m_agent.data();
        disconnect(agent, nullptr, this, nullptr);
        QMetaObject::invokeMethod(agent, [agent] {
            agent->stop();
            agent->deleteLater();
        }, Qt::QueuedConnection);
    }
    m_stopped = true;
}

void CallAgent::lineTranscript(const QString& track, const QString& text, bool isFinal, double confidence)
{
    post([=](VoiceAgent* a) { a->lineTranscript(track, text, isFinal, confidence); });
}

void CallAgent::dtmf(const QString& digit)
{
    post([digit](VoiceAgent* a) { a->dtmf(digit); });
}

void CallAgent::supervisorBargeIn(bool active, const QString& words)
{
    post([active, words](VoiceAgent* a) { a->supervisorBargeIn(active, words); });
}

void CallAgent::humanTakeover(bool active, const QString& words)
{
    post([active, words](VoiceAgent* a) { a->humanTakeover(active, words); });
}

void CallAgent::invoke(QObject* context, const ToolCall& call, std::function<void(const ToolResult&)> done)
{
    // Agent thread → engine thread.
    QMetaObject::invokeMethod(this, [this, context, call, done = std::move(done)]() mutable {
        auto reply = [this, context, done](const ToolResult& result) {
            // Engine thread → the agent's thread. A stopped agent is being deleted: drop the answer.
            if (m_stopped || !m_agent || !context)
                return;
            QMetaObject::invokeMethod(context, [done, result] { done(result); }, Qt::QueuedConnection);
        };
        if (!call.argumentsError.isEmpty()) {
            reply(ToolResult{QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("error"), call.argumentsError}})
                                                   .toJson(QJsonDocument::Compact)),
                             false, false});
            return;
        }
        if (!m_runner) {
            reply(ToolResult{QStringLiteral("{\"error\":\"no tools on this call\"}"), false, false});
            return;
        }
        m_runner(call, reply);
    }, Qt::QueuedConnection);
}

} // namespace calldeck
