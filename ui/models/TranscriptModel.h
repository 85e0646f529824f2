#pragma once

#include "calls/CallSnapshot.h"

#include <QAbstractListModel>
#include <QList>

namespace calldeck {

/// One call's transcript as the panel shows it: one row per segment in conversation order
/// (start time on the call clock, then arrival; where start times are equal or missing, a known
/// previousId keeps a segment after the one it follows). Partial segments are replaced in place
/// by later versions with the same id.
class TranscriptModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        SpeakerRole = Qt::UserRole + 1, ///< "agent" | "callee" | "supervisor" | "system"
        SpeakerNameRole,                ///< translated name ("Agent", "Callee", …)
        TextRole,
        StartMsRole,
        EndMsRole,                      ///< −1 while still speaking
        ConfidenceRole,                 ///< 0–1, −1 when not reported
        InterruptedRole,
        IsFinalRole,
        IdRole,
    };

    explicit TranscriptModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// Adds the segment or replaces the row with its id (moving it if its start time changed).
    void upsert(const TranscriptSegment& segment);
    /// The call ended: text still marked as being spoken is what was said; no row stays "speaking".
    void closeOpenSegments();
    /// Replaces everything, e.g. with a stored call's segments.
    void setSegments(const QList<TranscriptSegment>& segments);
    void clear();

    [[nodiscard]] TranscriptSegment segmentAt(int row) const;
    [[nodiscard]] QList<TranscriptSegment> segments() const { return m_rows; }
    /// −1 when no row has this id.
    [[nodiscard]] int rowOf(const QString& id) const;
    /// Rows whose text contains `text` (case-insensitive), in order; empty for an empty search.
    [[nodiscard]] QList<int> search(const QString& text) const;

    /// The translated name of a speaker value.
    [[nodiscard]] static QString speakerName(const QString& speaker);

private:
    int insertionRow(const TranscriptSegment& segment, quint64 arrival) const;

    QList<TranscriptSegment> m_rows;
    QList<quint64> m_arrival;  ///< per row: the order segments were first seen, the tie-breaker
    quint64 m_nextArrival = 0;
};

} // namespace calldeck
