#pragma once

#include "tasks/TaskEnums.h"

#include <QStringList>

#include <optional>

namespace calldeck {

/// Changes from the task detail's control panel; unset fields stay as they are.
struct TaskEdits
{
    std::optional<std::optional<TaskTone>> tone;  ///< an empty inner value goes back to the default tone
    std::optional<qint64> maxPriceCents;          ///< −1 removes the limit
    std::optional<qint64> approvalLimitCents;     ///< −1: never ask
    std::optional<QStringList> softPreferences;
    std::optional<TaskPriority> priority;
};

} // namespace calldeck
