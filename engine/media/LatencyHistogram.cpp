#include "media/LatencyHistogram.h"

#include <algorithm>

namespace calldeck {

void LatencyHistogram::record(qint64 us)
{
    us = std::max<qint64>(us, 0);
    const auto bucket = std::size_t(std::min<qint64>(us / kBucketUs, kBuckets));
    m_counts[bucket].fetch_add(1, std::memory_order_relaxed);
    if (us > m_maxUs.load(std::memory_order_relaxed))
        m_maxUs.store(us, std::memory_order_relaxed);
}

quint64 LatencyHistogram::count() const
{
    quint64 total = 0;
    for (const auto& c : m_counts)
        total += c.load(std::memory_order_relaxed);
    return total;
}

qint64 LatencyHistogram::percentileUs(double fraction) const
{
    const quint64 total = count();
    if (total == 0)
        return 0;
    const auto target = quint64(double(total) * std::clamp(fraction, 0.0, 1.0));
    quint64 seen = 0;
    for (std::size_t i = 0; i < m_counts.size(); ++i) {
        seen += m_counts[i].load(std::memory_order_relaxed);
        if (seen >= target && seen > 0)
            return i == std::size_t(kBuckets) ? maxUs() : qint64(i + 1) * kBucketUs;
    }
    return maxUs();
}

void LatencyHistogram::reset()
{
    for (auto& c : m_counts)
        c.store(0, std::memory_order_relaxed);
    m_maxUs.store(0, std::memory_order_relaxed);
}

} // namespace calldeck
