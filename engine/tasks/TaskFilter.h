#pragma once

#include "tasks/TaskStatus.h"

#include <QDateTime>
#include <QList>

namespace calldeck {

/// Which tasks a list shows: any of `statuses` (empty: all) created in [createdFrom, createdTo).
struct TaskFilter
{
    QList<TaskStatus> statuses;
    QDateTime createdFromUtc;   ///< invalid: no lower bound
    QDateTime createdToUtc;     ///< invalid: no upper bound
    int limit = 500;
};

} // namespace calldeck
