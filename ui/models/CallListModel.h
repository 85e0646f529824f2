#pragma once

#include "calls/CallSnapshot.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace calldeck {

/// The monitor panel's list of calls: one row per CallSnapshot (number, line, state, duration),
/// newest first, updated in place as the engine reports progress.
class CallListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        LineColumn,
        StateColumn,
        DurationColumn,
        ColumnCount,
    };
    /// Item role carrying the row's call key.
    static constexpr int CallKeyRole = Qt::UserRole + 1;

    explicit CallListModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// Adds the call (at the top) or replaces the row with the same call key.
    void upsert(const CallSnapshot& call);
    [[nodiscard]] int rowOf(const QString& callKey) const;
    [[nodiscard]] CallSnapshot callAt(int row) const;
    [[nodiscard]] int liveCount() const;
    /// The clock durations are measured against; advancing it refreshes the duration column only.
    void setNow(const QDateTime& nowUtc);
    [[nodiscard]] QDateTime now() const { return m_nowUtc; }

    /// "Dialling…", "Connected", "Ended — The line was busy." as the monitor panel shows it.
    [[nodiscard]] static QString stateText(const CallSnapshot& call);
    /// Why the call ended, in words (the engine's reason, else one derived from the outcome).
    [[nodiscard]] static QString endReasonText(const CallSnapshot& call);
    /// "Persona name (sandbox)" or "Twilio".
    [[nodiscard]] static QString lineText(const CallSnapshot& call);
    /// Talk time so far: from answer to the end (or to `nowUtc` while live); -1 before answer.
    [[nodiscard]] static qint64 talkTimeMs(const CallSnapshot& call, const QDateTime& nowUtc);
    /// "mm:ss", or "h:mm:ss" from an hour on; "--:--" for a negative duration.
    [[nodiscard]] static QString formatDuration(qint64 durationMs);

private:
    QList<CallSnapshot> m_calls;
    QDateTime m_nowUtc;
};

} // namespace calldeck
