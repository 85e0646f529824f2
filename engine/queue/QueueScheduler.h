#pragma once

#include "compliance/RateLimits.h"
#include "core/Result.h"
#include "queue/QueueTick.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QSqlDatabase>

#include <memory>

namespace calldeck {

class CallingHours;

/// The database side of the call queue (PRODUCT T5): picks the tasks to dial, applies a call's
/// outcome (completed, retry with backoff, failed) and recovers after a restart. Synchronous;
/// construct it only inside a Store job.
class QueueScheduler
{
    Q_DECLARE_TR_FUNCTIONS(calldeck::QueueScheduler)
public:
    QueueScheduler(QSqlDatabase db, RateLimits limits, QDateTime nowUtc);
    /// With calling hours, pick() moves a task whose callee is outside the window to the next
    /// opening instead of dialling it.
    void setCallingHours(std::shared_ptr<const CallingHours> hours) { m_hours = std::move(hours); }

    /// Claims up to `freeSlots` due ready_to_call tasks (not in `busyTaskIds`), high priority first,
    /// then oldest. Only a task with a time is due: the one the person scheduled, a retry's, a rate
    /// limit's, or the moment they pressed Call now (release()); a task without one waits for the
    /// person, so signing an attestation never dials. Each passes the attestation gate (else it
    /// stays ready with the gate's reason and waits for Call now again) and the rate limits (else it
    /// is rescheduled to the retry time); claimed tasks are in_progress.
    Result<QueueTick> pick(int freeSlots, const QSet<qint64>& busyTaskIds);
    /// "Call now": makes a ready_to_call task due at once (its schedule becomes now).
    Result<CallTask> release(qint64 taskId);
    /// Applies how a call of the in_progress task ended: completed → completed; failed, busy or
    /// no-answer → ready_to_call after a backoff while the assistant settings allow a retry, else
    /// failed; canceled → cancelled. A task no longer in_progress is returned unchanged.
    Result<CallTask> applyOutcome(qint64 taskId, const QString& outcome, const QString& reason);
    /// After a restart: live call attempts become interrupted, in_progress tasks go back to
    /// ready_to_call (at once) or to failed by the retry rules.
    Result<QueueRecovery> recover();

    /// The readable words for an outcome ("The line was busy.").
    static QString outcomeText(const QString& outcome);

private:
    Status setScheduleAndReason(qint64 taskId, const QDateTime& scheduledForUtc, const QString& reason);
    Status setReason(qint64 taskId, const QString& reason);

    QSqlDatabase m_db;
    RateLimits m_limits;
    QDateTime m_nowUtc;
    std::shared_ptr<const CallingHours> m_hours;
};

} // namespace calldeck
