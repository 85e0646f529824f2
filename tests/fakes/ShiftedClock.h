#pragma once

#include "core/Clock.h"

#include <QElapsedTimer>

#include <memory>

namespace calldeck {

/// A wall clock that starts at `start` and runs at real speed from there: a test puts the whole
/// engine on a chosen day (a Monday, a year end) while calls still take their real time.
inline WallClock shiftedClock(const QDateTime& start)
{
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    const QDateTime origin = start.toUTC();
    return [origin, elapsed] { return origin.addMSecs(elapsed->elapsed()); };
}

/// The day tests run "on": CALLDECK_TEST_DAY (YYYY-MM-DD, read at 10:00 UTC) when set, else `fallback`.
inline QDateTime testDay(const QDate& fallback)
{
    const QDate day = QDate::fromString(qEnvironmentVariable("CALLDECK_TEST_DAY"), Qt::ISODate);
    return QDateTime(day.isValid() ? day : fallback, QTime(10, 0), QTimeZone::utc());
}

} // namespace calldeck
