#include "conversation/openai/OpenAiClient.h"
#include "core/SyncWait.h"
#include "fakes/FakeOpenAiServer.h"
#include "store/Store.h"
#include "tasks/AiPlanner.h"
#include "tasks/TaskPlanner.h"
#include "tasks/TaskRepository.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace calldeck;
using fakes::FakeOpenAiServer;

namespace {

const QDateTime kNow(QDate(2026, 11, 18), QTime(15, 0), Qt::UTC);
const QString kKey = QStringLiteral("sk-test-task-planner-0123456789");
const QString kDental = QStringLiteral(
    "Call Bright Smile Dental at +1 555 555 0100 and get the earliest cleaning appointment this week, under $150");

} // namespace

/// TaskPlanner end to end: a sentence saved in the store, planned offline or by the (fake) AI, then
/// clarified by the user.
class TestTaskPlanner : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Store> m_store;
    std::unique_ptr<TaskPlanner> m_planner;
    QNetworkAccessManager m_network;

    qint64 newTask(const QString& instruction)
    {
        InstructionRequest request;
        request.instruction = instruction;
        request.timeZone = QStringLiteral("America/New_York");
        const Result<CallTask> task = m_store->runSync(
            [&request](QSqlDatabase& db) { return TaskRepository(db, kNow).createFromInstruction(request); });
        return task ? task.value().id : 0;
    }

    CallTask stored(qint64 id)
    {
        return m_store->runSync([id](QSqlDatabase& db) { return TaskRepository(db, kNow).get(id); }).value();
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<Store>(QStringLiteral(":memory:"));
        QVERIFY(m_store->open().ok());
        m_planner = std::make_unique<TaskPlanner>(*m_store);
        m_planner->setClock([] { return kNow; });
    }

    void cleanup()
    {
        m_planner.reset();
        m_store.reset();
    }

    void offlinePlanMakesTheDentalTaskReady()
    {
        const qint64 id = newTask(kDental);
        QVERIFY(id > 0);
        QSignalSpy changed(m_planner.get(), &TaskPlanner::taskChanged);
        const Result<CallTask> task = syncResult(m_planner->plan(id));
        QVERIFY2(task.ok(), qPrintable(task.error().message));
        QCOMPARE(task.value().status, TaskStatus::ReadyToCall);
        QCOMPARE(task.value().phoneE164, QStringLiteral("+15555550100"));
        QCOMPARE(task.value().contactName, QStringLiteral("Bright Smile Dental"));
        QCOMPARE(task.value().maxPriceCents, 15000);
        QCOMPARE(task.value().plan->hardConstraints.earliestDate, QDate(2026, 11, 18));
        QCOMPARE(task.value().plan->hardConstraints.latestDate, QDate(2026, 11, 22));
        QVERIFY(task.value().plan->notices.first().contains(QLatin1String("No AI is configured")));
        QCOMPARE(changed.size(), 2); // preparing, then ready_to_call
        QCOMPARE(changed.at(0).at(0).value<CallTask>().status, TaskStatus::Preparing);
        QCOMPARE(stored(id).status, TaskStatus::ReadyToCall);
    }

    void missingNumberWaitsThenAnswersMakeItReady()
    {
        const qint64 id = newTask(QStringLiteral("Call Bright Smile Dental and book a cleaning on Friday"));
        const Result<CallTask> waiting = syncResult(m_planner->plan(id));
        QVERIFY2(waiting.ok(), qPrintable(waiting.error().message));
        QCOMPARE(waiting.value().status, TaskStatus::WaitingForUser);
        QCOMPARE(waiting.value().plan->missingInfo.size(), 1);
        QCOMPARE(waiting.value().plan->missingInfo.first().key, QStringLiteral("phone_number"));
        QVERIFY(waiting.value().plan->missingInfo.first().question.contains(QLatin1String("phone number")));

        const Result<CallTask> refused =
            syncResult(m_planner->answerClarifications(id, {{QStringLiteral("phone_number"), QStringLiteral("not sure")}}));
        QVERIFY(!refused.ok());
        QCOMPARE(stored(id).status, TaskStatus::WaitingForUser);

        const Result<CallTask> ready = syncResult(
            m_planner->answerClarifications(id, {{QStringLiteral("phone_number"), QStringLiteral("+1 555 555 0100")}}));
        QVERIFY2(ready.ok(), qPrintable(ready.error().message));
        QCOMPARE(ready.value().status, TaskStatus::ReadyToCall);
        QCOMPARE(ready.value().phoneE164, QStringLiteral("+15555550100"));
        QCOMPARE(stored(id).plan->answers.value(QStringLiteral("phone_number")), QStringLiteral("+1 555 555 0100"));
    }

    void onlyPendingTasksArePlanned()
    {
        const qint64 id = newTask(kDental);
        QVERIFY(syncResult(m_planner->plan(id)).ok());
        const Result<CallTask> again = syncResult(m_planner->plan(id));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        QCOMPARE(stored(id).status, TaskStatus::ReadyToCall);
        QCOMPARE(syncResult(m_planner->plan(4242)).error().code, ErrorCode::NotFound);
    }

    void aiPlanWithMissingInfoWaitsForTheUser()
    {
        FakeOpenAiServer server(kKey);
        FakeOpenAiServer::ChatReply reply;
        reply.text = QStringLiteral(
            "{\"goal\": \"Book a table for four\", \"contact_type\": \"restaurant\", \"contact_name\": \"Luigi's\","
            " \"phone_number\": \"+15555550177\", \"steps\": [\"Ask for a table\"],"
            " \"missing_info\": [{\"key\": \"party_time\", \"question\": \"What time should the table be for?\"}]}");
        server.queueChat(reply);
        OpenAiClient client(m_network, server.start(), kKey);
        AiPlanner ai(client, QStringLiteral("gpt-4o-mini"));
        m_planner->setAiPlanner(&ai);

        const qint64 id = newTask(QStringLiteral("Book a table for four at Luigi's"));
        const Result<CallTask> task = syncResult(m_planner->plan(id));
        QVERIFY2(task.ok(), qPrintable(task.error().message));
        QCOMPARE(task.value().plan->source, PlanSource::Ai);
        QCOMPARE(task.value().status, TaskStatus::WaitingForUser);
        QCOMPARE(task.value().phoneE164, QStringLiteral("+15555550177"));

        const Result<CallTask> ready =
            syncResult(m_planner->answerClarifications(id, {{QStringLiteral("party_time"), QStringLiteral("7:30 pm")}}));
        QCOMPARE(ready.value().status, TaskStatus::ReadyToCall);
        QCOMPARE(ready.value().plan->answers.value(QStringLiteral("party_time")), QStringLiteral("7:30 pm"));
    }

    void aiFailureStillPlansOfflineAndSaysWhy()
    {
        FakeOpenAiServer server(kKey);
        OpenAiClient client(m_network, server.start(), QStringLiteral("sk-wrong-key-for-planner-xyz"));
        AiPlanner ai(client, QStringLiteral("gpt-4o-mini"));
        m_planner->setAiPlanner(&ai);

        const qint64 id = newTask(kDental);
        const Result<CallTask> task = syncResult(m_planner->plan(id));
        QVERIFY2(task.ok(), qPrintable(task.error().message));
        QCOMPARE(task.value().status, TaskStatus::ReadyToCall);
        QCOMPARE(task.value().plan->source, PlanSource::Offline);
        QVERIFY2(task.value().plan->notices.first().contains(QLatin1String("API key")),
                 qPrintable(task.value().plan->notices.first()));
        QVERIFY(!task.value().plan->notices.first().contains(QLatin1String("sk-wrong-key")));
    }
};

QTEST_GUILESS_MAIN(TestTaskPlanner)
#include "tst_task_planner.moc"
