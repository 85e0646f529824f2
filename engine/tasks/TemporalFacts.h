#pragma once

#include <QDate>
#include <QStringList>
#include <QTime>

namespace calldeck {

/// Dates, times and time-of-day preferences found in an instruction by TemporalExtractor.
struct TemporalFacts
{
    QDate earliestDate;
    QDate latestDate;
    QTime windowStart;
    QTime windowEnd;
    QStringList preferences; ///< "prefer_morning", "prefer_afternoon", "prefer_evening"

    [[nodiscard]] bool hasDates() const { return earliestDate.isValid() || latestDate.isValid(); }
    [[nodiscard]] bool hasWindow() const { return windowStart.isValid() && windowEnd.isValid(); }
};

} // namespace calldeck
