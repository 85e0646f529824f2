#include "core/CalendarPhrases.h"

namespace calldeck::CalendarPhrases {

namespace {
constexpr int kDaysPerWeek = 7;
constexpr int kSaturday = 6;
} // namespace

QDate weekday(const QDate& today, int dayOfWeek, Qualifier qualifier)
{
    if (!today.isValid() || dayOfWeek < 1 || dayOfWeek > kDaysPerWeek) {
        return {};
    }
    if (qualifier == Qualifier::Next) {
        const QDate nextMonday = today.addDays(kDaysPerWeek + 1 - today.dayOfWeek());
        return nextMonday.addDays(dayOfWeek - 1);
    }
    int ahead = (dayOfWeek - today.dayOfWeek() + kDaysPerWeek) % kDaysPerWeek;
    return today.addDays(ahead == 0 ? kDaysPerWeek : ahead);
}

DaySpan thisWeek(const QDate& today)
{
    if (!today.isValid()) {
        return {};
    }
    const QDate sunday = today.addDays(kDaysPerWeek - today.dayOfWeek());
    return {today, today.dayOfWeek() >= kSaturday ? sunday.addDays(kDaysPerWeek) : sunday};
}

DaySpan nextWeek(const QDate& today)
{
    if (!today.isValid()) {
        return {};
    }
    const QDate monday = today.addDays(kDaysPerWeek + 1 - today.dayOfWeek());
    return {monday, monday.addDays(kDaysPerWeek - 1)};
}

} // namespace calldeck::CalendarPhrases
