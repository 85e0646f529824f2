#pragma once

#include <QDateTime>

#include <functional>

namespace calldeck {

/// The wall clock, in UTC. Everything in the engine that reads the calendar — the planner's
/// "this week", the extractor's "next Tuesday", schedules, retry times, rate-limit windows,
/// calling hours — asks one of these instead of the system clock, so a test (or a demo) can run
/// the whole flow on any chosen day. Durations inside one call may still use a monotonic timer.
using WallClock = std::function<QDateTime()>;

/// The system's clock: QDateTime::currentDateTimeUtc().
[[nodiscard]] WallClock systemClock();

/// `clock()` when one is set, else the system's time: for code that takes an optional clock.
[[nodiscard]] QDateTime nowFrom(const WallClock& clock);

} // namespace calldeck
