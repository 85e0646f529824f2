#include "conversation/cascade/CascadeAgent.h"
#include "fakes/FakeOpenAiServer.h"
#include "media/MediaPacer.h"
#include "media/MediaTap.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

#include <cmath>

using namespace calldeck;
using fakes::FakeOpenAiServer;
using Endpoint = FakeOpenAiServer::Endpoint;

namespace {

const QString kKey = QStringLiteral("sk-agent-test-0123456789");

/// The callee's side of the line as the agent sees it: records audio and marks; echoes marks at
/// once (autoAck) or when the test says the audio before them has played.
class RecordingLine : public AgentLine
{
public:
    explicit RecordingLine(VoiceAgent* agent) : m_agent(agent) {}
    quint32 generation() const override { return m_generation; }
    void playMulaw(const QByteArray& mulaw, quint32 generation) override { Q_UNUSED(mulaw) Q_UNUSED(generation) }
    void playPcm16(const QByteArray& pcm16, quint32 generation) override
    {
        if (generation != m_generation) {
            staleBytes += pcm16.size();
            return;
        }
        bytes += pcm16.size();
        m_unacked += pcm16.size();
    }
    void mark(const QString& label, quint32 generation) override
    {
        if (generation != m_generation)
            return;
        marks.append(label);
        m_held.append(label);
        if (autoAck)
            ack(int(m_held.size()));
    }
    quint32 clear() override
    {
        ++clears;
        for (const QString& label : std::exchange(m_held, {}))
            m_agent->markDiscarded(m_generation, label);
        m_unacked = 0;
        return ++m_generation;
    }
    int pendingMs() const override { return int(m_unacked / 32); }
    /// The audio up to the next `n` marks has played.
    void ack(int n)
    {
        for (int i = 0; i < n && !m_held.isEmpty(); ++i) {
            const QString label = m_held.takeFirst();
            const quint32 generation = m_generation;
            QTimer::singleShot(0, m_agent, [agent = m_agent, generation, label] { agent->markPlayed(generation, label); });
        }
        if (m_held.isEmpty())
            m_unacked = 0;
    }
    [[nodiscard]] int heldMarks() const { return int(m_held.size()); }

    bool autoAck = true;
    qint64 bytes = 0;
    qint64 staleBytes = 0;
    int clears = 0;
    QStringList marks;

private:
    VoiceAgent* m_agent;
    quint32 m_generation = 1;
    qint64 m_unacked = 0;
    QStringList m_held;
};

/// Runs tools like the engine's host would: request_approval waits for the test's answer.
class FakeToolHost : public AgentToolHost
{
public:
    void invoke(QObject* context, const ToolCall& call, std::function<void(const ToolResult&)> done) override
    {
        calls.append(call);
        if (call.name == QLatin1String("request_approval")) {
            m_approvalContext = context;
            m_approvalDone = std::move(done);
            return;
        }
        const ToolResult result{QStringLiteral("{\"ok\":true}"), true, call.name == QLatin1String("end_call")};
        QTimer::singleShot(0, context, [done = std::move(done), result] { done(result); });
    }
    void answerApproval(bool approved, const QString& note)
    {
        const QString output = QStringLiteral("{\"approved\":%1,\"note\":\"%2\"}").arg(approved ? QStringLiteral("true") : QStringLiteral("false"), note);
        QTimer::singleShot(0, m_approvalContext, [done = m_approvalDone, output] { done(ToolResult{output, true, false}); });
    }
    [[nodiscard]] bool approvalWaiting() const { return bool(m_approvalDone); }

    QList<ToolCall> calls;

private:
    QPointer<QObject> m_approvalContext;
    std::function<void(const ToolResult&)> m_approvalDone;
};

QJsonArray toolSchemas()
{
    QJsonArray tools;
    for (const char* name : {"log_call_event", "end_call", "record_field", "request_approval", "lookup_contact"}) {
        tools.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(name)},
                                 {QStringLiteral("description"), QStringLiteral("CallDeck tool %1").arg(QString::fromLatin1(name))},
                                 {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}}});
    }
    return tools;
}

FakeOpenAiServer::ChatReply say(const QString& text, qint64 prompt = 100, qint64 completion = 20, qint64 cached = 50)
{
    FakeOpenAiServer::ChatReply r;
    r.text = text;
    r.pieces = 4;
    r.promptTokens = prompt;
    r.completionTokens = completion;
    r.cachedTokens = cached;
    return r;
}

FakeOpenAiServer::ChatReply toolCall(const QString& text, const QString& name, const QByteArray& args)
{
    FakeOpenAiServer::ChatReply r = say(text);
    r.toolCalls = {{QStringLiteral("call_%1").arg(name), name, args}};
    return r;
}

/// One agent on one fake call.
struct Harness
{
    FakeOpenAiServer server{kKey};
    std::unique_ptr<CascadeAgent> agent;
    std::unique_ptr<RecordingLine> line;
    FakeToolHost tools;
    QList<TranscriptSegment> segments;
    QList<AiUsage> usages;
    QList<TurnLatency> latencies;
    QStringList warnings;
    std::shared_ptr<MediaTap> tap;
    qint64 streamMs = 0;

    explicit Harness(const QStringList& forbidden = {})
    {
        AgentConfig config;
        config.callKey = QStringLiteral("c-test");
        config.apiBase = server.start();
        config.apiKey = kKey;
        config.instructions = QStringLiteral("You call Bright Smile Dental for Alex Morgan. You are an AI assistant.");
        config.tools = toolSchemas();
        config.brief.assistant.forbiddenPhrases = forbidden;
        agent = std::make_unique<CascadeAgent>(config);
        line = std::make_unique<RecordingLine>(agent.get());
        QObject::connect(agent.get(), &VoiceAgent::segment, agent.get(), [this](const TranscriptSegment& s) { segments.append(s); });
        QObject::connect(agent.get(), &VoiceAgent::usage, agent.get(), [this](const AiUsage& u) { usages.append(u); });
        QObject::connect(agent.get(), &VoiceAgent::turnLatency, agent.get(), [this](const TurnLatency& l) { latencies.append(l); });
        QObject::connect(agent.get(), &VoiceAgent::warning, agent.get(), [this](const QString& w) { warnings.append(w); });
        tap = agent->inputTap();
    }

    void attach() { agent->prepare(); agent->attach(line.get(), &tools, MediaPacer::nowUs()); }

    /// `toneMs` of loud speech then `silenceMs` of quiet, as 20 ms frames on the media clock.
    void speak(int toneMs, int silenceMs)
    {
        std::array<qint16, 320> frame{};
        for (int t = 0; t < toneMs + silenceMs; t += 20) {
            for (int i = 0; i < 320; ++i)
                frame[size_t(i)] = t < toneMs ? qint16(std::lround(8000.0 * std::sin(2.0 * M_PI * 220.0 * (16 * t + i) / 16000.0))) : qint16(0);
            tap->inboundFrame(frame.data(), 320, streamMs);
            streamMs += 20;
        }
    }

    [[nodiscard]] std::optional<TranscriptSegment> finalSegment(const QString& id) const
    {
        for (const TranscriptSegment& s : segments)
            if (s.id == id && s.isFinal)
                return s;
        return std::nullopt;
    }
    [[nodiscard]] QList<AiUsage> usagesOf(const QString& kind) const
    {
        QList<AiUsage> out;
        for (const AiUsage& u : usages)
            if (u.kind == kind)
                out.append(u);
        return out;
    }
    [[nodiscard]] QJsonArray chatMessages(int index) const
    {
        return server.requests(Endpoint::Chat).at(index).json.value(QLatin1String("messages")).toArray();
    }
};

QString contentOf(const QJsonValue& message) { return message.toObject().value(QLatin1String("content")).toString(); }
QString roleOf(const QJsonValue& message) { return message.toObject().value(QLatin1String("role")).toString(); }

} // namespace

/// The cascade agent end to end against the fake OpenAI server, a recording line and a tool host.
class TestCascadeAgent : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void openingThenOneFullTurn()
    {
        Harness h;
        h.server.queueChat(say(QStringLiteral("Hello, this is an AI assistant calling for Alex Morgan. Is this Bright Smile Dental?"), 300, 25, 0));
        h.server.queueChat(say(QStringLiteral("Great, Tuesday at nine works. I will note it down."), 420, 18, 256));
        h.server.queueTranscription(QStringLiteral("Yes it is. We have Tuesday at nine."));
        h.attach();
        QTRY_VERIFY_WITH_TIMEOUT(h.finalSegment(QStringLiteral("agent-1")).has_value(), 20000);
        QCOMPARE(h.finalSegment(QStringLiteral("agent-1"))->text,
                 QStringLiteral("Hello, this is an AI assistant calling for Alex Morgan. Is this Bright Smile Dental?"));
        QCOMPARE(h.line->marks.size(), 2);   // one per sentence

        h.speak(0, 300);
        const qint64 speechAt = h.streamMs;
        h.speak(800, 700);
        QTRY_VERIFY_WITH_TIMEOUT(h.finalSegment(QStringLiteral("agent-2")).has_value(), 20000);

        const auto callee = h.finalSegment(QStringLiteral("callee-1"));
        QVERIFY(callee.has_value());
        QCOMPARE(callee->speaker, QStringLiteral("callee"));
        QCOMPARE(callee->text, QStringLiteral("Yes it is. We have Tuesday at nine."));
        QVERIFY(callee->startMs >= speechAt && callee->startMs <= speechAt + 100);
        QVERIFY(callee->endMs >= speechAt + 780 && callee->endMs <= speechAt + 820);
        QCOMPARE(callee->previousId, QStringLiteral("agent-1"));
        const auto agent2 = h.finalSegment(QStringLiteral("agent-2"));
        QCOMPARE(agent2->text, QStringLiteral("Great, Tuesday at nine works. I will note it down."));
        QVERIFY(!agent2->interrupted);
        QCOMPARE(agent2->previousId, QStringLiteral("callee-1"));
        QCOMPARE(h.line->marks.size(), 4);
        QCOMPARE(h.line->clears, 0);

        // The speech-to-text clip starts before the detected onset (prefix padding) and is a valid WAV.
        QCOMPARE(h.server.requests(Endpoint::Transcriptions).size(), 1);
        QVERIFY(h.server.reportedSttSeconds().first() >= 0.8 + 0.25);

        // The second chat saw the system prompt, the opening as heard and the callee's words.
        const QJsonArray messages = h.chatMessages(1);
        QCOMPARE(roleOf(messages.first()), QStringLiteral("system"));
        QVERIFY(contentOf(messages.first()).contains(QLatin1String("Bright Smile Dental")));
        QCOMPARE(roleOf(messages.at(messages.size() - 1)), QStringLiteral("user"));
        QCOMPARE(contentOf(messages.at(messages.size() - 1)), QStringLiteral("Yes it is. We have Tuesday at nine."));
        QCOMPARE(roleOf(messages.at(messages.size() - 2)), QStringLiteral("assistant"));
        QCOMPARE(contentOf(messages.at(messages.size() - 2)),
                 QStringLiteral("Hello, this is an AI assistant calling for Alex Morgan. Is this Bright Smile Dental?"));
        const QJsonArray tools = h.server.requests(Endpoint::Chat).first().json.value(QLatin1String("tools")).toArray();
        QCOMPARE(tools.size(), 5);

        // Audio reached the line resampled 24 → 16 kHz: two thirds of what the TTS sent.
        qint64 ttsBytes = 0;
        for (qint64 b : h.server.speechBytes())
            ttsBytes += b;
        QCOMPARE(h.server.speechBytes().size(), 4);
        QVERIFY2(std::abs(double(h.line->bytes) - ttsBytes * 2.0 / 3.0) < ttsBytes * 0.02,
                 qPrintable(QStringLiteral("%1 vs %2").arg(h.line->bytes).arg(ttsBytes)));

        // Usage equals the fake's figures.
        const QList<AiUsage> stt = h.usagesOf(QStringLiteral("stt"));
        QCOMPARE(stt.size(), 1);
        QCOMPARE(stt.first().audioSeconds, h.server.reportedSttSeconds().first());
        const QList<AiUsage> chat = h.usagesOf(QStringLiteral("chat"));
        QCOMPARE(chat.size(), 2);
        QCOMPARE(chat.at(0).inputTextTokens, 300);
        QCOMPARE(chat.at(1).inputTextTokens, 420);
        QCOMPARE(chat.at(1).cachedTextTokens, 256);
        QCOMPARE(chat.at(1).outputTextTokens, 18);
        QCOMPARE(chat.at(1).model, QStringLiteral("gpt-4o-mini"));
        const QList<AiUsage> tts = h.usagesOf(QStringLiteral("tts"));
        QCOMPARE(tts.size(), 4);
        qint64 characters = 0;
        for (const AiUsage& u : tts)
            characters += u.characters;
        qint64 spokenCharacters = 0;
        for (const auto& r : h.server.requests(Endpoint::Speech))
            spokenCharacters += r.json.value(QLatin1String("input")).toString().size();
        QCOMPARE(characters, spokenCharacters);

        // One latency figure for the one callee turn; the inside part is part of the whole.
        QCOMPARE(h.latencies.size(), 1);
        QCOMPARE(h.latencies.first().turn, 1);
        QVERIFY(h.latencies.first().totalUs > 0);
        QVERIFY(h.latencies.first().internalUs >= 0);
        QVERIFY(h.latencies.first().internalUs <= h.latencies.first().totalUs);
        QVERIFY(h.warnings.isEmpty());
    }

    void openingIsNotCutByTheCallee()
    {
        Harness h;
        h.line->autoAck = false;
        h.server.queueChat(say(QStringLiteral("Hello, this is an AI assistant. This call is recorded.")));
        h.server.queueChat(say(QStringLiteral("Sure, I can wait.")));
        h.server.queueTranscription(QStringLiteral("Hold on please."));
        h.attach();
        QTRY_COMPARE_WITH_TIMEOUT(h.line->heldMarks(), 2, 20000);
        h.speak(600, 700);   // the callee talks over the opening
        QTRY_COMPARE_WITH_TIMEOUT(h.finalSegment(QStringLiteral("callee-1")).has_value(), true, 20000);
        QTest::qWait(200);
        QCOMPARE(h.line->clears, 0);
        QCOMPARE(h.server.requests(Endpoint::Chat).size(), 1);   // no reply over the opening
        h.line->autoAck = true;
        h.line->ack(2);
        QTRY_VERIFY_WITH_TIMEOUT(h.finalSegment(QStringLiteral("agent-2")).has_value(), 20000);
        QVERIFY(!h.finalSegment(QStringLiteral("agent-1"))->interrupted);
        QCOMPARE(h.finalSegment(QStringLiteral("agent-1"))->text, QStringLiteral("Hello, this is an AI assistant. This call is recorded."));
        QCOMPARE(h.finalSegment(QStringLiteral("agent-2"))->text, QStringLiteral("Sure, I can wait."));
    }

    void calleeBargeInCutsTheAgentAndKeepsWhatWasHeard()
    {
        Harness h;
        h.server.queueChat(say(QStringLiteral("Hello, this is an AI assistant.")));
        h.server.queueChat(say(QStringLiteral("We would like the earliest slot. Mornings suit Alex best. Would Tuesday work?")));
        h.server.queueChat(say(QStringLiteral("Of course, Wednesday then.")));
        h.server.queueTranscription(QStringLiteral("What can I do for you?"));
        h.server.queueTranscription(QStringLiteral("Sorry, Tuesday is full."));
        h.attach();
        QTRY_VERIFY_WITH_TIMEOUT(h.finalSegment(QStringLiteral("agent-1")).has_value(), 20000);
        h.line->autoAck = false;
        h.speak(600, 700);
        QTRY_COMPARE_WITH_TIMEOUT(h.line->heldMarks(), 3, 20000);
        h.line->ack(1);   // only the first sentence played before the callee spoke
        QTest::qWait(50);
        h.line->autoAck = true;
        h.speak(600, 700);
        QTRY_VERIFY_WITH_TIMEOUT(h.finalSegment(QStringLiteral("agent-2")).has_value(), 20000);
        QCOMPARE(h.line->clears, 1);
        const auto cut = h.finalSegment(QStringLiteral("agent-2"));
        QVERIFY(cut->interrupted);
        QCOMPARE(cut->text, QStringLiteral("We would like the earliest slot."));
        QTRY_VERIFY_WITH_TIMEOUT(h.finalSegment(QStringLiteral("agent-3")).has_value(), 20000);
        // The next chat only knows what the callee heard.
        const QJsonArray messages = h.chatMessages(2);
        QCOMPARE(contentOf(messages.at(messages.size() - 2)), QStringLiteral("We would like the earliest slot."));
        QCOMPARE(contentOf(messages.at(messages.size() - 1)), QStringLiteral("Sorry, Tuesday is full."));
        QCOMPARE(h.line->staleBytes, 0);
    }

    void approvalToolHoldsUntilTheUserAnswers()
    {
        Harness h;
        h.server.queueChat(say(QStringLiteral("Hello, this is an AI assistant.")));
        h.server.queueChat(toolCall(QStringLiteral("Let me check with Alex."), QStringLiteral("request_approval"),
                                    "{\"amount_cents\":12000,\"description\":\"Cleaning at $120\"}"));
        h.server.queueChat(say(QStringLiteral("Alex approved the price, please book it.")));
        h.server.queueTranscription(QStringLiteral("The cleaning is 120 dollars."));
        h.attach();
        QTRY_VERIFY_WITH_TIMEOUT(h.finalSegment(QStringLiteral("agent-1")).has_value(), 20000);
        h.speak(600, 700);
        QTRY_VERIFY_WITH_TIMEOUT(h.tools.approvalWaiting(), 20000);
        QCOMPARE(h.tools.calls.size(), 1);
        QCOMPARE(h.tools.calls.first().name, QStringLiteral("request_approval"));
        QCOMPARE(h.tools.calls.first().arguments.value(QLatin1String("amount_cents")).toInt(), 12000);
        QTest::qWait(300);
        QCOMPARE(h.server.requests(Endpoint::Chat).size(), 2);   // holding: no answer without the user
        h.tools.answerApproval(true, QStringLiteral("ok"));
        QTRY_COMPARE_WITH_TIMEOUT(h.server.requests(Endpoint::Chat).size(), 3, 20000);
        const QJsonArray messages = h.chatMessages(2);
        const QJsonObject toolMessage = messages.last().toObject();
        QCOMPARE(roleOf(toolMessage), QStringLiteral("tool"));
        QCOMPARE(toolMessage.value(QLatin1String("tool_call_id")).toString(), QStringLiteral("call_request_approval"));
        QVERIFY(contentOf(toolMessage).contains(QLatin1String("\"approved\":true")));
        const QJsonObject assistant = messages.at(messages.size() - 2).toObject();
        QCOMPARE(assistant.value(QLatin1String("tool_calls")).toArray().first().toObject()
                     .value(QLatin1String("function")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("request_approval"));
        QCOMPARE(contentOf(assistant), QStringLiteral("Let me check with Alex."));
        QTRY_VERIFY_WITH_TIMEOUT(h.finalSegment(QStringLiteral("agent-2")).has_value(), 20000);
        QCOMPARE(h.finalSegment(QStringLiteral("agent-2"))->text,
                 QStringLiteral("Let me check with Alex. Alex approved the price, please book it."));
    }

    void endCallStopsTalkingAndAsksToHangUp()
    {
        Harness h;
        QSignalSpy ended(h.agent.get(), &VoiceAgent::endCallRequested);
        h.server.queueChat(say(QStringLiteral("Hello, this is an AI assistant.")));
        h.server.queueChat(toolCall(QStringLiteral("Thank you, goodbye."), QStringLiteral("end_call"),
                                    "{\"summary\":\"Booked Tuesday 9:00\",\"objective_met\":true}"));
        h.server.queueTranscription(QStringLiteral("You are booked, bye."));
        h.attach();
        QTRY_VERIFY_WITH_TIMEOUT(h.finalSegment(QStringLiteral("agent-1")).has_value(), 20000);
        h.line->autoAck = false;
        h.speak(600, 700);
        QTRY_VERIFY_WITH_TIMEOUT(h.line->heldMarks() == 1 && h.tools.calls.size() == 1, 20000);
        QTest::qWait(200);
        QCOMPARE(ended.size(), 0);   // the goodbye has not played yet
        h.line->ack(1);
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 20000);
        QCOMPARE(ended.first().at(0).toString(), QStringLiteral("Booked Tuesday 9:00"));
        QCOMPARE(ended.first().at(1).toBool(), true);
        QCOMPARE(h.server.requests(Endpoint::Chat).size(), 2);   // nothing more is said
        h.speak(600, 700);
        QTest::qWait(500);
        QCOMPARE(h.server.requests(Endpoint::Chat).size(), 2);
    }

    void forbiddenPhraseIsNeverSynthesized()
    {
        Harness h({QStringLiteral("guaranteed results")});
        h.server.queueChat(say(QStringLiteral("Hello there. We offer GUARANTEED   results for you. Have a nice day.")));
        h.attach();
        QTRY_VERIFY_WITH_TIMEOUT(h.finalSegment(QStringLiteral("agent-1")).has_value(), 20000);
        const auto speech = h.server.requests(Endpoint::Speech);
        QCOMPARE(speech.size(), 2);
        for (const auto& r : speech)
            QVERIFY(!r.json.value(QLatin1String("input")).toString().contains(QLatin1String("GUARANTEED")));
        QCOMPARE(h.warnings.size(), 1);
        QVERIFY(h.warnings.first().contains(QLatin1String("guaranteed results")));
        QCOMPARE(h.finalSegment(QStringLiteral("agent-1"))->text, QStringLiteral("Hello there. Have a nice day."));
    }

    void supervisorHoldsTheAgentAndHandsBackContext()
    {
        Harness h;
        h.server.queueChat(say(QStringLiteral("Hello, this is an AI assistant. I am calling about an appointment.")));
        h.server.queueChat(say(QStringLiteral("Thanks, as my colleague said, Friday is fine.")));
        h.server.queueTranscription(QStringLiteral("Who is this?"));
        h.attach();
        QTRY_VERIFY_WITH_TIMEOUT(!h.line->marks.isEmpty(), 20000);
        h.line->autoAck = false;
        h.agent->supervisorBargeIn(true, QString());
        QCOMPARE(h.line->clears, 1);
        h.speak(600, 700);
        QTRY_VERIFY_WITH_TIMEOUT(h.finalSegment(QStringLiteral("callee-1")).has_value(), 20000);
        QTest::qWait(300);
        QCOMPARE(h.server.requests(Endpoint::Chat).size(), 1);   // quiet while the supervisor has the floor
        h.line->autoAck = true;
        h.agent->supervisorBargeIn(false, QStringLiteral("This is Alex's office, Friday is fine."));
        QTRY_COMPARE_WITH_TIMEOUT(h.server.requests(Endpoint::Chat).size(), 2, 20000);
        const QJsonArray messages = h.chatMessages(1);
        QCOMPARE(roleOf(messages.last()), QStringLiteral("system"));
        QVERIFY(contentOf(messages.last()).contains(QLatin1String("This is Alex's office, Friday is fine.")));
        QTRY_VERIFY_WITH_TIMEOUT(h.finalSegment(QStringLiteral("agent-2")).has_value(), 20000);
    }

    void badKeyFailsTheAgent()
    {
        Harness h;
        AgentConfig config;
        config.apiBase = h.server.start();
        config.apiKey = QStringLiteral("sk-wrong-0123456789");
        CascadeAgent agent(config);
        RecordingLine line(&agent);
        QSignalSpy failed(&agent, &VoiceAgent::failed);
        agent.attach(&line, &h.tools, MediaPacer::nowUs());
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
        QVERIFY(failed.first().first().toString().contains(QLatin1String("API key")));
        QVERIFY(!failed.first().first().toString().contains(QLatin1String("sk-wrong-0123456789")));
        QCOMPARE(line.bytes, 0);
    }
};

QTEST_GUILESS_MAIN(TestCascadeAgent)
#include "tst_cascade_agent.moc"
