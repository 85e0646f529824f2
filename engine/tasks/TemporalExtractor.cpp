#include "tasks/TemporalExtractor.h"

#include "core/CalendarPhrases.h"

#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace calldeck {

namespace {

enum class Bound
{
    Exact,  ///< "on Friday", "Friday"
    Latest, ///< "by Friday", "until Friday", "before Friday" (the day before)
    Earliest,
};

struct Mention
{
    qsizetype position = 0;
    QDate date;
    Bound bound = Bound::Exact;
};

const QString kDayNames = QStringLiteral("monday|tuesday|wednesday|thursday|friday|saturday|sunday");
const QString kMonthNames =
    QStringLiteral("jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                   "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?");
const QString kQualifier = QStringLiteral(R"((?:\b(on|by|before|until|till|after|from|starting|next)\s+)?)");

Bound boundOf(const QString& qualifier, QDate& date)
{
    if (qualifier == QLatin1String("by") || qualifier == QLatin1String("until") || qualifier == QLatin1String("till")) {
        return Bound::Latest;
    }
    if (qualifier == QLatin1String("before")) {
        date = date.addDays(-1);
        return Bound::Latest;
    }
    if (qualifier == QLatin1String("after")) {
        date = date.addDays(1);
        return Bound::Earliest;
    }
    if (qualifier == QLatin1String("from") || qualifier == QLatin1String("starting")) {
        return Bound::Earliest;
    }
    return Bound::Exact;
}

int monthNumber(const QString& name)
{
    static const QStringList prefixes = {QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                         QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                         QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                         QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    return int(prefixes.indexOf(name.left(3))) + 1;
}

void collectWeekdays(const QString& text, const QDate& today, QList<Mention>& mentions)
{
    static const QRegularExpression pattern(kQualifier + QStringLiteral(R"(\b(this\s+)?(%1)s?\b)").arg(kDayNames));
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString qualifier = match.captured(1);
        const int weekday = int(kDayNames.split(QLatin1Char('|')).indexOf(match.captured(3))) + 1;
        // The same rules the post-call extractor reads the callee's words with (CalendarPhrases).
        QDate date = CalendarPhrases::weekday(today, weekday,
                                              qualifier == QLatin1String("next") ? CalendarPhrases::Qualifier::Next
                                                                                 : CalendarPhrases::Qualifier::None);
        const Bound bound = boundOf(qualifier, date);
        mentions.append({match.capturedStart(), date, bound});
    }
}

void collectIsoDates(const QString& text, QList<Mention>& mentions)
{
    static const QRegularExpression pattern(kQualifier + QStringLiteral(R"(\b(\d{4}-\d{2}-\d{2})\b)"));
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        QDate date = QDate::fromString(match.captured(2), Qt::ISODate);
        if (date.isValid()) {
            const Bound bound = boundOf(match.captured(1), date);
            mentions.append({match.capturedStart(), date, bound});
        }
    }
}

void collectMonthDays(const QString& text, const QDate& today, QList<Mention>& mentions)
{
    static const QRegularExpression pattern(
        kQualifier + QStringLiteral(R"(\b(%1)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b)").arg(kMonthNames));
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        QDate date(today.year(), monthNumber(match.captured(2)), match.captured(3).toInt());
        if (date.isValid() && date < today) {
            date = date.addYears(1); // "Jan 5" said in December means next January
        }
        if (date.isValid()) {
            const Bound bound = boundOf(match.captured(1), date);
            mentions.append({match.capturedStart(), date, bound});
        }
    }
}

void applyRelativeRanges(const QString& text, const QDate& today, TemporalFacts& facts)
{
    if (text.contains(QLatin1String("next week"))) {
        const CalendarPhrases::DaySpan week = CalendarPhrases::nextWeek(today);
        facts.earliestDate = week.first;
        facts.latestDate = week.last;
    } else if (text.contains(QLatin1String("this week")) || text.contains(QLatin1String("within the week"))) {
        const CalendarPhrases::DaySpan week = CalendarPhrases::thisWeek(today);
        facts.earliestDate = week.first;
        facts.latestDate = week.last;
    } else if (text.contains(QLatin1String("this month"))) {
        facts.earliestDate = today;
        facts.latestDate = QDate(today.year(), today.month(), today.daysInMonth());
    } else if (text.contains(QLatin1String("tomorrow"))) {
        facts.earliestDate = today.addDays(1);
        facts.latestDate = facts.earliestDate;
    } else if (QRegularExpression(QStringLiteral(R"(\btoday\b|\btonight\b)")).match(text).hasMatch()) {
        facts.earliestDate = today;
        facts.latestDate = today;
    }
    static const QRegularExpression within(QStringLiteral(R"(\bwithin\s+(?:the\s+next\s+)?(\d{1,3})\s+days?\b)"));
    const QRegularExpressionMatch match = within.match(text);
    if (match.hasMatch()) {
        facts.earliestDate = today;
        facts.latestDate = today.addDays(match.captured(1).toInt());
    }
}

std::optional<QTime> timeOf(const QString& hourText, const QString& minuteText, const QString& suffix)
{
    int hour = hourText.toInt();
    const int minute = minuteText.isEmpty() ? 0 : minuteText.toInt();
    if (suffix.startsWith(QLatin1Char('p')) && hour < 12) {
        hour += 12;
    } else if (suffix.startsWith(QLatin1Char('a')) && hour == 12) {
        hour = 0;
    }
    const QTime time(hour, minute);
    return time.isValid() ? std::optional<QTime>(time) : std::nullopt;
}

const QString kTime = QStringLiteral(R"((noon|midnight|(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?))");

/// One time from the captures of kTime starting at `first`.
std::optional<QTime> capturedTime(const QRegularExpressionMatch& match, int first)
{
    const QString word = match.captured(first);
    if (word == QLatin1String("noon")) {
        return QTime(12, 0);
    }
    if (word == QLatin1String("midnight")) {
        return QTime(0, 0);
    }
    return timeOf(match.captured(first + 1), match.captured(first + 2), match.captured(first + 3));
}

void applyTimes(const QString& text, TemporalFacts& facts)
{
    static const QRegularExpression range(
        QStringLiteral(R"(\b(?:between|from)\s+%1\s+(?:and|to|until)\s+%1|\b%1\s*[-\x{2013}]\s*%1)").arg(kTime));
    for (auto it = range.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const int first = match.captured(1).isEmpty() ? 9 : 1;
        const bool hasClock = !match.captured(first + 2).isEmpty() || !match.captured(first + 3).isEmpty()
                              || !match.captured(first + 6).isEmpty() || !match.captured(first + 7).isEmpty()
                              || match.captured(first).startsWith(QLatin1Char('n'))
                              || match.captured(first + 4).startsWith(QLatin1Char('n'));
        // "11-27" without a clock word could be anything; a window needs am/pm, minutes or "between".
        if (!hasClock && first != 1) {
            continue;
        }
        std::optional<QTime> start = capturedTime(match, first);
        std::optional<QTime> end = capturedTime(match, first + 4);
        const QString startSuffix = match.captured(first + 3);
        const QString endSuffix = match.captured(first + 7);
        if (start && end && startSuffix.isEmpty() && endSuffix.startsWith(QLatin1Char('p')) && start->hour() < 12
            && start->addSecs(12 * 3600) <= *end) {
            start = start->addSecs(12 * 3600); // "from 1 to 3pm"
        }
        if (start && end && endSuffix.isEmpty() && *end <= *start && end->hour() < 12) {
            end = end->addSecs(12 * 3600); // "between 9 and 5"
        }
        if (start && end && *start < *end) {
            facts.windowStart = *start;
            facts.windowEnd = *end;
            return;
        }
    }
    static const QRegularExpression single(
        QStringLiteral(R"(\b(after|before|no later than|no earlier than|by)\s+%1)").arg(kTime));
    for (auto it = single.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch bound = it.next();
        const bool clock = !bound.captured(4).isEmpty() || !bound.captured(5).isEmpty()
                           || bound.captured(2).startsWith(QLatin1Char('n')) || bound.captured(2) == QLatin1String("midnight");
        std::optional<QTime> time = capturedTime(bound, 2);
        if (!clock || !time) {
            continue;
        }
        const QString word = bound.captured(1);
        if (word == QLatin1String("after") || word == QLatin1String("no earlier than")) {
            facts.windowStart = *time;
            if (!facts.windowEnd.isValid()) {
                facts.windowEnd = QTime(23, 59);
            }
        } else {
            facts.windowEnd = *time;
            if (!facts.windowStart.isValid()) {
                facts.windowStart = QTime(0, 0);
            }
        }
    }
}

} // namespace

TemporalFacts TemporalExtractor::extract(const QString& input, const QDate& today)
{
    const QString text = input.toLower();
    TemporalFacts facts;
    applyRelativeRanges(text, today, facts);

    QList<Mention> mentions;
    collectWeekdays(text, today, mentions);
    collectIsoDates(text, mentions);
    collectMonthDays(text, today, mentions);
    std::sort(mentions.begin(), mentions.end(),
              [](const Mention& a, const Mention& b) { return a.position < b.position; });
    // Exact days ("Monday or Tuesday") span a range from the first to the last; bounds then narrow it.
    QDate firstExact;
    QDate lastExact;
    for (const Mention& mention : std::as_const(mentions)) {
        if (mention.bound == Bound::Exact) {
            firstExact = firstExact.isValid() ? qMin(firstExact, mention.date) : mention.date;
            lastExact = lastExact.isValid() ? qMax(lastExact, mention.date) : mention.date;
        }
    }
    if (firstExact.isValid()) {
        facts.earliestDate = firstExact;
        facts.latestDate = lastExact;
    }
    for (const Mention& mention : std::as_const(mentions)) {
        if (mention.bound == Bound::Latest) {
            facts.latestDate = mention.date;
            if (!facts.earliestDate.isValid() || facts.earliestDate > mention.date) {
                facts.earliestDate = qMin(today, mention.date);
            }
        } else if (mention.bound == Bound::Earliest) {
            facts.earliestDate = mention.date;
            if (facts.latestDate.isValid() && facts.latestDate < mention.date) {
                facts.latestDate = QDate();
            }
        }
    }

    applyTimes(text, facts);
    static const QRegularExpression morning(QStringLiteral(R"(\bmornings?\b)"));
    static const QRegularExpression afternoon(QStringLiteral(R"(\bafternoons?\b)"));
    static const QRegularExpression evening(QStringLiteral(R"(\bevenings?\b)"));
    if (morning.match(text).hasMatch()) {
        facts.preferences.append(QStringLiteral("prefer_morning"));
    }
    if (afternoon.match(text).hasMatch()) {
        facts.preferences.append(QStringLiteral("prefer_afternoon"));
    }
    if (evening.match(text).hasMatch()) {
        facts.preferences.append(QStringLiteral("prefer_evening"));
    }
    return facts;
}

} // namespace calldeck
