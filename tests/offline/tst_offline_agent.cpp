#include "conversation/offline/OfflineAgent.h"

#include "media/MediaPacer.h"
#include "media/MediaTap.h"
#include "telephony/sandbox/SpeechSynth.h"

#include <QJsonDocument>
#include <QMutex>
#include <QSignalSpy>
#include <QtTest>

#include <cmath>

using namespace calldeck;

namespace {

/// A line that records what the agent sends; marks come back at once when autoAck is set,
/// otherwise the test plays Twilio and acknowledges them.
class RecordingLine : public AgentLine
{
public:
    OfflineAgent* agent = nullptr;
    bool autoAck = true;
    QList<QByteArray> plays;
    QStringList marks;
    int clears = 0;

    quint32 generation() const override { return m_generation; }
    void playMulaw(const QByteArray& mulaw, quint32 generation) override
    {
        if (generation == m_generation) {
            plays.append(mulaw);
        }
    }
    void playPcm16(const QByteArray& pcm16, quint32 generation) override
    {
        Q_UNUSED(pcm16)
        Q_UNUSED(generation)
        QFAIL("the offline agent speaks μ-law");
    }
    void mark(const QString& label, quint32 generation) override
    {
        marks.append(label);
        if (autoAck) {
            QTimer::singleShot(0, agent, [a = agent, label, generation] { a->markPlayed(generation, label); });
        }
    }
    quint32 clear() override
    {
        ++clears;
        return ++m_generation;
    }
    int pendingMs() const override { return 0; }
    void ackLast() { agent->markPlayed(m_generation, marks.constLast()); }

private:
    quint32 m_generation = 1;
};

/// Runs tools like the engine would: at once, except request_approval, which waits for the test.
class FakeToolHost : public AgentToolHost
{
public:
    QList<ToolCall> calls;
    std::function<void(const ToolResult&)> approvalDone;

    void invoke(QObject* context, const ToolCall& call, std::function<void(const ToolResult&)> done) override
    {
        calls.append(call);
        if (call.name == QLatin1String("request_approval")) {
            approvalDone = std::move(done);
            return;
        }
        ToolResult result;
        result.output = QStringLiteral("{\"ok\":true}");
        result.endCall = call.name == QLatin1String("end_call");
        QTimer::singleShot(0, context, [done = std::move(done), result] { done(result); });
    }
    QList<ToolCall> named(const QString& name) const
    {
        QList<ToolCall> out;
        for (const ToolCall& c : calls) {
            if (c.name == name) {
                out.append(c);
            }
        }
        return out;
    }
};

CallBrief dentalBrief()
{
    CallBrief brief;
    brief.goal = QStringLiteral("Get the earliest cleaning appointment this week");
    brief.contactName = QStringLiteral("Bright Smile Dental");
    brief.questions = {QStringLiteral("When is your earliest cleaning appointment?"),
                       QStringLiteral("How much does a cleaning cost?")};
    brief.infoToObtain = {QStringLiteral("appointment_time"), QStringLiteral("price")};
    brief.maxPriceCents = 15000;
    brief.assistant.maxAutoApproveCents = 5000;
    brief.assistant.requireApprovalOverCents = 20000;
    brief.onBehalfOf = QStringLiteral("Alex Morgan");
    brief.recordingOn = true;
    return brief;
}

/// One call's worth of agent, line, tools and recorded signals.
struct Harness
{
    static AgentConfig config(const CallBrief& brief)
    {
        AgentConfig c;
        c.callKey = QStringLiteral("c-test");
        c.brief = brief;
        return c;
    }

    explicit Harness(const CallBrief& brief)
        : agent(config(brief))
    {
        agent.setTimeScale(0.05);
        line.agent = &agent;
        QObject::connect(&agent, &VoiceAgent::segment, &agent, [this](const TranscriptSegment& s) { segments.append(s); });
    }

    void attach() { agent.attach(&line, &tools, MediaPacer::nowUs()); }
    void callee(const QString& text, bool isFinal = true, double confidence = 0.9)
    {
        agent.lineTranscript(QStringLiteral("inbound_track"), text, isFinal, confidence);
    }
    /// Final agent segments' texts, in order.
    QStringList agentSaid() const
    {
        QStringList out;
        for (const TranscriptSegment& s : segments) {
            if (s.speaker == QLatin1String("agent") && s.isFinal) {
                out.append(s.text);
            }
        }
        return out;
    }
    bool saidLast(const QString& text) const { return !agentSaid().isEmpty() && agentSaid().constLast() == text; }
    /// `ms` of loud (voiced) or quiet frames through the agent's media tap, on the stream clock.
    void frames(int ms, bool loud)
    {
        std::array<qint16, 320> samples{};
        for (int f = 0; f < ms / 20; ++f) {
            for (int i = 0; i < 320; ++i) {
                samples[size_t(i)] = loud ? qint16(10000.0 * std::sin(2.0 * M_PI * 440.0 * i / 16000.0)) : qint16(0);
            }
            tap->inboundFrame(samples.data(), 320, streamMs);
            streamMs += 20;
        }
    }

    OfflineAgent agent;
    RecordingLine line;
    FakeToolHost tools;
    QList<TranscriptSegment> segments;
    std::shared_ptr<MediaTap> tap = agent.inputTap();
    qint64 streamMs = 0;
};

const QString kQ1 = QStringLiteral("When is your earliest cleaning appointment?");
const QString kQ2 = QStringLiteral("How much does a cleaning cost?");

} // namespace

/// The offline agent on a call: follows the plan, listens, records, holds and yields the floor.
class TestOfflineAgent : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const auto probe = sandbox::SpeechSynth::synthesizeMuLaw(QStringLiteral("test"), QStringLiteral("en-us"), 165);
        QVERIFY2(probe.ok(), qPrintable(probe.error().message));
    }

    void walksThePlanAndRecordsTheAnswers()
    {
        Harness h(dentalBrief());
        QSignalSpy ended(&h.agent, &VoiceAgent::endCallRequested);
        QSignalSpy usage(&h.agent, &VoiceAgent::usage);
        QSignalSpy latency(&h.agent, &VoiceAgent::turnLatency);
        h.attach();
        h.callee(QStringLiteral("Bright Smile"), false, 0.5);
        h.callee(QStringLiteral("Bright Smile Dental, how can I help?"), true, 0.93);

        QTRY_VERIFY_WITH_TIMEOUT(h.saidLast(kQ1), 20000);
        const QStringList said = h.agentSaid();
        QCOMPARE(said.size(), 3);
        QCOMPARE(said.at(0), QStringLiteral("Hello, this is an AI assistant calling on behalf of Alex Morgan. "
                                            "This call is being recorded."));
        QCOMPARE(said.at(1), QStringLiteral("I'm calling to get the earliest cleaning appointment this week."));
        // The greeting: partial replaced by the final under the same id, confidence passed through.
        QCOMPARE(h.segments.at(0).speaker, QStringLiteral("callee"));
        QVERIFY(!h.segments.at(0).isFinal);
        QCOMPARE(h.segments.at(1).id, h.segments.at(0).id);
        QVERIFY(h.segments.at(1).isFinal);
        QCOMPARE(h.segments.at(1).confidence, 0.93);
        QCOMPARE(h.segments.at(1).callKey, QStringLiteral("c-test"));
        QCOMPARE(h.segments.at(2).previousId, h.segments.at(1).id);

        h.callee(QStringLiteral("Tuesday at 9 in the morning."));
        QTRY_VERIFY_WITH_TIMEOUT(h.saidLast(kQ2), 20000);
        h.callee(QStringLiteral("A cleaning is 80 dollars."));   // under the $150 limit: no approval
        QTRY_VERIFY_WITH_TIMEOUT(h.agentSaid().constLast().startsWith(QLatin1String("Let me confirm.")), 20000);
        const QString readBack = h.agentSaid().constLast();
        QVERIFY2(readBack.contains(QLatin1String("appointment time: Tuesday at 9 in the morning")), qPrintable(readBack));
        QVERIFY(readBack.contains(QLatin1String("price: A cleaning is 80 dollars")));
        h.callee(QStringLiteral("Yes, that's right."));

        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 20000);
        QCOMPARE(ended.at(0).at(1).toBool(), true);
        QVERIFY(ended.at(0).at(0).toString().contains(QLatin1String("appointment_time = \"Tuesday at 9 in the morning.\"")));
        QCOMPARE(h.agentSaid().constLast(), QStringLiteral("Thank you very much for your help. Goodbye!"));

        const QList<ToolCall> fields = h.tools.named(QStringLiteral("record_field"));
        QCOMPARE(fields.size(), 2);
        QCOMPARE(fields.at(0).arguments.value(QStringLiteral("key")).toString(), QStringLiteral("appointment_time"));
        QCOMPARE(fields.at(0).arguments.value(QStringLiteral("value")).toString(), QStringLiteral("Tuesday at 9 in the morning."));
        QCOMPARE(fields.at(0).arguments.value(QStringLiteral("raw_fragment")).toString(),
                 QStringLiteral("Tuesday at 9 in the morning."));
        QCOMPARE(fields.at(1).arguments.value(QStringLiteral("key")).toString(), QStringLiteral("price"));
        QCOMPARE(h.tools.named(QStringLiteral("log_call_event")).size(), 1);
        QVERIFY(h.tools.named(QStringLiteral("request_approval")).isEmpty());
        const QList<ToolCall> end = h.tools.named(QStringLiteral("end_call"));
        QCOMPARE(end.size(), 1);
        QCOMPARE(end.at(0).arguments.value(QStringLiteral("objective_met")).toBool(), true);
        QCOMPARE(h.tools.calls.constLast().name, QStringLiteral("end_call"));

        // Every utterance went out as whole μ-law frames, each followed by its mark.
        QCOMPARE(h.line.plays.size(), 6);
        QCOMPARE(h.line.marks.size(), 6);
        for (const QByteArray& audio : h.line.plays) {
            QVERIFY(!audio.isEmpty());
            QCOMPARE(audio.size() % 160, 0);
        }
        QCOMPARE(usage.count(), 6);
        const auto first = usage.at(0).at(0).value<AiUsage>();
        QCOMPARE(first.provider, QStringLiteral("espeak"));
        QCOMPARE(first.kind, QStringLiteral("tts"));
        QCOMPARE(first.characters, qint64(said.at(0).size()));
        // One latency per callee turn that the agent answered: greeting, two answers, confirmation.
        QCOMPARE(latency.count(), 4);
        for (int i = 0; i < latency.count(); ++i) {
            const auto turn = latency.at(i).at(0).value<TurnLatency>();
            QCOMPARE(turn.turn, i + 1);
            QVERIFY(turn.totalUs >= 0);
            QCOMPARE(turn.internalUs, turn.totalUs);
        }
    }

    void bargeInCutsTheUtteranceAtWhatWasHeard()
    {
        Harness h(dentalBrief());
        h.line.autoAck = false;
        QSignalSpy started(&h.agent, &VoiceAgent::calleeSpeechStarted);
        h.attach();
        h.callee(QStringLiteral("Hello?"));
        QTRY_COMPARE_WITH_TIMEOUT(h.line.plays.size(), 1, 20000);

        // Talking over the opening does not cut it (the disclosure is uninterruptible); with no
        // transcription the callee's turn shows how long they spoke.
        h.frames(2100, true);
        h.frames(600, false);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(h.segments.cbegin(), h.segments.cend(), [](const TranscriptSegment& s) {
                                     return s.text == QLatin1String("(callee spoke for 2.1 s)");
                                 }), 20000);
        QCOMPARE(h.line.clears, 0);

        h.line.ackLast();
        QTRY_COMPARE_WITH_TIMEOUT(h.line.plays.size(), 2, 20000);   // the purpose
        const QString purpose = QStringLiteral("I'm calling to get the earliest cleaning appointment this week.");
        QTest::qWait(400);
        const int startsBefore = started.count();
        h.frames(200, true);
        QTRY_COMPARE_WITH_TIMEOUT(h.line.clears, 1, 20000);
        QCOMPARE(started.count(), startsBefore + 1);
        const TranscriptSegment cut = h.segments.constLast();
        QCOMPARE(cut.speaker, QStringLiteral("agent"));
        QVERIFY(cut.isFinal);
        QVERIFY(cut.interrupted);
        QVERIFY2(purpose.startsWith(cut.text) && cut.text.size() < purpose.size(), qPrintable(cut.text));

        // The callee's words end their turn; the agent goes on with the first question.
        h.callee(QStringLiteral("Sorry, who is calling?"));
        QTRY_COMPARE_WITH_TIMEOUT(h.line.plays.size(), 3, 20000);
        QCOMPARE(h.segments.constLast().text, kQ1);
        QVERIFY(!h.segments.constLast().isFinal);
    }

    /// "under $150" in the task approves $120 in advance, even though the profile asks to be
    /// consulted above $50: no hold, no request_approval.
    void priceUnderTheTaskLimitNeedsNoApproval()
    {
        CallBrief brief = dentalBrief();
        brief.questions = {kQ2};
        brief.infoToObtain = {QStringLiteral("price")};
        brief.assistant.requireApprovalOverCents = 5000;
        Harness h(brief);
        h.attach();
        h.callee(QStringLiteral("Bright Smile Dental."));
        QTRY_VERIFY_WITH_TIMEOUT(h.saidLast(kQ2), 20000);
        h.callee(QStringLiteral("A cleaning is $120."));
        QTRY_COMPARE_WITH_TIMEOUT(h.tools.named(QStringLiteral("record_field")).size(), 1, 20000);
        QTest::qWait(300);
        QVERIFY(h.tools.named(QStringLiteral("request_approval")).isEmpty());
        QVERIFY(!h.saidLast(QStringLiteral("One moment please, I need to check that price with Alex Morgan.")));
    }

    void holdsForApprovalAndResumes()
    {
        CallBrief brief = dentalBrief();
        brief.questions = {kQ2};
        brief.infoToObtain = {QStringLiteral("price")};
        Harness h(brief);
        QSignalSpy ended(&h.agent, &VoiceAgent::endCallRequested);
        h.attach();
        h.callee(QStringLiteral("Bright Smile Dental."));
        QTRY_VERIFY_WITH_TIMEOUT(h.saidLast(kQ2), 20000);
        h.callee(QStringLiteral("A cleaning is $180 this week."));

        QTRY_VERIFY_WITH_TIMEOUT(h.saidLast(QStringLiteral("One moment please, I need to check that price with Alex Morgan.")),
                                 20000);
        const QList<ToolCall> approvals = h.tools.named(QStringLiteral("request_approval"));
        QCOMPARE(approvals.size(), 1);
        QCOMPARE(approvals.at(0).arguments.value(QStringLiteral("amount_cents")).toInteger(), qint64(18000));
        QVERIFY(approvals.at(0).arguments.value(QStringLiteral("description")).toString().contains(QLatin1String("$180.00")));
        QCOMPARE(h.tools.named(QStringLiteral("record_field")).size(), 1);

        // Holding: nothing more is said while the user decides, whatever the callee says.
        const qsizetype playsWhileHolding = h.line.plays.size();
        h.callee(QStringLiteral("Hello? Are you still there?"));
        QTest::qWait(500);
        QCOMPARE(h.line.plays.size(), playsWhileHolding);
        QCOMPARE(ended.count(), 0);

        h.tools.approvalDone(ToolResult{QStringLiteral("{\"approved\":true,\"note\":\"fine this once\"}"), true, false});
        QTRY_VERIFY_WITH_TIMEOUT(h.agentSaid().contains(QStringLiteral("Thank you for waiting. Alex Morgan agrees to $180.00.")),
                                 20000);
        QTRY_VERIFY_WITH_TIMEOUT(h.agentSaid().constLast().startsWith(QLatin1String("Let me confirm.")), 20000);
        h.callee(QStringLiteral("Yes."));
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 20000);
        QVERIFY(ended.at(0).at(0).toString().contains(QLatin1String("$180.00 approved")));
    }

    void supervisorAndHumanHoldAndHandBack()
    {
        Harness h(dentalBrief());
        h.line.autoAck = false;
        QSignalSpy events(&h.agent, &VoiceAgent::agentEvent);
        h.attach();
        h.callee(QStringLiteral("Hello?"));
        QTRY_COMPARE_WITH_TIMEOUT(h.line.plays.size(), 1, 20000);
        h.line.ackLast();
        QTRY_COMPARE_WITH_TIMEOUT(h.line.plays.size(), 2, 20000);   // the purpose is playing

        h.agent.supervisorBargeIn(true, QString());
        QCOMPARE(h.line.clears, 1);
        QVERIFY(h.segments.constLast().interrupted);
        h.callee(QStringLiteral("Oh, hello, a real person."));
        QTest::qWait(300);
        QCOMPARE(h.line.plays.size(), 2);   // quiet while the supervisor has the floor

        h.agent.supervisorBargeIn(false, QStringLiteral("I'm Alex's manager, please go on."));
        QTRY_COMPARE_WITH_TIMEOUT(h.line.plays.size(), 3, 20000);
        QCOMPARE(h.segments.constLast().text, QStringLiteral("Thank you for waiting."));
        h.line.ackLast();
        // The purpose was cut, so it is said again.
        QTRY_COMPARE_WITH_TIMEOUT(h.line.plays.size(), 4, 20000);
        QCOMPARE(h.segments.constLast().text, QStringLiteral("I'm calling to get the earliest cleaning appointment this week."));
        bool supervisorContext = false;
        for (const QList<QVariant>& e : events) {
            supervisorContext |= e.at(0).toString() == QLatin1String("supervisor")
                && e.at(1).toString().contains(QLatin1String("manager"));
        }
        QVERIFY(supervisorContext);

        h.line.ackLast();
        QTRY_COMPARE_WITH_TIMEOUT(h.line.plays.size(), 5, 20000);   // first question
        h.line.ackLast();
        QTRY_VERIFY(h.saidLast(kQ1));
        // A human takes over while the agent listens: nothing to cut; handed back, the agent
        // moves on to the next question.
        h.agent.humanTakeover(true, QString());
        QCOMPARE(h.line.clears, 1);
        h.agent.humanTakeover(false, QStringLiteral("They said Tuesday."));
        QTRY_COMPARE_WITH_TIMEOUT(h.line.plays.size(), 6, 20000);
        QCOMPARE(h.segments.constLast().text, QStringLiteral("Thank you for waiting."));
        h.line.ackLast();
        QTRY_COMPARE_WITH_TIMEOUT(h.line.plays.size(), 7, 20000);
        QCOMPARE(h.segments.constLast().text, kQ2);
    }

    void forbiddenPhrasesAreNeverSynthesized()
    {
        CallBrief brief = dentalBrief();
        brief.goal = QStringLiteral("Get a guaranteed appointment");
        brief.questions = {QStringLiteral("Is the slot GUARANTEED? When is it?")};
        brief.infoToObtain = {QStringLiteral("slot")};
        brief.assistant.forbiddenPhrases = {QStringLiteral("guaranteed")};
        Harness h(brief);
        auto spoken = std::make_shared<QStringList>();
        auto mutex = std::make_shared<QMutex>();
        h.agent.setSynthesizer([spoken, mutex](const QString& text) {
            {
                QMutexLocker lock(mutex.get());
                spoken->append(text);
            }
            return sandbox::SpeechSynth::synthesizeMuLaw(text, QStringLiteral("en-us"), 165);
        });
        QSignalSpy warnings(&h.agent, &VoiceAgent::warning);
        QSignalSpy ended(&h.agent, &VoiceAgent::endCallRequested);
        h.attach();
        h.callee(QStringLiteral("Hello."));
        QTRY_VERIFY_WITH_TIMEOUT(h.saidLast(QStringLiteral("When is it?")), 20000);
        h.callee(QStringLiteral("Thursday, guaranteed."));
        QTRY_VERIFY_WITH_TIMEOUT(h.agentSaid().constLast().startsWith(QLatin1String("Let me confirm.")), 20000);
        h.callee(QStringLiteral("Yes."));
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 20000);

        QMutexLocker lock(mutex.get());
        QVERIFY(spoken->size() >= 4);
        for (const QString& text : *spoken) {
            QVERIFY2(!text.contains(QLatin1String("guaranteed"), Qt::CaseInsensitive), qPrintable(text));
        }
        for (const QString& text : h.agentSaid()) {
            QVERIFY2(!text.contains(QLatin1String("guaranteed"), Qt::CaseInsensitive), qPrintable(text));
        }
        QVERIFY(warnings.count() >= 2);   // the purpose and the question were censored
    }

    void speaksFirstWhenTheCalleeStaysSilent()
    {
        Harness h(dentalBrief());
        h.attach();
        // No greeting at all: after the (scaled) 3 s of silence the opening comes anyway.
        QTRY_VERIFY_WITH_TIMEOUT(!h.line.plays.isEmpty(), 20000);
        QVERIFY(h.segments.constFirst().text.startsWith(QLatin1String("Hello, this is an AI assistant")));
    }
};

QTEST_GUILESS_MAIN(TestOfflineAgent)
#include "tst_offline_agent.moc"
