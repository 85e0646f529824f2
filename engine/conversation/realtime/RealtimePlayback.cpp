#include "conversation/realtime/RealtimePlayback.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace calldeck {

QString RealtimePlayback::addDelta(const QString& itemId, qint64 bytes, qint64 latestMediaTs)
{
    if (itemId != m_itemId) {
        reset();
        m_itemId = itemId;
        // Null-checked explicitly: a start at stream time 0 is a real start (node sample #33).
        m_startTs = std::max<qint64>(0, latestMediaTs);
    }
    m_bytes += bytes;
    m_pendingBytes.push_back(m_bytes);
    return m_itemId + u'@' + QString::number(m_bytes);
}

void RealtimePlayback::markPlayed(const QString& label)
{
    const qsizetype at = label.lastIndexOf(u'@');
    if (at <= 0 || QStringView(label).left(at) != m_itemId)
        return;
    bool ok = false;
    const qint64 position = QStringView(label).mid(at + 1).toLongLong(&ok);
    if (!ok)
        return;
    m_ackedBytes = std::max(m_ackedBytes, position);
    m_anyAcked = true;
    while (!m_pendingBytes.empty() && m_pendingBytes.front() <= position)
        m_pendingBytes.pop_front();
}

std::optional<RealtimePlayback::Cut> RealtimePlayback::cut(qint64 latestMediaTs)
{
    if (!playing()) {
        reset();
        return std::nullopt;
    }
    const qint64 sentMs = m_bytes / kBytesPerMs;
    const qint64 ackedMs = m_ackedBytes / kBytesPerMs;
    // The stream clock runs from when the item's first audio left, not from when Twilio started
    // playing it, so it can overshoot; an acknowledged mark is certain, and once marks are seen to
    // come back, audio behind the first unacknowledged one was not heard completely.
    qint64 upperMs = sentMs;
    if (m_anyAcked)
        upperMs = std::min(upperMs, m_pendingBytes.front() / kBytesPerMs);
    const qint64 elapsedMs = latestMediaTs - m_startTs;
    Cut result{m_itemId, std::clamp(elapsedMs, ackedMs, std::max(ackedMs, upperMs)), sentMs};
    reset();
    return result;
}

void RealtimePlayback::reset()
{
    m_itemId.clear();
    m_startTs = -1;
    m_bytes = 0;
    m_ackedBytes = 0;
    m_anyAcked = false;
    m_pendingBytes.clear();
}

} // namespace calldeck
