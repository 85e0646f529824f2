#include "conversation/realtime/RealtimeInputTimeline.h"

namespace calldeck {

void RealtimeInputTimeline::record(qint64 streamMs, qint64 tapUs, qint64 sentUs)
{
    m_entries[std::size_t(m_next)] = Entry{streamMs, tapUs, sentUs};
    m_next = (m_next + 1) % kCapacity;
    m_size = std::min(m_size + 1, kCapacity);
}

std::optional<RealtimeInputTimeline::Entry> RealtimeInputTimeline::find(qint64 streamMs) const
{
    std::optional<Entry> best;
    for (int i = 0; i < m_size; ++i) {
        const Entry& e = m_entries[std::size_t((m_next - 1 - i + kCapacity) % kCapacity)];
        if (e.streamMs <= streamMs) {
            best = e;
            break;
        }
        best = e;   // older than everything kept: the oldest is the best guess
    }
    return best;
}

void RealtimeInputTimeline::clear()
{
    m_next = 0;
    m_size = 0;
}

} // namespace calldeck
