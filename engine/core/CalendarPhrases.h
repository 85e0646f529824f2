#pragma once

#include <QDate>

namespace calldeck {

/// How CallDeck reads the relative day words people use — "Friday", "next Tuesday", "this week",
/// "next week" — on every day of the week. The planner (reading the user's instruction) and the
/// post-call extractor (reading what the callee said) both resolve them here, so the window a plan
/// promises and the booking a call brings back are measured with the same calendar.
///
/// Weeks run Monday to Sunday (ISO 8601). The rules, and why:
/// - A bare weekday ("Tuesday", also "this Tuesday", "coming Tuesday") is the first such day
///   after today. Said on a Tuesday it is a week away: people call their own day "today".
/// - "next Tuesday" is the Tuesday of the following Monday–Sunday week, so on a Monday it is
///   eight days away, not tomorrow: someone who means tomorrow says "tomorrow" or "Tuesday", and
///   "next" is said to point past the nearer one. On a Sunday the following week starts the next
///   day, so "next Tuesday" is two days away — the same day as "Tuesday".
/// - "this week" runs from today to Sunday. On a Saturday or a Sunday nothing but the weekend is
///   left of the week, and a person asking for "this week" then means the days ahead: the window
///   runs to the following Sunday.
/// - "next week" is the following Monday to Sunday.
namespace CalendarPhrases {

enum class Qualifier
{
    None, ///< "Tuesday", "this Tuesday", "coming Tuesday"
    Next, ///< "next Tuesday"
};

/// The day `dayOfWeek` (1 = Monday … 7 = Sunday) names when said on `today`; invalid for a bad day.
[[nodiscard]] QDate weekday(const QDate& today, int dayOfWeek, Qualifier qualifier);

/// A span of whole days, both ends included.
struct DaySpan
{
    QDate first;
    QDate last;
};

/// "this week" said on `today`.
[[nodiscard]] DaySpan thisWeek(const QDate& today);
/// "next week" said on `today`.
[[nodiscard]] DaySpan nextWeek(const QDate& today);

} // namespace CalendarPhrases

} // namespace calldeck
