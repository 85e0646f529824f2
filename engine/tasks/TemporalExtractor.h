#pragma once

#include "tasks/TemporalFacts.h"

#include <QDate>
#include <QString>

namespace calldeck {

/// Finds dates and times in an English instruction relative to `today` (the user's local date):
/// "today", "tomorrow", "this week", "next week", "this month", "within 3 days", weekdays with
/// on/by/before/until/after/next ("by Friday"), ISO dates ("2025-11-27"), month-day dates
/// ("Nov 27", "November 27th"), time windows ("between 9am and 5pm", "from 9 to 11:30",
/// "9:00-12:00"), single bounds ("after 3pm", "before noon") and parts of the day ("mornings").
/// Weekdays and weeks follow CalendarPhrases, the rules the post-call extractor reads a callee's
/// words with. Phone numbers and prices must be blanked out of `text` first.
class TemporalExtractor
{
public:
    /// What the text says about when; everything invalid/empty when it says nothing.
    static TemporalFacts extract(const QString& text, const QDate& today);
};

} // namespace calldeck
