#include "tasks/TaskStateMachine.h"

namespace calldeck {

QList<TaskStatus> TaskStateMachine::targets(TaskStatus from)
{
    using S = TaskStatus;
    switch (from) {
    case S::Pending:
        return {S::Preparing, S::ReadyToCall, S::Cancelled};
    case S::Preparing:
        return {S::WaitingForUser, S::ReadyToCall, S::Pending, S::Failed, S::Cancelled};
    case S::WaitingForUser:
        return {S::ReadyToCall, S::Preparing, S::Cancelled};
    case S::ReadyToCall:
        return {S::InProgress, S::WaitingForUser, S::Cancelled};
    case S::InProgress:
        return {S::Completed, S::Failed, S::ReadyToCall, S::Cancelled};
    case S::Failed:
        return {S::ReadyToCall};
    case S::Completed:
    case S::Cancelled:
        return {};
    }
    return {};
}

bool TaskStateMachine::canTransition(TaskStatus from, TaskStatus to)
{
    return targets(from).contains(to);
}

Result<TaskStatus> TaskStateMachine::transition(TaskStatus from, TaskStatus to)
{
    if (canTransition(from, to)) {
        return to;
    }
    if (from == to) {
        return Error{ErrorCode::Conflict, tr("The task is already \"%1\".").arg(TaskStatusNames::label(from))};
    }
    if (isFinal(from)) {
        return Error{ErrorCode::Conflict, tr("The task is \"%1\" and can no longer change to \"%2\".")
                                              .arg(TaskStatusNames::label(from), TaskStatusNames::label(to))};
    }
    return Error{ErrorCode::Conflict, tr("A task that is \"%1\" cannot become \"%2\".")
                                          .arg(TaskStatusNames::label(from), TaskStatusNames::label(to))};
}

bool TaskStateMachine::isFinal(TaskStatus status)
{
    return targets(status).isEmpty();
}

} // namespace calldeck
