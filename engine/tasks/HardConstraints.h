#pragma once

#include <QDate>
#include <QStringList>
#include <QTime>

namespace calldeck {

/// Limits the call must respect (seed 002 §2.4 hard_constraints): a date range, a daily time
/// window in the task's time zone, and any other rule in words. Invalid dates/times mean "none".
struct HardConstraints
{
    QDate earliestDate;
    QDate latestDate;
    QTime windowStart;     ///< with windowEnd: "between 09:00 and 17:00"
    QTime windowEnd;
    QStringList other;     ///< "must be a weekday", "no later than noon on Friday"

    [[nodiscard]] bool isEmpty() const
    {
        return !earliestDate.isValid() && !latestDate.isValid() && !windowStart.isValid() && !windowEnd.isValid()
               && other.isEmpty();
    }
    bool operator==(const HardConstraints&) const = default;
};

} // namespace calldeck
