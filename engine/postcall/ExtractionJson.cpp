#include "postcall/ExtractionJson.h"

#include "postcall/ExtractionKeys.h"
#include "postcall/OutcomeRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

namespace calldeck {

namespace {

constexpr qsizetype kMaxSummaryChars = 6000;
constexpr qsizetype kMaxValueChars = 2000;

Error invalid(const QString& why)
{
    return Error{ErrorCode::InvalidArgument, ExtractionJson::tr("The AI's extraction was not usable: %1").arg(why)};
}

/// The JSON text inside an optional ```json … ``` fence.
QString unfenced(const QString& content)
{
    static const QRegularExpression fence(QStringLiteral("^\\s*```(?:json)?\\s*\\n?(.*?)\\n?```\\s*$"),
                                          QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = fence.match(content);
    return match.hasMatch() ? match.captured(1) : content;
}

/// The value normalised for its type, or nothing when it does not fit.
std::optional<QString> normalised(const QString& key, const QJsonValue& value, const QTimeZone& zone)
{
    const QString type = ExtractionKeys::valueType(key);
    if (type == u"number") {
        // Prices are whole cents; a fractional or negative number is a misunderstanding.
        // toInteger() gives the fallback for anything but a whole number.
        const qint64 cents = value.isDouble() ? value.toInteger(-1) : -1;
        if (cents < 0) {
            return std::nullopt;
        }
        return QString::number(cents);
    }
    if (type == u"boolean") {
        return value.isBool() ? std::optional<QString>(value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                              : std::nullopt;
    }
    if (!value.isString() || value.toString().trimmed().isEmpty() || value.toString().size() > kMaxValueChars) {
        return std::nullopt;
    }
    const QString text = value.toString().trimmed();
    if (type == u"datetime") {
        QDateTime at = QDateTime::fromString(text, Qt::ISODate);
        if (!at.isValid()) {
            return std::nullopt;
        }
        if (at.timeSpec() == Qt::LocalTime) {
            at = QDateTime(at.date(), at.time(), zone);
        }
        return at.toTimeZone(zone).toString(Qt::ISODate);
    }
    if (key == ExtractionKeys::Sentiment && !ExtractionKeys::sentiments().contains(text)) {
        return std::nullopt;
    }
    return text;
}

} // namespace

QString ExtractionJson::instructions()
{
    // Not translated: this is addressed to the model, and the key names are part of the contract.
    return QStringLiteral(
        "You process the transcript of a phone call an assistant made for its user. Answer with one JSON object "
        "and nothing else:\n"
        "{\"summary\": string (1-3 short paragraphs separated by blank lines, what happened and what was agreed),\n"
        " \"outcome\": \"goal_achieved\" | \"no_answer\" | \"voicemail\" | \"declined\" | \"error\",\n"
        " \"goal_achieved\": boolean,\n"
        " \"follow_up_needed\": boolean,\n"
        " \"follow_up_instruction\": string (an instruction for the next call, empty when none),\n"
        " \"fields\": [{\"key\": string, \"value\": string | number | boolean, \"raw_fragment\": string}]}\n"
        "Keys of fields (use only these; repeat a key for several values):\n"
        " person_name (string: a person the assistant spoke with), business_name (string),\n"
        " price_cents (number: a price quoted, in whole cents, e.g. $120 -> 12000),\n"
        " chosen_option (string: the option the assistant picked),\n"
        " appointment_time (string: ISO 8601 date and time of the booked appointment, resolved against the call date),\n"
        " confirmation_number (string), instructions (string: what the user must do or bring),\n"
        " sentiment (string: the callee's, one of positive, neutral, negative, mixed),\n"
        " follow_up (string: an action still needed).\n"
        "raw_fragment is the exact words from the transcript the value comes from. Never invent facts: "
        "leave out what was not said.");
}

QString ExtractionJson::callDescription(const PostCallInput& input)
{
    QStringList lines;
    const QDateTime local = input.callStartedAt.isValid() ? input.callStartedAt.toTimeZone(input.timeZone) : QDateTime();
    lines.append(QStringLiteral("Call date: %1 (%2, time zone %3)")
                     .arg(local.isValid() ? local.toString(Qt::ISODate) : QStringLiteral("unknown"),
                          local.isValid() ? QLocale(QLocale::English).dayName(local.date().dayOfWeek()) : QString(),
                          QString::fromUtf8(input.timeZone.id())));
    lines.append(QStringLiteral("Call status: %1").arg(input.sessionStatus));
    if (!input.contactName.isEmpty()) {
        lines.append(QStringLiteral("Called: %1").arg(input.contactName));
    }
    lines.append(QStringLiteral("Goal: %1").arg(input.goal));
    if (!input.planJson.isEmpty()) {
        lines.append(QStringLiteral("Plan: %1").arg(input.planJson));
    }
    if (!input.agentFields.isEmpty()) {
        lines.append(QStringLiteral("Recorded by the assistant during the call:"));
        for (const ExtractedField& field : input.agentFields) {
            lines.append(QStringLiteral("- %1: %2").arg(field.key, field.value));
        }
    }
    lines.append(QStringLiteral("Transcript:"));
    for (const TranscriptSegment& segment : input.segments) {
        const QString who = segment.speaker == u"agent"    ? QStringLiteral("Assistant")
                            : segment.speaker == u"callee" ? QStringLiteral("Callee")
                                                           : segment.speaker;
        lines.append(QStringLiteral("%1: %2").arg(who, segment.text));
    }
    return lines.join(QLatin1Char('\n'));
}

Result<PostCallResult> ExtractionJson::parse(const QString& content, const PostCallInput& input)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(unfenced(content).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return invalid(tr("the answer is not a JSON object"));
    }
    const QJsonObject root = document.object();
    const QString summary = root.value(u"summary").toString().trimmed();
    if (summary.isEmpty() || summary.size() > kMaxSummaryChars) {
        return invalid(tr("it has no usable summary"));
    }
    const std::optional<CallOutcome> outcome = OutcomeRules::fromName(root.value(u"outcome").toString());
    if (!outcome) {
        return invalid(tr("\"%1\" is not an outcome CallDeck knows").arg(root.value(u"outcome").toString()));
    }
    if (!root.value(u"goal_achieved").isBool()) {
        return invalid(tr("it does not say whether the goal was achieved"));
    }
    if (!root.value(u"fields").isArray() && !root.value(u"fields").isUndefined()) {
        return invalid(tr("its fields are not a list"));
    }

    PostCallResult result;
    result.extractor = QStringLiteral("ai");
    result.summary = summary;
    result.outcome = *outcome;
    result.goalAchieved = root.value(u"goal_achieved").toBool();
    // The two must agree; the outcome says more, so it wins.
    if (result.goalAchieved != (result.outcome == CallOutcome::GoalAchieved)) {
        result.goalAchieved = result.outcome == CallOutcome::GoalAchieved;
        result.warnings.append(tr("The AI's goal-achieved flag contradicted its outcome; the outcome was kept."));
    }
    const QString instruction = root.value(u"follow_up_instruction").toString().trimmed();
    result.followUpNeeded = root.value(u"follow_up_needed").toBool() && !instruction.isEmpty();
    result.followUpInstruction = result.followUpNeeded ? instruction.left(kMaxValueChars) : QString();

    for (const QJsonValue& item : root.value(u"fields").toArray()) {
        const QJsonObject object = item.toObject();
        const QString key = object.value(u"key").toString().trimmed();
        // goal_achieved and follow_up come from the top-level answers, once each.
        if (key == ExtractionKeys::GoalAchieved || (key == ExtractionKeys::FollowUp && result.followUpNeeded)) {
            continue;
        }
        if (!ExtractionKeys::isPostCallKey(key)) {
            result.warnings.append(tr("The AI returned an unknown field \"%1\"; it was left out.").arg(key.left(40)));
            continue;
        }
        const std::optional<QString> value = normalised(key, object.value(u"value"), input.timeZone);
        if (!value) {
            result.warnings.append(tr("The AI's value for \"%1\" was unreadable; it was left out.").arg(key));
            continue;
        }
        result.fields.append(ExtractedField{key, *value, ExtractionKeys::valueType(key),
                                            object.value(u"raw_fragment").toString().trimmed().left(kMaxValueChars)});
    }
    result.fields.append(ExtractedField{ExtractionKeys::GoalAchieved,
                                        result.goalAchieved ? QStringLiteral("true") : QStringLiteral("false"),
                                        QStringLiteral("boolean"), QString()});
    if (result.followUpNeeded) {
        result.fields.append(ExtractedField{ExtractionKeys::FollowUp, result.followUpInstruction,
                                            QStringLiteral("string"), QString()});
    }
    return result;
}

} // namespace calldeck
