#pragma once

// One Realtime agent on one simulated call against the fake server, with every signal recorded.

#include "RealtimeTestSupport.h"
#include "conversation/realtime/RealtimeAgent.h"
#include "media/MediaPacer.h"

#include <QTest>

#include <memory>

namespace calldeck::test {

using namespace Qt::StringLiterals;

struct RealtimeRig
{
    fakes::FakeRealtimeServer server;
    RecordingLine line;
    ScriptedToolHost host;
    std::unique_ptr<RealtimeAgent> agent;
    std::unique_ptr<Caller> caller;

    QList<TranscriptSegment> segments;
    QList<AiUsage> usages;
    QList<TurnLatency> latencies;
    QStringList agentEvents;   // "kind: detail"
    QStringList warnings;
    QStringList failures;
    int speechStarts = 0;
    int turnsEnded = 0;
    QList<std::pair<QString, bool>> endCalls;

    RealtimeRig() { QVERIFY(server.listen()); }

    void create(const AgentConfig& config)
    {
        agent = std::make_unique<RealtimeAgent>(config);
        RealtimeAgent* a = agent.get();
        QObject::connect(a, &VoiceAgent::segment, a, [this](const TranscriptSegment& s) { segments.append(s); });
        QObject::connect(a, &VoiceAgent::usage, a, [this](const AiUsage& u) { usages.append(u); });
        QObject::connect(a, &VoiceAgent::turnLatency, a, [this](const TurnLatency& l) { latencies.append(l); });
        QObject::connect(a, &VoiceAgent::agentEvent, a,
                         [this](const QString& k, const QString& d) { agentEvents.append(k + u": "_s + d); });
        QObject::connect(a, &VoiceAgent::warning, a, [this](const QString& m) { warnings.append(m); });
        QObject::connect(a, &VoiceAgent::failed, a, [this](const QString& m) { failures.append(m); });
        QObject::connect(a, &VoiceAgent::calleeSpeechStarted, a, [this] { ++speechStarts; });
        QObject::connect(a, &VoiceAgent::calleeTurnEnded, a, [this] { ++turnsEnded; });
        QObject::connect(a, &VoiceAgent::endCallRequested, a,
                         [this](const QString& s, bool met) { endCalls.append({s, met}); });
        line.agent = a;
        caller = std::make_unique<Caller>(a->inputTap());
    }

    /// prepare() while ringing, attach() at answer.
    void call(const AgentConfig& config)
    {
        create(config);
        agent->prepare();
        agent->attach(&line, &host, MediaPacer::nowUs());
    }

    [[nodiscard]] QList<QJsonObject> sent(const QString& type) const { return server.events(type); }
    [[nodiscard]] bool hasEvent(const QString& prefix) const
    {
        for (const QString& e : agentEvents)
            if (e.startsWith(prefix))
                return true;
        return false;
    }
    /// The session.update that re-enabled interruptions after the opening was heard.
    [[nodiscard]] bool interruptionsOn() const
    {
        const auto updates = server.events(u"session.update"_s);
        return !updates.isEmpty() &&
               turnDetectionOf(updates.last()).value(u"interrupt_response"_s).toBool() &&
               turnDetectionOf(updates.last()).value(u"create_response"_s).toBool();
    }
    [[nodiscard]] TranscriptSegment lastSegment(const QString& id) const
    {
        for (qsizetype i = segments.size() - 1; i >= 0; --i)
            if (segments[i].id == id)
                return segments[i];
        return {};
    }
    [[nodiscard]] QList<TranscriptSegment> finals(const QString& speaker) const
    {
        QList<TranscriptSegment> out;
        QStringList seen;
        for (qsizetype i = segments.size() - 1; i >= 0; --i) {
            const auto& s = segments[i];
            if (s.speaker == speaker && s.isFinal && !seen.contains(s.id)) {
                seen.append(s.id);
                out.prepend(s);
            }
        }
        return out;
    }
};

} // namespace calldeck::test
