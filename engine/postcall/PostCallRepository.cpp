#include "postcall/PostCallRepository.h"

#include "postcall/ExtractionKeys.h"
#include "postcall/OutcomeRules.h"
#include "store/SqlSupport.h"
#include "store/SqlTransaction.h"
#include "store/TranscriptRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace calldeck {

namespace {

Error notFound(qint64 sessionId)
{
    return Error{ErrorCode::NotFound, PostCallRepository::tr("The call record %1 does not exist.").arg(sessionId)};
}

/// The plan's goal and the keys it asked the agent to record; plans from the planner use
/// snake_case, hand-written ones sometimes camelCase, and list items may be {key: …} objects.
void readPlan(const QString& planJson, QString& goal, QStringList& infoToObtain)
{
    const QJsonObject plan = QJsonDocument::fromJson(planJson.toUtf8()).object();
    goal = plan.value(u"goal").toString().trimmed();
    QJsonArray items = plan.value(u"info_to_obtain").toArray();
    if (items.isEmpty()) {
        items = plan.value(u"infoToObtain").toArray();
    }
    for (const QJsonValue& item : items) {
        const QString key = item.isString() ? item.toString() : item.toObject().value(u"key").toString();
        if (!key.trimmed().isEmpty()) {
            infoToObtain.append(key.trimmed());
        }
    }
}

QString postCallKeyList()
{
    QStringList markers;
    for (qsizetype i = 0; i < ExtractionKeys::all().size(); ++i) {
        markers.append(QStringLiteral(":k%1").arg(i));
    }
    return markers.join(QStringLiteral(", "));
}

void bindPostCallKeys(QSqlQuery& query)
{
    for (qsizetype i = 0; i < ExtractionKeys::all().size(); ++i) {
        query.bindValue(QStringLiteral(":k%1").arg(i), ExtractionKeys::all().at(i));
    }
}

} // namespace

PostCallRepository::PostCallRepository(QSqlDatabase& db)
    : m_db(db)
{}

Result<PostCallInput> PostCallRepository::loadInput(qint64 sessionId)
{
    const QString failure = tr("Could not read the call for post-call processing");
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral(
            "SELECT s.task_id, s.status, s.failure_reason, s.started_at, s.created_at, s.duration_s,"
            " t.contact_name, t.company, t.phone_e164, t.plan, t.objective, t.raw_instruction, t.title, u.time_zone"
            " FROM call_sessions s JOIN call_tasks t ON t.id = s.task_id JOIN users u ON u.id = t.user_id"
            " WHERE s.id = :id"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":id"), sessionId);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    if (!query.next()) {
        return notFound(sessionId);
    }
    PostCallInput input;
    input.sessionId = sessionId;
    input.taskId = query.value(0).toLongLong();
    input.sessionStatus = query.value(1).toString();
    input.failureReason = query.value(2).toString();
    // A call that never connected has no start; its creation is the best "when".
    input.callStartedAt = sql::fromText(query.value(3));
    if (!input.callStartedAt.isValid()) {
        input.callStartedAt = sql::fromText(query.value(4));
    }
    input.durationS = query.value(5).isNull() ? -1 : query.value(5).toLongLong();
    input.contactName = query.value(6).toString().trimmed();
    if (input.contactName.isEmpty()) {
        input.contactName = query.value(7).toString().trimmed();
    }
    input.phoneE164 = query.value(8).toString();
    input.planJson = query.value(9).toString();
    readPlan(input.planJson, input.goal, input.infoToObtain);
    for (int column : {10, 11, 12}) {
        if (input.goal.isEmpty()) {
            input.goal = query.value(column).toString().trimmed();
        }
    }
    const QTimeZone zone(query.value(13).toString().toUtf8());
    input.timeZone = zone.isValid() ? zone : QTimeZone::utc();
    query.finish();

    Result<QList<TranscriptSegment>> segments = TranscriptRepository(m_db).segments(sessionId);
    if (!segments) {
        return segments.error();
    }
    input.segments = std::move(segments).value();
    Result<QList<ExtractedField>> rows = fields(sessionId);
    if (!rows) {
        return rows.error();
    }
    for (const ExtractedField& field : rows.value()) {
        if (!ExtractionKeys::isPostCallKey(field.key)) {
            input.agentFields.append(field);
        }
    }
    return input;
}

Status PostCallRepository::save(qint64 sessionId, const PostCallResult& result)
{
    static const QStringList kTypes{QStringLiteral("string"), QStringLiteral("number"), QStringLiteral("datetime"),
                                    QStringLiteral("boolean"), QStringLiteral("json")};
    for (const ExtractedField& field : result.fields) {
        if (field.key.trimmed().isEmpty() || !kTypes.contains(field.valueType)) {
            return Error{ErrorCode::InvalidArgument,
                         tr("An extracted value needs a key and a type (string, number, datetime, boolean or json).")};
        }
    }
    const QString failure = tr("Could not save the call's summary and extracted data");
    const QString now = sql::nowText();
    SqlTransaction transaction(m_db);
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral(
            "UPDATE call_sessions SET summary = :summary, outcome = :outcome, updated_at = :now WHERE id = :id"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":summary"), sql::nullIfEmpty(result.summary));
    query.bindValue(QStringLiteral(":outcome"), OutcomeRules::name(result.outcome));
    query.bindValue(QStringLiteral(":now"), now);
    query.bindValue(QStringLiteral(":id"), sessionId);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    if (query.numRowsAffected() == 0) {
        return notFound(sessionId);
    }
    if (!query.prepare(QStringLiteral("UPDATE call_tasks SET goal_achieved = :achieved, updated_at = :now"
                                      " WHERE id = (SELECT task_id FROM call_sessions WHERE id = :id)"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":achieved"), result.goalAchieved ? 1 : 0);
    query.bindValue(QStringLiteral(":now"), now);
    query.bindValue(QStringLiteral(":id"), sessionId);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    // Only the processor's own rows go; what the agent recorded stays with its original ids.
    if (!query.prepare(QStringLiteral("DELETE FROM extracted_data WHERE session_id = :id AND key IN (%1)")
                           .arg(postCallKeyList()))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":id"), sessionId);
    bindPostCallKeys(query);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    // The agent notes a price as it was said ("price: A cleaning is $120."). Once the typed price
    // is known those words would only show the same price twice, so they give way to it; they
    // stay in the transcript and as the typed row's fragment.
    const bool typedPrice = std::any_of(result.fields.cbegin(), result.fields.cend(),
                                        [](const ExtractedField& f) { return f.key == ExtractionKeys::PriceCents; });
    if (typedPrice) {
        if (!query.prepare(QStringLiteral("DELETE FROM extracted_data WHERE session_id = :id AND key = :key"))) {
            return sql::databaseError(failure, query.lastError());
        }
        query.bindValue(QStringLiteral(":id"), sessionId);
        query.bindValue(QStringLiteral(":key"), ExtractionKeys::SpokenPrice);
        if (!query.exec()) {
            return sql::databaseError(failure, query.lastError());
        }
    }
    if (!query.prepare(QStringLiteral("INSERT INTO extracted_data (session_id, key, value, value_type, raw_fragment,"
                                      " created_at) VALUES (:id, :key, :value, :type, :raw, :now)"))) {
        return sql::databaseError(failure, query.lastError());
    }
    for (const ExtractedField& field : result.fields) {
        query.bindValue(QStringLiteral(":id"), sessionId);
        query.bindValue(QStringLiteral(":key"), field.key.trimmed());
        query.bindValue(QStringLiteral(":value"), field.value);
        query.bindValue(QStringLiteral(":type"), field.valueType);
        query.bindValue(QStringLiteral(":raw"), sql::nullIfEmpty(field.rawFragment));
        query.bindValue(QStringLiteral(":now"), now);
        if (!query.exec()) {
            return sql::databaseError(failure, query.lastError());
        }
    }
    if (!transaction.commit()) {
        return sql::databaseError(failure, m_db.lastError());
    }
    return {};
}

Status PostCallRepository::setOutcome(qint64 sessionId, CallOutcome outcome)
{
    const QString failure = tr("Could not save the call's outcome");
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("UPDATE call_sessions SET outcome = :outcome, updated_at = :now WHERE id = :id"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":outcome"), OutcomeRules::name(outcome));
    query.bindValue(QStringLiteral(":now"), sql::nowText());
    query.bindValue(QStringLiteral(":id"), sessionId);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    if (query.numRowsAffected() == 0) {
        return notFound(sessionId);
    }
    return {};
}

Result<std::optional<CallOutcome>> PostCallRepository::outcome(qint64 sessionId)
{
    const QString failure = tr("Could not read the call's outcome");
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("SELECT outcome FROM call_sessions WHERE id = :id"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":id"), sessionId);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    if (!query.next()) {
        return notFound(sessionId);
    }
    return OutcomeRules::fromName(query.value(0).toString());
}

Result<QList<ExtractedField>> PostCallRepository::fields(qint64 sessionId)
{
    const QString failure = tr("Could not read the call's extracted data");
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("SELECT key, value, value_type, raw_fragment FROM extracted_data"
                                      " WHERE session_id = :id ORDER BY id"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":id"), sessionId);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    QList<ExtractedField> rows;
    while (query.next()) {
        rows.append(ExtractedField{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                   query.value(3).toString()});
    }
    return rows;
}

} // namespace calldeck
