#include "NotificationListModel.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QStyle>

namespace calldeck {

namespace {

QIcon iconFor(NotificationType type)
{
    QStyle* style = QApplication::style();
    switch (type) {
    case NotificationType::NeedsClarification:
        return style->standardIcon(QStyle::SP_MessageBoxQuestion);
    case NotificationType::ApprovalNeeded:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case NotificationType::Completed:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case NotificationType::NeedsFollowUp:
        return style->standardIcon(QStyle::SP_BrowserReload);
    case NotificationType::Failed:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    }
    return {};
}

} // namespace

NotificationListModel::NotificationListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

int NotificationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant NotificationListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Notification& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.title;
    case Qt::ToolTipRole:
        return row.body.isEmpty() ? row.title : row.title + QLatin1Char('\n') + row.body;
    case Qt::DecorationRole:
        return iconFor(row.type);
    case Qt::FontRole: {
        QFont font;
        font.setBold(!row.isRead());
        return font;
    }
    case Qt::AccessibleDescriptionRole:
        return typeLabel(row.type);
    case IdRole:
        return row.id;
    case TypeRole:
        return static_cast<int>(row.type);
    case ReadRole:
        return row.isRead();
    case TaskIdRole:
        return row.taskId;
    case SessionIdRole:
        return row.sessionId;
    case BodyRole:
        return row.body;
    case CreatedAtRole:
        return row.createdAt;
    case ApprovalPendingRole:
        return m_pendingApprovals.contains(row.id);
    default:
        return {};
    }
}

void NotificationListModel::setNotifications(const QList<Notification>& notifications)
{
    beginResetModel();
    m_rows = notifications;
    endResetModel();
}

void NotificationListModel::markRead(qint64 id, const QDateTime& readAtUtc)
{
    const int row = rowOf(id);
    if (row < 0 || m_rows[row].isRead()) {
        return;
    }
    m_rows[row].readAt = readAtUtc;
    Q_EMIT dataChanged(index(row), index(row));
}

void NotificationListModel::setPendingApprovals(const QSet<qint64>& notificationIds)
{
    m_pendingApprovals = notificationIds;
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(static_cast<int>(m_rows.size()) - 1), {ApprovalPendingRole});
    }
}

Notification NotificationListModel::notificationAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Notification{};
}

int NotificationListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

int NotificationListModel::unreadCount() const
{
    return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(),
                                          [](const Notification& n) { return !n.isRead(); }));
}

QString NotificationListModel::typeLabel(NotificationType type)
{
    switch (type) {
    case NotificationType::NeedsClarification:
        return tr("Needs clarification");
    case NotificationType::ApprovalNeeded:
        return tr("Approval needed");
    case NotificationType::Completed:
        return tr("Completed");
    case NotificationType::NeedsFollowUp:
        return tr("Needs follow-up");
    case NotificationType::Failed:
        return tr("Failed");
    }
    return {};
}

} // namespace calldeck
