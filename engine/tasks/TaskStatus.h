#pragma once

#include <QString>

#include <optional>

namespace calldeck {

/// Where a call task stands (PRODUCT T1, seed 002 §2.4). Stored by name in call_tasks.status.
enum class TaskStatus
{
    Pending,        ///< saved, not planned yet
    Preparing,      ///< a planner is working on it
    WaitingForUser, ///< the plan lacks information only the user can give
    ReadyToCall,    ///< complete; the queue may dial it
    InProgress,     ///< a call attempt is live
    Completed,
    Failed,
    Cancelled,
};

/// Storage and script names of TaskStatus ("waiting_for_user", ...).
class TaskStatusNames
{
public:
    /// The stored name, e.g. "ready_to_call".
    static QString name(TaskStatus status);
    /// The status with that stored name, or nothing for an unknown name.
    static std::optional<TaskStatus> fromName(const QString& name);
    /// A short translated label for lists ("Waiting for you").
    static QString label(TaskStatus status);
    /// All statuses in lifecycle order.
    static const QList<TaskStatus>& all();
};

} // namespace calldeck
