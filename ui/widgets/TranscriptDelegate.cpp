#include "widgets/TranscriptDelegate.h"

#include "models/TranscriptExport.h"
#include "models/TranscriptModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <algorithm>
#include <cmath>

namespace calldeck {

namespace {

constexpr int kMarginX = 8;
constexpr int kMarginY = 5;
constexpr int kBarWidth = 3;
constexpr int kBarGap = 8;
constexpr int kHeaderGap = 2;
constexpr int kBadgePadX = 5;
constexpr int kItemGap = 8;
constexpr qreal kBadgeRadius = 3.0;
constexpr int kPercent = 100;

const QColor kMatchBackground(255, 224, 102);
const QColor kCurrentMatchRow(255, 243, 205);
const QColor kCutOffBadge(196, 43, 28);
const QColor kMutedText(120, 120, 120);

/// Lays `text` out at `width` and returns the height it takes.
qreal layoutText(QTextLayout& layout, qreal width)
{
    layout.beginLayout();
    qreal height = 0;
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid()) {
            break;
        }
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    return height;
}

QFont textFont(const QFont& base, bool isFinal)
{
    QFont font = base;
    font.setItalic(!isFinal);
    return font;
}

QList<QTextLayout::FormatRange> matchRanges(const QString& text, const QString& search)
{
    QList<QTextLayout::FormatRange> ranges;
    if (search.isEmpty()) {
        return ranges;
    }
    qsizetype from = 0;
    while ((from = text.indexOf(search, from, Qt::CaseInsensitive)) >= 0) {
        QTextLayout::FormatRange range;
        range.start = static_cast<int>(from);
        range.length = static_cast<int>(search.size());
        range.format.setBackground(kMatchBackground);
        ranges.append(range);
        from += search.size();
    }
    return ranges;
}

} // namespace

TranscriptDelegate::TranscriptDelegate(QAbstractItemView* view)
    : QStyledItemDelegate(view)
    , m_view(view)
{}

QColor TranscriptDelegate::speakerColor(const QString& speaker)
{
    if (speaker == QLatin1String("agent")) {
        return {30, 111, 217};
    }
    if (speaker == QLatin1String("callee")) {
        return {46, 139, 62};
    }
    if (speaker == QLatin1String("supervisor")) {
        return {217, 130, 43};
    }
    return {122, 122, 122};
}

QString TranscriptDelegate::cutOffText()
{
    //: Badge on an agent segment the callee interrupted; the text is what the callee heard.
    return tr("cut off");
}

void TranscriptDelegate::setSearchText(const QString& text)
{
    m_search = text.trimmed();
}

void TranscriptDelegate::setCurrentMatchRow(int row)
{
    m_currentMatchRow = row;
}

int TranscriptDelegate::textWidth(const QStyleOptionViewItem& option) const
{
    const int available = m_view != nullptr ? m_view->viewport()->width() : option.rect.width();
    return std::max(40, available - 2 * kMarginX - kBarWidth - kBarGap);
}

QSize TranscriptDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QString text = index.data(TranscriptModel::TextRole).toString();
    const bool isFinal = index.data(TranscriptModel::IsFinalRole).toBool();
    QTextLayout layout(text, textFont(option.font, isFinal));
    const qreal textHeight = layoutText(layout, textWidth(option));
    QFont header = option.font;
    header.setBold(true);
    const int headerHeight = QFontMetrics(header).height();
    const int width = m_view != nullptr ? m_view->viewport()->width() : option.rect.width();
    return {width, 2 * kMarginY + headerHeight + kHeaderGap + static_cast<int>(std::ceil(textHeight))};
}

void TranscriptDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QString speaker = index.data(TranscriptModel::SpeakerRole).toString();
    const QString text = index.data(TranscriptModel::TextRole).toString();
    const bool isFinal = index.data(TranscriptModel::IsFinalRole).toBool();
    const bool interrupted = index.data(TranscriptModel::InterruptedRole).toBool();
    const double confidence = index.data(TranscriptModel::ConfidenceRole).toDouble();
    const qint64 startMs = index.data(TranscriptModel::StartMsRole).toLongLong();
    const QColor colour = speakerColor(speaker);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    const QRect rect = option.rect;
    if (index.row() == m_currentMatchRow) {
        painter->fillRect(rect, kCurrentMatchRow);
    }
    if ((option.state & QStyle::State_Selected) != 0) {
        // A light wash keeps the speaker colours and match highlights readable.
        QColor wash = option.palette.color(QPalette::Highlight);
        wash.setAlpha(60);
        painter->fillRect(rect, wash);
    }
    const int left = rect.left() + kMarginX;
    const int top = rect.top() + kMarginY;
    painter->fillRect(QRect(left, top, kBarWidth, rect.height() - 2 * kMarginY), colour);

    // Header: name, start time, badges.
    QFont headerFont = option.font;
    headerFont.setBold(true);
    const QFontMetrics headerMetrics(headerFont);
    const int headerHeight = headerMetrics.height();
    int x = left + kBarWidth + kBarGap;
    const QString name = TranscriptModel::speakerName(speaker);
    painter->setFont(headerFont);
    painter->setPen(colour);
    painter->drawText(QRect(x, top, headerMetrics.horizontalAdvance(name), headerHeight), Qt::AlignVCenter, name);
    x += headerMetrics.horizontalAdvance(name) + kItemGap;

    const QFontMetrics metrics(option.font);
    painter->setFont(option.font);
    painter->setPen(kMutedText);
    const QString clock = TranscriptExport::clockText(startMs);
    painter->drawText(QRect(x, top, metrics.horizontalAdvance(clock), headerHeight), Qt::AlignVCenter, clock);
    x += metrics.horizontalAdvance(clock) + kItemGap;

    if (interrupted) {
        QFont badgeFont = option.font;
        badgeFont.setPointSizeF(std::max(6.0, option.font.pointSizeF() * 0.85));
        badgeFont.setBold(true);
        const QFontMetrics badgeMetrics(badgeFont);
        const QString badge = cutOffText();
        const QRect badgeRect(x, top + (headerHeight - badgeMetrics.height() - 2) / 2,
                              badgeMetrics.horizontalAdvance(badge) + 2 * kBadgePadX, badgeMetrics.height() + 2);
        QPainterPath path;
        path.addRoundedRect(badgeRect, kBadgeRadius, kBadgeRadius);
        painter->fillPath(path, kCutOffBadge);
        painter->setFont(badgeFont);
        painter->setPen(Qt::white);
        painter->drawText(badgeRect, Qt::AlignCenter, badge);
        x = badgeRect.right() + kItemGap;
        painter->setFont(option.font);
    }
    painter->setPen(kMutedText);
    if (confidence >= 0) {
        //: Speech-recognition confidence of a transcript segment, e.g. "92%".
        const QString conf = tr("%1%").arg(qRound(confidence * kPercent));
        painter->drawText(QRect(x, top, metrics.horizontalAdvance(conf), headerHeight), Qt::AlignVCenter, conf);
        x += metrics.horizontalAdvance(conf) + kItemGap;
    }
    if (!isFinal) {
        //: Shown next to a transcript segment that is still being spoken / transcribed.
        const QString live = tr("speaking…");
        painter->drawText(QRect(x, top, metrics.horizontalAdvance(live), headerHeight), Qt::AlignVCenter, live);
    }

    // Body: wrapped text, partials grey italic, search matches highlighted.
    QTextLayout layout(text, textFont(option.font, isFinal));
    layoutText(layout, textWidth(option));
    painter->setPen(isFinal ? option.palette.color(QPalette::Text) : kMutedText);
    layout.draw(painter, QPointF(left + kBarWidth + kBarGap, top + headerHeight + kHeaderGap),
                matchRanges(text, m_search));
    painter->restore();
}

} // namespace calldeck
