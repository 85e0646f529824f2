#include "postcall/DateMention.h"

#include "core/CalendarPhrases.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <optional>

namespace calldeck {

namespace {

constexpr int kDaysPerWeek = 7;
constexpr int kMonths = 12;
constexpr int kLastAfternoonHour = 7; // "at 2:15" on a business line means 14:15
constexpr int kNoon = 12;
constexpr int kMaxHour = 23;
constexpr int kMaxMinute = 59;
constexpr int kCenturyYears = 2000;

struct Found
{
    qsizetype position = 0;
    qsizetype length = 0;
};

struct DayFound : Found
{
    QDate date;
};

struct TimeFound : Found
{
    QTime time;
};

const QLocale& english()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

/// 1–12 for an English month name or its three-letter (or "sept") abbreviation; 0 otherwise.
int monthNumber(const QString& word)
{
    const QString lower = word.toLower();
    for (int month = 1; month <= kMonths; ++month) {
        const QString name = english().monthName(month, QLocale::LongFormat).toLower();
        if (lower == name || lower == name.left(3) || (month == 9 && lower == u"sept")) {
            return month;
        }
    }
    return 0;
}

/// 1 (Monday) – 7 for an English weekday name or its usual abbreviations; 0 otherwise.
int weekdayNumber(const QString& word)
{
    const QString lower = word.toLower();
    for (int day = 1; day <= kDaysPerWeek; ++day) {
        const QString name = english().dayName(day, QLocale::LongFormat).toLower();
        // Spoken transcripts write names in full; "tues" and "thurs" are the only short forms kept,
        // since "sun", "sat" or "wed" are ordinary words far more often than days.
        if (lower == name || (lower.size() >= 4 && name.startsWith(lower))) {
            return day;
        }
    }
    return 0;
}

QDate weekdayAfter(const QDate& reference, int weekday, bool next)
{
    // The planner reads the user's "next Friday" with the same rules (CalendarPhrases).
    return CalendarPhrases::weekday(reference, weekday,
                                    next ? CalendarPhrases::Qualifier::Next : CalendarPhrases::Qualifier::None);
}

QDate monthDay(const QDate& reference, int month, int day, int year)
{
    if (year > 0) {
        return QDate(year < 100 ? kCenturyYears + year : year, month, day);
    }
    QDate date(reference.year(), month, day);
    if (date.isValid() && date < reference) {
        date = QDate(reference.year() + 1, month, day);
    }
    return date;
}

QList<DayFound> findDays(const QString& text, const QDate& reference)
{
    static const QString monthAlternatives = QStringLiteral(
        "january|february|march|april|may|june|july|august|september|october|november|december|"
        "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec");
    static const QRegularExpression weekday(
        QStringLiteral("\\b(?:(next|this|coming)\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                       "tues|thurs)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression relative(QStringLiteral("\\b(today|tomorrow)\\b"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression monthFirst(
        QStringLiteral("\\b(%1)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?").arg(monthAlternatives),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dayFirst(
        QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(%1)\\b\\.?(?:,?\\s+(\\d{4}))?").arg(monthAlternatives),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression iso(QStringLiteral("\\b(\\d{4}-\\d{2}-\\d{2})\\b"));
    // US order, as said on North American lines: 11/30 or 11/30/2026.
    static const QRegularExpression numeric(QStringLiteral("\\b(\\d{1,2})/(\\d{1,2})(?:/(\\d{2}|\\d{4}))?\\b"));

    QList<DayFound> days;
    const auto add = [&days](const QRegularExpressionMatch& match, const QDate& date) {
        if (date.isValid()) {
            days.append(DayFound{{match.capturedStart(), match.capturedLength()}, date});
        }
    };
    for (auto it = weekday.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString qualifier = match.captured(1).toLower();
        add(match, weekdayAfter(reference, weekdayNumber(match.captured(2)), qualifier == u"next"));
    }
    for (auto it = relative.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        add(match, match.captured(1).toLower() == u"today" ? reference : reference.addDays(1));
    }
    for (auto it = monthFirst.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        add(match, monthDay(reference, monthNumber(match.captured(1)), match.captured(2).toInt(),
                            match.captured(3).toInt()));
    }
    for (auto it = dayFirst.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        add(match, monthDay(reference, monthNumber(match.captured(2)), match.captured(1).toInt(),
                            match.captured(3).toInt()));
    }
    for (auto it = iso.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        add(match, QDate::fromString(match.captured(1), Qt::ISODate));
    }
    for (auto it = numeric.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const int month = match.captured(1).toInt();
        if (month >= 1 && month <= kMonths) {
            add(match, monthDay(reference, month, match.captured(2).toInt(), match.captured(3).toInt()));
        }
    }
    // A weekday directly followed by its date ("Tuesday, November 24") is one mention: keep the
    // longer, more exact one by dropping matches that overlap an earlier-starting one.
    std::sort(days.begin(), days.end(), [](const DayFound& a, const DayFound& b) {
        return a.position != b.position ? a.position < b.position : a.length > b.length;
    });
    QList<DayFound> merged;
    for (const DayFound& day : days) {
        if (!merged.isEmpty()) {
            DayFound& last = merged.last();
            const qsizetype lastEnd = last.position + last.length;
            const bool joined = day.position >= lastEnd && day.position - lastEnd <= 2
                                && text.mid(lastEnd, day.position - lastEnd).trimmed().remove(QLatin1Char(',')).isEmpty();
            if (day.position < lastEnd || joined) {
                // The explicit date wins over the weekday it follows.
                if (joined || day.length > last.length) {
                    last.date = day.date;
                }
                last.length = std::max(lastEnd, day.position + day.length) - last.position;
                continue;
            }
        }
        merged.append(day);
    }
    return merged;
}

std::optional<QTime> timeOf(int hour, int minute, const QString& meridiem, bool hasMeridiem)
{
    if (minute < 0 || minute > kMaxMinute) {
        return std::nullopt;
    }
    if (hasMeridiem) {
        if (hour < 1 || hour > kNoon) {
            return std::nullopt;
        }
        const bool pm = meridiem.startsWith(QLatin1Char('p'), Qt::CaseInsensitive);
        hour = hour % kNoon + (pm ? kNoon : 0);
    } else if (hour >= 1 && hour <= kLastAfternoonHour) {
        hour += kNoon;
    } else if (hour > kMaxHour) {
        return std::nullopt;
    }
    return QTime(hour, minute);
}

QList<TimeFound> findTimes(const QString& text)
{
    // A bare number is only a time when it has minutes or am/pm ("at 10" is too ambiguous).
    static const QRegularExpression clock(
        QStringLiteral("\\b(\\d{1,2})(?::(\\d{2}))?\\s*(a\\.?\\s?m\\.?|p\\.?\\s?m\\.?)?(?![\\w:/])"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression noon(QStringLiteral("\\b(noon|midday)\\b"), QRegularExpression::CaseInsensitiveOption);
    QList<TimeFound> times;
    for (auto it = clock.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const bool hasMinutes = match.capturedLength(2) > 0;
        const bool hasMeridiem = match.capturedLength(3) > 0;
        if (!hasMinutes && !hasMeridiem) {
            continue;
        }
        const std::optional<QTime> time = timeOf(match.captured(1).toInt(), hasMinutes ? match.captured(2).toInt() : 0,
                                                 match.captured(3), hasMeridiem);
        if (time) {
            qsizetype length = match.capturedLength();
            // Keep the trailing space of "10 " out of the fragment.
            while (length > 0 && text.at(match.capturedStart() + length - 1).isSpace()) {
                --length;
            }
            times.append(TimeFound{{match.capturedStart(), length}, *time});
        }
    }
    for (auto it = noon.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        times.append(TimeFound{{match.capturedStart(), match.capturedLength()}, QTime(kNoon, 0)});
    }
    return times;
}

/// True when only joining words stand between the two positions ("at", "on", commas, spaces).
bool joinedBy(const QString& text, qsizetype from, qsizetype to)
{
    if (to < from) {
        return false;
    }
    QString gap = text.mid(from, to - from).toLower();
    gap.remove(QLatin1Char(','));
    gap = gap.simplified();
    return gap.isEmpty() || gap == u"at" || gap == u"on" || gap == u"around" || gap == u"at around";
}

} // namespace

QList<DateMention> DateMention::find(const QString& text, const QDateTime& reference)
{
    const QDate referenceDay = reference.date();
    const QList<DayFound> days = findDays(text, referenceDay);
    const QList<TimeFound> times = findTimes(text);
    QList<DateMention> mentions;
    for (const DayFound& day : days) {
        DateMention mention;
        qsizetype start = day.position;
        qsizetype end = day.position + day.length;
        std::optional<QTime> time;
        for (const TimeFound& candidate : times) {
            // "Tuesday at 10:30" (time after) or "10:30 on Tuesday" (time before).
            if (candidate.position >= end && joinedBy(text, end, candidate.position)) {
                time = candidate.time;
                end = candidate.position + candidate.length;
                break;
            }
            if (candidate.position + candidate.length <= start && joinedBy(text, candidate.position + candidate.length, start)) {
                time = candidate.time;
                start = candidate.position;
                break;
            }
        }
        mention.hasTime = time.has_value();
        mention.at = QDateTime(day.date, time.value_or(QTime(0, 0)), reference.timeZone());
        mention.fragment = text.mid(start, end - start);
        mention.position = start;
        mentions.append(mention);
    }
    return mentions;
}

} // namespace calldeck
