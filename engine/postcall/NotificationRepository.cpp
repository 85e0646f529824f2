#include "postcall/NotificationRepository.h"

#include "store/ProfileRepository.h"
#include "store/SqlSupport.h"

#include <QSqlError>
#include <QSqlQuery>

namespace calldeck {

namespace {

constexpr qsizetype kMaxTitleChars = 200;
constexpr qsizetype kMaxBodyChars = 4000;

const QStringList& typeNames()
{
    static const QStringList names = {QStringLiteral("needs_clarification"), QStringLiteral("approval_needed"),
                                      QStringLiteral("completed"), QStringLiteral("needs_follow_up"),
                                      QStringLiteral("failed")};
    return names;
}

const QString kColumns = QStringLiteral("id, type, title, body, task_id, session_id, created_at, read_at");

Notification fromRow(const QSqlQuery& query)
{
    Notification notification;
    notification.id = query.value(0).toLongLong();
    notification.type = NotificationRepository::typeFromName(query.value(1).toString()).value_or(NotificationType::Completed);
    notification.title = query.value(2).toString();
    notification.body = query.value(3).toString();
    notification.taskId = query.value(4).toLongLong();
    notification.sessionId = query.value(5).toLongLong();
    notification.createdAt = sql::fromText(query.value(6));
    notification.readAt = sql::fromText(query.value(7));
    return notification;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

NotificationRepository::NotificationRepository(QSqlDatabase& db)
    : m_db(db)
{}

QString NotificationRepository::typeName(NotificationType type)
{
    return typeNames().at(static_cast<int>(type));
}

std::optional<NotificationType> NotificationRepository::typeFromName(const QString& name)
{
    const qsizetype index = typeNames().indexOf(name);
    if (index < 0) {
        return std::nullopt;
    }
    return static_cast<NotificationType>(index);
}

Status NotificationRepository::checkTarget(const char* table, qint64 id, const QString& what)
{
    if (id <= 0) {
        return {};
    }
    const QString failure = tr("Could not save the notification");
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = :id").arg(QLatin1String(table)))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    if (!query.next()) {
        return Error{ErrorCode::NotFound, what};
    }
    return {};
}

Result<Notification> NotificationRepository::add(const NewNotification& notification)
{
    const QString title = notification.title.simplified();
    if (title.isEmpty()) {
        return Error{ErrorCode::InvalidArgument, tr("A notification needs a title.")};
    }
    if (Status task = checkTarget("call_tasks", notification.taskId,
                                  tr("The task %1 does not exist.").arg(notification.taskId));
        !task) {
        return task.error();
    }
    if (Status session = checkTarget("call_sessions", notification.sessionId,
                                     tr("The call record %1 does not exist.").arg(notification.sessionId));
        !session) {
        return session.error();
    }
    const QString failure = tr("Could not save the notification");
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("INSERT INTO notifications (user_id, type, title, body, task_id, session_id,"
                                      " created_at) VALUES (:user, :type, :title, :body, :task, :session, :now)"
                                      " RETURNING %1").arg(kColumns))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":user"), kLocalUserId);
    query.bindValue(QStringLiteral(":type"), typeName(notification.type));
    query.bindValue(QStringLiteral(":title"), title.left(kMaxTitleChars));
    query.bindValue(QStringLiteral(":body"), sql::nullIfEmpty(notification.body.trimmed().left(kMaxBodyChars)));
    query.bindValue(QStringLiteral(":task"), idOrNull(notification.taskId));
    query.bindValue(QStringLiteral(":session"), idOrNull(notification.sessionId));
    query.bindValue(QStringLiteral(":now"), sql::nowText());
    if (!query.exec() || !query.next()) {
        return sql::databaseError(failure, query.lastError());
    }
    return fromRow(query);
}

Result<QList<Notification>> NotificationRepository::list(NotificationFilter filter, int limit)
{
    QString where = QStringLiteral("WHERE user_id = :user");
    // id breaks ties between notifications created within the same millisecond.
    QString order = QStringLiteral("ORDER BY created_at DESC, id DESC");
    switch (filter) {
    case NotificationFilter::UnreadFirst:
        order = QStringLiteral("ORDER BY CASE WHEN read_at IS NULL THEN 0 ELSE 1 END, created_at DESC, id DESC");
        break;
    case NotificationFilter::UnreadOnly:
        where += QStringLiteral(" AND read_at IS NULL");
        break;
    case NotificationFilter::All:
        break;
    }
    const QString failure = tr("Could not read the notifications");
    QSqlQuery query(m_db);
    const QString limitClause = limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString();
    if (!query.prepare(QStringLiteral("SELECT %1 FROM notifications %2 %3%4").arg(kColumns, where, order, limitClause))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":user"), kLocalUserId);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    QList<Notification> notifications;
    while (query.next()) {
        notifications.append(fromRow(query));
    }
    return notifications;
}

Result<Notification> NotificationRepository::get(qint64 id)
{
    const QString failure = tr("Could not read the notification");
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("SELECT %1 FROM notifications WHERE id = :id AND user_id = :user").arg(kColumns))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":id"), id);
    query.bindValue(QStringLiteral(":user"), kLocalUserId);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    if (!query.next()) {
        return Error{ErrorCode::NotFound, tr("The notification %1 does not exist.").arg(id)};
    }
    return fromRow(query);
}

Status NotificationRepository::markRead(qint64 id)
{
    const QString failure = tr("Could not mark the notification as read");
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("UPDATE notifications SET read_at = COALESCE(read_at, :now)"
                                      " WHERE id = :id AND user_id = :user"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":now"), sql::nowText());
    query.bindValue(QStringLiteral(":id"), id);
    query.bindValue(QStringLiteral(":user"), kLocalUserId);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    if (query.numRowsAffected() == 0) {
        return Error{ErrorCode::NotFound, tr("The notification %1 does not exist.").arg(id)};
    }
    return {};
}

Result<int> NotificationRepository::markAllRead()
{
    const QString failure = tr("Could not mark the notifications as read");
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("UPDATE notifications SET read_at = :now WHERE user_id = :user AND read_at IS NULL"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":now"), sql::nowText());
    query.bindValue(QStringLiteral(":user"), kLocalUserId);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    return query.numRowsAffected();
}

Result<int> NotificationRepository::unreadCount()
{
    const QString failure = tr("Could not count the unread notifications");
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE user_id = :user AND read_at IS NULL"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":user"), kLocalUserId);
    if (!query.exec() || !query.next()) {
        return sql::databaseError(failure, query.lastError());
    }
    return query.value(0).toInt();
}

} // namespace calldeck
