#include "models/TranscriptModel.h"

#include <algorithm>

namespace calldeck {

TranscriptModel::TranscriptModel(QObject* parent)
    : QAbstractListModel(parent)
{}

int TranscriptModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QString TranscriptModel::speakerName(const QString& speaker)
{
    if (speaker == QLatin1String("agent")) {
        //: Transcript speaker: the AI (or human) agent calling on the user's behalf.
        return tr("Agent");
    }
    if (speaker == QLatin1String("callee")) {
        //: Transcript speaker: the person who was called.
        return tr("Callee");
    }
    if (speaker == QLatin1String("supervisor")) {
        //: Transcript speaker: the CallDeck user talking into the call (barge-in).
        return tr("Supervisor");
    }
    //: Transcript speaker: CallDeck's own notes (call connected, recording on, …).
    return tr("System");
}

QVariant TranscriptModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const TranscriptSegment& segment = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QString(speakerName(segment.speaker) + QStringLiteral(": ") + segment.text);
    case Qt::ToolTipRole:
        return segment.text;
    case SpeakerRole:
        return segment.speaker;
    case SpeakerNameRole:
        return speakerName(segment.speaker);
    case TextRole:
        return segment.text;
    case StartMsRole:
        return segment.startMs;
    case EndMsRole:
        return segment.endMs;
    case ConfidenceRole:
        return segment.confidence;
    case InterruptedRole:
        return segment.interrupted;
    case IsFinalRole:
        return segment.isFinal;
    case IdRole:
        return segment.id;
    default:
        return {};
    }
}

QHash<int, QByteArray> TranscriptModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(SpeakerRole, "speaker");
    names.insert(SpeakerNameRole, "speakerName");
    names.insert(TextRole, "text");
    names.insert(StartMsRole, "startMs");
    names.insert(EndMsRole, "endMs");
    names.insert(ConfidenceRole, "confidence");
    names.insert(InterruptedRole, "interrupted");
    names.insert(IsFinalRole, "isFinal");
    names.insert(IdRole, "id");
    return names;
}

int TranscriptModel::rowOf(const QString& id) const
{
    if (id.isEmpty()) {
        return -1;
    }
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id) {
            return static_cast<int>(row);
        }
    }
    return -1;
}

int TranscriptModel::insertionRow(const TranscriptSegment& segment, quint64 arrival) const
{
    // After every row that started earlier, or at the same time but arrived first ...
    int row = 0;
    while (row < m_rows.size() &&
           (m_rows.at(row).startMs < segment.startMs ||
            (m_rows.at(row).startMs == segment.startMs && m_arrival.at(row) < arrival))) {
        ++row;
    }
    // ... and, only where the clock cannot tell (equal or missing start times), never before the
    // segment it follows nor after one that follows it. A link that contradicts two real start
    // times loses: people read a transcript by its times.
    const auto clockSilent = [](const TranscriptSegment& a, const TranscriptSegment& b) {
        return a.startMs <= 0 || b.startMs <= 0 || a.startMs == b.startMs;
    };
    if (const int previous = rowOf(segment.previousId); previous >= 0 && clockSilent(m_rows.at(previous), segment)) {
        row = std::max(row, previous + 1);
    }
    if (!segment.id.isEmpty()) {
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).previousId == segment.id && clockSilent(m_rows.at(i), segment)) {
                row = std::min(row, static_cast<int>(i));
                break;
            }
        }
    }
    return row;
}

void TranscriptModel::upsert(const TranscriptSegment& segment)
{
    const int existing = rowOf(segment.id);
    if (existing >= 0) {
        const TranscriptSegment& old = m_rows.at(existing);
        if (old.startMs == segment.startMs && old.previousId == segment.previousId) {
            m_rows[existing] = segment;
            const QModelIndex changed = index(existing);
            Q_EMIT dataChanged(changed, changed);
            return;
        }
        // The start moved (a partial's estimate corrected by the final): take it out and re-place it,
        // keeping its original arrival so ties still sort the way they first appeared.
        const quint64 arrival = m_arrival.at(existing);
        beginRemoveRows({}, existing, existing);
        m_rows.removeAt(existing);
        m_arrival.removeAt(existing);
        endRemoveRows();
        const int row = insertionRow(segment, arrival);
        beginInsertRows({}, row, row);
        m_rows.insert(row, segment);
        m_arrival.insert(row, arrival);
        endInsertRows();
        return;
    }
    const quint64 arrival = m_nextArrival++;
    const int row = insertionRow(segment, arrival);
    beginInsertRows({}, row, row);
    m_rows.insert(row, segment);
    m_arrival.insert(row, arrival);
    endInsertRows();
}

void TranscriptModel::setSegments(const QList<TranscriptSegment>& segments)
{
    beginResetModel();
    m_rows.clear();
    m_arrival.clear();
    endResetModel();
    for (const TranscriptSegment& segment : segments) {
        upsert(segment);
    }
}

void TranscriptModel::closeOpenSegments()
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        TranscriptSegment& segment = m_rows[row];
        if (!segment.isFinal) {
            segment.isFinal = true;
            if (segment.endMs < 0) {
                segment.endMs = segment.startMs;
            }
            const QModelIndex changed = index(static_cast<int>(row));
            Q_EMIT dataChanged(changed, changed);
        }
    }
}

void TranscriptModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_arrival.clear();
    endResetModel();
}

TranscriptSegment TranscriptModel::segmentAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : TranscriptSegment{};
}

QList<int> TranscriptModel::search(const QString& text) const
{
    QList<int> rows;
    const QString needle = text.trimmed();
    if (needle.isEmpty()) {
        return rows;
    }
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).text.contains(needle, Qt::CaseInsensitive)) {
            rows.append(static_cast<int>(row));
        }
    }
    return rows;
}

} // namespace calldeck
