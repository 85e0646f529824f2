#pragma once

#include "core/Result.h"
#include "postcall/Notification.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace calldeck {

/// The local user's notifications (PRODUCT T9). Synchronous; construct it only inside a Store job.
class NotificationRepository
{
    Q_DECLARE_TR_FUNCTIONS(calldeck::NotificationRepository)
public:
    explicit NotificationRepository(QSqlDatabase& db);

    /// The database name of a type ("needs_clarification", "completed", …).
    static QString typeName(NotificationType type);
    /// The type for a database name; nothing for an unknown one.
    static std::optional<NotificationType> typeFromName(const QString& name);

    /// Stores an unread notification. InvalidArgument for an empty title; NotFound when the task
    /// or session it points to does not exist.
    Result<Notification> add(const NewNotification& notification);
    /// Up to `limit` notifications (limit ≤ 0: all) in the order `filter` names.
    Result<QList<Notification>> list(NotificationFilter filter, int limit);
    /// One notification; NotFound when there is none with this id.
    Result<Notification> get(qint64 id);
    /// Marks one as read (a read one keeps its first read time). NotFound for an unknown id.
    Status markRead(qint64 id);
    /// Marks every unread one as read; returns how many there were.
    Result<int> markAllRead();
    /// How many are unread.
    Result<int> unreadCount();

private:
    Status checkTarget(const char* table, qint64 id, const QString& what);

    QSqlDatabase& m_db;
};

} // namespace calldeck
