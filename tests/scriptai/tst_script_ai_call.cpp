// The cascade AI agent on a scripted sandbox call against the fake OpenAI API: the fake model
// calls the script tools, strict mode refuses a premature complete_milestone and the model sees
// the refusal, then the milestone completes and an objection is logged; the run in the database
// follows, and the run is completed when the call ends.
#include "accounts/UserProfile.h"
#include "calls/Engine.h"
#include "core/Settings.h"
#include "fakes/FakeOpenAiServer.h"
#include "fakes/MemoryCredentialStore.h"
#include "fakes/ScriptedAudioInput.h"
#include "script/ProspectRepository.h"
#include "script/ScriptHub.h"
#include "store/ProfileRepository.h"
#include "store/Store.h"
#include "telephony/sandbox/SandboxLine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace calldeck;

namespace {

const QString kKey = QStringLiteral("sk-test-script-ai");
const QString kDana = QStringLiteral("+15555550102");

template <class T>
T await(const QFuture<T>& future)
{
    [[maybe_unused]] const bool done = QTest::qWaitFor([&] { return future.isFinished(); }, 20000);
    return future.result();
}

fakes::FakeOpenAiServer::ToolCallScript toolCall(const char* id, const char* name, const QJsonObject& args)
{
    return {QLatin1String(id), QLatin1String(name), QJsonDocument(args).toJson(QJsonDocument::Compact)};
}

} // namespace

class TestScriptAiCall : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelFollowsTheScriptThroughItsTools();
    void humanCallIsAttachedAndEndedByThePerson();
};

void TestScriptAiCall::modelFollowsTheScriptThroughItsTools()
{
    fakes::FakeOpenAiServer ai(kKey);
    const QUrl base = ai.start();
    QVERIFY(base.isValid());
    using Reply = fakes::FakeOpenAiServer::ChatReply;
    Reply opening;
    opening.text = QStringLiteral("Hello, this is an AI assistant calling on behalf of Alex Morgan. What brought you to this call today?");
    ai.queueChat(opening);
    ai.queueTranscription(QStringLiteral("We keep losing track of client work. And yes, a diagnostic is fine."));
    Reply tooEarly;   // completes M1 before recording anything: strict mode refuses
    tooEarly.toolCalls = {toolCall("call_1", "complete_milestone", {{QStringLiteral("milestone"), 1}})};
    ai.queueChat(tooEarly);
    Reply recordAndComplete;
    recordAndComplete.toolCalls = {
        toolCall("call_2", "record_field",
                 {{QStringLiteral("key"), QStringLiteral("reason_for_call")},
                  {QStringLiteral("value"), QStringLiteral("Losing track of client work")},
                  {QStringLiteral("milestone"), 1}}),
        toolCall("call_3", "record_field",
                 {{QStringLiteral("key"), QStringLiteral("confirmed_expectation")}, {QStringLiteral("value"), QStringLiteral("true")}}),
        toolCall("call_4", "complete_milestone",
                 {{QStringLiteral("milestone"), 1}, {QStringLiteral("summary"), QStringLiteral("Dana wants order.")}}),
    };
    ai.queueChat(recordAndComplete);
    Reply nextQuestion;
    nextQuestion.text = QStringLiteral("Thank you. How many active clients do you serve today?");
    ai.queueChat(nextQuestion);
    ai.queueTranscription(QStringLiteral("Honestly, this sounds expensive for us."));
    Reply objection;
    objection.toolCalls = {toolCall("call_5", "log_objection",
                                    {{QStringLiteral("type"), QStringLiteral("Price")},
                                     {QStringLiteral("note"), QStringLiteral("Honestly, this sounds expensive for us.")}})};
    ai.queueChat(objection);
    Reply end;
    end.toolCalls = {toolCall("call_6", "end_call",
                              {{QStringLiteral("summary"), QStringLiteral("Reached M2; Price objection open; no decision.")},
                               {QStringLiteral("objective_met"), false}})};
    ai.queueChat(end);

    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setValue(SettingKeys::ListenAddress, QStringLiteral("127.0.0.1:0"));
    settings.setValue(SettingKeys::OpenAiBaseUrl, base.toString());
    MemoryCredentialStore credentials;
    credentials.write(Secret::OpenAiApiKey, kKey).waitForFinished();
    Store store(dir.filePath(QStringLiteral("calldeck.sqlite")));
    QVERIFY(store.open().ok());
    {
        Engine engine(settings, credentials);
        engine.setStore(&store);
        engine.setAudioInput(std::make_unique<fakes::ScriptedAudioInput>());
        engine.setAudioOutput(std::make_unique<fakes::CapturingAudioOutput>());
        QStringList log;
        connect(&engine, &Engine::callEvent, &engine,
                [&log](const QString&, const QString& kind, const QString& detail) { log.append(kind + QStringLiteral(": ") + detail); });
        ScriptHub* hub = engine.scriptHub();
        QVERIFY(hub != nullptr);
        auto started = engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(started.isFinished(), 10000);
        QVERIFY(started.result().ok());
        engine.sandbox().setTimeScale(0.3);
        QTRY_VERIFY_WITH_TIMEOUT(engine.aiConfigured(), 5000);

        // Dana is qualified; the run is started (gate passed) before the call.
        const Result<Prospect> dana = store.runSync([](QSqlDatabase& db) {
            Prospect p;
            p.contact.name = QStringLiteral("Dana Ruiz");
            p.contact.phoneE164 = kDana;
            p.profile.clientCount = 620;
            return ProspectRepository(db).add(p);
        });
        QVERIFY2(dana.ok(), qPrintable(dana.error().message));
        NewScriptRun request;
        request.prospectId = dana.value().contact.id;
        request.actor = QStringLiteral("agent:Alex Morgan");
        const Result<ScriptRunView> created = await(hub->create(request));
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        const qint64 runId = created.value().id;
        // A call for a run that is not started yet (gate not passed) is refused with a clear reason.
        CallRequest notStarted;
        notStarted.to = kDana;
        notStarted.provider = QStringLiteral("sandbox");
        notStarted.agent = QStringLiteral("cascade");
        notStarted.scriptRunId = runId;
        const Result<QString> refused = await(engine.placeCall(notStarted));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("not in progress")), qPrintable(refused.error().message));

        for (const ChecklistItem& item : created.value().script.checklist) {
            QVERIFY(await(hub->apply([runId, id = item.id](ScriptRunService& s) {
                        return s.setChecklistItem(runId, id, true, QStringLiteral("agent:Alex Morgan"));
                    })).ok());
        }
        QVERIFY(await(hub->start(runId, QString(), QStringLiteral("agent:Alex Morgan"))).ok());

        CallRequest call;
        call.to = kDana;
        call.provider = QStringLiteral("sandbox");
        call.persona = QStringLiteral("prospect");
        call.agent = QStringLiteral("cascade");
        call.scriptRunId = runId;
        const Result<QString> placed = await(engine.placeCall(call));
        QVERIFY2(placed.ok(), qPrintable(placed.error().message));
        const QString key = placed.value();

        QTRY_VERIFY2_WITH_TIMEOUT(engine.snapshot(key).state == CallState::Ended, qPrintable(log.join(u'\n')), 120000);
        // The run followed the model's tools and was completed when the stored call ended.
        QTRY_VERIFY2_WITH_TIMEOUT(await(hub->load(runId)).value().status == ScriptRunStatus::Completed,
                                  qPrintable(log.join(u'\n')), 30000);
        const ScriptRunView run = await(hub->load(runId)).value();
        QCOMPARE(run.callKey, key);
        QVERIFY(run.sessionId > 0);
        QCOMPARE(run.response(1)->state, MilestoneState::Completed);
        QCOMPARE(run.response(1)->fields.value(QStringLiteral("reason_for_call")), QStringLiteral("Losing track of client work"));
        QCOMPARE(run.currentMilestone, 2);
        QCOMPARE(run.objections.size(), 1);
        QCOMPARE(run.objections.first().type, QStringLiteral("Price"));
        QCOMPARE(run.objections.first().actor, QStringLiteral("ai:cascade"));
        QVERIFY(run.objections.first().isOpen());
    }

    // The model was offered the script tools and told the script; it saw the strict refusal.
    const auto chats = ai.requests(fakes::FakeOpenAiServer::Endpoint::Chat);
    QVERIFY(chats.size() >= 5);
    const QJsonObject first = chats.first().json;
    QStringList offered;
    for (const QJsonValue& tool : first.value(QStringLiteral("tools")).toArray()) {
        offered.append(tool.toObject().value(QStringLiteral("function")).toObject().value(QStringLiteral("name")).toString());
    }
    QVERIFY2(offered.contains(QStringLiteral("complete_milestone")) && offered.contains(QStringLiteral("log_objection")),
             qPrintable(offered.join(u',')));
    const QString system = QString::fromUtf8(chats.first().body);
    QVERIFY(system.contains(QLatin1String("M1 Context & Frame")));
    QVERIFY(system.contains(QLatin1String("strictly in order")));
    bool sawRefusal = false;
    for (const auto& request : chats) {
        const QString body = QString::fromUtf8(request.body);
        sawRefusal = sawRefusal || (body.contains(QLatin1String("call_1")) && body.contains(QLatin1String("\\\"ok\\\":false")));
    }
    QVERIFY(sawRefusal);
    store.close();
}

void TestScriptAiCall::humanCallIsAttachedAndEndedByThePerson()
{
    // The person at the desk drives the milestones in the control panel; the engine links the call
    // to the run and ends the run with the call, in the person's name.
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setValue(SettingKeys::ListenAddress, QStringLiteral("127.0.0.1:0"));
    MemoryCredentialStore credentials;
    Store store(dir.filePath(QStringLiteral("calldeck.sqlite")));
    QVERIFY(store.open().ok());
    {
        UserProfile me;
        me.fullName = QStringLiteral("Alex Morgan");
        QVERIFY(store.runSync([me](QSqlDatabase& db) { return ProfileRepository(db).saveProfile(me); }).ok());
        Engine engine(settings, credentials);
        engine.setStore(&store);
        engine.setAudioInput(std::make_unique<fakes::ScriptedAudioInput>());
        engine.setAudioOutput(std::make_unique<fakes::CapturingAudioOutput>());
        ScriptHub* hub = engine.scriptHub();
        QVERIFY(hub != nullptr);
        auto started = engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(started.isFinished(), 10000);
        QVERIFY(started.result().ok());

        const Result<Prospect> dana = store.runSync([](QSqlDatabase& db) {
            Prospect p;
            p.contact.name = QStringLiteral("Dana Ruiz");
            p.contact.phoneE164 = kDana;
            p.profile.clientCount = 900;
            return ProspectRepository(db).add(p);
        });
        QVERIFY(dana.ok());
        NewScriptRun request;
        request.prospectId = dana.value().contact.id;
        request.mode = ScriptMode::Flexible;
        request.actor = QStringLiteral("agent:Alex Morgan");
        const Result<ScriptRunView> created = await(hub->create(request));
        QVERIFY(created.ok());
        const qint64 runId = created.value().id;
        QVERIFY(await(hub->start(runId, QStringLiteral("Checklist done on paper"), QStringLiteral("agent:Alex Morgan"))).ok());

        CallRequest call;
        call.to = kDana;
        call.provider = QStringLiteral("sandbox");
        call.persona = QStringLiteral("prospect");
        call.agent = QStringLiteral("human");
        call.scriptRunId = runId;
        const Result<QString> placed = await(engine.placeCall(call));
        QVERIFY2(placed.ok(), qPrintable(placed.error().message));
        const QString key = placed.value();
        QTRY_VERIFY_WITH_TIMEOUT(await(hub->load(runId)).value().callKey == key, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(engine.snapshot(key).mediaConnected, 20000);
        engine.hangUp(key);
        QTRY_VERIFY_WITH_TIMEOUT(engine.snapshot(key).state == CallState::Ended, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(await(hub->load(runId)).value().status == ScriptRunStatus::Completed, 30000);
        const ScriptRunView run = await(hub->load(runId)).value();
        QVERIFY(run.sessionId > 0);
        bool endedByPerson = false;
        for (const ScriptEvent& event : run.events) {
            endedByPerson = endedByPerson || (event.kind == u"complete" && event.actor == u"agent:Alex Morgan");
        }
        QVERIFY(endedByPerson);
    }
    store.close();
}

QTEST_GUILESS_MAIN(TestScriptAiCall)
#include "tst_script_ai_call.moc"
