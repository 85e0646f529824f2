#include "calls/CallTools.h"
#include "script/ProspectRepository.h"
#include "script/ScriptAgentTools.h"
#include "script/ScriptHub.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <optional>

using namespace calldeck;

namespace {

const QString kActor = QStringLiteral("ai:offline");

template <class T>
T await(const QFuture<T>& future)
{
    [[maybe_unused]] const bool done = QTest::qWaitFor([&] { return future.isFinished(); }, 20000);
    return future.result();
}

QJsonObject output(const ToolResult& result)
{
    return QJsonDocument::fromJson(result.output.toUtf8()).object();
}

} // namespace

/// The AI's script tools against the real ScriptHub and a database: what strict mode refuses and
/// how the refusal reads, field validation, skips, and an objection from log to resolution.
class TestScriptAgentTools : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<Store>(m_dir->filePath(QStringLiteral("calldeck.sqlite")));
        QVERIFY(m_store->open().ok());
        m_hub = std::make_unique<ScriptHub>(m_store.get(), nullptr);
        const Result<Prospect> dana = m_store->runSync([](QSqlDatabase& db) {
            Prospect p;
            p.contact.name = QStringLiteral("Dana Ruiz");
            p.contact.phoneE164 = QStringLiteral("+15555550102");
            p.profile.clientCount = 620;
            return ProspectRepository(db).add(p);
        });
        QVERIFY2(dana.ok(), qPrintable(dana.error().message));
        m_prospectId = dana.value().contact.id;
    }
    void cleanup()
    {
        m_hub.reset();
        m_store->close();
        m_store.reset();
        m_dir.reset();
    }

    void strictRefusalComesBackToTheModel()
    {
        auto tools = startedTools(ScriptMode::Strict);
        QVERIFY(tools);
        // Nothing recorded yet: completing M1 is refused and the error says what is missing.
        const ToolResult refused = run(*tools, QStringLiteral("complete_milestone"), {{QStringLiteral("milestone"), 1}});
        QVERIFY(!refused.ok);
        QCOMPARE(output(refused).value(QStringLiteral("ok")).toBool(true), false);
        const QString error = output(refused).value(QStringLiteral("error")).toString();
        QVERIFY2(error.contains(QLatin1String("Reason for the call")) || error.contains(QLatin1String("reason_for_call")),
                 qPrintable(error));
        // Out of order is refused as well.
        const ToolResult early = run(*tools, QStringLiteral("complete_milestone"), {{QStringLiteral("milestone"), 2}});
        QVERIFY(!early.ok);
        QVERIFY(!output(early).value(QStringLiteral("error")).toString().isEmpty());
        // Nothing changed: M1 is current and still in progress, its questions unchecked.
        const ScriptRunView run = await(m_hub->load(tools->runId())).value();
        QCOMPARE(run.currentMilestone, 1);
        QCOMPARE(run.response(1)->state, MilestoneState::InProgress);
        QVERIFY(run.response(1)->questionsChecked.isEmpty());
        // Strict mode allows no skips either.
        QVERIFY(!this->run(*tools, QStringLiteral("skip_milestone"),
                           {{QStringLiteral("milestone"), 1}, {QStringLiteral("reason"), QStringLiteral("in a hurry")}})
                     .ok);
    }

    void fieldsAreValidatedStoredAndCompleteTheMilestone()
    {
        auto tools = startedTools(ScriptMode::Strict);
        QVERIFY(tools);
        QSignalSpy changed(m_hub.get(), &ScriptHub::runChanged);
        const ToolResult notBool = record(*tools, QStringLiteral("confirmed_expectation"), QStringLiteral("perhaps"));
        QVERIFY(!notBool.ok);
        QVERIFY(!output(notBool).value(QStringLiteral("error")).toString().isEmpty());
        QVERIFY(record(*tools, QStringLiteral("reason_for_call"), QStringLiteral("Losing track of client work")).ok);
        QVERIFY(record(*tools, QStringLiteral("confirmed_expectation"), QStringLiteral("true")).ok);
        const ToolResult done = run(*tools, QStringLiteral("complete_milestone"),
                                    {{QStringLiteral("milestone"), 1}, {QStringLiteral("summary"), QStringLiteral("Dana wants order.")}});
        QVERIFY2(done.ok, qPrintable(done.output));
        QCOMPARE(output(done).value(QStringLiteral("current_milestone")).toInt(), 2);
        QCOMPARE(output(done).value(QStringLiteral("done")).toString(), QStringLiteral("1/7"));
        QVERIFY(changed.size() >= 3);   // the control panel sees every step live

        // M2's number field without a milestone goes to the milestone that owns the key.
        const ToolResult lots = record(*tools, QStringLiteral("client_count"), QStringLiteral("lots"));
        QVERIFY(!lots.ok);
        QVERIFY(record(*tools, QStringLiteral("client_count"), QStringLiteral("620")).ok);

        const ScriptRunView run = await(m_hub->load(tools->runId())).value();
        const MilestoneResponse* m1 = run.response(1);
        QCOMPARE(m1->state, MilestoneState::Completed);
        QCOMPARE(m1->fields.value(QStringLiteral("reason_for_call")), QStringLiteral("Losing track of client work"));
        QCOMPARE(m1->questionsChecked.size(), run.script.milestone(1)->requiredQuestions.size());
        QCOMPARE(m1->confirmationsChecked.size(), run.script.milestone(1)->confirmations.size());
        QVERIFY(m1->notes.contains(QLatin1String("Dana wants order.")));
        QCOMPARE(run.response(2)->fields.value(QStringLiteral("client_count")), QStringLiteral("620"));
        QCOMPARE(run.currentMilestone, 2);
    }

    void flexibleSkipIsLoggedWithTheAi()
    {
        auto tools = startedTools(ScriptMode::Flexible);
        QVERIFY(tools);
        QVERIFY(!run(*tools, QStringLiteral("skip_milestone"), {{QStringLiteral("milestone"), 1}, {QStringLiteral("reason"), QString()}}).ok);
        const ToolResult skipped = run(*tools, QStringLiteral("skip_milestone"),
                                       {{QStringLiteral("milestone"), 1}, {QStringLiteral("reason"), QStringLiteral("Framed by email already")}});
        QVERIFY2(skipped.ok, qPrintable(skipped.output));
        const ScriptRunView run = await(m_hub->load(tools->runId())).value();
        QCOMPARE(run.response(1)->state, MilestoneState::Skipped);
        QCOMPARE(run.currentMilestone, 2);
        bool logged = false;
        for (const ScriptEvent& event : run.events) {
            logged = logged || (event.kind == u"skip" && event.actor == kActor && event.reason == u"Framed by email already");
        }
        QVERIFY(logged);
    }

    void objectionFromLogToResolution()
    {
        auto tools = startedTools(ScriptMode::Strict);
        QVERIFY(tools);
        QSignalSpy objections(m_hub.get(), &ScriptHub::objectionChanged);
        QVERIFY(!run(*tools, QStringLiteral("log_objection"),
                     {{QStringLiteral("type"), QStringLiteral("Weather")}, {QStringLiteral("note"), QStringLiteral("Rainy")}})
                     .ok);
        const ToolResult logged = run(*tools, QStringLiteral("log_objection"),
                                      {{QStringLiteral("type"), QStringLiteral("Price")},
                                       {QStringLiteral("note"), QStringLiteral("It sounds expensive.")}});
        QVERIFY2(logged.ok, qPrintable(logged.output));
        const qint64 id = output(logged).value(QStringLiteral("objection_id")).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(output(logged).value(QStringLiteral("diagnostic_questions")).toArray().first().toString(),
                 QStringLiteral("Compared to what?"));
        QVERIFY(!run(*tools, QStringLiteral("resolve_objection"),
                     {{QStringLiteral("objection_id"), double(id)}, {QStringLiteral("outcome"), QStringLiteral("Forgotten")}})
                     .ok);
        const ToolResult resolved = run(*tools, QStringLiteral("resolve_objection"),
                                        {{QStringLiteral("objection_id"), double(id)},
                                         {QStringLiteral("outcome"), QStringLiteral("Resolved")},
                                         {QStringLiteral("answers"), QJsonArray{QStringLiteral("Compared to hiring someone.")}}});
        QVERIFY2(resolved.ok, qPrintable(resolved.output));
        QVERIFY(objections.size() >= 2);

        const ScriptRunView run = await(m_hub->load(tools->runId())).value();
        QCOMPARE(run.objections.size(), 1);
        const ObjectionRecord& objection = run.objections.first();
        QCOMPARE(objection.type, QStringLiteral("Price"));
        QCOMPARE(objection.note, QStringLiteral("It sounds expensive."));
        QCOMPARE(objection.outcome, QStringLiteral("Resolved"));
        QCOMPARE(objection.answers.value(0), QStringLiteral("Compared to hiring someone."));
        QCOMPARE(objection.actor, kActor);
        QVERIFY(!objection.isOpen());
    }

    void callToolsRouteScriptFieldsAndKeepTheirOwnRecord()
    {
        CallTools plain(m_store.get(), AssistantSettings{});
        std::optional<ToolResult> noScript;
        plain.run(ToolCall{QStringLiteral("1"), QStringLiteral("complete_milestone"), {{QStringLiteral("milestone"), 1}}, {}},
                  [&](const ToolResult& r) { noScript = r; });
        QTRY_VERIFY(noScript.has_value());
        QVERIFY(!noScript->ok);

        auto tools = startedTools(ScriptMode::Strict);
        QVERIFY(tools);
        const qint64 runId = tools->runId();
        CallTools call(m_store.get(), AssistantSettings{});
        call.setScriptTools(tools.release());
        QVERIFY(call.scriptTools()->handles(ToolCall{{}, QStringLiteral("record_field"), {{QStringLiteral("key"), QStringLiteral("reason_for_call")}}, {}}));
        std::optional<ToolResult> scripted;
        call.run(ToolCall{QStringLiteral("2"), QStringLiteral("record_field"),
                          {{QStringLiteral("key"), QStringLiteral("reason_for_call")}, {QStringLiteral("value"), QStringLiteral("Chaos")}}, {}},
                 [&](const ToolResult& r) { scripted = r; });
        QTRY_VERIFY_WITH_TIMEOUT(scripted.has_value(), 20000);
        QVERIFY2(scripted->ok, qPrintable(scripted->output));
        std::optional<ToolResult> other;
        call.run(ToolCall{QStringLiteral("3"), QStringLiteral("record_field"),
                          {{QStringLiteral("key"), QStringLiteral("callback_time")}, {QStringLiteral("value"), QStringLiteral("Friday")}}, {}},
                 [&](const ToolResult& r) { other = r; });
        QTRY_VERIFY(other.has_value());
        QVERIFY(other->ok);
        QCOMPARE(call.fields().size(), 2);
        const ScriptRunView run = await(m_hub->load(runId)).value();
        QCOMPARE(run.response(1)->fields.value(QStringLiteral("reason_for_call")), QStringLiteral("Chaos"));
        QVERIFY(!run.response(1)->fields.contains(QStringLiteral("callback_time")));
    }

private:
    std::unique_ptr<ScriptAgentTools> startedTools(ScriptMode mode)
    {
        NewScriptRun request;
        request.prospectId = m_prospectId;
        request.mode = mode;
        request.actor = QStringLiteral("agent:Alex Morgan");
        const Result<ScriptRunView> created = await(m_hub->create(request));
        if (!created) {
            qWarning() << created.error().message;
            return {};
        }
        const qint64 runId = created.value().id;
        QStringList keys;
        const Result<ScriptRunView> ticked = await(m_hub->apply([runId, &created](ScriptRunService& service) {
            Result<ScriptRunView> run = created;
            for (const ChecklistItem& item : created.value().script.checklist) {
                run = service.setChecklistItem(runId, item.id, true, QStringLiteral("agent:Alex Morgan"));
            }
            return run;
        }));
        const Result<ScriptRunView> started = await(m_hub->start(runId, QString(), QStringLiteral("agent:Alex Morgan")));
        if (!ticked || !started) {
            qWarning() << (ticked ? started.error().message : ticked.error().message);
            return {};
        }
        for (const ScriptMilestone& m : started.value().script.milestones) {
            for (const ScriptField& f : m.requiredFields) {
                keys.append(f.key);
            }
        }
        auto tools = std::make_unique<ScriptAgentTools>(m_hub.get(), runId, kActor);
        tools->setFieldKeys(keys);
        return tools;
    }

    ToolResult run(ScriptAgentTools& tools, const QString& name, const QJsonObject& args)
    {
        std::optional<ToolResult> out;
        tools.run(ToolCall{QStringLiteral("t"), name, args, {}}, [&out](const ToolResult& r) { out = r; });
        [[maybe_unused]] const bool done = QTest::qWaitFor([&] { return out.has_value(); }, 20000);
        return out.value_or(ToolResult{QStringLiteral("{}"), false, false});
    }
    ToolResult record(ScriptAgentTools& tools, const QString& key, const QString& value)
    {
        return run(tools, QStringLiteral("record_field"), {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}});
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ScriptHub> m_hub;
    qint64 m_prospectId = 0;
};

QTEST_GUILESS_MAIN(TestScriptAgentTools)
#include "tst_script_agent_tools.moc"
