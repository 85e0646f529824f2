#include "queue/CallQueue.h"

#include "compliance/CallingHours.h"
#include "core/FutureWatch.h"
#include "queue/CallLauncher.h"
#include "queue/QueueLog.h"
#include "queue/QueueScheduler.h"
#include "store/Store.h"
#include "tasks/TaskRepository.h"

namespace calldeck {

CallQueue::CallQueue(Store& store, CallLauncher& launcher, QObject* parent)
    : QObject(parent), m_store(store), m_launcher(&launcher)
{
    m_timer.setInterval(kDefaultTickIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &CallQueue::tick);
    connect(&launcher, &CallLauncher::callEnded, this, &CallQueue::onCallEnded);
    if (Result<std::shared_ptr<const CallingHours>> hours = CallingHours::shipped(); hours)
        m_hours = hours.value();
}

CallQueue::~CallQueue() = default;

void CallQueue::setTickIntervalMs(int intervalMs)
{
    if (intervalMs <= 0) {
        m_timer.stop();
        m_timer.setInterval(0);
        return;
    }
    m_timer.setInterval(intervalMs);
    if (m_started)
        m_timer.start();
}

QFuture<Result<QueueRecovery>> CallQueue::start()
{
    const RateLimits limits = m_limits;
    const QDateTime now = m_nowUtc();
    auto future = m_store.run([limits, now](QSqlDatabase& db) { return QueueScheduler(db, limits, now).recover(); });
    whenFinished(this, future, [this](const Result<QueueRecovery>& recovery) {
        if (!recovery) {
            qCWarning(lcQueue) << "Queue recovery failed:" << recovery.error().message;
            Q_EMIT error(recovery.error().message);
        } else if (recovery.value().interruptedSessions > 0 || !recovery.value().requeuedTaskIds.isEmpty()
                   || !recovery.value().failedTaskIds.isEmpty()) {
            qCInfo(lcQueue) << "Recovered:" << recovery.value().interruptedSessions << "interrupted calls,"
                            << recovery.value().requeuedTaskIds.size() << "tasks queued again,"
                            << recovery.value().failedTaskIds.size() << "failed";
        }
        m_started = true;
        if (m_timer.interval() > 0)
            m_timer.start();
        tick();
    });
    return future;
}

QList<qint64> CallQueue::activeTaskIds() const
{
    QList<qint64> ids = m_live.keys();
    for (qint64 id : m_placing)
        ids.append(id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

void CallQueue::tick()
{
    if (m_tickRunning) {
        m_tickAgain = true;
        return;
    }
    runTick();
}

void CallQueue::runTick()
{
    m_tickRunning = true;
    m_tickAgain = false;
    const int freeSlots = m_maxConcurrent - int(m_live.size() + m_placing.size());
    if (freeSlots <= 0) {
        m_tickRunning = false;
        Q_EMIT tickFinished();
        return;
    }
    QSet<qint64> busy(m_placing);
    for (auto it = m_live.cbegin(); it != m_live.cend(); ++it)
        busy.insert(it.key());
    const RateLimits limits = m_limits;
    const QDateTime now = m_nowUtc();
    auto future = m_store.run([limits, now, freeSlots, busy, hours = m_hours](QSqlDatabase& db) {
        QueueScheduler scheduler(db, limits, now);
        scheduler.setCallingHours(hours);
        return scheduler.pick(freeSlots, busy);
    });
    whenFinished(this, future, [this](const Result<QueueTick>& result) { onTickResult(result); });
}

void CallQueue::onTickResult(const Result<QueueTick>& result)
{
    if (!result) {
        qCWarning(lcQueue) << "Scheduling pass failed:" << result.error().message;
        Q_EMIT error(result.error().message);
    } else {
        for (const QueueHold& hold : result.value().held)
            Q_EMIT taskHeld(hold.taskId, hold.reason);
        for (const QueueReschedule& later : result.value().rescheduled)
            Q_EMIT taskRescheduled(later.taskId, later.atUtc, later.reason);
        for (const CallTask& task : result.value().toDial) {
            Q_EMIT taskChanged(task);
            dial(task);
        }
    }
    m_tickRunning = false;
    Q_EMIT tickFinished();
    if (m_tickAgain)
        tick();
}

void CallQueue::dial(const CallTask& task)
{
    if (!m_launcher) {
        applyOutcome(task.id, QStringLiteral("failed"), tr("No telephony is available to place the call."));
        return;
    }
    m_placing.insert(task.id);
    qCInfo(lcQueue) << "Dialling task" << task.id;
    const qint64 taskId = task.id;
    whenFinished(this, m_launcher->place(task), [this, taskId](const Result<QString>& placed) {
        m_placing.remove(taskId);
        if (!placed) {
            applyOutcome(taskId, QStringLiteral("failed"), placed.error().message);
            return;
        }
        const QString key = placed.value();
        if (m_cancelRequested.remove(taskId)) {
            if (m_launcher)
                m_launcher->hangUp(key);
            tick();
            return;
        }
        if (m_pendingEnds.contains(key)) {
            const auto [outcome, reason] = m_pendingEnds.take(key);
            applyOutcome(taskId, outcome, reason);
            return;
        }
        m_live.insert(taskId, key);
        Q_EMIT callStarted(taskId, key);
    });
}

void CallQueue::onCallEnded(const QString& callKey, const QString& outcome, const QString& reason)
{
    const qint64 taskId = m_live.key(callKey, 0);
    if (taskId == 0) {
        // The provider can report the end before place() resolved (a busy line answers at once).
        if (!m_placing.isEmpty())
            m_pendingEnds.insert(callKey, {outcome, reason});
        return;
    }
    m_live.remove(taskId);
    applyOutcome(taskId, outcome, reason);
}

void CallQueue::applyOutcome(qint64 taskId, const QString& outcome, const QString& reason)
{
    const RateLimits limits = m_limits;
    const QDateTime now = m_nowUtc();
    auto future = m_store.run([limits, now, taskId, outcome, reason](QSqlDatabase& db) {
        return QueueScheduler(db, limits, now).applyOutcome(taskId, outcome, reason);
    });
    whenFinished(this, future, [this](const Result<CallTask>& task) {
        if (!task) {
            qCWarning(lcQueue) << "Could not apply a call's outcome:" << task.error().message;
            Q_EMIT error(task.error().message);
        } else {
            Q_EMIT taskChanged(task.value());
        }
        tick(); // a slot is free again
    });
}

QFuture<Result<CallTask>> CallQueue::callNow(qint64 taskId)
{
    const RateLimits limits = m_limits;
    const QDateTime now = m_nowUtc();
    auto future = m_store.run(
        [limits, now, taskId](QSqlDatabase& db) { return QueueScheduler(db, limits, now).release(taskId); });
    whenFinished(this, future, [this](const Result<CallTask>& task) {
        if (!task) {
            Q_EMIT error(task.error().message);
            return;
        }
        Q_EMIT taskChanged(task.value());
        tick();
    });
    return future;
}

QFuture<Result<CallTask>> CallQueue::cancel(qint64 taskId)
{
    if (const QString key = m_live.take(taskId); !key.isEmpty()) {
        // Forgotten first, so the hang-up's "canceled" end finds no outcome left to apply.
        if (m_launcher)
            m_launcher->hangUp(key);
    } else if (m_placing.contains(taskId)) {
        m_cancelRequested.insert(taskId);
    }
    const QDateTime now = m_nowUtc();
    auto future = m_store.run([taskId, now](QSqlDatabase& db) { return TaskRepository(db, now).cancel(taskId); });
    whenFinished(this, future, [this](const Result<CallTask>& task) {
        if (task)
            Q_EMIT taskChanged(task.value());
        tick();
    });
    return future;
}

} // namespace calldeck
