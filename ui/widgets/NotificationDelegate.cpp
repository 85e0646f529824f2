#include "NotificationDelegate.h"

#include "models/NotificationListModel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace calldeck {

namespace {
constexpr int kMargin = 6;
constexpr int kIconSize = 22;
} // namespace

NotificationDelegate::NotificationDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

void NotificationDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // Let the style draw the selection/hover background only; the content is laid out below.
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget* widget = option.widget;
    QStyle* style = widget != nullptr ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const QRect area = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    icon.paint(painter, QRect(area.left(), area.top(), kIconSize, kIconSize));

    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const int textLeft = area.left() + kIconSize + kMargin;
    QFont titleFont = option.font;
    titleFont.setBold(!index.data(NotificationListModel::ReadRole).toBool());
    const QFontMetrics titleMetrics(titleFont);

    const QString time =
        timeText(index.data(NotificationListModel::CreatedAtRole).toDateTime(), QDateTime::currentDateTimeUtc());
    const int timeWidth = option.fontMetrics.horizontalAdvance(time) + kMargin;
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    painter->setFont(option.font);
    painter->drawText(QRect(area.right() - timeWidth, area.top(), timeWidth, titleMetrics.height()),
                      Qt::AlignRight | Qt::AlignVCenter, time);

    painter->setPen(option.palette.color(textRole));
    painter->setFont(titleFont);
    const QRect titleRect(textLeft, area.top(), area.right() - timeWidth - textLeft, titleMetrics.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, titleRect.width()));

    const QString body = index.data(NotificationListModel::BodyRole).toString().section(QLatin1Char('\n'), 0, 0);
    if (!body.isEmpty()) {
        painter->setFont(option.font);
        painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        const QRect bodyRect(textLeft, titleRect.bottom() + 2, area.right() - textLeft, option.fontMetrics.height());
        painter->drawText(bodyRect, Qt::AlignLeft | Qt::AlignVCenter,
                          option.fontMetrics.elidedText(body, Qt::ElideRight, bodyRect.width()));
    }
    painter->restore();
}

QSize NotificationDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    Q_UNUSED(index)
    QFont bold = option.font;
    bold.setBold(true);
    const int height = QFontMetrics(bold).height() + 2 + option.fontMetrics.height() + 2 * kMargin;
    return {300, std::max(height, kIconSize + 2 * kMargin)};
}

QString NotificationDelegate::timeText(const QDateTime& utc, const QDateTime& nowUtc)
{
    if (!utc.isValid()) {
        return {};
    }
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    if (local.date() == nowUtc.toLocalTime().date()) {
        return locale.toString(local.time(), QLocale::ShortFormat);
    }
    return locale.toString(local.date(), QStringLiteral("d MMM")) + QLatin1Char(' ') +
           locale.toString(local.time(), QLocale::ShortFormat);
}

} // namespace calldeck
