#include "tasks/TaskPlan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>


namespace calldeck {

namespace {

const QString kDateFormat = QStringLiteral("yyyy-MM-dd");
const QString kTimeFormat = QStringLiteral("HH:mm");

Error wrongType(const QString& key, const QString& expected)
{
    return Error{ErrorCode::InvalidArgument,
                 QCoreApplication::translate("calldeck::TaskPlan", "The plan's field \"%1\" should be %2.").arg(key, expected)};
}

QJsonArray toArray(const QStringList& values)
{
    return QJsonArray::fromStringList(values);
}

QJsonValue dateValue(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(kDateFormat)) : QJsonValue(QJsonValue::Null);
}

/// A list of texts; a single text is taken as a one-item list because models often write that.
Result<QStringList> readStrings(const QJsonObject& json, const QString& key)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull()) {
        return QStringList();
    }
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        return text.isEmpty() ? QStringList() : QStringList{text};
    }
    if (!value.isArray()) {
        return wrongType(key, QCoreApplication::translate("calldeck::TaskPlan", "a list of texts"));
    }
    QStringList result;
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isString()) {
            return wrongType(key, QCoreApplication::translate("calldeck::TaskPlan", "a list of texts"));
        }
        const QString text = item.toString().trimmed();
        if (!text.isEmpty()) {
            result.append(text);
        }
    }
    return result;
}

Result<QString> readString(const QJsonObject& json, const QString& key)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull()) {
        return QString();
    }
    if (!value.isString()) {
        return wrongType(key, QCoreApplication::translate("calldeck::TaskPlan", "a text"));
    }
    return value.toString().trimmed();
}

Result<QDate> readDate(const QJsonObject& json, const QString& key)
{
    Result<QString> text = readString(json, key);
    if (!text) {
        return text.error();
    }
    if (text.value().isEmpty()) {
        return QDate();
    }
    const QDate date = QDate::fromString(text.value(), kDateFormat);
    if (!date.isValid()) {
        return wrongType(key, QCoreApplication::translate("calldeck::TaskPlan", "a date like 2025-11-27"));
    }
    return date;
}

Result<QTime> parseTime(const QJsonValue& value, const QString& key)
{
    if (value.isNull() || value.isUndefined()) {
        return QTime();
    }
    const QString text = value.toString().trimmed();
    QTime time = QTime::fromString(text, kTimeFormat);
    if (!time.isValid()) {
        time = QTime::fromString(text, QStringLiteral("H:mm"));
    }
    if (!value.isString() || !time.isValid()) {
        return wrongType(key, QCoreApplication::translate("calldeck::TaskPlan", "two times like [\"09:00\", \"17:00\"]"));
    }
    return time;
}

Result<HardConstraints> readConstraints(const QJsonObject& parent)
{
    const QString key = QStringLiteral("hard_constraints");
    const QJsonValue value = parent.value(key);
    HardConstraints constraints;
    if (value.isUndefined() || value.isNull()) {
        return constraints;
    }
    if (!value.isObject()) {
        return wrongType(key, QCoreApplication::translate("calldeck::TaskPlan", "an object"));
    }
    const QJsonObject json = value.toObject();
    Result<QDate> earliest = readDate(json, QStringLiteral("earliest_date"));
    if (!earliest) {
        return earliest.error();
    }
    Result<QDate> latest = readDate(json, QStringLiteral("latest_date"));
    if (!latest) {
        return latest.error();
    }
    constraints.earliestDate = earliest.value();
    constraints.latestDate = latest.value();
    const QJsonValue window = json.value(QStringLiteral("time_window"));
    if (!window.isUndefined() && !window.isNull()) {
        const QJsonArray pair = window.toArray();
        if (!window.isArray() || pair.size() != 2) {
            return wrongType(QStringLiteral("time_window"), QCoreApplication::translate("calldeck::TaskPlan", "two times like [\"09:00\", \"17:00\"]"));
        }
        Result<QTime> start = parseTime(pair.at(0), QStringLiteral("time_window"));
        Result<QTime> end = parseTime(pair.at(1), QStringLiteral("time_window"));
        if (!start) {
            return start.error();
        }
        if (!end) {
            return end.error();
        }
        constraints.windowStart = start.value();
        constraints.windowEnd = end.value();
    }
    Result<QStringList> other = readStrings(json, QStringLiteral("other"));
    if (!other) {
        return other.error();
    }
    constraints.other = other.value();
    return constraints;
}

/// Seed 002 writes preferences as an object ({"prefer_morning": true}); a list of texts is accepted too.
Result<QStringList> readPreferences(const QJsonObject& json)
{
    const QString key = QStringLiteral("soft_preferences");
    const QJsonValue value = json.value(key);
    if (!value.isObject()) {
        return readStrings(json, key);
    }
    QStringList result;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isBool()) {
            if (it.value().toBool()) {
                result.append(it.key());
            }
        } else if (it.value().isString() || it.value().isDouble()) {
            result.append(it.key() + QStringLiteral(": ") + it.value().toVariant().toString());
        } else {
            return wrongType(key, QCoreApplication::translate("calldeck::TaskPlan", "a list of texts"));
        }
    }
    return result;
}

Result<qint64> readCents(const QJsonObject& json)
{
    const QString key = QStringLiteral("max_price_cents");
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull()) {
        return qint64(-1);
    }
    // toInteger() gives the fallback for fractions, so 150.5 cents is refused rather than rounded.
    const qint64 cents = value.toInteger(-1);
    if (!value.isDouble() || cents < 0) {
        return wrongType(key, QCoreApplication::translate("calldeck::TaskPlan", "a whole number of cents (15000 for $150)"));
    }
    return cents;
}

Result<QList<MissingInfo>> readMissing(const QJsonObject& json)
{
    const QString key = QStringLiteral("missing_info");
    const QJsonValue value = json.value(key);
    QList<MissingInfo> result;
    if (value.isUndefined() || value.isNull()) {
        return result;
    }
    if (!value.isArray()) {
        return wrongType(key, QCoreApplication::translate("calldeck::TaskPlan", "a list of {\"key\", \"question\"} objects"));
    }
    for (const QJsonValue& item : value.toArray()) {
        MissingInfo info;
        if (item.isString()) {
            // A bare question from a model: its key is derived so answers can still be matched.
            info.question = item.toString().trimmed();
            info.key = QStringLiteral("info_%1").arg(result.size() + 1);
        } else if (item.isObject()) {
            const QJsonObject object = item.toObject();
            if (!object.value(QStringLiteral("key")).isString()
                || !object.value(QStringLiteral("question")).isString()) {
                return wrongType(key, QCoreApplication::translate("calldeck::TaskPlan", "a list of {\"key\", \"question\"} objects"));
            }
            info.key = object.value(QStringLiteral("key")).toString().trimmed();
            info.question = object.value(QStringLiteral("question")).toString().trimmed();
        } else {
            return wrongType(key, QCoreApplication::translate("calldeck::TaskPlan", "a list of {\"key\", \"question\"} objects"));
        }
        if (!info.question.isEmpty() && !info.key.isEmpty()) {
            result.append(info);
        }
    }
    return result;
}

Result<QMap<QString, QString>> readAnswers(const QJsonObject& json)
{
    const QString key = QStringLiteral("answers");
    const QJsonValue value = json.value(key);
    QMap<QString, QString> answers;
    if (value.isUndefined() || value.isNull()) {
        return answers;
    }
    if (!value.isObject()) {
        return wrongType(key, QCoreApplication::translate("calldeck::TaskPlan", "an object of texts"));
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString()) {
            return wrongType(key, QCoreApplication::translate("calldeck::TaskPlan", "an object of texts"));
        }
        answers.insert(it.key(), it.value().toString());
    }
    return answers;
}

} // namespace

QJsonObject TaskPlan::toJson() const
{
    QJsonObject constraints{
        {QStringLiteral("earliest_date"), dateValue(hardConstraints.earliestDate)},
        {QStringLiteral("latest_date"), dateValue(hardConstraints.latestDate)},
        {QStringLiteral("other"), toArray(hardConstraints.other)},
    };
    if (hardConstraints.windowStart.isValid() && hardConstraints.windowEnd.isValid()) {
        constraints.insert(QStringLiteral("time_window"),
                           QJsonArray{hardConstraints.windowStart.toString(kTimeFormat),
                                      hardConstraints.windowEnd.toString(kTimeFormat)});
    } else {
        constraints.insert(QStringLiteral("time_window"), QJsonValue::Null);
    }
    QJsonArray missing;
    for (const MissingInfo& info : missingInfo) {
        missing.append(QJsonObject{{QStringLiteral("key"), info.key}, {QStringLiteral("question"), info.question}});
    }
    QJsonObject answerObject;
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        answerObject.insert(it.key(), it.value());
    }
    return QJsonObject{
        {QStringLiteral("goal"), goal},
        {QStringLiteral("contact_type"), contactType},
        {QStringLiteral("contact_name"), contactName},
        {QStringLiteral("phone_number"), phoneE164},
        {QStringLiteral("steps"), toArray(steps)},
        {QStringLiteral("questions_to_ask"), toArray(questionsToAsk)},
        {QStringLiteral("info_to_obtain"), toArray(infoToObtain)},
        {QStringLiteral("success_conditions"), toArray(successConditions)},
        {QStringLiteral("hard_constraints"), constraints},
        {QStringLiteral("soft_preferences"), toArray(softPreferences)},
        {QStringLiteral("max_price_cents"), maxPriceCents < 0 ? QJsonValue(QJsonValue::Null)
                                                               : QJsonValue(double(maxPriceCents))},
        {QStringLiteral("missing_info"), missing},
        {QStringLiteral("answers"), answerObject},
        {QStringLiteral("source"), source == PlanSource::Ai ? QStringLiteral("ai") : QStringLiteral("offline")},
        {QStringLiteral("notices"), toArray(notices)},
    };
}

Result<TaskPlan> TaskPlan::fromJson(const QJsonObject& json)
{
    TaskPlan plan;
    struct TextField
    {
        const char* key;
        QString TaskPlan::*member;
    };
    const TextField texts[] = {
        {"goal", &TaskPlan::goal},
        {"contact_type", &TaskPlan::contactType},
        {"contact_name", &TaskPlan::contactName},
        {"phone_number", &TaskPlan::phoneE164},
    };
    for (const TextField& field : texts) {
        Result<QString> value = readString(json, QLatin1String(field.key));
        if (!value) {
            return value.error();
        }
        plan.*field.member = value.value();
    }
    struct ListField
    {
        const char* key;
        QStringList TaskPlan::*member;
    };
    const ListField lists[] = {
        {"steps", &TaskPlan::steps},
        {"questions_to_ask", &TaskPlan::questionsToAsk},
        {"info_to_obtain", &TaskPlan::infoToObtain},
        {"success_conditions", &TaskPlan::successConditions},
        {"notices", &TaskPlan::notices},
    };
    for (const ListField& field : lists) {
        Result<QStringList> value = readStrings(json, QLatin1String(field.key));
        if (!value) {
            return value.error();
        }
        plan.*field.member = value.value();
    }
    Result<HardConstraints> constraints = readConstraints(json);
    if (!constraints) {
        return constraints.error();
    }
    plan.hardConstraints = constraints.value();
    Result<QStringList> preferences = readPreferences(json);
    if (!preferences) {
        return preferences.error();
    }
    plan.softPreferences = preferences.value();
    Result<qint64> cents = readCents(json);
    if (!cents) {
        return cents.error();
    }
    plan.maxPriceCents = cents.value();
    Result<QList<MissingInfo>> missing = readMissing(json);
    if (!missing) {
        return missing.error();
    }
    plan.missingInfo = missing.value();
    Result<QMap<QString, QString>> answers = readAnswers(json);
    if (!answers) {
        return answers.error();
    }
    plan.answers = answers.value();
    plan.source = json.value(QStringLiteral("source")).toString() == QLatin1String("ai") ? PlanSource::Ai
                                                                                          : PlanSource::Offline;
    return plan;
}

} // namespace calldeck
