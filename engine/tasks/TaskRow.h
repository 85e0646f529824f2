#pragma once

#include "tasks/CallTask.h"

#include <QString>

class QSqlQuery;

namespace calldeck {

/// Maps a call_tasks row to CallTask and back, for TaskRepository.
class TaskRow
{
public:
    /// The column list, in the order read() expects.
    static const QString& columns();
    /// The task in the current row of a query that selected columns().
    static CallTask read(const QSqlQuery& query);
    /// Binds every stored field of `task` to the named parameters of INSERT/UPDATE (":title", ...),
    /// with `now` as updated_at; next_action is derived from the status.
    static void bind(QSqlQuery& query, const CallTask& task, const QString& now);
};

} // namespace calldeck
