#include "store/CallRepository.h"

#include "store/ProfileRepository.h"
#include "store/SqlSupport.h"
#include "store/SqlTransaction.h"
#include "store/TranscriptRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>

namespace calldeck {

namespace {

constexpr qsizetype kMaxTitleLength = 120;
constexpr int kP50 = 50;
constexpr int kP95 = 95;
constexpr qint64 kUsPerMs = 1000;

const QStringList kTerminalStatuses = {QStringLiteral("completed"), QStringLiteral("failed"), QStringLiteral("busy"),
                                       QStringLiteral("no-answer"), QStringLiteral("cancelled"),
                                       QStringLiteral("interrupted")};

QVariant nullIfNegative(qint64 value)
{
    return value < 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(value);
}

qint64 intOr(const QVariant& column, qint64 fallback)
{
    return column.isNull() ? fallback : column.toLongLong();
}

qint64 usToMs(qint64 us)
{
    return us < 0 ? -1 : (us + kUsPerMs / 2) / kUsPerMs;
}

/// A task title from the objective: its first line, cut at a word near kMaxTitleLength.
QString titleFrom(const QString& objective, const QString& toE164)
{
    QString title = objective.section(QLatin1Char('\n'), 0, 0).simplified();
    if (title.isEmpty()) {
        return CallRepository::tr("Call to %1").arg(toE164);
    }
    if (title.size() > kMaxTitleLength) {
        const qsizetype space = title.lastIndexOf(QLatin1Char(' '), kMaxTitleLength);
        title = title.left(space > kMaxTitleLength / 2 ? space : kMaxTitleLength) + QChar(0x2026);
    }
    return title;
}

Error notFound(qint64 sessionId)
{
    return Error{ErrorCode::NotFound, CallRepository::tr("The call record %1 does not exist.").arg(sessionId)};
}

/// True when the session row exists; a database error otherwise propagates.
Result<bool> sessionExists(const QSqlDatabase& db, qint64 sessionId, const QString& failure)
{
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("SELECT 1 FROM call_sessions WHERE id = :id"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":id"), sessionId);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    return query.next();
}

} // namespace

const QStringList& CallRepository::sessionStatuses()
{
    static const QStringList statuses = {QStringLiteral("initiated"), QStringLiteral("ringing"),
                                         QStringLiteral("connected"), QStringLiteral("completed"),
                                         QStringLiteral("failed"),    QStringLiteral("busy"),
                                         QStringLiteral("no-answer"), QStringLiteral("cancelled"),
                                         QStringLiteral("interrupted")};
    return statuses;
}

const QStringList& CallRepository::agentKinds()
{
    static const QStringList kinds = {QStringLiteral("realtime"), QStringLiteral("cascade"),
                                      QStringLiteral("offline"), QStringLiteral("human")};
    return kinds;
}

CallRepository::CallRepository(QSqlDatabase& db)
    : m_db(db)
{}

Result<CallRecordIds> CallRepository::begin(const NewCallRecord& record)
{
    const QString provider = record.provider.trimmed();
    if (provider.isEmpty()) {
        return Error{ErrorCode::InvalidArgument, tr("A call record needs the telephony provider.")};
    }
    if (!record.agentKind.isEmpty() && !agentKinds().contains(record.agentKind)) {
        return Error{ErrorCode::InvalidArgument, tr("\"%1\" is not a kind of agent CallDeck knows.").arg(record.agentKind)};
    }
    if (record.estimatedCostMicros < 0) {
        return Error{ErrorCode::InvalidArgument, tr("A cost estimate cannot be negative.")};
    }
    const QString failure = tr("Could not save the call record");
    if (!record.callKey.isEmpty()) {
        Result<qint64> existing = sessionIdForCallKey(record.callKey);
        if (existing) {
            return Error{ErrorCode::Conflict, tr("The call %1 is already recorded.").arg(record.callKey)};
        }
        if (existing.error().code != ErrorCode::NotFound) {
            return existing.error();
        }
    }

    const QString now = sql::nowText();
    SqlTransaction transaction(m_db);
    CallRecordIds ids;
    QSqlQuery query(m_db);
    if (record.taskId == 0) {
        Result<qint64> task = createAdHocTask(record);
        if (!task) {
            return task.error();
        }
        ids.taskId = task.value();
    } else {
        if (!query.prepare(QStringLiteral("SELECT 1 FROM call_tasks WHERE id = :id"))) {
            return sql::databaseError(failure, query.lastError());
        }
        query.bindValue(QStringLiteral(":id"), record.taskId);
        if (!query.exec()) {
            return sql::databaseError(failure, query.lastError());
        }
        if (!query.next()) {
            return Error{ErrorCode::NotFound, tr("The task %1 does not exist.").arg(record.taskId)};
        }
        ids.taskId = record.taskId;
        query.finish();
    }

    if (!query.prepare(QStringLiteral(
            "INSERT INTO call_sessions (task_id, attempt, provider, status, call_key, agent_kind,"
            " estimated_cost_micros, created_at, updated_at)"
            " VALUES (:task, (SELECT COALESCE(MAX(attempt), 0) + 1 FROM call_sessions WHERE task_id = :task2),"
            " :provider, 'initiated', :key, :agent, :estimate, :now, :now) RETURNING id"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":task"), ids.taskId);
    query.bindValue(QStringLiteral(":task2"), ids.taskId);
    query.bindValue(QStringLiteral(":provider"), provider);
    query.bindValue(QStringLiteral(":key"), sql::nullIfEmpty(record.callKey));
    query.bindValue(QStringLiteral(":agent"), sql::nullIfEmpty(record.agentKind));
    query.bindValue(QStringLiteral(":estimate"), record.estimatedCostMicros);
    query.bindValue(QStringLiteral(":now"), now);
    if (!query.exec() || !query.next()) {
        return sql::databaseError(failure, query.lastError());
    }
    ids.sessionId = query.value(0).toLongLong();
    query.finish();
    if (!transaction.commit()) {
        return sql::databaseError(failure, m_db.lastError());
    }
    return ids;
}

Result<qint64> CallRepository::createAdHocTask(const NewCallRecord& record)
{
    const QString failure = tr("Could not save the call record");
    const QString now = sql::nowText();
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral(
            "INSERT INTO call_tasks (user_id, title, raw_instruction, status, call_type, phone_e164, objective,"
            " estimated_cost_micros, ad_hoc, created_at, updated_at)"
            " VALUES (:user, :title, :raw, 'in_progress', 'manual', :phone, :objective, :estimate, 1, :now, :now)"
            " RETURNING id"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":user"), kLocalUserId);
    query.bindValue(QStringLiteral(":title"), titleFrom(record.objective, record.toE164));
    // raw_instruction is NOT NULL; an ad-hoc call without an objective stores it empty.
    const QString raw = record.objective.trimmed();
    query.bindValue(QStringLiteral(":raw"), raw.isEmpty() ? QStringLiteral("") : raw);
    query.bindValue(QStringLiteral(":phone"), sql::nullIfEmpty(record.toE164));
    query.bindValue(QStringLiteral(":objective"), sql::nullIfEmpty(record.objective.trimmed()));
    query.bindValue(QStringLiteral(":estimate"), record.estimatedCostMicros);
    query.bindValue(QStringLiteral(":now"), now);
    if (!query.exec() || !query.next()) {
        return sql::databaseError(failure, query.lastError());
    }
    return query.value(0).toLongLong();
}

Status CallRepository::updateStatus(qint64 sessionId, const QString& status, const QString& providerCallId,
                                    const QDateTime& startedAt, const QDateTime& endedAt,
                                    const QString& failureReason)
{
    if (!sessionStatuses().contains(status)) {
        return Error{ErrorCode::InvalidArgument, tr("\"%1\" is not a call status CallDeck knows.").arg(status)};
    }
    const QString failure = tr("Could not update the call record");
    SqlTransaction transaction(m_db);
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("SELECT started_at, ended_at FROM call_sessions WHERE id = :id"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":id"), sessionId);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    if (!query.next()) {
        return notFound(sessionId);
    }
    const QDateTime started = startedAt.isValid() ? startedAt : sql::fromText(query.value(0));
    const QDateTime ended = endedAt.isValid() ? endedAt : sql::fromText(query.value(1));
    query.finish();
    QVariant duration(QMetaType::fromType<qint64>());
    if (started.isValid() && ended.isValid()) {
        duration = std::max<qint64>(0, started.secsTo(ended));
    }

    if (!query.prepare(QStringLiteral(
            "UPDATE call_sessions SET status = :status,"
            " provider_call_id = COALESCE(:call_id, provider_call_id),"
            " started_at = :started, ended_at = :ended, duration_s = :duration,"
            " failure_reason = COALESCE(:reason, failure_reason), updated_at = :now WHERE id = :id"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":status"), status);
    query.bindValue(QStringLiteral(":call_id"), sql::nullIfEmpty(providerCallId));
    query.bindValue(QStringLiteral(":started"), sql::nullIfEmpty(sql::toText(started)));
    query.bindValue(QStringLiteral(":ended"), sql::nullIfEmpty(sql::toText(ended)));
    query.bindValue(QStringLiteral(":duration"), duration);
    query.bindValue(QStringLiteral(":reason"), sql::nullIfEmpty(failureReason.trimmed()));
    query.bindValue(QStringLiteral(":now"), sql::nowText());
    query.bindValue(QStringLiteral(":id"), sessionId);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    query.finish();
    if (Status task = setAdHocTaskStatus(sessionId, status, failureReason); !task) {
        return task;
    }
    if (!transaction.commit()) {
        return sql::databaseError(failure, m_db.lastError());
    }
    return {};
}

Status CallRepository::setAdHocTaskStatus(qint64 sessionId, const QString& sessionStatus, const QString& reason)
{
    if (!kTerminalStatuses.contains(sessionStatus)) {
        return {};
    }
    const bool completed = sessionStatus == QLatin1String("completed");
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral(
            "UPDATE call_tasks SET status = :status, failure_reason = :reason, updated_at = :now"
            " WHERE ad_hoc = 1 AND id = (SELECT task_id FROM call_sessions WHERE id = :session)"))) {
        return sql::databaseError(tr("Could not update the call's task"), query.lastError());
    }
    query.bindValue(QStringLiteral(":status"), completed ? QStringLiteral("completed") : QStringLiteral("failed"));
    query.bindValue(QStringLiteral(":reason"), completed ? QVariant(QMetaType::fromType<QString>())
                                                         : sql::nullIfEmpty(reason.trimmed()));
    query.bindValue(QStringLiteral(":now"), sql::nowText());
    query.bindValue(QStringLiteral(":session"), sessionId);
    if (!query.exec()) {
        return sql::databaseError(tr("Could not update the call's task"), query.lastError());
    }
    return {};
}

Status CallRepository::saveCost(qint64 sessionId, const CallCost& cost)
{
    if (cost.telephonyMicros < 0 || cost.voiceAiMicros < 0 || cost.reasoningAiMicros < 0) {
        return Error{ErrorCode::InvalidArgument, tr("A call's cost cannot be negative.")};
    }
    const QString failure = tr("Could not save the call's cost");
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral(
            "UPDATE call_sessions SET telephony_cost_micros = :telephony, voice_ai_cost_micros = :voice,"
            " reasoning_ai_cost_micros = :reasoning, total_cost_micros = :total, cost_lines = :lines,"
            " updated_at = :now WHERE id = :id"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":telephony"), cost.telephonyMicros);
    query.bindValue(QStringLiteral(":voice"), cost.voiceAiMicros);
    query.bindValue(QStringLiteral(":reasoning"), cost.reasoningAiMicros);
    query.bindValue(QStringLiteral(":total"), cost.totalMicros());
    query.bindValue(QStringLiteral(":lines"), costLinesToJson(cost.lines));
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

Status CallRepository::saveLatency(qint64 sessionId, const QList<TurnLatency>& turns)
{
    for (const TurnLatency& turn : turns) {
        if (turn.turn < 1 || turn.totalUs < 0 || turn.internalUs < 0) {
            return Error{ErrorCode::InvalidArgument,
                         tr("Turn %1 has an invalid latency (turns count from 1, times cannot be negative).")
                             .arg(turn.turn)};
        }
    }
    const QString failure = tr("Could not save the call's response times");
    Result<bool> exists = sessionExists(m_db, sessionId, failure);
    if (!exists) {
        return exists.error();
    }
    if (!exists.value()) {
        return notFound(sessionId);
    }
    SqlTransaction transaction(m_db);
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral(
            "INSERT INTO turn_latencies (session_id, turn, total_us, internal_us) VALUES (:session, :turn, :total,"
            " :internal) ON CONFLICT (session_id, turn) DO UPDATE SET total_us = excluded.total_us,"
            " internal_us = excluded.internal_us"))) {
        return sql::databaseError(failure, query.lastError());
    }
    for (const TurnLatency& turn : turns) {
        query.bindValue(QStringLiteral(":session"), sessionId);
        query.bindValue(QStringLiteral(":turn"), turn.turn);
        query.bindValue(QStringLiteral(":total"), turn.totalUs);
        query.bindValue(QStringLiteral(":internal"), turn.internalUs);
        if (!query.exec()) {
            return sql::databaseError(failure, query.lastError());
        }
    }
    query.finish();

    // Percentiles over every stored turn, so saving turn by turn gives the same figures as saving all at once.
    if (!query.prepare(QStringLiteral("SELECT total_us, internal_us FROM turn_latencies WHERE session_id = :session"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":session"), sessionId);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    QList<qint64> totals;
    QList<qint64> internals;
    while (query.next()) {
        totals.append(query.value(0).toLongLong());
        internals.append(query.value(1).toLongLong());
    }
    query.finish();

    if (!query.prepare(QStringLiteral(
            "UPDATE call_sessions SET latency_turns = :turns, latency_p50_ms = :p50, latency_p95_ms = :p95,"
            " internal_p50_ms = :ip50, internal_p95_ms = :ip95, updated_at = :now WHERE id = :id"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":turns"), static_cast<qint64>(totals.size()));
    query.bindValue(QStringLiteral(":p50"), nullIfNegative(usToMs(percentile(totals, kP50))));
    query.bindValue(QStringLiteral(":p95"), nullIfNegative(usToMs(percentile(totals, kP95))));
    query.bindValue(QStringLiteral(":ip50"), nullIfNegative(usToMs(percentile(internals, kP50))));
    query.bindValue(QStringLiteral(":ip95"), nullIfNegative(usToMs(percentile(internals, kP95))));
    query.bindValue(QStringLiteral(":now"), sql::nowText());
    query.bindValue(QStringLiteral(":id"), sessionId);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    if (!transaction.commit()) {
        return sql::databaseError(failure, m_db.lastError());
    }
    return {};
}

Result<int> CallRepository::markInterrupted()
{
    const QString failure = tr("Could not close the calls that were running when CallDeck stopped");
    const QString reason = tr("CallDeck stopped while the call was in progress.");
    const QString now = sql::nowText();
    SqlTransaction transaction(m_db);
    QSqlQuery query(m_db);
    // Ad-hoc tasks first: afterwards the sessions no longer say which ones were running.
    if (!query.prepare(QStringLiteral(
            "UPDATE call_tasks SET status = 'failed', failure_reason = :reason, updated_at = :now"
            " WHERE ad_hoc = 1 AND id IN (SELECT task_id FROM call_sessions"
            " WHERE status IN ('initiated', 'ringing', 'connected'))"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":reason"), reason);
    query.bindValue(QStringLiteral(":now"), now);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    query.finish();
    if (!query.prepare(QStringLiteral(
            "UPDATE call_sessions SET status = 'interrupted', failure_reason = COALESCE(failure_reason, :reason),"
            " updated_at = :now WHERE status IN ('initiated', 'ringing', 'connected')"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":reason"), reason);
    query.bindValue(QStringLiteral(":now"), now);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    const int count = query.numRowsAffected();
    query.finish();
    if (!transaction.commit()) {
        return sql::databaseError(failure, m_db.lastError());
    }
    return count;
}

Result<CallRecordView> CallRepository::load(qint64 sessionId)
{
    const QString failure = tr("Could not read the call record");
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral(
            "SELECT s.id, s.task_id, s.attempt, s.call_key, s.provider, s.provider_call_id, s.agent_kind, s.status,"
            " t.phone_e164, t.title, t.objective, t.status, s.started_at, s.ended_at, s.duration_s,"
            " s.failure_reason, s.summary, s.outcome, s.estimated_cost_micros, s.telephony_cost_micros,"
            " s.voice_ai_cost_micros, s.reasoning_ai_cost_micros, s.cost_lines, s.latency_turns, s.latency_p50_ms,"
            " s.latency_p95_ms, s.internal_p50_ms, s.internal_p95_ms, s.created_at, s.updated_at"
            " FROM call_sessions s JOIN call_tasks t ON t.id = s.task_id WHERE s.id = :id"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":id"), sessionId);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    if (!query.next()) {
        return notFound(sessionId);
    }
    CallRecordView view;
    int c = 0;
    view.sessionId = query.value(c++).toLongLong();
    view.taskId = query.value(c++).toLongLong();
    view.attempt = query.value(c++).toInt();
    view.callKey = query.value(c++).toString();
    view.provider = query.value(c++).toString();
    view.providerCallId = query.value(c++).toString();
    view.agentKind = query.value(c++).toString();
    view.status = query.value(c++).toString();
    view.toE164 = query.value(c++).toString();
    view.taskTitle = query.value(c++).toString();
    view.objective = query.value(c++).toString();
    view.taskStatus = query.value(c++).toString();
    view.startedAt = sql::fromText(query.value(c++));
    view.endedAt = sql::fromText(query.value(c++));
    view.durationS = intOr(query.value(c++), -1);
    view.failureReason = query.value(c++).toString();
    view.summary = query.value(c++).toString();
    view.outcome = query.value(c++).toString();
    view.estimatedCostMicros = intOr(query.value(c++), -1);
    view.cost.telephonyMicros = query.value(c++).toLongLong();
    view.cost.voiceAiMicros = query.value(c++).toLongLong();
    view.cost.reasoningAiMicros = query.value(c++).toLongLong();
    view.cost.lines = costLinesFromJson(query.value(c++).toString());
    view.latencyTurns = static_cast<int>(intOr(query.value(c++), 0));
    view.latencyP50Ms = intOr(query.value(c++), -1);
    view.latencyP95Ms = intOr(query.value(c++), -1);
    view.internalP50Ms = intOr(query.value(c++), -1);
    view.internalP95Ms = intOr(query.value(c++), -1);
    view.createdAt = sql::fromText(query.value(c++));
    view.updatedAt = sql::fromText(query.value(c++));
    query.finish();

    if (!query.prepare(QStringLiteral(
            "SELECT turn, total_us, internal_us FROM turn_latencies WHERE session_id = :id ORDER BY turn"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":id"), sessionId);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    while (query.next()) {
        view.latencies.append(TurnLatency{query.value(0).toInt(), query.value(1).toLongLong(),
                                          query.value(2).toLongLong()});
    }
    query.finish();

    Result<QList<TranscriptSegment>> segments = TranscriptRepository(m_db).segments(sessionId);
    if (!segments) {
        return segments.error();
    }
    view.segments = std::move(segments).value();

    if (!query.prepare(QStringLiteral("SELECT key, value, value_type, raw_fragment FROM extracted_data"
                                      " WHERE session_id = :id ORDER BY id"))) {
        return sql::databaseError(tr("Could not load the call record"), query.lastError());
    }
    query.bindValue(QStringLiteral(":id"), sessionId);
    if (!query.exec()) {
        return sql::databaseError(tr("Could not load the call record"), query.lastError());
    }
    while (query.next()) {
        view.fields.append(ExtractedField{query.value(0).toString(), query.value(1).toString(),
                                          query.value(2).toString(), query.value(3).toString()});
    }
    return view;
}

Status CallRepository::saveOutcome(qint64 sessionId, const QString& summary, const QList<ExtractedField>& fields)
{
    static const QStringList kTypes{QStringLiteral("string"), QStringLiteral("number"), QStringLiteral("datetime"),
                                    QStringLiteral("boolean"), QStringLiteral("json")};
    for (const ExtractedField& field : fields) {
        if (field.key.trimmed().isEmpty() || !kTypes.contains(field.valueType)) {
            return Error{ErrorCode::InvalidArgument,
                         tr("An extracted value needs a key and a type (string, number, datetime, boolean or json).")};
        }
    }
    const QString failure = tr("Could not save the call's summary and extracted data");
    SqlTransaction transaction(m_db);
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("UPDATE call_sessions SET summary = :summary, updated_at = :now WHERE id = :id"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":summary"), summary.isEmpty() ? QVariant() : QVariant(summary));
    query.bindValue(QStringLiteral(":now"), sql::nowText());
    query.bindValue(QStringLiteral(":id"), sessionId);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    if (query.numRowsAffected() == 0) {
        return notFound(sessionId);
    }
    if (!query.prepare(QStringLiteral("DELETE FROM extracted_data WHERE session_id = :id"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":id"), sessionId);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    const QString now = sql::nowText();
    for (const ExtractedField& field : fields) {
        if (!query.prepare(QStringLiteral("INSERT INTO extracted_data (session_id, key, value, value_type, raw_fragment,"
                                          " created_at) VALUES (:id, :key, :value, :type, :raw, :now)"))) {
            return sql::databaseError(failure, query.lastError());
        }
        query.bindValue(QStringLiteral(":id"), sessionId);
        query.bindValue(QStringLiteral(":key"), field.key.trimmed());
        query.bindValue(QStringLiteral(":value"), field.value);
        query.bindValue(QStringLiteral(":type"), field.valueType);
        query.bindValue(QStringLiteral(":raw"), field.rawFragment.isEmpty() ? QVariant() : QVariant(field.rawFragment));
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

Result<qint64> CallRepository::sessionIdForCallKey(const QString& callKey)
{
    const QString failure = tr("Could not look up the call record");
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("SELECT id FROM call_sessions WHERE call_key = :key"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":key"), callKey);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    if (!query.next()) {
        return Error{ErrorCode::NotFound, tr("No call record has the key %1.").arg(callKey)};
    }
    return query.value(0).toLongLong();
}

Result<QList<TaskAttempt>> CallRepository::sessionsForTask(qint64 taskId)
{
    const QString failure = tr("Could not read the calls of the task");
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("SELECT id FROM call_tasks WHERE id = :task"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":task"), taskId);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    if (!query.next()) {
        return Error{ErrorCode::NotFound, tr("There is no task %1.").arg(taskId)};
    }
    // The id breaks ties between attempts with the same number (never expected, but stable).
    if (!query.prepare(QStringLiteral(
            "SELECT id, attempt, call_key, status, outcome, failure_reason, created_at, started_at, ended_at,"
            " duration_s, total_cost_micros FROM call_sessions WHERE task_id = :task ORDER BY attempt DESC, id DESC"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":task"), taskId);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    QList<TaskAttempt> attempts;
    while (query.next()) {
        TaskAttempt attempt;
        attempt.sessionId = query.value(0).toLongLong();
        attempt.taskId = taskId;
        attempt.attempt = query.value(1).toInt();
        attempt.callKey = query.value(2).toString();
        attempt.status = query.value(3).toString();
        attempt.outcome = query.value(4).toString();
        attempt.failureReason = query.value(5).toString();
        attempt.createdAt = sql::fromText(query.value(6));
        attempt.startedAt = sql::fromText(query.value(7));
        attempt.endedAt = sql::fromText(query.value(8));
        attempt.durationS = intOr(query.value(9), -1);
        attempt.costMicros = query.value(10).toLongLong();
        attempts.append(attempt);
    }
    return attempts;
}

QString CallRepository::costLinesToJson(const QList<CostLine>& lines)
{
    QJsonArray array;
    for (const CostLine& line : lines) {
        // micros as a JSON number is exact up to 2^53 micro-dollars, far beyond any call.
        array.append(QJsonObject{{QStringLiteral("category"), line.category},
                                 {QStringLiteral("provider"), line.provider},
                                 {QStringLiteral("item"), line.item},
                                 {QStringLiteral("quantity"), line.quantity},
                                 {QStringLiteral("unit"), line.unit},
                                 {QStringLiteral("micros"), line.micros}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<CostLine> CallRepository::costLinesFromJson(const QString& json)
{
    QList<CostLine> lines;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto& value : array) {
        const QJsonObject object = value.toObject();
        CostLine line;
        line.category = object.value(QStringLiteral("category")).toString();
        line.provider = object.value(QStringLiteral("provider")).toString();
        line.item = object.value(QStringLiteral("item")).toString();
        line.quantity = object.value(QStringLiteral("quantity")).toDouble();
        line.unit = object.value(QStringLiteral("unit")).toString();
        line.micros = object.value(QStringLiteral("micros")).toInteger();
        lines.append(line);
    }
    return lines;
}

qint64 CallRepository::percentile(QList<qint64> values, int percent)
{
    if (values.isEmpty()) {
        return -1;
    }
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<qsizetype>(std::ceil(static_cast<double>(percent) / 100.0 *
                                                       static_cast<double>(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

} // namespace calldeck
