#pragma once

#include <QStyledItemDelegate>

namespace calldeck {

/// Paints a notification row: type icon, title (bold while unread), the time on the right and
/// the first line of the body underneath.
class NotificationDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit NotificationDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    /// "14:05" for today, else "12 Mar 14:05", in local time.
    static QString timeText(const QDateTime& utc, const QDateTime& nowUtc);
};

} // namespace calldeck
