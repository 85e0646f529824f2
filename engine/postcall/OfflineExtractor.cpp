#include "postcall/OfflineExtractor.h"

#include "postcall/AppointmentFinder.h"
#include "postcall/ExtractionKeys.h"
#include "postcall/OutcomeRules.h"
#include "tasks/TaskPlan.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <QLocale>
#include <QRegularExpression>

#include <optional>

namespace calldeck {

namespace {

constexpr qint64 kCentsPerUnit = 100;
constexpr qsizetype kMaxWholeDigits = 12;

QList<CallSentence> sentencesOf(const QList<TranscriptSegment>& segments)
{
    static const QRegularExpression boundary(QStringLiteral("(?<=[.!?])\\s+"));
    QList<CallSentence> sentences;
    for (const TranscriptSegment& segment : segments) {
        const bool callee = segment.speaker == u"callee";
        if (!callee && segment.speaker != u"agent") {
            continue;
        }
        for (const QString& part : segment.text.split(boundary, Qt::SkipEmptyParts)) {
            if (!part.trimmed().isEmpty()) {
                sentences.append(CallSentence{part.trimmed(), callee});
            }
        }
    }
    return sentences;
}

ExtractedField row(const QString& key, const QString& value, const QString& fragment)
{
    return ExtractedField{key, value, ExtractionKeys::valueType(key), fragment};
}

bool matches(const QRegularExpression& pattern, const QString& text)
{
    return pattern.match(text).hasMatch();
}

const QRegularExpression& declinedPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("\\b(not interested|don't call|do not call|remove (?:me|us|this number|my number)|stop calling|"
                       "we don't (?:do|offer|have) that|(?:we're|we are) fully booked|no (?:availability|openings)|"
                       "(?:can't|cannot) help (?:you )?with that)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

/// The value the agent recorded under `key`, trimmed; nothing when it recorded none.
std::optional<QString> agentValue(const QList<ExtractedField>& fields, const QString& key)
{
    for (const ExtractedField& field : fields) {
        if (field.key == key && !field.value.trimmed().isEmpty()) {
            return field.value.trimmed();
        }
    }
    return std::nullopt;
}

const QRegularExpression& callbackPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("\\b(call (?:us |me )?(?:back|again|later)|try (?:again|back|calling)|check back|"
                       "give us a call)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

/// "1,250" and "5" → cents, with integer arithmetic only; nothing when out of range.
std::optional<qint64> toCents(QString whole, const QString& fraction)
{
    whole.remove(QLatin1Char(','));
    if (whole.isEmpty() || whole.size() > kMaxWholeDigits) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 units = whole.toLongLong(&ok);
    if (!ok) {
        return std::nullopt;
    }
    const qint64 cents = fraction.isEmpty() ? 0 : QString(fraction + QStringLiteral("00")).left(2).toLongLong();
    return units * kCentsPerUnit + cents;
}

QList<ExtractedField> prices(const QList<CallSentence>& sentences)
{
    static const QRegularExpression symbolFirst(
        QStringLiteral("(?:\\$|US\\$)\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{1,2}))?(?!\\d)"));
    static const QRegularExpression wordAfter(
        QStringLiteral("(?<![\\d.,$])(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{1,2}))?\\s*(?:dollars?|bucks|usd)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    QList<ExtractedField> rows;
    QList<qint64> seen;
    for (const CallSentence& sentence : sentences) {
        if (!sentence.callee) {
            continue;
        }
        for (const QRegularExpression* pattern : {&symbolFirst, &wordAfter}) {
            for (auto it = pattern->globalMatch(sentence.text); it.hasNext();) {
                const QRegularExpressionMatch match = it.next();
                const std::optional<qint64> cents = toCents(match.captured(1), match.captured(2));
                if (cents && !seen.contains(*cents)) {
                    seen.append(*cents);
                    rows.append(row(ExtractionKeys::PriceCents, QString::number(*cents), sentence.text));
                }
            }
        }
    }
    return rows;
}

QList<ExtractedField> confirmationNumbers(const QList<CallSentence>& sentences)
{
    static const QRegularExpression pattern(
        QStringLiteral("\\b(?:confirmation|reference|booking|order|ticket)\\s*(?:number|code|no\\.?|#)?\\s*"
                       "(?:is\\s*)?[:#]?\\s*([A-Z0-9]+(?:-[A-Z0-9]+)*)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression digit(QStringLiteral("\\d"));
    QList<ExtractedField> rows;
    QStringList seen;
    for (const CallSentence& sentence : sentences) {
        if (!sentence.callee) {
            continue;
        }
        for (auto it = pattern.globalMatch(sentence.text); it.hasNext();) {
            const QString value = it.next().captured(1).toUpper();
            // "your booking is confirmed" is no number: a confirmation number carries digits.
            if (value.size() >= 3 && value.contains(digit) && !seen.contains(value)) {
                seen.append(value);
                rows.append(row(ExtractionKeys::ConfirmationNumber, value, sentence.text));
            }
        }
    }
    return rows;
}

QList<ExtractedField> instructions(const QList<CallSentence>& sentences)
{
    static const QRegularExpression pattern(
        QStringLiteral("\\b(please (?:arrive|bring|call|come|send|fill|remember|note|make sure|have|park|check in)|"
                       "bring (?:your|a|the)|arrive \\w+(?: \\w+)? early|make sure|don't forget|do not forget|"
                       "remember to|you(?:'ll| will)? need to|you should)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    QList<ExtractedField> rows;
    for (const CallSentence& sentence : sentences) {
        if (sentence.callee && matches(pattern, sentence.text)) {
            rows.append(row(ExtractionKeys::Instructions, sentence.text, sentence.text));
        }
    }
    return rows;
}

QList<ExtractedField> people(const QList<CallSentence>& sentences, const QString& business)
{
    // The prefix is case-insensitive; the name itself must be capitalised, as transcripts write names.
    static const QRegularExpression pattern(
        QStringLiteral("(?i:\\bthis is|\\bmy name is|\\bspeaking with|\\bspeaking to)\\s+"
                       "([A-Z][a-z'\\x{2019}-]+(?:\\s+[A-Z][a-z'\\x{2019}-]+)?)"));
    QList<ExtractedField> rows;
    QStringList seen;
    for (const CallSentence& sentence : sentences) {
        if (!sentence.callee) {
            continue;
        }
        for (auto it = pattern.globalMatch(sentence.text); it.hasNext();) {
            const QString name = it.next().captured(1);
            // "this is Bright Smile Dental" names the business, not a person.
            if (!business.isEmpty() && business.startsWith(name)) {
                continue;
            }
            if (!seen.contains(name)) {
                seen.append(name);
                rows.append(row(ExtractionKeys::PersonName, name, sentence.text));
            }
        }
    }
    return rows;
}

std::optional<ExtractedField> businessName(const QList<CallSentence>& sentences, const QString& contactName)
{
    static const QRegularExpression greeting(
        QStringLiteral("(?i:\\bgood (?:morning|afternoon|evening)|\\bhello|\\bhi|\\bthank you for calling|"
                       "\\bthanks for calling|\\bwelcome to)[,!.]?\\s+"
                       "([A-Z][\\w&'\\x{2019}-]*(?:\\s+(?:[A-Z][\\w&'\\x{2019}-]*|of|and|&))+)"));
    for (const CallSentence& sentence : sentences) {
        if (!sentence.callee) {
            continue;
        }
        const QRegularExpressionMatch match = greeting.match(sentence.text);
        if (match.hasMatch()) {
            return row(ExtractionKeys::BusinessName, match.captured(1), sentence.text);
        }
    }
    if (!contactName.trimmed().isEmpty()) {
        return row(ExtractionKeys::BusinessName, contactName.trimmed(), QString());
    }
    return std::nullopt;
}

QString sentimentOf(const QList<CallSentence>& sentences)
{
    static const QRegularExpression positive(
        QStringLiteral("\\b(perfect|great|wonderful|excellent|happy|glad|lovely|sure|absolutely|of course|"
                       "thank you|thanks)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression negative(
        QStringLiteral("\\b(sorry|unfortunately|not interested|can't|cannot|won't|no longer|annoyed|frustrated|"
                       "stop calling|complain\\w*)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    qsizetype up = 0;
    qsizetype down = 0;
    for (const CallSentence& sentence : sentences) {
        if (sentence.callee) {
            for (auto it = positive.globalMatch(sentence.text); it.hasNext(); it.next()) {
                ++up;
            }
            for (auto it = negative.globalMatch(sentence.text); it.hasNext(); it.next()) {
                ++down;
            }
        }
    }
    if (up == 0 && down == 0) {
        return QStringLiteral("neutral");
    }
    if (down == 0 || up >= 2 * down) {
        return QStringLiteral("positive");
    }
    if (up == 0 || down >= 2 * up) {
        return QStringLiteral("negative");
    }
    return QStringLiteral("mixed");
}

std::optional<QString> firstMatching(const QList<CallSentence>& sentences, const QRegularExpression& pattern)
{
    for (const CallSentence& sentence : sentences) {
        if (sentence.callee && matches(pattern, sentence.text)) {
            return sentence.text;
        }
    }
    return std::nullopt;
}

/// The days the plan allows ("this week" → from the task's day to that Sunday); no limit
/// when the task has no plan or the plan cannot be read.
DateWindow goalWindow(const QString& planJson)
{
    if (planJson.trimmed().isEmpty()) {
        return {};
    }
    const Result<TaskPlan> plan = TaskPlan::fromJson(QJsonDocument::fromJson(planJson.toUtf8()).object());
    if (!plan.ok()) {
        return {};
    }
    return DateWindow{plan.value().hardConstraints.earliestDate, plan.value().hardConstraints.latestDate};
}

/// "7 December 2026 to 13 December 2026", "not after 13 December 2026", "from 7 December 2026 on".
QString windowText(const DateWindow& window)
{
    const QLocale english(QLocale::English);
    const QString format = QStringLiteral("d MMMM yyyy");
    if (window.earliest.isValid() && window.latest.isValid()) {
        return window.earliest == window.latest
                   ? OfflineExtractor::tr("only %1").arg(english.toString(window.earliest, format))
                   : OfflineExtractor::tr("%1 to %2").arg(english.toString(window.earliest, format),
                                                          english.toString(window.latest, format));
    }
    if (window.latest.isValid()) {
        return OfflineExtractor::tr("not after %1").arg(english.toString(window.latest, format));
    }
    return OfflineExtractor::tr("not before %1").arg(english.toString(window.earliest, format));
}

QString callMoment(const PostCallInput& input)
{
    const QDateTime at = input.callStartedAt.isValid() ? input.callStartedAt.toTimeZone(input.timeZone) : QDateTime();
    return at.isValid() ? QLocale(QLocale::English).toString(at, QStringLiteral("dddd, d MMMM yyyy 'at' HH:mm")) : QString();
}

QString opening(const PostCallInput& input, const QString& person)
{
    const QString moment = callMoment(input);
    const QString who = OfflineExtractor::calleeName(input);
    QString text = moment.isEmpty() ? OfflineExtractor::tr("Called %1.").arg(who)
                                    : OfflineExtractor::tr("Called %1 on %2.").arg(who, moment);
    if (!input.goal.trimmed().isEmpty()) {
        text += QLatin1Char(' ') + OfflineExtractor::tr("Goal: %1").arg(input.goal.trimmed());
        if (!text.endsWith(QLatin1Char('.'))) {
            text += QLatin1Char('.');
        }
    }
    if (!person.isEmpty()) {
        text += QLatin1Char(' ') + OfflineExtractor::tr("Spoke with %1.").arg(person);
    }
    return text;
}

} // namespace

QString OfflineExtractor::calleeName(const PostCallInput& input)
{
    if (!input.contactName.trimmed().isEmpty()) {
        return input.contactName.trimmed();
    }
    if (!input.phoneE164.isEmpty()) {
        return input.phoneE164;
    }
    return tr("the callee");
}

QString OfflineExtractor::followUpInstruction(const PostCallInput& input, const QString& reason)
{
    QString who = calleeName(input);
    if (!input.phoneE164.isEmpty() && who != input.phoneE164) {
        who = tr("%1 at %2").arg(who, input.phoneE164);
    }
    const QString goal = input.goal.trimmed();
    QString text = goal.isEmpty() ? tr("Call %1 again.").arg(who) : tr("Call %1 again: %2").arg(who, goal);
    if (!text.endsWith(QLatin1Char('.'))) {
        text += QLatin1Char('.');
    }
    return reason.isEmpty() ? text : text + QLatin1Char(' ') + reason;
}

PostCallResult OfflineExtractor::forOutcome(const PostCallInput& input, CallOutcome outcome)
{
    PostCallResult result;
    result.extractor = QStringLiteral("status");
    result.outcome = outcome;
    result.goalAchieved = false;
    QString what;
    switch (outcome) {
    case CallOutcome::NoAnswer:
        what = input.sessionStatus == u"busy" ? tr("The line was busy.")
               : input.sessionStatus == u"no-answer" ? tr("Nobody answered.")
                                                     : tr("The call connected but nobody spoke.");
        break;
    case CallOutcome::Voicemail:
        what = tr("The call reached voicemail; no conversation took place.");
        result.followUpNeeded = true;
        result.followUpInstruction = followUpInstruction(input, tr("The last call reached voicemail."));
        break;
    case CallOutcome::Error:
        what = input.failureReason.trimmed().isEmpty()
                   ? tr("The call did not go through (%1).").arg(input.sessionStatus)
                   : tr("The call did not go through: %1").arg(input.failureReason.trimmed());
        break;
    case CallOutcome::GoalAchieved:
    case CallOutcome::Declined:
        what = tr("The call ended.");
        break;
    }
    result.summary = opening(input, QString()) + QStringLiteral("\n\n") + what;
    result.fields.append(row(ExtractionKeys::GoalAchieved, QStringLiteral("false"), QString()));
    if (result.followUpNeeded) {
        result.fields.append(row(ExtractionKeys::FollowUp, result.followUpInstruction, QString()));
    }
    return result;
}

PostCallResult OfflineExtractor::extract(const PostCallInput& input)
{
    if (const std::optional<CallOutcome> decided = OutcomeRules::withoutConversation(input)) {
        return forOutcome(input, *decided);
    }
    const QList<CallSentence> sentences = sentencesOf(input.segments);
    const QDateTime reference = (input.callStartedAt.isValid() ? input.callStartedAt : QDateTime::currentDateTimeUtc())
                                    .toTimeZone(input.timeZone.isValid() ? input.timeZone : QTimeZone::utc());

    PostCallResult result;
    result.extractor = QStringLiteral("offline");
    const std::optional<ExtractedField> business = businessName(sentences, input.contactName);
    const QList<ExtractedField> persons = people(sentences, business ? business->value : input.contactName);
    const QList<ExtractedField> priceRows = prices(sentences);
    const QList<ExtractedField> confirmations = confirmationNumbers(sentences);
    const QList<ExtractedField> instructionRows = instructions(sentences);
    const std::optional<QString> bookedSentence = firstMatching(sentences, AppointmentFinder::bookedPattern());
    const std::optional<QString> declinedSentence = firstMatching(sentences, declinedPattern());
    const std::optional<QString> callbackSentence = firstMatching(sentences, callbackPattern());
    const bool booked = bookedSentence.has_value() || !confirmations.isEmpty();
    const AppointmentFinder::Found appointment = AppointmentFinder::find(sentences, reference, goalWindow(input.planJson));

    // Information goals ("find out the price") are met when every item is known: recorded by the
    // agent, or found here. The agent's rows under post-call keys (appointment_time) are replaced
    // by this extraction, so for those keys only what was found here counts.
    bool allRecorded = !input.infoToObtain.isEmpty();
    for (const QString& key : input.infoToObtain) {
        const auto known = [&key](const ExtractedField& f) { return f.key == key && !f.value.trimmed().isEmpty(); };
        const bool found = (key == ExtractionKeys::AppointmentTime && appointment.appointment.has_value())
                           || (key == ExtractionKeys::PriceCents && !priceRows.isEmpty())
                           || (key == ExtractionKeys::ConfirmationNumber && !confirmations.isEmpty());
        allRecorded = allRecorded && (found || std::any_of(input.agentFields.cbegin(), input.agentFields.cend(), known));
    }
    // A booking counts only inside the days the plan allows: "the earliest appointment this week"
    // is not met by one next week, however firmly the callee confirmed it.
    const DateWindow window = goalWindow(input.planJson);
    const QDate bookedDay =
        appointment.appointment ? QDateTime::fromString(appointment.appointment->value, Qt::ISODate).date() : QDate();
    const bool outsideWindow = bookedDay.isValid() && !window.contains(bookedDay);
    result.goalAchieved = !outsideWindow && (booked || (allRecorded && !declinedSentence));
    // A sales-script call ends at its decision point: the prospect's recorded decision
    // is the outcome, whatever words the question itself used ("proceed, pause or decline?").
    const std::optional<QString> decision = agentValue(input.agentFields, QStringLiteral("decision"));
    if (decision) {
        result.goalAchieved = decision->compare(QLatin1String("Proceed"), Qt::CaseInsensitive) == 0;
    }
    result.outcome = result.goalAchieved ? CallOutcome::GoalAchieved : CallOutcome::Declined;

    for (const ExtractedField& person : persons) {
        result.fields.append(person);
    }
    if (business) {
        result.fields.append(*business);
    }
    result.fields.append(priceRows);
    if (appointment.chosen) {
        result.fields.append(*appointment.chosen);
    }
    if (appointment.appointment) {
        result.fields.append(*appointment.appointment);
    }
    result.fields.append(confirmations);
    result.fields.append(instructionRows);
    result.fields.append(row(ExtractionKeys::Sentiment, sentimentOf(sentences), QString()));
    result.fields.append(row(ExtractionKeys::GoalAchieved, result.goalAchieved ? QStringLiteral("true") : QStringLiteral("false"),
                             bookedSentence.value_or(QString())));

    QString followUpFragment;
    if (callbackSentence) {
        result.followUpNeeded = true;
        followUpFragment = *callbackSentence;
        result.followUpInstruction =
            followUpInstruction(input, tr("They asked to be called back: \u201c%1\u201d").arg(*callbackSentence));
    } else if (decision && decision->compare(QLatin1String("Pause"), Qt::CaseInsensitive) == 0) {
        result.followUpNeeded = true;
        result.followUpInstruction =
            followUpInstruction(input, tr("The prospect paused at the decision point."));
    } else if (!result.goalAchieved && !declinedSentence && !decision) {
        // Not reached and not refused: worth another try. A clear "no" is respected.
        result.followUpNeeded = true;
        result.followUpInstruction = followUpInstruction(input, tr("The last call did not reach the goal."));
    }
    if (result.followUpNeeded) {
        result.fields.append(row(ExtractionKeys::FollowUp, result.followUpInstruction, followUpFragment));
    }

    // The summary: who and why; what came of it; what the user has to do next.
    QStringList second;
    if (result.goalAchieved) {
        second.append(tr("The goal was achieved."));
    } else if (outsideWindow) {
        second.append(tr("The goal was not reached: the appointment on %1 is outside the days the task allows (%2).")
                          .arg(QLocale(QLocale::English).toString(bookedDay, QStringLiteral("dddd d MMMM yyyy")),
                               windowText(window)));
    } else if (declinedSentence) {
        second.append(tr("The goal was not reached; the callee declined: \u201c%1\u201d").arg(*declinedSentence));
    } else {
        second.append(tr("The goal was not reached."));
    }
    for (const QString& line : ExtractionKeys::highlights(result.fields, reference.timeZone())) {
        second.append(line.endsWith(QLatin1Char('.')) ? line : line + QLatin1Char('.'));
    }
    if (appointment.chosen && !appointment.appointment) {
        second.append(tr("Chosen option: %1.").arg(appointment.chosen->value));
    }
    if (appointment.appointment && !booked) {
        // The slot is what was offered; nobody said it was booked.
        second.append(tr("The appointment time was offered on the call but not confirmed as booked."));
    }
    QStringList third;
    for (const ExtractedField& instruction : instructionRows) {
        third.append(tr("Instructions: %1").arg(instruction.value));
    }
    if (result.followUpNeeded) {
        third.append(tr("Follow-up: %1").arg(result.followUpInstruction));
    }
    QStringList paragraphs{opening(input, persons.isEmpty() ? QString() : persons.first().value), second.join(QLatin1Char(' '))};
    if (!third.isEmpty()) {
        paragraphs.append(third.join(QLatin1Char(' ')));
    }
    result.summary = paragraphs.join(QStringLiteral("\n\n"));
    return result;
}

} // namespace calldeck
