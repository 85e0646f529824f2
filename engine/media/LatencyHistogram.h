#pragma once

#include <QtGlobal>

#include <array>
#include <atomic>

namespace calldeck {

/// Counts latencies in 50 µs buckets up to 100 ms (plus an overflow bucket). One writer (a media
/// thread), any number of readers; lock-free, so the media path never waits on a reader.
class LatencyHistogram
{
public:
    static constexpr qint64 kBucketUs = 50;
    static constexpr int kBuckets = 2000;

    void record(qint64 us);
    /// The latency below which `fraction` (0…1) of the samples lie, in µs (bucket upper edge);
    /// 0 when empty.
    [[nodiscard]] qint64 percentileUs(double fraction) const;
    [[nodiscard]] quint64 count() const;
    [[nodiscard]] qint64 maxUs() const { return m_maxUs.load(std::memory_order_relaxed); }
    void reset();

private:
    std::array<std::atomic<quint64>, kBuckets + 1> m_counts{};
    std::atomic<qint64> m_maxUs{0};
};

} // namespace calldeck
