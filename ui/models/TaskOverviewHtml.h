#pragma once

#include "models/TaskListModel.h"

#include <QCoreApplication>
#include <QString>

namespace calldeck {

/// The history's task overview as rich text: what the task is, where it stands, and its plan
/// (goal, steps, questions, information to obtain, success conditions, constraints, preferences).
class TaskOverviewHtml
{
    Q_DECLARE_TR_FUNCTIONS(calldeck::TaskOverviewHtml)
public:
    /// The overview of `row`'s task.
    static QString build(const TaskHistoryRow& row);
};

} // namespace calldeck
