#include "tasks/OfflinePlanner.h"

#include "tasks/MoneyText.h"
#include "tasks/TemporalExtractor.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumbermatch.h>
#include <phonenumbers/phonenumbermatcher.h>
#include <phonenumbers/phonenumberutil.h>

#include <string>

namespace calldeck {

namespace {

using i18n::phonenumbers::PhoneNumberMatch;
using i18n::phonenumbers::PhoneNumberMatcher;
using i18n::phonenumbers::PhoneNumberUtil;

constexpr int kMaxMatcherTries = 50;

struct FoundNumber
{
    QString e164;
    qsizetype start = 0;
    qsizetype length = 0;
};

/// Every phone number in `text`, in order. POSSIBLE leniency, because the sandbox line answers
/// fictional ranges (+1 555 555 01xx) that libphonenumber does not call valid.
QList<FoundNumber> findNumbers(const QString& text, const QString& region)
{
    const std::string utf8 = text.toStdString();
    PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    PhoneNumberMatcher matcher(util, utf8, region.toStdString(), PhoneNumberMatcher::POSSIBLE, kMaxMatcherTries);
    QList<FoundNumber> found;
    while (matcher.HasNext()) {
        PhoneNumberMatch match;
        if (!matcher.Next(&match)) {
            break;
        }
        std::string e164;
        util.Format(match.number(), PhoneNumberUtil::E164, &e164);
        // The matcher counts UTF-8 bytes; QString counts UTF-16 units.
        const qsizetype start = QString::fromStdString(utf8.substr(0, size_t(match.start()))).size();
        const qsizetype length = QString::fromStdString(match.raw_string()).size();
        found.append({QString::fromStdString(e164), start, length});
    }
    return found;
}

/// A price limit: "under $150", "no more than 200 dollars", "$80 max".
std::optional<qint64> findPriceLimit(const QString& text, QString& blanked)
{
    static const QRegularExpression before(
        QStringLiteral(R"(\b(?:under|below|less than|no more than|not more than|maximum of|max(?:imum)?|up to|at most|)"
                       R"(budget(?: of| is)?|cheaper than|not to exceed|within|limit(?: of)?)\s+)"
                       R"((\$\s?\d[\d,]*(?:\.\d{1,2})?|\d[\d,]*(?:\.\d{1,2})?\s*(?:dollars|usd)\b))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression after(
        QStringLiteral(R"((\$\s?\d[\d,]*(?:\.\d{1,2})?)\s*(?:max(?:imum)?|or less|tops|at most)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QRegularExpression* pattern : {&before, &after}) {
        const QRegularExpressionMatch match = pattern->match(text);
        if (match.hasMatch()) {
            const std::optional<qint64> cents = MoneyText::parseCents(match.captured(1).remove(QLatin1Char(' ')));
            if (cents) {
                blanked.replace(match.capturedStart(), match.capturedLength(), QString(match.capturedLength(), QLatin1Char(' ')));
                return cents;
            }
        }
    }
    return std::nullopt;
}

struct CallClause
{
    QString name;        ///< "Bright Smile Dental"
    QString typeWords;   ///< "dentist" from "my dentist"
    qsizetype end = -1;  ///< where the clause ends in the text
};

/// "Call Bright Smile Dental at ..." / "Please phone my dentist and ...".
CallClause findCallClause(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*(?:please\s+)?(?:call|phone|ring|dial|contact|reach out to|get in touch with)\s+)"
                       R"((.+?)(?=\s+(?:at|on|to|and|about|for|regarding|tomorrow|today|this|next|asap)\b|)"
                       R"(\s*[,.;:(+]|\s+\d|$))"),
        QRegularExpression::CaseInsensitiveOption);
    CallClause clause;
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        return clause;
    }
    clause.end = match.capturedEnd(1);
    const QString candidate = match.captured(1).trimmed();
    static const QRegularExpression possessive(QStringLiteral(R"(^(?:my|our|the|a|an|some|their)\s+(.+)$)"));
    const QRegularExpressionMatch words = possessive.match(candidate);
    if (words.hasMatch()) {
        clause.typeWords = words.captured(1);
    } else if (!candidate.isEmpty() && (candidate.at(0).isUpper() || candidate.at(0).isDigit())) {
        clause.name = candidate;
    } else if (candidate != QLatin1String("me") && candidate != QLatin1String("them") && candidate != QLatin1String("him")
               && candidate != QLatin1String("her") && candidate != QLatin1String("back")) {
        clause.typeWords = candidate;
    }
    return clause;
}

QString contactTypeOf(const QString& lowerText)
{
    struct Rule
    {
        const char* pattern;
        const char* type;
    };
    static const Rule rules[] = {
        {R"(\bdent(al|ist))", "dentist"},
        {R"(\b(doctor|clinic|medical|physician|gp)\b)", "doctor's office"},
        {R"(\b(vet|veterinar))", "veterinarian"},
        {R"(\b(restaurant|table for|reservation|bistro|cafe)\b)", "restaurant"},
        {R"(\b(salon|haircut|barber))", "salon"},
        {R"(\bplumb)", "plumber"},
        {R"(\b(mechanic|garage|car repair|auto shop|oil change))", "auto repair shop"},
        {R"(\binsur)", "insurance company"},
        {R"(\bbank\b)", "bank"},
        {R"(\bhotel\b)", "hotel"},
        {R"(\bpharmac)", "pharmacy"},
        {R"(\b(landlord|apartment|property manag))", "property manager"},
    };
    for (const Rule& rule : rules) {
        if (QRegularExpression(QLatin1String(rule.pattern)).match(lowerText).hasMatch()) {
            return QLatin1String(rule.type);
        }
    }
    return QStringLiteral("business");
}

enum class Intent
{
    Appointment,
    Quote,
    Cancel,
    Hours,
    General,
};

Intent intentOf(const QString& lowerText)
{
    if (QRegularExpression(QStringLiteral(R"(\bcancel)")).match(lowerText).hasMatch()) {
        return Intent::Cancel;
    }
    if (QRegularExpression(QStringLiteral(R"(\b(appointment|book|schedule|reserv|table for|slot)\w*)"))
            .match(lowerText)
            .hasMatch()) {
        return Intent::Appointment;
    }
    if (QRegularExpression(QStringLiteral(R"(\b(price|quote|cost|how much|estimate|rate)s?\b)")).match(lowerText).hasMatch()) {
        return Intent::Quote;
    }
    if (QRegularExpression(QStringLiteral(R"(\b(hours|open|close[sd]?)\b)")).match(lowerText).hasMatch()) {
        return Intent::Hours;
    }
    return Intent::General;
}

/// The goal: what follows "and"/"to" after the call clause, or the instruction without numbers.
QString goalOf(const QString& text, qsizetype clauseEnd)
{
    QString goal;
    if (clauseEnd >= 0) {
        static const QRegularExpression connector(QStringLiteral(R"(\b(?:and|to|about|regarding)\s+(.+)$)"),
                                                  QRegularExpression::CaseInsensitiveOption
                                                      | QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpressionMatch match = connector.match(text, clauseEnd);
        goal = match.hasMatch() ? match.captured(1) : QString();
    } else {
        goal = text;
    }
    goal = goal.simplified();
    while (goal.endsWith(QLatin1Char('.')) || goal.endsWith(QLatin1Char(',')) || goal.endsWith(QLatin1Char(';'))) {
        goal.chop(1);
    }
    goal = goal.trimmed();
    if (!goal.isEmpty()) {
        goal[0] = goal.at(0).toUpper();
    }
    return goal;
}

QString dateText(const QDate& date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

} // namespace

QDate OfflinePlanner::localToday(const PlannerInput& input)
{
    const QDateTime now = input.nowUtc.isValid() ? input.nowUtc : QDateTime::currentDateTimeUtc();
    const QTimeZone zone(input.timeZone.toUtf8());
    return zone.isValid() ? now.toTimeZone(zone).date() : now.toUTC().date();
}

QString OfflinePlanner::noAiNotice()
{
    return tr("No AI is configured, so CallDeck planned this task offline from the words of your instruction. "
              "Check the plan before calling.");
}

TaskPlan OfflinePlanner::plan(const PlannerInput& input)
{
    TaskPlan plan;
    plan.source = PlanSource::Offline;
    plan.notices.append(noAiNotice());
    const QString text = input.instruction.simplified();
    QString blanked = text; // numbers and prices blanked out so their digits are not read as dates or times

    // ISO dates are ten digits with dashes, which the matcher would take for a national number.
    static const QRegularExpression isoDate(QStringLiteral(R"(\b\d{4}-\d{2}-\d{2}\b)"));
    QString numberText = text;
    for (auto it = isoDate.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch date = it.next();
        numberText.replace(date.capturedStart(), date.capturedLength(), QString(date.capturedLength(), QLatin1Char(' ')));
    }
    const QList<FoundNumber> numbers = findNumbers(numberText, input.region);
    for (const FoundNumber& number : numbers) {
        blanked.replace(number.start, number.length, QString(number.length, QLatin1Char(' ')));
    }
    plan.phoneE164 = !input.phoneE164.isEmpty() ? input.phoneE164 : (numbers.isEmpty() ? QString() : numbers.first().e164);
    if (input.phoneE164.isEmpty() && numbers.size() > 1) {
        plan.notices.append(tr("The instruction names several phone numbers; CallDeck will call the first one, %1.")
                                .arg(plan.phoneE164));
    }

    const std::optional<qint64> price = findPriceLimit(text, blanked);
    plan.maxPriceCents = input.maxPriceCents >= 0 ? input.maxPriceCents : price.value_or(-1);

    const CallClause clause = findCallClause(blanked);
    plan.contactName = !input.contactName.isEmpty() ? input.contactName : clause.name;
    const QString lower = text.toLower();
    plan.contactType = contactTypeOf(clause.typeWords.isEmpty() ? lower : clause.typeWords.toLower() + QLatin1Char(' ') + lower);
    plan.goal = goalOf(text, clause.end);

    const TemporalFacts when = TemporalExtractor::extract(blanked, localToday(input));
    plan.hardConstraints.earliestDate = when.earliestDate;
    plan.hardConstraints.latestDate = when.latestDate;
    plan.hardConstraints.windowStart = when.windowStart;
    plan.hardConstraints.windowEnd = when.windowEnd;
    plan.softPreferences = when.preferences;

    const Intent intent = intentOf(lower);
    const QString who = plan.contactName.isEmpty() ? tr("the %1").arg(plan.contactType) : plan.contactName;
    plan.steps.append(tr("Greet %1 and say on whose behalf you are calling.").arg(who));
    if (!plan.goal.isEmpty()) {
        plan.steps.append(tr("Explain the request: %1.").arg(plan.goal));
    }
    QString range;
    if (when.earliestDate.isValid() && when.latestDate.isValid()) {
        range = when.earliestDate == when.latestDate
                    ? tr("on %1").arg(dateText(when.earliestDate))
                    : tr("between %1 and %2").arg(dateText(when.earliestDate), dateText(when.latestDate));
    } else if (when.latestDate.isValid()) {
        range = tr("no later than %1").arg(dateText(when.latestDate));
    } else if (when.earliestDate.isValid()) {
        range = tr("from %1 on").arg(dateText(when.earliestDate));
    }
    const QString window = when.hasWindow() ? tr("between %1 and %2")
                                                  .arg(when.windowStart.toString(QStringLiteral("HH:mm")),
                                                       when.windowEnd.toString(QStringLiteral("HH:mm")))
                                            : QString();
    switch (intent) {
    case Intent::Appointment:
        plan.questionsToAsk.append(range.isEmpty() ? tr("What is the earliest available appointment?")
                                                   : tr("What is the earliest available appointment %1?").arg(range));
        plan.questionsToAsk.append(tr("How much will it cost?"));
        plan.infoToObtain = {QStringLiteral("appointment_time"), QStringLiteral("price"),
                             QStringLiteral("confirmation_number")};
        plan.successConditions.append(range.isEmpty() ? tr("An appointment is booked.")
                                                      : tr("An appointment %1 is booked.").arg(range));
        break;
    case Intent::Quote:
        plan.questionsToAsk.append(tr("What is the price, and what does it include?"));
        plan.infoToObtain = {QStringLiteral("price"), QStringLiteral("price_details")};
        plan.successConditions.append(tr("A price is quoted."));
        break;
    case Intent::Cancel:
        plan.questionsToAsk.append(tr("Can you confirm the cancellation and give me a reference number?"));
        plan.infoToObtain = {QStringLiteral("cancellation_confirmed"), QStringLiteral("confirmation_number")};
        plan.successConditions.append(tr("The cancellation is confirmed."));
        break;
    case Intent::Hours:
        plan.questionsToAsk.append(tr("What are your opening hours?"));
        plan.infoToObtain = {QStringLiteral("opening_hours")};
        plan.successConditions.append(tr("The opening hours are known."));
        break;
    case Intent::General:
        plan.infoToObtain = {QStringLiteral("outcome")};
        plan.successConditions.append(tr("The request is answered."));
        break;
    }
    if (!range.isEmpty()) {
        plan.steps.append(tr("Only accept dates %1.").arg(range));
    }
    if (!window.isEmpty()) {
        plan.steps.append(tr("Only accept times %1.").arg(window));
    }
    if (plan.maxPriceCents >= 0) {
        plan.steps.append(tr("Do not agree to more than %1; ask the user first.").arg(MoneyText::formatCents(plan.maxPriceCents)));
        plan.successConditions.append(tr("The price is at most %1.").arg(MoneyText::formatCents(plan.maxPriceCents)));
    }
    plan.steps.append(tr("Repeat the details back and ask for a confirmation number."));
    plan.steps.append(tr("Thank them and end the call politely."));

    if (plan.phoneE164.isEmpty()) {
        plan.missingInfo.append({QStringLiteral("phone_number"), tr("Which phone number should be called?")});
    }
    if (plan.goal.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() < 2) {
        plan.missingInfo.append({QStringLiteral("goal"), tr("What should the call achieve?")});
    }
    return plan;
}

} // namespace calldeck
