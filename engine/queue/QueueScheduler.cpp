#include "queue/QueueScheduler.h"

#include "compliance/AttestationGate.h"
#include "compliance/CallingHours.h"
#include "compliance/RateLimiter.h"
#include "queue/QueueLog.h"
#include "queue/RetryPolicy.h"
#include "store/CallRepository.h"
#include "store/ProfileRepository.h"
#include "store/SqlSupport.h"
#include "store/SqlTransaction.h"
#include "tasks/TaskRepository.h"
#include "tasks/TaskStatus.h"

#include <QHash>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace calldeck {

namespace {

int priorityRank(TaskPriority priority)
{
    switch (priority) {
    case TaskPriority::High: return 0;
    case TaskPriority::Normal: return 1;
    case TaskPriority::Low: return 2;
    }
    return 1;
}

/// The retry time in the task's own time zone, as the user scheduled it.
QString localTime(const QDateTime& atUtc, const QString& timeZone)
{
    const QTimeZone zone(timeZone.toUtf8());
    const QDateTime local = zone.isValid() ? atUtc.toTimeZone(zone) : atUtc.toLocalTime();
    return QLocale().toString(local, QStringLiteral("yyyy-MM-dd HH:mm t"));
}

} // namespace

QueueScheduler::QueueScheduler(QSqlDatabase db, RateLimits limits, QDateTime nowUtc)
    : m_db(std::move(db)), m_limits(limits), m_nowUtc(std::move(nowUtc))
{}

QString QueueScheduler::outcomeText(const QString& outcome)
{
    if (outcome == QLatin1String("busy"))
        return tr("The line was busy.");
    if (outcome == QLatin1String("no-answer"))
        return tr("Nobody answered.");
    if (outcome == QLatin1String("canceled"))
        return tr("The call was hung up.");
    if (outcome == QLatin1String("interrupted"))
        return tr("CallDeck stopped while the call was in progress.");
    if (outcome == QLatin1String("completed"))
        return tr("The call was completed.");
    return tr("The call failed.");
}

Result<QueueTick> QueueScheduler::pick(int freeSlots, const QSet<qint64>& busyTaskIds)
{
    QueueTick tick;
    TaskRepository tasks(m_db, m_nowUtc);
    TaskFilter filter;
    filter.statuses = {TaskStatus::ReadyToCall};
    filter.limit = 100000;
    Result<QList<CallTask>> ready = tasks.list(filter);
    if (!ready)
        return ready.error();
    QList<CallTask> due;
    for (const CallTask& task : ready.value()) {
        if (busyTaskIds.contains(task.id))
            continue;
        if (!task.scheduledForUtc.isValid() || task.scheduledForUtc > m_nowUtc)
            continue;
        due.append(task);
    }
    std::stable_sort(due.begin(), due.end(), [](const CallTask& a, const CallTask& b) {
        if (priorityRank(a.priority) != priorityRank(b.priority))
            return priorityRank(a.priority) < priorityRank(b.priority);
        if (a.createdAtUtc != b.createdAtUtc)
            return a.createdAtUtc < b.createdAtUtc;
        return a.id < b.id;
    });

    // Calls claimed in this pass have no session row yet, so the limiter cannot count them.
    QHash<int, int> claimed;
    for (const CallTask& task : std::as_const(due)) {
        if (tick.toDial.size() >= freeSlots)
            break;
        if (Status gate = AttestationGate(m_db).check(task.id); !gate) {
            // Back to waiting for the person: the refusal is reported (and logged) once, not on
            // every pass, and the call starts when they sign and press Call now.
            if (Status saved = setScheduleAndReason(task.id, {}, gate.error().message); !saved)
                return saved.error();
            tick.held.append({task.id, gate.error().message});
            continue;
        }
        if (m_hours && !task.phoneE164.isEmpty()) {
            // A number whose zone is unknown goes on to the dial-time gate, which refuses it there
            // (or only warns on the sandbox line); a known closed window waits for its opening.
            const CallingHoursVerdict hours = m_hours->check(task.phoneE164, m_nowUtc);
            if (hours.zoneKnown && !hours.ok && hours.nextOpeningUtc.isValid()) {
                //: %1 the calling-hours refusal naming the callee's local time and the rule
                const QString reason = tr("Outside the callee's calling hours; rescheduled to the next opening. %1")
                                           .arg(hours.reason);
                if (Status saved = setScheduleAndReason(task.id, hours.nextOpeningUtc, reason); !saved)
                    return saved.error();
                qCInfo(lcQueue) << "Task" << task.id << "rescheduled by calling hours:" << reason;
                tick.rescheduled.append({task.id, hours.nextOpeningUtc, reason});
                continue;
            }
        }
        Result<RateLimitDecision> decision =
            RateLimiter(m_db, m_limits).check(TaskEnums::name(task.callType), m_nowUtc);
        if (!decision)
            return decision.error();
        if (!decision.value().allowed) {
            const QDateTime retryAt = decision.value().retryAtUtc.isValid() ? decision.value().retryAtUtc
                                                                            : m_nowUtc.addSecs(3600);
            const QString reason = decision.value().message;
            if (Status saved = setScheduleAndReason(task.id, retryAt, reason); !saved)
                return saved.error();
            qCInfo(lcQueue) << "Task" << task.id << "rescheduled by the rate limits:" << reason;
            tick.rescheduled.append({task.id, retryAt, reason});
            continue;
        }
        const CallCategory category = decision.value().category;
        const int already = claimed.value(int(category));
        const int perHour = m_limits.perHour(category);
        const int perDay = m_limits.perDay(category);
        if ((perHour >= 1 && decision.value().usedLastHour + already >= perHour)
            || (perDay >= 1 && decision.value().usedLastDay + already >= perDay)) {
            continue; // the next pass counts the calls placed in this one
        }
        SqlTransaction transaction(m_db);
        Result<CallTask> started = tasks.transition(task.id, TaskStatus::InProgress);
        if (!started)
            return started.error();
        if (Status cleared = setReason(task.id, {}); !cleared)
            return cleared.error();
        if (!transaction.commit())
            return sql::databaseError(tr("Could not start the task's call"), m_db.lastError());
        CallTask claimedTask = started.value();
        claimedTask.failureReason.clear();
        claimed[int(category)] = already + 1;
        tick.toDial.append(claimedTask);
    }
    return tick;
}

Result<CallTask> QueueScheduler::release(qint64 taskId)
{
    TaskRepository tasks(m_db, m_nowUtc);
    Result<CallTask> task = tasks.get(taskId);
    if (!task)
        return task;
    if (task.value().status != TaskStatus::ReadyToCall) {
        return Error{ErrorCode::Conflict, tr("Task %1 is %2; only a task that is ready to call can be called now.")
                                              .arg(taskId)
                                              .arg(TaskStatusNames::label(task.value().status))};
    }
    if (Status saved = setScheduleAndReason(taskId, m_nowUtc, {}); !saved)
        return saved.error();
    qCInfo(lcQueue) << "Task" << taskId << "released by Call now";
    return tasks.get(taskId);
}

Result<CallTask> QueueScheduler::applyOutcome(qint64 taskId, const QString& outcome, const QString& reason)
{
    TaskRepository tasks(m_db, m_nowUtc);
    Result<CallTask> task = tasks.get(taskId);
    if (!task)
        return task;
    if (task.value().status != TaskStatus::InProgress)
        return task;
    const QString why = reason.trimmed().isEmpty() ? outcomeText(outcome) : reason.trimmed();
    if (outcome == QLatin1String("completed"))
        return tasks.transition(taskId, TaskStatus::Completed);
    if (outcome == QLatin1String("canceled"))
        return tasks.cancel(taskId);

    Result<AssistantSettings> settings = ProfileRepository(m_db).assistantSettings();
    if (!settings)
        return settings.error();
    const int retries = task.value().retryCount;
    if (!RetryPolicy::shouldRetry(outcome, retries, settings.value())) {
        const QString final = settings.value().autoRetryFailedCalls && RetryPolicy::isRetryable(outcome)
                                  ? tr("%1 No retries left (%2 of %3 used).")
                                        .arg(why)
                                        .arg(retries)
                                        .arg(settings.value().maxRetryAttempts)
                                  : why;
        return tasks.transition(taskId, TaskStatus::Failed, final);
    }
    SqlTransaction transaction(m_db);
    Result<CallTask> again = tasks.transition(taskId, TaskStatus::ReadyToCall);
    if (!again)
        return again;
    const QDateTime retryAt = m_nowUtc.addMSecs(RetryPolicy::backoffMs(again.value().retryCount));
    //: %1 why the call failed, %2 retry number, %3 how many retries are allowed, %4 local date and time.
    const QString note = tr("%1 Retry %2 of %3 at %4.")
                             .arg(why)
                             .arg(again.value().retryCount)
                             .arg(settings.value().maxRetryAttempts)
                             .arg(localTime(retryAt, again.value().timeZone));
    if (Status saved = setScheduleAndReason(taskId, retryAt, note); !saved)
        return saved.error();
    if (!transaction.commit())
        return sql::databaseError(tr("Could not schedule the retry"), m_db.lastError());
    qCInfo(lcQueue) << "Task" << taskId << "will be retried:" << note;
    return tasks.get(taskId);
}

Result<QueueRecovery> QueueScheduler::recover()
{
    QueueRecovery recovery;
    SqlTransaction transaction(m_db);
    Result<int> interrupted = CallRepository(m_db).markInterrupted();
    if (!interrupted)
        return interrupted.error();
    recovery.interruptedSessions = interrupted.value();
    TaskRepository tasks(m_db, m_nowUtc);
    TaskFilter filter;
    filter.statuses = {TaskStatus::InProgress};
    filter.limit = 100000;
    Result<QList<CallTask>> live = tasks.list(filter);
    if (!live)
        return live.error();
    for (const CallTask& task : live.value()) {
        Result<CallTask> applied = applyOutcome(task.id, QStringLiteral("interrupted"), {});
        if (!applied)
            return applied.error();
        if (applied.value().status == TaskStatus::ReadyToCall) {
            // Work that was running resumes at once rather than after a backoff: the person had
            // already asked for this call.
            if (Status now = setScheduleAndReason(task.id, m_nowUtc, applied.value().failureReason); !now)
                return now.error();
            recovery.requeuedTaskIds.append(task.id);
        } else {
            recovery.failedTaskIds.append(task.id);
        }
    }
    if (!transaction.commit())
        return sql::databaseError(tr("Could not recover the call queue"), m_db.lastError());
    return recovery;
}

Status QueueScheduler::setScheduleAndReason(qint64 taskId, const QDateTime& scheduledForUtc, const QString& reason)
{
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("UPDATE call_tasks SET scheduled_for = :scheduled, failure_reason = :reason,"
                                      " updated_at = :now WHERE id = :id"))) {
        return sql::databaseError(tr("Could not reschedule the task"), query.lastError());
    }
    query.bindValue(QStringLiteral(":scheduled"),
                    scheduledForUtc.isValid() ? QVariant(sql::toText(scheduledForUtc)) : QVariant());
    query.bindValue(QStringLiteral(":reason"), sql::nullIfEmpty(reason));
    query.bindValue(QStringLiteral(":now"), sql::toText(m_nowUtc));
    query.bindValue(QStringLiteral(":id"), taskId);
    if (!query.exec())
        return sql::databaseError(tr("Could not reschedule the task"), query.lastError());
    return {};
}

Status QueueScheduler::setReason(qint64 taskId, const QString& reason)
{
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("UPDATE call_tasks SET failure_reason = :reason WHERE id = :id")))
        return sql::databaseError(tr("Could not update the task"), query.lastError());
    query.bindValue(QStringLiteral(":reason"), sql::nullIfEmpty(reason));
    query.bindValue(QStringLiteral(":id"), taskId);
    if (!query.exec())
        return sql::databaseError(tr("Could not update the task"), query.lastError());
    return {};
}

} // namespace calldeck
