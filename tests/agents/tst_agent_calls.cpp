// AI agents on whole calls, end to end over loopback: the Engine places a call on the sandbox line
// (real Twilio REST client, signed callbacks, media WebSocket), a persona answers with espeak-ng,
// and the agent talks: the offline agent with no network at all, the Realtime agent against a
// protocol-faithful fake of OpenAI Realtime, the cascade agent against a fake OpenAI HTTP API.
// Checks the live transcript of both sides, tools (record_field, request_approval round trip,
// end_call), supervisor barge-in with truncation, takeover and hand-back, a reconnect mid-call,
// cost from the fakes' usage numbers, per-turn latency, and what ends up in the database.
#include "calls/CallCost.h"
#include "calls/Engine.h"
#include "calls/cost/CostMeter.h"
#include "calls/cost/PriceTable.h"
#include "core/Settings.h"
#include "fakes/FakeOpenAiServer.h"
#include "fakes/FakeRealtimeServer.h"
#include "fakes/MemoryCredentialStore.h"
#include "fakes/ScriptedAudioInput.h"
#include "secrets/CredentialStore.h"
#include "store/CallRepository.h"
#include "store/Store.h"
#include "telephony/sandbox/SandboxLine.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace calldeck;

namespace {

const QString kKey = QStringLiteral("sk-test-agent-calls");
const QString kDental = QStringLiteral("+15555550100");

struct Fixture
{
    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    MemoryCredentialStore credentials;
    Store store{dir.filePath(QStringLiteral("calldeck.sqlite"))};
    std::unique_ptr<Engine> engine;
    fakes::ScriptedAudioInput* mic = nullptr;
    QList<TranscriptSegment> segments;
    QStringList events;
    QList<QPair<QString, QString>> approvals;   ///< (call key, approval id)
    bool approve = true;

    explicit Fixture(const QUrl& apiBase = {})
    {
        settings.setValue(SettingKeys::ListenAddress, QStringLiteral("127.0.0.1:0"));
        if (!apiBase.isEmpty())
            settings.setValue(SettingKeys::OpenAiBaseUrl, apiBase.toString());
        credentials.write(Secret::OpenAiApiKey, kKey).waitForFinished();
        QVERIFY(store.open().ok());
        engine = std::make_unique<Engine>(settings, credentials);
        engine->setStore(&store);
        auto input = std::make_unique<fakes::ScriptedAudioInput>();
        mic = input.get();
        engine->setAudioInput(std::move(input));
        engine->setAudioOutput(std::make_unique<fakes::CapturingAudioOutput>());
        QObject::connect(engine.get(), &Engine::transcript, engine.get(),
                         [this](const TranscriptSegment& s) { segments.append(s); });
        QObject::connect(engine.get(), &Engine::callEvent, engine.get(),
                         [this](const QString&, const QString& kind, const QString& detail) {
                             events.append(kind + QStringLiteral(": ") + detail);
                         });
        QObject::connect(engine.get(), &Engine::approvalRequested, engine.get(),
                         [this](const QString& key, const QString& id, qint64, const QString&) {
                             approvals.append({key, id});
                             engine->answerApproval(key, id, approve, QStringLiteral("from the test"));
                         });
    }

    ~Fixture()
    {
        engine.reset();
        store.close();
    }

    bool start()
    {
        auto future = engine->start();
        if (!QTest::qWaitFor([&] { return future.isFinished(); }, 10000) || !future.result().ok())
            return false;
        engine->sandbox().setTimeScale(0.3);
        // The key is read asynchronously; AI calls need it.
        return QTest::qWaitFor([&] { return engine->aiConfigured(); }, 5000);
    }

    QString place(const QString& agent, CallBrief brief)
    {
        CallRequest request;
        request.to = kDental;
        request.provider = QStringLiteral("sandbox");
        request.persona = QStringLiteral("dental");
        request.agent = agent;
        request.brief = std::move(brief);
        auto future = engine->placeCall(request);
        if (!QTest::qWaitFor([&] { return future.isFinished(); }, 10000))
            return {};
        if (!future.result().ok()) {
            events.append(QStringLiteral("place failed: ") + future.result().error().message);
            return {};
        }
        return future.result().value();
    }

    [[nodiscard]] QList<TranscriptSegment> finals(const QString& speaker) const
    {
        QList<TranscriptSegment> out;
        for (const TranscriptSegment& s : segments) {
            if (s.isFinal && s.speaker == speaker && !s.text.trimmed().isEmpty())
                out.append(s);
        }
        return out;
    }

    [[nodiscard]] QString log() const { return events.join(u'\n'); }
};

CallBrief dentalBrief()
{
    CallBrief brief;
    brief.goal = QStringLiteral("Book the earliest cleaning appointment this week");
    brief.contactName = QStringLiteral("Bright Smile Dental");
    brief.onBehalfOf = QStringLiteral("Alex Morgan");
    brief.questions = {QStringLiteral("When is your earliest opening for a cleaning this week?"),
                       QStringLiteral("How much does a cleaning cost?")};
    brief.infoToObtain = {QStringLiteral("appointment_time"), QStringLiteral("price")};
    brief.maxPriceCents = 15000;
    return brief;
}

QJsonObject realtimeUsage()
{
    return QJsonObject{
        {QStringLiteral("total_tokens"), 1900},
        {QStringLiteral("input_tokens"), 1500},
        {QStringLiteral("output_tokens"), 400},
        {QStringLiteral("input_token_details"),
         QJsonObject{{QStringLiteral("text_tokens"), 1000},
                     {QStringLiteral("audio_tokens"), 500},
                     {QStringLiteral("cached_tokens"), 800},
                     {QStringLiteral("cached_tokens_details"),
                      QJsonObject{{QStringLiteral("text_tokens"), 600}, {QStringLiteral("audio_tokens"), 200}}}}},
        {QStringLiteral("output_token_details"),
         QJsonObject{{QStringLiteral("text_tokens"), 100}, {QStringLiteral("audio_tokens"), 300}}},
    };
}

/// What one response with realtimeUsage() costs on gpt-realtime, priced independently here.
qint64 microsPerRealtimeResponse()
{
    AiUsage usage;
    usage.model = QStringLiteral("gpt-realtime");
    usage.kind = QStringLiteral("realtime");
    usage.inputTextTokens = 1000;
    usage.inputAudioTokens = 500;
    usage.cachedTextTokens = 600;
    usage.cachedAudioTokens = 200;
    usage.outputTextTokens = 100;
    usage.outputAudioTokens = 300;
    CostMeter meter(PriceTable::defaults());
    meter.add(usage);
    return meter.cost().voiceAiMicros;
}

} // namespace

class TestAgentCalls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void offlineAgentWalksThePlan();
    void realtimeAgentOnALiveCall();
    void cascadeAgentOnALiveCall();
};

void TestAgentCalls::offlineAgentWalksThePlan()
{
    Fixture f;
    QVERIFY(f.start());
    const QString key = f.place(QStringLiteral("offline"), dentalBrief());
    QVERIFY2(!key.isEmpty(), qPrintable(f.log()));
    QCOMPARE(f.engine->snapshot(key).agentKind, QStringLiteral("offline"));

    // The agent opens with the disclosure, asks its questions, records the answers and ends the call.
    QTRY_VERIFY2_WITH_TIMEOUT(f.engine->snapshot(key).state == CallState::Ended, qPrintable(f.log()), 180000);
    const CallSnapshot call = f.engine->snapshot(key);
    QCOMPARE(call.outcome, QStringLiteral("completed"));
    QVERIFY2(!call.summary.isEmpty(), qPrintable(f.log()));
    const auto agent = f.finals(QStringLiteral("agent"));
    const auto callee = f.finals(QStringLiteral("callee"));
    QVERIFY2(agent.size() >= 3, qPrintable(f.log()));
    QVERIFY2(callee.size() >= 2, qPrintable(f.log()));
    QVERIFY2(agent.first().text.contains(QStringLiteral("AI assistant")), qPrintable(agent.first().text));
    QVERIFY2(agent.first().text.contains(QStringLiteral("Alex Morgan")), qPrintable(agent.first().text));
    QVERIFY(callee.first().text.contains(QStringLiteral("Bright Smile Dental")));
    QVERIFY2(f.log().contains(QStringLiteral("field: appointment_time")), qPrintable(f.log()));
    QVERIFY(call.latencyTurns > 0);
    QVERIFY(call.latencyP50Ms >= 0);
    // The sandbox line and espeak-ng cost nothing, and the estimate said so.
    QCOMPARE(call.costMicros, 0);
    QCOMPARE(call.estimatedCostMicros, 0);

    // Post-call processing follows: summary, outcome, the business and the price the receptionist named.
    QTRY_VERIFY2_WITH_TIMEOUT(f.log().contains(QStringLiteral("post-call: ")), qPrintable(f.log()), 20000);

    // Everything is in the database: the session, both sides of the transcript, latency, fields.
    const Result<qint64> sessionId =
        f.store.runSync([key](QSqlDatabase& db) { return CallRepository(db).sessionIdForCallKey(key); });
    QVERIFY2(sessionId.ok(), qPrintable(sessionId.ok() ? QString() : sessionId.error().message));
    QTRY_VERIFY_WITH_TIMEOUT(f.store.runSync([&](QSqlDatabase& db) {
        const auto view = CallRepository(db).load(sessionId.value());
        return view.ok() && view.value().latencyTurns > 0;
    }), 10000);
    const auto view = f.store.runSync([&](QSqlDatabase& db) { return CallRepository(db).load(sessionId.value()); });
    QVERIFY(view.ok());
    QCOMPARE(view.value().status, QStringLiteral("completed"));
    QCOMPARE(view.value().agentKind, QStringLiteral("offline"));
    QVERIFY(!view.value().summary.isEmpty());
    int agentRows = 0;
    int calleeRows = 0;
    for (const TranscriptSegment& s : view.value().segments) {
        agentRows += s.speaker == u"agent";
        calleeRows += s.speaker == u"callee";
    }
    QCOMPARE(agentRows, int(agent.size()));
    QCOMPARE(calleeRows, int(callee.size()));
    QVERIFY(!view.value().fields.isEmpty());
    QHash<QString, QString> fields;
    for (const ExtractedField& field : view.value().fields)
        fields.insert(field.key, field.value);
    QVERIFY2(fields.contains(QStringLiteral("business_name")), qPrintable(QStringList(fields.keys()).join(u',')));
    QCOMPARE(fields.value(QStringLiteral("price_cents")), QStringLiteral("12000"));
}

void TestAgentCalls::realtimeAgentOnALiveCall()
{
    fakes::FakeRealtimeServer ai;
    ai.setApiKey(kKey);
    QVERIFY(ai.listen());
    ai.setResponseUsage(realtimeUsage());
    ai.setTranscriptionUsage(QJsonObject{{QStringLiteral("type"), QStringLiteral("tokens")},
                                         {QStringLiteral("input_tokens"), 0},
                                         {QStringLiteral("output_tokens"), 0},
                                         {QStringLiteral("total_tokens"), 0}});
    ai.addCalleeTranscript(QStringLiteral("Good morning, Bright Smile Dental, this is Karen speaking."));
    ai.addCalleeTranscript(QStringLiteral("Sure, are you an existing patient?"));
    ai.addCalleeTranscript(QStringLiteral("Hello? Are you still there?"));
    // 1: the opening. 2: a price over the limit → approval. 3: a long answer the supervisor cuts.
    ai.addReply({QStringLiteral("Hello, this is an AI assistant calling on behalf of Alex Morgan."), 1500, {}, {}});
    ai.addReply({{}, 0, QStringLiteral("request_approval"),
                 QStringLiteral("{\"amount_cents\":18000,\"description\":\"Cleaning at $180\"}")});
    ai.addReply({QStringLiteral("Thank you, we would like the Tuesday slot, and could you also tell me whether "
                                "the cleaning includes an examination?"), 8000, {}, {}});

    Fixture f(ai.apiBase());
    QVERIFY(f.start());
    const QString key = f.place(QStringLiteral("realtime"), dentalBrief());
    QVERIFY2(!key.isEmpty(), qPrintable(f.log()));
    // The AI socket opens while the phone rings, before the callee answers.
    QTRY_VERIFY_WITH_TIMEOUT(ai.connections().size() == 1, 10000);
    QVERIFY(ai.connections().first().bearerOk);
    QVERIFY(!ai.connections().first().betaHeader);
    QCOMPARE(ai.session().value(QStringLiteral("audio")).toObject().value(QStringLiteral("input")).toObject()
                 .value(QStringLiteral("format")).toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("audio/pcmu"));
    QTRY_VERIFY2_WITH_TIMEOUT(f.engine->snapshot(key).mediaConnected, qPrintable(f.log()), 20000);

    // The callee's greeting reaches the AI untouched and comes back transcribed.
    QTRY_VERIFY2_WITH_TIMEOUT(!f.finals(QStringLiteral("callee")).isEmpty(), qPrintable(f.log()), 30000);
    QTRY_VERIFY2_WITH_TIMEOUT(!f.finals(QStringLiteral("agent")).isEmpty(), qPrintable(f.log()), 30000);
    QVERIFY(f.finals(QStringLiteral("agent")).first().text.contains(QStringLiteral("AI assistant")));

    // Approval round trip: the agent holds, the user approves, the answer goes back into the call.
    QTRY_VERIFY2_WITH_TIMEOUT(!f.approvals.isEmpty(), qPrintable(f.log()), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const QJsonObject& e : ai.events(QStringLiteral("conversation.item.create"))) {
                const QJsonObject item = e.value(QStringLiteral("item")).toObject();
                if (item.value(QStringLiteral("type")).toString() == u"function_call_output"
                    && item.value(QStringLiteral("output")).toString().contains(QStringLiteral("\"approved\":true")))
                    return true;
            }
            return false;
        }(),
        10000);

    // The long answer plays; the supervisor barges in: the AI item is truncated at what was heard.
    QTRY_VERIFY_WITH_TIMEOUT(f.engine->snapshot(key).pendingApprovalId.isEmpty(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(ai.responsesStarted() >= 3, 20000);
    QTest::qWait(1500);
    f.engine->setBargeIn(key, true);
    QTRY_VERIFY2_WITH_TIMEOUT(!ai.events(QStringLiteral("conversation.item.truncate")).isEmpty(),
                              qPrintable(f.log()), 10000);
    const QJsonObject truncate = ai.events(QStringLiteral("conversation.item.truncate")).constLast();
    const int heardMs = truncate.value(QStringLiteral("audio_end_ms")).toInt();
    QVERIFY2(heardMs > 0 && heardMs < 8000, qPrintable(QString::number(heardMs)));
    QTest::qWait(500);
    f.engine->setBargeIn(key, false);

    // A person takes the call over and hands it back; the AI holds meanwhile.
    f.engine->setTakeover(key, true);
    QTRY_VERIFY_WITH_TIMEOUT(f.engine->snapshot(key).takenOver, 5000);
    QVERIFY(f.engine->snapshot(key).humanMode);
    f.engine->setTakeover(key, false);
    QTRY_VERIFY_WITH_TIMEOUT(!f.engine->snapshot(key).takenOver, 5000);

    // The AI connection drops mid-call: the agent reconnects, replays the conversation, the call goes on.
    const int before = int(ai.connections().size());
    ai.dropConnection();
    QTRY_VERIFY2_WITH_TIMEOUT(ai.connections().size() == before + 1, qPrintable(f.log()), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(ai.openConnections() == 1, 10000);
    QTRY_VERIFY2_WITH_TIMEOUT(f.log().contains(QStringLiteral("agent: reconnect")), qPrintable(f.log()), 15000);
    QVERIFY(f.engine->snapshot(key).isLive());

    f.engine->hangUp(key);
    QTRY_VERIFY_WITH_TIMEOUT(f.engine->snapshot(key).state == CallState::Ended, 30000);

    // Cost: the fake's usage numbers priced with the shipped table, response by response.
    const CallCost cost = f.engine->costOf(key);
    const qint64 perResponse = microsPerRealtimeResponse();
    QVERIFY(perResponse > 0);
    QVERIFY2(cost.voiceAiMicros > 0 && cost.voiceAiMicros % perResponse == 0,
             qPrintable(QStringLiteral("%1 / %2").arg(cost.voiceAiMicros).arg(perResponse)));
    QVERIFY(cost.voiceAiMicros <= ai.responsesStarted() * perResponse);
    QCOMPARE(f.engine->snapshot(key).costMicros, cost.totalMicros());
    QVERIFY(f.engine->snapshot(key).estimatedCostMicros > 0);
}

void TestAgentCalls::cascadeAgentOnALiveCall()
{
    fakes::FakeOpenAiServer ai(kKey);
    const QUrl base = ai.start();
    QVERIFY(base.isValid());
    fakes::FakeOpenAiServer::ChatReply opening;
    opening.text = QStringLiteral("Hello, this is an AI assistant calling on behalf of Alex Morgan. I would like to "
                                  "book a cleaning.");
    ai.queueChat(opening);
    ai.queueTranscription(QStringLiteral("Good morning, Bright Smile Dental, this is Karen speaking."));
    fakes::FakeOpenAiServer::ChatReply answer;
    answer.text = QStringLiteral("I am calling to book the earliest cleaning appointment this week.");
    ai.queueChat(answer);
    ai.queueTranscription(QStringLiteral("Sure, are you an existing patient?"));
    ai.queueTranscription(QStringLiteral("Karen, this is Sam from the office, we need the morning slot."));
    fakes::FakeOpenAiServer::ChatReply end;
    end.toolCalls = {{QStringLiteral("call_end"), QStringLiteral("end_call"),
                      QByteArray("{\"summary\":\"Asked for a cleaning; the receptionist offered slots.\","
                                 "\"objective_met\":false}")}};
    ai.queueChat(end);

    Fixture f(base);
    QVERIFY(f.start());
    const QString key = f.place(QStringLiteral("cascade"), dentalBrief());
    QVERIFY2(!key.isEmpty(), qPrintable(f.log()));

    // A supervisor barges in and speaks; their words are transcribed, shown as the supervisor's,
    // and handed to the agent as context for its next reply.
    QTRY_VERIFY2_WITH_TIMEOUT(!f.finals(QStringLiteral("agent")).isEmpty(), qPrintable(f.log()), 60000);
    f.engine->setBargeIn(key, true);
    f.mic->speak(1500);
    QTest::qWait(2000);
    f.engine->setBargeIn(key, false);
    QTRY_VERIFY2_WITH_TIMEOUT(!f.finals(QStringLiteral("supervisor")).isEmpty(), qPrintable(f.log()), 20000);
    const QString supervisorSaid = f.finals(QStringLiteral("supervisor")).first().text;
    QVERIFY(!supervisorSaid.isEmpty());
    QTRY_VERIFY2_WITH_TIMEOUT(
        [&] {
            for (const auto& request : ai.requests(fakes::FakeOpenAiServer::Endpoint::Chat)) {
                if (QString::fromUtf8(request.body).contains(supervisorSaid))
                    return true;
            }
            return false;
        }(),
        qPrintable(f.log()), 30000);

    QTRY_VERIFY2_WITH_TIMEOUT(f.engine->snapshot(key).state == CallState::Ended, qPrintable(f.log()), 120000);
    const CallSnapshot call = f.engine->snapshot(key);
    QCOMPARE(call.outcome, QStringLiteral("completed"));
    QCOMPARE(call.summary, QStringLiteral("Asked for a cleaning; the receptionist offered slots."));
    const auto agent = f.finals(QStringLiteral("agent"));
    const auto callee = f.finals(QStringLiteral("callee"));
    QVERIFY2(!agent.isEmpty() && agent.first().text.contains(QStringLiteral("AI assistant")), qPrintable(f.log()));
    QVERIFY2(!callee.isEmpty(), qPrintable(f.log()));
    QCOMPARE(callee.first().text, QStringLiteral("Good morning, Bright Smile Dental, this is Karen speaking."));
    // Speech-to-text got WAV uploads of the callee; chat and speech were used; all of it is priced.
    QVERIFY(!ai.requests(fakes::FakeOpenAiServer::Endpoint::Transcriptions).isEmpty());
    QVERIFY(ai.requests(fakes::FakeOpenAiServer::Endpoint::Chat).size() >= 3);
    QVERIFY(!ai.requests(fakes::FakeOpenAiServer::Endpoint::Speech).isEmpty());
    const CallCost cost = f.engine->costOf(key);
    QVERIFY(cost.reasoningAiMicros > 0);
    QVERIFY(cost.voiceAiMicros > 0);
    QVERIFY(call.latencyTurns > 0);
}

QTEST_MAIN(TestAgentCalls)
#include "tst_agent_calls.moc"
