#pragma once

#include "core/Clock.h"

#include <QElapsedTimer>
#include <QTimeZone>

#include <memory>

namespace calldeck {

/// A wall clock that starts at `start` and runs at real speed from there: a test puts the engine
/// on a chosen day (a Monday, a Sunday) while calls still take their real time.
inline WallClock shiftedClock(const QDateTime& start)
{
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    const QDateTime origin = start.toUTC();
    return [origin, elapsed] { return origin.addMSecs(elapsed->elapsed()); };
}

/// The moment a whole-flow test starts "now" on. CALLDECK_TEST_WEEKDAY picks the day: 1–7
/// (Monday–Sunday) is the next such day after today, at 10:00 UTC; "system" is the system clock
/// itself (for runs under libfaketime). Without it, `fallbackWeekday`. The chosen day always
/// lies ahead of the real time, so what the rest of the app stamps with the system clock (a task
/// saved "now") is already due on it.
inline QDateTime testStart(int fallbackWeekday)
{
    const QString wanted = qEnvironmentVariable("CALLDECK_TEST_WEEKDAY");
    if (wanted == QLatin1String("system")) {
        return QDateTime::currentDateTimeUtc();
    }
    bool ok = false;
    int weekday = wanted.toInt(&ok);
    if (!ok || weekday < 1 || weekday > 7) {
        weekday = fallbackWeekday;
    }
    QDate day = QDate::currentDate().addDays(1);
    while (day.dayOfWeek() != weekday) {
        day = day.addDays(1);
    }
    return QDateTime(day, QTime(10, 0), QTimeZone::utc());
}

/// The clock for testStart(): shifted unless the system clock was asked for.
inline WallClock testClock(const QDateTime& start)
{
    return qEnvironmentVariable("CALLDECK_TEST_WEEKDAY") == QLatin1String("system") ? systemClock() : shiftedClock(start);
}

} // namespace calldeck
