#include "models/CallListModel.h"

#include <algorithm>

namespace calldeck {

CallListModel::CallListModel(QObject* parent) : QAbstractTableModel(parent), m_nowUtc(QDateTime::currentDateTimeUtc())
{
}

int CallListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_calls.size());
}

int CallListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_calls.size()) {
        return {};
    }
    const CallSnapshot& call = m_calls.at(index.row());
    if (role == CallKeyRole) {
        return call.callKey;
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NumberColumn:
            return call.to;
        case LineColumn:
            return lineText(call);
        case StateColumn:
            return stateText(call);
        case DurationColumn:
            return formatDuration(talkTimeMs(call, m_nowUtc));
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == StateColumn && !call.twilioStatus.isEmpty()) {
        //: Tooltip on a call's state; %1 is Twilio's raw status such as "in-progress".
        return tr("Last status from the provider: %1").arg(call.twilioStatus);
    }
    if (role == Qt::TextAlignmentRole && index.column() == DurationColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant CallListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case LineColumn:
        //: Column: which line carries the call (sandbox persona or Twilio).
        return tr("Line");
    case StateColumn:
        return tr("State");
    case DurationColumn:
        //: Column: talk time of a call.
        return tr("Time");
    default:
        return {};
    }
}

void CallListModel::upsert(const CallSnapshot& call)
{
    if (const int row = rowOf(call.callKey); row >= 0) {
        m_calls[row] = call;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, 0, 0);
    m_calls.prepend(call);
    endInsertRows();
}

int CallListModel::rowOf(const QString& callKey) const
{
    const auto it = std::find_if(m_calls.cbegin(), m_calls.cend(),
                                 [&callKey](const CallSnapshot& call) { return call.callKey == callKey; });
    return it == m_calls.cend() ? -1 : static_cast<int>(it - m_calls.cbegin());
}

CallSnapshot CallListModel::callAt(int row) const
{
    return row >= 0 && row < m_calls.size() ? m_calls.at(row) : CallSnapshot{};
}

int CallListModel::liveCount() const
{
    return static_cast<int>(std::count_if(m_calls.cbegin(), m_calls.cend(), [](const CallSnapshot& call) {
        return call.isLive();
    }));
}

void CallListModel::setNow(const QDateTime& nowUtc)
{
    m_nowUtc = nowUtc;
    if (!m_calls.isEmpty()) {
        Q_EMIT dataChanged(index(0, DurationColumn), index(rowCount() - 1, DurationColumn), {Qt::DisplayRole});
    }
}

QString CallListModel::stateText(const CallSnapshot& call)
{
    switch (call.state) {
    case CallState::Dialling:
        return tr("Dialling…");
    case CallState::Ringing:
        return tr("Ringing…");
    case CallState::Connected:
        //: The call was answered but the audio stream has not started yet.
        return call.mediaConnected ? tr("Connected") : tr("Connected — starting audio…");
    case CallState::Ending:
        return tr("Hanging up…");
    case CallState::Ended:
        break;
    }
    const QString reason = endReasonText(call);
    //: %1 is why the call ended, e.g. "The line was busy."
    return reason.isEmpty() ? tr("Ended") : tr("Ended — %1").arg(reason);
}

QString CallListModel::endReasonText(const CallSnapshot& call)
{
    if (!call.endReason.isEmpty()) {
        return call.endReason;
    }
    if (call.outcome == QLatin1String("completed")) {
        return tr("The call finished normally.");
    }
    if (call.outcome == QLatin1String("busy")) {
        return tr("The line was busy.");
    }
    if (call.outcome == QLatin1String("no-answer")) {
        return tr("Nobody answered.");
    }
    if (call.outcome == QLatin1String("canceled")) {
        return tr("The call was cancelled before it was answered.");
    }
    if (call.outcome == QLatin1String("failed")) {
        return tr("The call could not be connected.");
    }
    return {};
}

QString CallListModel::lineText(const CallSnapshot& call)
{
    if (call.provider == QLatin1String("sandbox")) {
        //: A call on the simulated line; %1 is the persona answering, e.g. "dental".
        return call.persona.isEmpty() ? tr("Sandbox") : tr("Sandbox · %1").arg(call.persona);
    }
    if (call.provider == QLatin1String("twilio")) {
        return tr("Twilio");
    }
    return call.provider;
}

qint64 CallListModel::talkTimeMs(const CallSnapshot& call, const QDateTime& nowUtc)
{
    if (!call.connectedAt.isValid()) {
        return -1;
    }
    const QDateTime end = call.endedAt.isValid() ? call.endedAt : nowUtc;
    return std::max<qint64>(0, call.connectedAt.msecsTo(end));
}

QString CallListModel::formatDuration(qint64 durationMs)
{
    if (durationMs < 0) {
        return QStringLiteral("--:--");
    }
    const qint64 totalSeconds = durationMs / 1000;
    const qint64 hours = totalSeconds / 3600;
    const qint64 minutes = (totalSeconds / 60) % 60;
    const qint64 seconds = totalSeconds % 60;
    const auto two = [](qint64 value) { return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0')); };
    if (hours > 0) {
        return QStringLiteral("%1:%2:%3").arg(QString::number(hours), two(minutes), two(seconds));
    }
    return QStringLiteral("%1:%2").arg(two(minutes), two(seconds));
}

} // namespace calldeck
