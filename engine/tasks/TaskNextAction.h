#pragma once

#include "tasks/TaskStatus.h"

#include <QString>

namespace calldeck {

/// The "next action" column of the task list (seed 002 §5.2): a stable key stored in
/// call_tasks.next_action, derived from the status, and its translated label.
class TaskNextAction
{
public:
    /// "plan", "wait", "answer_questions", "call", "none", "review", "retry" or "resolved".
    static QString keyFor(TaskStatus status, bool resolved);
    /// "Waiting for you", "Ready to call", ... for a key; the key itself when unknown.
    static QString label(const QString& key);
};

} // namespace calldeck
