#pragma once

#include "postcall/Notification.h"

#include <QAbstractListModel>
#include <QList>
#include <QSet>

namespace calldeck {

/// The notifications panel's rows (PRODUCT T9): title, body, type icon, time; unread rows bold.
/// Approval-needed rows that a live call still waits for are flagged so the view can offer
/// Approve / Decline.
class NotificationListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        TypeRole,
        ReadRole,
        TaskIdRole,
        SessionIdRole,
        BodyRole,
        CreatedAtRole,
        ApprovalPendingRole, ///< true while a live call waits for the answer to this row
    };

    explicit NotificationListModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    /// Replaces the rows (the repository's UnreadFirst order).
    void setNotifications(const QList<Notification>& notifications);
    /// Marks one row read locally (the repository was told already).
    void markRead(qint64 id, const QDateTime& readAtUtc);
    /// Which approval rows still have a live call waiting.
    void setPendingApprovals(const QSet<qint64>& notificationIds);

    [[nodiscard]] Notification notificationAt(int row) const;
    [[nodiscard]] int rowOf(qint64 id) const;
    [[nodiscard]] int unreadCount() const;

    /// The translated name of a type ("Completed", "Approval needed", …).
    static QString typeLabel(NotificationType type);

private:
    QList<Notification> m_rows;
    QSet<qint64> m_pendingApprovals;
};

} // namespace calldeck
