#pragma once

#include <QColor>
#include <QStyledItemDelegate>

class QAbstractItemView;

namespace calldeck {

/// Paints one transcript segment: a speaker-coloured bar and name, the mm:ss start, a "cut off"
/// badge for interrupted segments, the confidence when known, and the wrapped text (grey italic
/// while partial) with search matches highlighted. Rows grow with the text at the view's width.
class TranscriptDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// `view` supplies the width text wraps at.
    explicit TranscriptDelegate(QAbstractItemView* view);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    /// Text to highlight in every row (case-insensitive); empty for none.
    void setSearchText(const QString& text);
    [[nodiscard]] QString searchText() const { return m_search; }
    /// The row of the current search match, drawn with a stronger background; −1 for none.
    void setCurrentMatchRow(int row);

    /// The colour a speaker's name and bar are drawn in (agent blue, callee green, supervisor orange, system grey).
    [[nodiscard]] static QColor speakerColor(const QString& speaker);
    /// The badge text of an interrupted segment.
    [[nodiscard]] static QString cutOffText();

private:
    [[nodiscard]] int textWidth(const QStyleOptionViewItem& option) const;

    QAbstractItemView* m_view = nullptr;
    QString m_search;
    int m_currentMatchRow = -1;
};

} // namespace calldeck
