#pragma once

#include "conversation/AgentTypes.h"

#include <QList>

namespace calldeck {

/// Per-turn latency of one call (PRODUCT V9) and its p50/p95, for the monitor and the stored
/// session: total = callee's end of speech → first agent audio to Twilio; internal = CallDeck's part.
class LatencyStats
{
public:
    /// Records one turn.
    void add(const TurnLatency& latency);
    /// Turns recorded.
    [[nodiscard]] int count() const { return int(m_turns.size()); }
    /// The recorded turns, in order.
    [[nodiscard]] QList<TurnLatency> turns() const { return m_turns; }
    /// Nearest-rank percentile (0 < p ≤ 100) of the total latency in ms; 0 without turns.
    [[nodiscard]] double totalPercentileMs(double p) const;
    /// Nearest-rank percentile of the internal latency in ms; 0 without turns.
    [[nodiscard]] double internalPercentileMs(double p) const;
    [[nodiscard]] double p50TotalMs() const { return totalPercentileMs(50); }
    [[nodiscard]] double p95TotalMs() const { return totalPercentileMs(95); }
    [[nodiscard]] double p50InternalMs() const { return internalPercentileMs(50); }
    [[nodiscard]] double p95InternalMs() const { return internalPercentileMs(95); }

private:
    [[nodiscard]] static double percentileMs(QList<qint64> valuesUs, double p);
    QList<TurnLatency> m_turns;
};

} // namespace calldeck
