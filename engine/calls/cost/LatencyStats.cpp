#include "calls/cost/LatencyStats.h"

#include <algorithm>
#include <cmath>

namespace calldeck {

void LatencyStats::add(const TurnLatency& latency)
{
    m_turns.append(latency);
}

double LatencyStats::percentileMs(QList<qint64> valuesUs, double p)
{
    if (valuesUs.isEmpty()) {
        return 0.0;
    }
    std::sort(valuesUs.begin(), valuesUs.end());
    // Nearest rank: the smallest value with at least p % of the turns at or below it.
    const double rank = std::ceil(std::clamp(p, 0.0, 100.0) / 100.0 * double(valuesUs.size()));
    const qsizetype index = std::clamp<qsizetype>(qsizetype(rank) - 1, 0, valuesUs.size() - 1);
    return double(valuesUs.at(index)) / 1000.0;
}

double LatencyStats::totalPercentileMs(double p) const
{
    QList<qint64> values;
    values.reserve(m_turns.size());
    for (const TurnLatency& t : m_turns) {
        values.append(t.totalUs);
    }
    return percentileMs(values, p);
}

double LatencyStats::internalPercentileMs(double p) const
{
    QList<qint64> values;
    values.reserve(m_turns.size());
    for (const TurnLatency& t : m_turns) {
        values.append(t.internalUs);
    }
    return percentileMs(values, p);
}

} // namespace calldeck
