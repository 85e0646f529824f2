#include "SampleScript.h"

#include "conversation/offline/OfflineAgent.h"
#include "media/MediaPacer.h"
#include "script/ScriptBriefBuilder.h"
#include "telephony/sandbox/Persona.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

using namespace calldeck;

namespace {

/// A line that takes the agent's audio and plays every mark back at once.
class InstantLine : public AgentLine
{
public:
    OfflineAgent* agent = nullptr;

    quint32 generation() const override { return m_generation; }
    void playMulaw(const QByteArray&, quint32) override {}
    void playPcm16(const QByteArray&, quint32) override {}
    void mark(const QString& label, quint32 generation) override
    {
        QTimer::singleShot(0, agent, [a = agent, label, generation] { a->markPlayed(generation, label); });
    }
    quint32 clear() override { return ++m_generation; }
    int pendingMs() const override { return 0; }

private:
    quint32 m_generation = 1;
};

/// Answers tools as the engine's ScriptAgentTools would, asynchronously; `refuseFirstComplete`
/// refuses the first complete_milestone of that milestone like strict mode with a missing field.
class ScriptToolHost : public AgentToolHost
{
public:
    QList<ToolCall> calls;
    int refuseFirstComplete = 0;

    void invoke(QObject* context, const ToolCall& call, std::function<void(const ToolResult&)> done) override
    {
        calls.append(call);
        QJsonObject out{{QStringLiteral("ok"), true}};
        bool ok = true;
        if (call.name == u"complete_milestone"
            && call.arguments.value(QStringLiteral("milestone")).toInt() == refuseFirstComplete) {
            refuseFirstComplete = 0;
            ok = false;
            out = {{QStringLiteral("ok"), false}, {QStringLiteral("error"), QStringLiteral("M2 needs: Client count")}};
        } else if (call.name == u"log_objection") {
            out.insert(QStringLiteral("objection_id"), 31);
            out.insert(QStringLiteral("diagnostic_questions"), QJsonArray{QStringLiteral("Compared to what?")});
        }
        const ToolResult result{QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)), ok,
                                call.name == u"end_call"};
        QTimer::singleShot(0, context, [done = std::move(done), result] { done(result); });
    }
    QStringList names() const
    {
        QStringList out;
        for (const ToolCall& c : calls) {
            out.append(c.name);
        }
        return out;
    }
    QList<int> completed() const
    {
        QList<int> out;
        for (const ToolCall& c : calls) {
            if (c.name == u"complete_milestone") {
                out.append(c.arguments.value(QStringLiteral("milestone")).toInt());
            }
        }
        return out;
    }
};

CallBrief scriptedBrief()
{
    ScriptRunView run;
    run.id = 5;
    run.script = test::sampleScript();
    run.status = ScriptRunStatus::InProgress;
    run.currentMilestone = 1;
    for (const ScriptMilestone& m : std::as_const(run.script.milestones)) {
        MilestoneResponse response;
        response.number = m.number;
        run.responses.append(response);
    }
    CallBrief brief;
    brief.contactName = QStringLiteral("Dana Ruiz");
    brief.onBehalfOf = QStringLiteral("Alex Morgan");
    brief.goal = QStringLiteral("Take Dana through the sales script");
    brief.script = ScriptBriefBuilder::build(run);
    return brief;
}

struct Harness
{
    static AgentConfig config()
    {
        AgentConfig c;
        c.callKey = QStringLiteral("c-script");
        c.brief = scriptedBrief();
        return c;
    }
    Harness() : agent(config())
    {
        agent.setTimeScale(0.05);
        // Silence of the right length stands in for espeak-ng: the walk is what is tested here.
        agent.setSynthesizer([](const QString& text) { return Result<QByteArray>(QByteArray(int(text.size()) * 8, '\xff')); });
        line.agent = &agent;
        QObject::connect(&agent, &VoiceAgent::segment, &agent, [this](const TranscriptSegment& s) {
            if (s.speaker == u"agent" && s.isFinal) {
                said.append(s.text);
            }
        });
    }
    void callee(const QString& text) { agent.lineTranscript(QStringLiteral("inbound_track"), text, true, 0.9); }

    OfflineAgent agent;
    InstantLine line;
    ScriptToolHost tools;
    QStringList said;
};

} // namespace

/// The offline agent on a scripted call: it asks each milestone, records and completes it through
/// the tools, handles the objection and a strict refusal, and ends with the decision.
class TestOfflineScriptAgent : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void walksTheScriptWithTheProspectsAnswers()
    {
        const Result<sandbox::Persona> prospect = sandbox::Persona::load(QStringLiteral("prospect"));
        QVERIFY2(prospect.ok(), qPrintable(prospect.error().message));
        Harness h;
        h.tools.refuseFirstComplete = 2;   // strict mode refuses M2 once: the agent asks again
        QSignalSpy ended(&h.agent, &VoiceAgent::endCallRequested);
        h.agent.attach(&h.line, &h.tools, MediaPacer::nowUs());
        h.callee(prospect.value().greeting);
        QTRY_VERIFY_WITH_TIMEOUT(h.said.size() >= 2, 20000);
        QVERIFY(h.said.at(0).contains(QLatin1String("AI assistant")));
        QVERIFY(h.said.at(1).startsWith(QLatin1String("What brought you to this call today?")));

        QStringList answers;
        for (const auto& turn : prospect.value().turns) {
            answers.append(turn.text);
        }
        // The refused M2 is asked again, so the M2 answer comes twice.
        answers.insert(2, answers.at(1));
        for (const QString& answer : std::as_const(answers)) {
            const qsizetype before = h.said.size();
            h.callee(answer);
            QTRY_VERIFY2_WITH_TIMEOUT(h.said.size() > before, qPrintable(h.tools.names().join(u',')), 20000);
        }
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 20000);
        QCOMPARE(h.tools.completed(), (QList<int>{1, 2, 2, 3, 4, 5, 6, 7}));
        QVERIFY(h.said.at(3).startsWith(QLatin1String("Sorry, I need to be sure")));
        QVERIFY(h.said.contains(QStringLiteral("I understand. Compared to what?")));
        const QStringList names = h.tools.names();
        QVERIFY(names.indexOf(QStringLiteral("log_objection")) < names.indexOf(QStringLiteral("resolve_objection")));
        QCOMPARE(names.constLast(), QStringLiteral("end_call"));
        const QString summary = ended.first().at(0).toString();
        QVERIFY2(summary.contains(QLatin1String("M7 Decision Point")) && summary.contains(QLatin1String("Proceed")),
                 qPrintable(summary));
        QVERIFY(ended.first().at(1).toBool());
        QVERIFY(h.said.constLast().contains(QLatin1String("Goodbye")));
    }
};

QTEST_GUILESS_MAIN(TestOfflineScriptAgent)
#include "tst_offline_script_agent.moc"
