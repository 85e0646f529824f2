#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace calldeck {

/// What a notification is about (notifications.type, PRODUCT T9).
enum class NotificationType
{
    NeedsClarification, ///< the planner needs answers before the task can be called
    ApprovalNeeded,     ///< a price is over the limit; the user approves or denies
    Completed,          ///< a call ended; highlights in the body
    NeedsFollowUp,      ///< the goal is not reached yet; another call is suggested
    Failed,             ///< a call or task failed
};

/// A notification to add; the repository fills in id, time and read state.
struct NewNotification
{
    NotificationType type = NotificationType::Completed;
    QString title;         ///< one line, already translated
    QString body;          ///< may be empty
    qint64 taskId = 0;     ///< 0 = none; click-through target
    qint64 sessionId = 0;  ///< 0 = none; click-through target (preferred over the task)
};

/// A stored notification. Plain value type for the notifications panel and the tray.
struct Notification
{
    qint64 id = 0;
    NotificationType type = NotificationType::Completed;
    QString title;
    QString body;
    qint64 taskId = 0;
    qint64 sessionId = 0;
    QDateTime createdAt; ///< UTC
    QDateTime readAt;    ///< UTC; invalid while unread

    [[nodiscard]] bool isRead() const { return readAt.isValid(); }
};

/// Which notifications list() returns, and in what order.
enum class NotificationFilter
{
    UnreadFirst, ///< unread ones (newest first), then read ones (newest first)
    UnreadOnly,  ///< unread ones, newest first
    All,         ///< newest first, read or not
};

} // namespace calldeck

Q_DECLARE_METATYPE(calldeck::Notification)
