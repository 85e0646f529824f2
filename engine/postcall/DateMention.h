#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace calldeck {

/// A date (and usually a time) said on a call, e.g. "next Tuesday at 10:30", resolved against
/// the day of the call. Plain value type; find() does the reading.
struct DateMention
{
    QDateTime at;           ///< in the reference's time zone; time 00:00 when only a day was said
    bool hasTime = false;   ///< false for "Tuesday" alone
    QString fragment;       ///< the words as said ("next Tuesday at 10:30")
    qsizetype position = 0; ///< where the fragment starts in the text

    /// Every date said in `text`, in order. `reference` is the moment of the call in the user's
    /// zone. Weekdays follow CalendarPhrases (the planner's rules): "Tuesday" is the first Tuesday
    /// after that day, "next Tuesday" the Tuesday of the following Monday–Sunday week;
    /// "November 30" without a year is the next such day on or after the call day. A time without
    /// am/pm is read as business hours: 1–7 are afternoon hours, 8–12 morning hours and noon.
    static QList<DateMention> find(const QString& text, const QDateTime& reference);
};

} // namespace calldeck
