#pragma once

#include "tasks/CallTask.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace calldeck {

/// A ready task the queue may not dial yet and why (an unsigned attestation, ...).
struct QueueHold
{
    qint64 taskId = 0;
    QString reason;
};

/// A task moved to a later time (a rate limit refused it) and why.
struct QueueReschedule
{
    qint64 taskId = 0;
    QDateTime atUtc;
    QString reason;
};

/// What one scheduling pass decided: tasks claimed for dialling (now in_progress), tasks held
/// back and tasks rescheduled.
struct QueueTick
{
    QList<CallTask> toDial;
    QList<QueueHold> held;
    QList<QueueReschedule> rescheduled;
};

/// What start-up recovery did after a crash or restart.
struct QueueRecovery
{
    int interruptedSessions = 0; ///< call attempts that were live and are now marked interrupted
    QList<qint64> requeuedTaskIds; ///< back to ready_to_call
    QList<qint64> failedTaskIds;   ///< out of retries: failed
};

} // namespace calldeck
