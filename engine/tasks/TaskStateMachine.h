#pragma once

#include "core/Result.h"
#include "tasks/TaskStatus.h"

#include <QCoreApplication>
#include <QList>

namespace calldeck {

/// The allowed status changes of a call task (PRODUCT T1, seed 002 §3.2 and §6.1):
///
/// | from             | to                                                        |
/// |------------------|-----------------------------------------------------------|
/// | pending          | preparing, ready_to_call (complete manual form), cancelled |
/// | preparing        | waiting_for_user, ready_to_call, pending (planning failed, may be retried), failed, cancelled |
/// | waiting_for_user | ready_to_call, preparing (plan again), cancelled          |
/// | ready_to_call    | in_progress, waiting_for_user (an edit left info missing), cancelled |
/// | in_progress      | completed, failed, ready_to_call (retry), cancelled (hung up) |
/// | failed           | ready_to_call (try again)                                 |
/// | completed        | (final)                                                   |
/// | cancelled        | (final)                                                   |
///
/// Staying in the same status is not a transition and is refused.
class TaskStateMachine
{
    Q_DECLARE_TR_FUNCTIONS(calldeck::TaskStateMachine)
public:
    /// True when a task in `from` may move to `to`.
    static bool canTransition(TaskStatus from, TaskStatus to);
    /// `to` when allowed; otherwise Conflict with a message naming both statuses.
    static Result<TaskStatus> transition(TaskStatus from, TaskStatus to);
    /// The statuses reachable from `from`.
    static QList<TaskStatus> targets(TaskStatus from);
    /// True for statuses nothing leaves (completed, cancelled).
    static bool isFinal(TaskStatus status);
};

} // namespace calldeck
