#pragma once

// Rows the compliance tests need (tasks and call attempts with chosen timestamps), written with
// plain SQL because the task and queue repositories belong to other slices.

#include "store/SqlSupport.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace calldeck::testrows {

/// Inserts a call_tasks row of the local user; returns its id, or 0 on failure.
inline qint64 insertTask(QSqlDatabase& db, const QString& callType, qint64 userId = 1)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO call_tasks (user_id, title, call_type, created_at, updated_at)"
                                 " VALUES (:user, 'test task', :type, :now, :now) RETURNING id"));
    query.bindValue(QStringLiteral(":user"), userId);
    query.bindValue(QStringLiteral(":type"), callType);
    query.bindValue(QStringLiteral(":now"), sql::nowText());
    if (!query.exec() || !query.next()) {
        qWarning("insertTask failed: %s", qPrintable(query.lastError().text()));
        return 0;
    }
    return query.value(0).toLongLong();
}

/// Inserts a call_sessions row (one call attempt) created at `createdAtUtc`; returns its id or 0.
inline qint64 insertSession(QSqlDatabase& db, qint64 taskId, const QDateTime& createdAtUtc)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO call_sessions (task_id, provider, status, created_at, updated_at)"
                                 " VALUES (:task, 'sandbox', 'completed', :created, :created) RETURNING id"));
    query.bindValue(QStringLiteral(":task"), taskId);
    query.bindValue(QStringLiteral(":created"), sql::toText(createdAtUtc));
    if (!query.exec() || !query.next()) {
        qWarning("insertSession failed: %s", qPrintable(query.lastError().text()));
        return 0;
    }
    return query.value(0).toLongLong();
}

/// Runs one statement; returns the driver's error text, empty on success.
inline QString exec(QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    if (query.exec(statement)) {
        return {};
    }
    const QString text = query.lastError().text();
    return text.isEmpty() ? QStringLiteral("unknown error") : text;
}

} // namespace calldeck::testrows
