#include "compliance/AttestationForm.h"
#include "compliance/AttestationRepository.h"
#include "fakes/FakeCallLauncher.h"
#include "queue/CallQueue.h"
#include "queue/QueueScheduler.h"
#include "store/CallRepository.h"
#include "store/SqlSupport.h"
#include "store/Store.h"
#include "tasks/TaskRepository.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

#include <atomic>
#include <memory>

using namespace calldeck;

namespace {

std::atomic<int> g_refusals{0};

/// Counts the attestation gate's refusal lines in the log.
void countRefusals(QtMsgType, const QMessageLogContext&, const QString& message)
{
    if (message.contains(QLatin1String("refused: no attestation"))) {
        ++g_refusals;
    }
}

} // namespace

class TestCallQueue : public QObject
{
    Q_OBJECT

private:
    /// A ready_to_call task from the manual form; signed unless told otherwise.
    qint64 addTask(TaskPriority priority, bool signedOff = true, const QDateTime& scheduledForUtc = {},
                   const QString& phone = QStringLiteral("+15555550100"))
    {
        ManualCallRequest request;
        request.phone = phone;
        request.contactName = QStringLiteral("Bright Smile Dental");
        request.purpose = CallPurpose::OtherBusiness;
        request.objective = QStringLiteral("Book the earliest cleaning appointment");
        request.priority = priority;
        request.scheduledForUtc = scheduledForUtc;
        request.timeZone = QStringLiteral("America/New_York");
        const Result<CallTask> task = m_store->runSync(
            [&](QSqlDatabase& db) { return TaskRepository(db, m_now).createFromManualForm(request); });
        if (!task.ok()) {
            qWarning("addTask: %s", qPrintable(task.error().message));
            return 0;
        }
        if (signedOff && !sign(task.value().id))
            return 0;
        return task.value().id;
    }

    bool sign(qint64 taskId)
    {
        AttestationForm form;
        form.acceptAll();
        form.fullName = QStringLiteral("Alex Morgan");
        return m_store->runSync([&](QSqlDatabase& db) { return AttestationRepository(db).sign(taskId, form).ok(); });
    }

    /// What Call now does to the database, without the pass that follows it.
    bool release(qint64 taskId)
    {
        return m_store->runSync(
            [&](QSqlDatabase& db) { return QueueScheduler(db, RateLimits{}, m_now).release(taskId).ok(); });
    }

    /// A signed task the person already asked to call.
    qint64 addReleasedTask(TaskPriority priority)
    {
        const qint64 id = addTask(priority);
        return id != 0 && release(id) ? id : 0;
    }

    CallTask task(qint64 id)
    {
        return m_store->runSync([id](QSqlDatabase& db) { return TaskRepository(db).get(id); }).value();
    }

    /// Runs one scheduling pass to its end.
    void pass()
    {
        QSignalSpy finished(m_queue.get(), &CallQueue::tickFinished);
        m_queue->tick();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 15000);
    }

    std::unique_ptr<CallQueue> makeQueue()
    {
        auto queue = std::make_unique<CallQueue>(*m_store, *m_launcher);
        queue->setClock([this] { return m_now; });
        queue->setTickIntervalMs(0);
        return queue;
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<Store>(QStringLiteral(":memory:"));
        QVERIFY(m_store->open().ok());
        m_now = QDateTime::currentDateTimeUtc();
        m_launcher = std::make_unique<FakeCallLauncher>();
        m_queue = makeQueue();
    }

    void cleanup()
    {
        m_queue.reset();
        m_launcher.reset();
        m_store.reset();
    }

    void closedCallingHoursRescheduleToTheNextOpening()
    {
        // Tuesday 2026-12-08 20:30 in Miami: Florida's window closed at 20:00.
        m_now = QDateTime::fromString(QStringLiteral("2026-12-09T01:30:00Z"), Qt::ISODate);
        // Call now was pressed at 20:30 Miami time: the queue waits for the window instead.
        const qint64 id = addTask(TaskPriority::Normal, true, {}, QStringLiteral("+13055550147"));
        QVERIFY(id);
        QVERIFY(release(id));
        QSignalSpy rescheduled(m_queue.get(), &CallQueue::taskRescheduled);
        pass();
        QVERIFY(m_launcher->dialled().isEmpty());
        QCOMPARE(rescheduled.count(), 1);
        const QDateTime opening = rescheduled.first().at(1).toDateTime();
        QCOMPARE(opening, QDateTime::fromString(QStringLiteral("2026-12-09T13:00:00Z"), Qt::ISODate)); // 08:00 there
        const QString reason = rescheduled.first().at(2).toString();
        QVERIFY2(reason.contains(u"Florida allows sales calls until 20:00"), qPrintable(reason));
        QCOMPARE(task(id).failureReason, reason);
        QCOMPARE(task(id).status, TaskStatus::ReadyToCall);
        m_now = opening;
        pass();
        QCOMPARE(m_launcher->dialled().size(), 1);
    }

    void dialsAtMostTheLimitHighPriorityFirst()
    {
        m_queue->setMaxConcurrentCalls(2);
        const qint64 low = addReleasedTask(TaskPriority::Low);
        const qint64 normal = addReleasedTask(TaskPriority::Normal);
        const qint64 highOld = addReleasedTask(TaskPriority::High);
        const qint64 highNew = addReleasedTask(TaskPriority::High);
        QVERIFY(low && normal && highOld && highNew);

        pass();
        QCOMPARE(m_launcher->dialled(), (QList<qint64>{highOld, highNew}));
        QCOMPARE(task(highOld).status, TaskStatus::InProgress);
        QCOMPARE(task(normal).status, TaskStatus::ReadyToCall);
        pass(); // full: nothing more is dialled
        QCOMPARE(m_launcher->dialled().size(), 2);

        // A call ends: its task is completed and the freed slot goes to the next in line.
        QVERIFY(m_launcher->end(highOld, QStringLiteral("completed")));
        QTRY_COMPARE_WITH_TIMEOUT(m_launcher->dialled().size(), 3, 15000);
        QCOMPARE(m_launcher->dialled().last(), normal);
        QCOMPARE(task(highOld).status, TaskStatus::Completed);
        QCOMPARE(task(low).status, TaskStatus::ReadyToCall);
    }

    void scheduledTaskWaitsForItsTime()
    {
        const qint64 later = addTask(TaskPriority::High, true, m_now.addSecs(30 * 60));
        QVERIFY(later);
        pass();
        QVERIFY(m_launcher->dialled().isEmpty());
        m_now = m_now.addSecs(29 * 60);
        pass();
        QVERIFY(m_launcher->dialled().isEmpty());
        m_now = m_now.addSecs(60);
        pass();
        QCOMPARE(m_launcher->dialled(), QList<qint64>{later});
    }

    void retriesWithBackoffThenFails()
    {
        const qint64 id = addReleasedTask(TaskPriority::Normal); // default settings: auto retry, 2 retries
        QVERIFY(id);
        pass();
        QCOMPARE(m_launcher->dialled().size(), 1);

        QVERIFY(m_launcher->end(id, QStringLiteral("busy"), QStringLiteral("The line was busy.")));
        QTRY_COMPARE_WITH_TIMEOUT(task(id).status, TaskStatus::ReadyToCall, 15000);
        CallTask waiting = task(id);
        QCOMPARE(waiting.retryCount, 1);
        QCOMPARE(waiting.scheduledForUtc.toSecsSinceEpoch(), m_now.addSecs(2 * 60).toSecsSinceEpoch());
        QVERIFY2(waiting.failureReason.contains(QLatin1String("busy")), qPrintable(waiting.failureReason));
        QVERIFY2(waiting.failureReason.contains(QLatin1String("Retry 1 of 2")), qPrintable(waiting.failureReason));
        pass();
        QCOMPARE(m_launcher->dialled().size(), 1); // not before the backoff

        m_now = m_now.addSecs(2 * 60);
        pass();
        QCOMPARE(m_launcher->dialled().size(), 2);
        QVERIFY(m_launcher->end(id, QStringLiteral("no-answer")));
        QTRY_COMPARE_WITH_TIMEOUT(task(id).status, TaskStatus::ReadyToCall, 15000);
        QCOMPARE(task(id).retryCount, 2);
        QCOMPARE(task(id).scheduledForUtc.toSecsSinceEpoch(), m_now.addSecs(5 * 60).toSecsSinceEpoch());

        m_now = m_now.addSecs(5 * 60);
        pass();
        QCOMPARE(m_launcher->dialled().size(), 3);
        QVERIFY(m_launcher->end(id, QStringLiteral("failed"), QStringLiteral("The carrier rejected the call.")));
        QTRY_COMPARE_WITH_TIMEOUT(task(id).status, TaskStatus::Failed, 15000);
        const CallTask failed = task(id);
        QVERIFY2(failed.failureReason.contains(QLatin1String("carrier rejected")), qPrintable(failed.failureReason));
        QVERIFY2(failed.failureReason.contains(QLatin1String("No retries left")), qPrintable(failed.failureReason));
        m_now = m_now.addSecs(60 * 60);
        pass();
        QCOMPARE(m_launcher->dialled().size(), 3);
    }

    void cancelsQueuedAndLiveCalls()
    {
        const qint64 queued = addTask(TaskPriority::Normal, true, m_now.addSecs(10 * 60));
        const qint64 live = addReleasedTask(TaskPriority::Normal);
        QVERIFY(queued && live);
        pass();
        QCOMPARE(m_launcher->dialled(), QList<qint64>{live});
        const QString key = m_queue->callKeyOf(live);
        QVERIFY(!key.isEmpty());

        QFuture<Result<CallTask>> cancelled = m_queue->cancel(live);
        QTRY_VERIFY_WITH_TIMEOUT(cancelled.isFinished(), 15000);
        QVERIFY(cancelled.result().ok());
        QCOMPARE(m_launcher->hungUp(), QStringList{key});
        QTRY_COMPARE_WITH_TIMEOUT(task(live).status, TaskStatus::Cancelled, 15000);

        QFuture<Result<CallTask>> dropped = m_queue->cancel(queued);
        QTRY_VERIFY_WITH_TIMEOUT(dropped.isFinished(), 15000);
        QCOMPARE(task(queued).status, TaskStatus::Cancelled);
        m_now = m_now.addSecs(60 * 60);
        pass();
        QCOMPARE(m_launcher->dialled(), QList<qint64>{live}); // neither is dialled (again)
        QCOMPARE(task(live).retryCount, 0);
    }

    void signedTaskWaitsForCallNow()
    {
        // Signing the attestation says what the caller promises; it is not a request to dial.
        const qint64 id = addTask(TaskPriority::High);
        QVERIFY(id);
        QCOMPARE(task(id).status, TaskStatus::ReadyToCall);
        pass();
        m_now = m_now.addSecs(60 * 60);
        pass();
        QVERIFY(m_launcher->dialled().isEmpty());
        QCOMPARE(task(id).status, TaskStatus::ReadyToCall);

        QSignalSpy started(m_queue.get(), &CallQueue::callStarted);
        QFuture<Result<CallTask>> pressed = m_queue->callNow(id);
        QTRY_COMPARE_WITH_TIMEOUT(m_launcher->dialled(), QList<qint64>{id}, 15000);
        QVERIFY(pressed.result().ok());
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 15000);
        QCOMPARE(task(id).status, TaskStatus::InProgress);
    }

    void callNowRefusesATaskThatIsNotReady()
    {
        const qint64 id = addReleasedTask(TaskPriority::Normal);
        QVERIFY(id);
        pass();
        QCOMPARE(m_launcher->dialled(), QList<qint64>{id});
        QSignalSpy errors(m_queue.get(), &CallQueue::error);
        QFuture<Result<CallTask>> again = m_queue->callNow(id);
        QTRY_VERIFY_WITH_TIMEOUT(again.isFinished(), 15000);
        QVERIFY(!again.result().ok());
        QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 15000);
        QCOMPARE(m_launcher->dialled(), QList<qint64>{id}); // a second press is not a second call
    }

    void unsignedTaskIsHeldOnceWithTheReason()
    {
        // Due at its scheduled time but never signed.
        const qint64 id = addTask(TaskPriority::High, false, m_now.addSecs(60));
        QVERIFY(id);
        m_now = m_now.addSecs(2 * 60);
        QSignalSpy held(m_queue.get(), &CallQueue::taskHeld);
        QLoggingCategory::setFilterRules(QStringLiteral("calldeck.compliance.info=true"));
        g_refusals = 0;
        const QtMessageHandler previous = qInstallMessageHandler(countRefusals);
        pass();
        QVERIFY(m_launcher->dialled().isEmpty());
        QCOMPARE(held.count(), 1);
        QCOMPARE(held.first().at(0).toLongLong(), id);
        const QString reason = held.first().at(1).toString();
        QVERIFY2(reason.contains(QLatin1String("attestation"), Qt::CaseInsensitive), qPrintable(reason));
        QCOMPARE(task(id).status, TaskStatus::ReadyToCall);
        QCOMPARE(task(id).failureReason, reason);
        QVERIFY(!task(id).scheduledForUtc.isValid());

        // Said once: later passes neither check the gate again nor repeat the reason.
        pass();
        pass();
        qInstallMessageHandler(previous);
        QCOMPARE(held.count(), 1);
        QCOMPARE(g_refusals.load(), 1);

        // Signing alone still does not dial; Call now does.
        QVERIFY(sign(id));
        pass();
        QVERIFY(m_launcher->dialled().isEmpty());
        m_queue->callNow(id);
        QTRY_COMPARE_WITH_TIMEOUT(m_launcher->dialled(), QList<qint64>{id}, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(task(id).failureReason.isEmpty(), 15000);
    }

    void rateLimitReschedulesToTheRetryTime()
    {
        RateLimits limits;
        limits.manualPerHour = 1;
        m_queue->setRateLimits(limits);
        const qint64 earlier = addReleasedTask(TaskPriority::Normal);
        const qint64 id = addReleasedTask(TaskPriority::Normal);
        QVERIFY(earlier && id);
        // One manual call started ten minutes ago fills this hour.
        const QDateTime startedAt = m_now.addSecs(-10 * 60);
        const bool inserted = m_store->runSync([&](QSqlDatabase& db) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("INSERT INTO call_sessions (task_id, attempt, provider, status, created_at,"
                                         " updated_at) VALUES (:task, 1, 'sandbox', 'completed', :at, :at)"));
            query.bindValue(QStringLiteral(":task"), earlier);
            query.bindValue(QStringLiteral(":at"), sql::toText(startedAt));
            return query.exec();
        });
        QVERIFY(inserted);
        QVERIFY(m_store->runSync([&](QSqlDatabase& db) {
            return TaskRepository(db).transition(earlier, TaskStatus::Cancelled).ok();
        }));

        QSignalSpy rescheduled(m_queue.get(), &CallQueue::taskRescheduled);
        pass();
        QVERIFY(m_launcher->dialled().isEmpty());
        QCOMPARE(rescheduled.count(), 1);
        const QDateTime retryAt = rescheduled.first().at(1).toDateTime();
        QCOMPARE(retryAt.toSecsSinceEpoch(), startedAt.addSecs(60 * 60).toSecsSinceEpoch());
        QVERIFY(!rescheduled.first().at(2).toString().isEmpty());
        const CallTask waiting = task(id);
        QCOMPARE(waiting.status, TaskStatus::ReadyToCall);
        QCOMPARE(waiting.scheduledForUtc.toSecsSinceEpoch(), retryAt.toSecsSinceEpoch());

        m_now = retryAt.addSecs(1);
        pass();
        QCOMPARE(m_launcher->dialled(), QList<qint64>{id});
    }

    void restartRecoversInterruptedWork()
    {
        // The previous run: one task live with a connected call, one live on its last retry.
        const qint64 resumed = addTask(TaskPriority::Normal);
        const qint64 exhausted = addTask(TaskPriority::Normal);
        QVERIFY(resumed && exhausted);
        const bool prepared = m_store->runSync([&](QSqlDatabase& db) {
            TaskRepository tasks(db);
            bool ok = tasks.transition(resumed, TaskStatus::InProgress).ok();
            for (int i = 0; i < 2; ++i) {
                ok = ok && tasks.transition(exhausted, TaskStatus::InProgress).ok()
                     && tasks.transition(exhausted, TaskStatus::ReadyToCall).ok();
            }
            ok = ok && tasks.transition(exhausted, TaskStatus::InProgress).ok();
            NewCallRecord record;
            record.taskId = resumed;
            record.callKey = QStringLiteral("c-before-restart");
            record.toE164 = QStringLiteral("+15555550100");
            record.provider = QStringLiteral("sandbox");
            CallRepository calls(db);
            const Result<CallRecordIds> ids = calls.begin(record);
            return ok && ids.ok()
                   && calls.updateStatus(ids.value().sessionId, QStringLiteral("connected"), {}, m_now, {}, {}).ok();
        });
        QVERIFY(prepared);

        QFuture<Result<QueueRecovery>> started = m_queue->start();
        QTRY_VERIFY_WITH_TIMEOUT(started.isFinished(), 15000);
        const Result<QueueRecovery> recovery = started.result();
        QVERIFY(recovery.ok());
        QCOMPARE(recovery.value().interruptedSessions, 1);
        QCOMPARE(recovery.value().requeuedTaskIds, QList<qint64>{resumed});
        QCOMPARE(recovery.value().failedTaskIds, QList<qint64>{exhausted});
        QCOMPARE(task(exhausted).status, TaskStatus::Failed);
        // The interrupted task is dialled again right after start, as its next attempt.
        QTRY_COMPARE_WITH_TIMEOUT(m_launcher->dialled(), QList<qint64>{resumed}, 15000);
        QCOMPARE(task(resumed).retryCount, 1);
        const QString status = m_store->runSync([](QSqlDatabase& db) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT status FROM call_sessions WHERE call_key = 'c-before-restart'"));
            return query.next() ? query.value(0).toString() : QString();
        });
        QCOMPARE(status, QStringLiteral("interrupted"));
    }

    void refusedPlacementCountsAsAFailedAttempt()
    {
        const qint64 id = addReleasedTask(TaskPriority::Normal);
        QVERIFY(id);
        m_launcher->refuseWith(QStringLiteral("The telephony provider is unreachable."));
        pass();
        QTRY_COMPARE_WITH_TIMEOUT(task(id).status, TaskStatus::ReadyToCall, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(task(id).retryCount, 1, 15000);
        QVERIFY(task(id).failureReason.contains(QLatin1String("unreachable")));
    }

private:
    std::unique_ptr<Store> m_store;
    std::unique_ptr<FakeCallLauncher> m_launcher;
    std::unique_ptr<CallQueue> m_queue;
    QDateTime m_now;
};

QTEST_GUILESS_MAIN(TestCallQueue)
#include "tst_call_queue.moc"
