#include "script/ScriptRunTables.h"

#include "script/ScriptJson.h"
#include "store/SqlSupport.h"
#include "store/SqlTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace calldeck {

namespace {

const QString kRunColumns =
    QStringLiteral("r.id, r.script_id, r.script_version, r.script_json, r.prospect_id, c.name, r.thread_id,"
                   " r.thread_seq, r.previous_run_id, r.call_key, r.session_id, r.mode, r.language, r.status,"
                   " r.current_milestone, r.resume_from, r.checklist_checked, r.gate_override_reason, r.created_at,"
                   " r.started_at, r.ended_at");
const QString kResponseColumns =
    QStringLiteral("milestone_number, state, started_at, completed_at, questions_checked, confirmations_checked,"
                   " fields, notes, notes_saved_at, skip_reason");
const QString kObjectionColumns =
    QStringLiteral("id, run_id, prospect_id, type, milestone, note, answers, outcome, actor, opened_at, closed_at");

QString intsToJson(const QSet<int>& values)
{
    QList<int> sorted(values.begin(), values.end());
    std::sort(sorted.begin(), sorted.end());
    QJsonArray array;
    for (int v : sorted) {
        array.append(v);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QSet<int> intsFromJson(const QVariant& column)
{
    QSet<int> values;
    const QJsonArray array = QJsonDocument::fromJson(column.toString().toUtf8()).array();
    for (const QJsonValue& v : array) {
        values.insert(v.toInt());
    }
    return values;
}

QString mapToJson(const QMap<QString, QString>& values)
{
    QJsonObject object;
    for (auto it = values.begin(); it != values.end(); ++it) {
        object.insert(it.key(), it.value());
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> mapFromJson(const QVariant& column)
{
    QMap<QString, QString> values;
    const QJsonObject object = QJsonDocument::fromJson(column.toString().toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        values.insert(it.key(), it.value().toString());
    }
    return values;
}

QVariant timeOrNull(const QDateTime& at)
{
    return sql::nullIfEmpty(sql::toText(at));
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

ObjectionRecord objectionFrom(const QSqlQuery& q)
{
    ObjectionRecord o;
    o.id = q.value(0).toLongLong();
    o.runId = q.value(1).toLongLong();
    o.prospectId = q.value(2).toLongLong();
    o.type = q.value(3).toString();
    o.milestone = q.value(4).toInt();
    o.note = q.value(5).toString();
    o.answers = sql::fromJsonArray(q.value(6));
    o.outcome = q.value(7).toString();
    o.actor = q.value(8).toString();
    o.openedAt = sql::fromText(q.value(9));
    o.closedAt = sql::fromText(q.value(10));
    return o;
}

/// Prepares, binds in order and executes; the error names `what`.
Result<QSqlQuery> exec(const QSqlDatabase& db, const QString& statement, const QVariantList& values,
                       const QString& what)
{
    QSqlQuery query(db);
    if (!query.prepare(statement)) {
        return sql::databaseError(what, query.lastError());
    }
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return sql::databaseError(what, query.lastError());
    }
    return query;
}

Result<QList<qint64>> ids(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    Result<QSqlQuery> query = exec(db, statement, values, ScriptRunTables::tr("Could not read the script runs"));
    if (!query) {
        return query.error();
    }
    QList<qint64> result;
    while (query.value().next()) {
        result.append(query.value().value(0).toLongLong());
    }
    return result;
}

} // namespace

ScriptRunTables::ScriptRunTables(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<ScriptRunView> ScriptRunTables::load(qint64 runId)
{
    const QString failure = tr("Could not read the script run");
    Result<QSqlQuery> found =
        exec(m_db,
             QStringLiteral("SELECT %1 FROM script_runs r JOIN contacts c ON c.id = r.prospect_id WHERE r.id = ?")
                 .arg(kRunColumns),
             {runId}, failure);
    if (!found) {
        return found.error();
    }
    QSqlQuery& q = found.value();
    if (!q.next()) {
        return Error{ErrorCode::NotFound, tr("There is no script run with id %1.").arg(runId)};
    }
    Result<Script> script = ScriptJson::parse(q.value(3).toByteArray());
    if (!script) {
        return Error{ErrorCode::Database,
                     tr("The script of run %1 is damaged: %2").arg(runId).arg(script.error().message)};
    }
    ScriptRunView run;
    run.id = q.value(0).toLongLong();
    run.script = std::move(script).value();
    run.script.id = q.value(1).toLongLong();
    run.script.version = q.value(2).toInt();
    run.prospectId = q.value(4).toLongLong();
    run.prospectName = q.value(5).toString();
    run.threadId = q.value(6).toLongLong();
    run.threadSeq = q.value(7).toInt();
    run.previousRunId = q.value(8).toLongLong();
    run.callKey = q.value(9).toString();
    run.sessionId = q.value(10).toLongLong();
    run.mode = ScriptRunEnums::modeFromName(q.value(11).toString()).value_or(ScriptMode::Strict);
    run.language = q.value(12).toString();
    run.status = ScriptRunEnums::statusFromName(q.value(13).toString()).value_or(ScriptRunStatus::Scheduled);
    run.currentMilestone = q.value(14).toInt();
    run.resumeFrom = q.value(15).toInt();
    run.checklistChecked = intsFromJson(q.value(16));
    run.gateOverrideReason = q.value(17).toString();
    run.createdAt = sql::fromText(q.value(18));
    run.startedAt = sql::fromText(q.value(19));
    run.endedAt = sql::fromText(q.value(20));

    Result<QSqlQuery> responses =
        exec(m_db, QStringLiteral("SELECT %1 FROM milestone_responses WHERE run_id = ?").arg(kResponseColumns), {runId},
             failure);
    if (!responses) {
        return responses.error();
    }
    QMap<int, MilestoneResponse> byNumber;
    while (responses.value().next()) {
        const QSqlQuery& r = responses.value();
        MilestoneResponse response;
        response.number = r.value(0).toInt();
        response.state = ScriptRunEnums::stateFromName(r.value(1).toString()).value_or(MilestoneState::NotStarted);
        response.startedAt = sql::fromText(r.value(2));
        response.completedAt = sql::fromText(r.value(3));
        response.questionsChecked = intsFromJson(r.value(4));
        response.confirmationsChecked = intsFromJson(r.value(5));
        response.fields = mapFromJson(r.value(6));
        response.notes = r.value(7).toString();
        response.notesSavedAt = sql::fromText(r.value(8));
        response.skipReason = r.value(9).toString();
        byNumber.insert(response.number, response);
    }
    for (const ScriptMilestone& m : std::as_const(run.script.milestones)) {
        if (byNumber.contains(m.number)) {
            run.responses.append(byNumber.value(m.number));
        }
    }

    Result<QList<ObjectionRecord>> raised = objections(QStringLiteral("run_id = ?"), runId);
    if (!raised) {
        return raised.error();
    }
    run.objections = raised.value();

    Result<QSqlQuery> events = exec(
        m_db,
        QStringLiteral("SELECT id, kind, milestone, reason, actor, at FROM script_events WHERE run_id = ? ORDER BY id"),
        {runId}, failure);
    if (!events) {
        return events.error();
    }
    while (events.value().next()) {
        const QSqlQuery& e = events.value();
        run.events.append(ScriptEvent{e.value(0).toLongLong(), e.value(1).toString(), e.value(2).toInt(),
                                      e.value(3).toString(), e.value(4).toString(), sql::fromText(e.value(5))});
    }
    return run;
}

Result<QList<qint64>> ScriptRunTables::runIdsOfProspect(qint64 prospectId)
{
    return ids(m_db, QStringLiteral("SELECT id FROM script_runs WHERE prospect_id = ? ORDER BY id"), {prospectId});
}

Result<QList<qint64>> ScriptRunTables::runIdsOfThread(qint64 threadId)
{
    return ids(m_db, QStringLiteral("SELECT id FROM script_runs WHERE thread_id = ? ORDER BY thread_seq"), {threadId});
}

Result<std::optional<qint64>> ScriptRunTables::runIdForCall(const QString& callKey)
{
    Result<QList<qint64>> found =
        ids(m_db, QStringLiteral("SELECT id FROM script_runs WHERE call_key = ? ORDER BY id DESC LIMIT 1"), {callKey});
    if (!found) {
        return found.error();
    }
    return found.value().isEmpty() ? std::optional<qint64>() : std::optional<qint64>(found.value().first());
}

Result<std::optional<qint64>> ScriptRunTables::runInProgress(qint64 prospectId)
{
    Result<QList<qint64>> found = ids(
        m_db, QStringLiteral("SELECT id FROM script_runs WHERE prospect_id = ? AND status = 'in_progress' ORDER BY id"),
        {prospectId});
    if (!found) {
        return found.error();
    }
    return found.value().isEmpty() ? std::optional<qint64>() : std::optional<qint64>(found.value().first());
}

Result<std::optional<std::pair<qint64, QString>>> ScriptRunTables::latestThread(qint64 prospectId)
{
    Result<QSqlQuery> found = exec(
        m_db, QStringLiteral("SELECT id, language FROM call_threads WHERE prospect_id = ? ORDER BY id DESC LIMIT 1"),
        {prospectId}, tr("Could not read the call thread"));
    if (!found) {
        return found.error();
    }
    if (!found.value().next()) {
        return std::optional<std::pair<qint64, QString>>();
    }
    return std::optional<std::pair<qint64, QString>>(
        std::make_pair(found.value().value(0).toLongLong(), found.value().value(1).toString()));
}

Result<qint64> ScriptRunTables::insertThread(qint64 prospectId, const QString& language, const QDateTime& at)
{
    Result<QSqlQuery> inserted = exec(
        m_db,
        QStringLiteral("INSERT INTO call_threads (prospect_id, language, created_at) VALUES (?, ?, ?) RETURNING id"),
        {prospectId, language, sql::toText(at)}, tr("Could not start the call thread"));
    if (!inserted || !inserted.value().next()) {
        return inserted ? sql::databaseError(tr("Could not start the call thread"), inserted.value().lastError())
                        : inserted.error();
    }
    return inserted.value().value(0).toLongLong();
}

Result<qint64> ScriptRunTables::insertRun(const ScriptRunView& run)
{
    const QString failure = tr("Could not save the script run");
    Result<QSqlQuery> inserted =
        exec(m_db,
             QStringLiteral(
                 "INSERT INTO script_runs (script_id, script_version, script_json, prospect_id, thread_id,"
                 " thread_seq, previous_run_id, mode, language, status, current_milestone, resume_from,"
                 " checklist_checked, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
             {idOrNull(run.script.id), run.script.version, QString::fromUtf8(ScriptJson::write(run.script)),
              run.prospectId, run.threadId, run.threadSeq, idOrNull(run.previousRunId), ScriptRunEnums::name(run.mode),
              run.language, ScriptRunEnums::name(run.status), run.currentMilestone, run.resumeFrom,
              intsToJson(run.checklistChecked), sql::toText(run.createdAt)},
             failure);
    if (!inserted || !inserted.value().next()) {
        return inserted ? sql::databaseError(failure, inserted.value().lastError()) : inserted.error();
    }
    const qint64 runId = inserted.value().value(0).toLongLong();
    for (const MilestoneResponse& response : run.responses) {
        Result<QSqlQuery> row = exec(m_db,
                                     QStringLiteral("INSERT INTO milestone_responses (run_id, milestone_number, state)"
                                                    " VALUES (?, ?, ?)"),
                                     {runId, response.number, ScriptRunEnums::name(response.state)}, failure);
        if (!row) {
            return row.error();
        }
    }
    return runId;
}

Status ScriptRunTables::saveRun(const ScriptRunView& run)
{
    const QString failure = tr("Could not save the script run");
    Result<QSqlQuery> updated =
        exec(m_db,
             QStringLiteral("UPDATE script_runs SET call_key = ?, session_id = ?, mode = ?, status = ?,"
                            " current_milestone = ?, checklist_checked = ?, gate_override_reason = ?, started_at = ?,"
                            " ended_at = ? WHERE id = ?"),
             {sql::nullIfEmpty(run.callKey), idOrNull(run.sessionId), ScriptRunEnums::name(run.mode),
              ScriptRunEnums::name(run.status), run.currentMilestone, intsToJson(run.checklistChecked),
              sql::nullIfEmpty(run.gateOverrideReason), timeOrNull(run.startedAt), timeOrNull(run.endedAt), run.id},
             failure);
    if (!updated) {
        return updated.error();
    }
    for (const MilestoneResponse& r : run.responses) {
        Result<QSqlQuery> row =
            exec(m_db,
                 QStringLiteral("UPDATE milestone_responses SET state = ?, started_at = ?, completed_at = ?,"
                                " questions_checked = ?, confirmations_checked = ?, fields = ?, notes = ?,"
                                " notes_saved_at = ?, skip_reason = ? WHERE run_id = ? AND milestone_number = ?"),
                 {ScriptRunEnums::name(r.state), timeOrNull(r.startedAt), timeOrNull(r.completedAt),
                  intsToJson(r.questionsChecked), intsToJson(r.confirmationsChecked), mapToJson(r.fields), r.notes,
                  timeOrNull(r.notesSavedAt), sql::nullIfEmpty(r.skipReason), run.id, r.number},
                 failure);
        if (!row) {
            return row.error();
        }
    }
    return {};
}

Result<ScriptRunView> ScriptRunTables::save(const ScriptRunView& run, const QList<ScriptEvent>& events)
{
    SqlTransaction transaction(m_db);
    if (Status saved = saveRun(run); !saved) {
        return saved.error();
    }
    for (const ScriptEvent& event : events) {
        if (Status logged = addEvent(run.id, event); !logged) {
            return logged.error();
        }
    }
    if (!transaction.commit()) {
        return sql::databaseError(tr("Could not save the script run"), m_db.lastError());
    }
    return load(run.id);
}

Status ScriptRunTables::addEvent(qint64 runId, const ScriptEvent& event)
{
    Result<QSqlQuery> inserted =
        exec(m_db,
             QStringLiteral(
                 "INSERT INTO script_events (run_id, kind, milestone, reason, actor, at) VALUES (?, ?, ?, ?, ?, ?)"),
             {runId, event.kind, event.milestone, sql::nullIfEmpty(event.reason), event.actor, sql::toText(event.at)},
             tr("Could not log the script event"));
    if (!inserted) {
        return inserted.error();
    }
    return {};
}

Result<ObjectionRecord> ScriptRunTables::objection(qint64 objectionId)
{
    Result<QList<ObjectionRecord>> found = objections(QStringLiteral("id = ?"), objectionId);
    if (!found) {
        return found.error();
    }
    if (found.value().isEmpty()) {
        return Error{ErrorCode::NotFound, tr("There is no objection with id %1.").arg(objectionId)};
    }
    return found.value().first();
}

Result<qint64> ScriptRunTables::insertObjection(const ObjectionRecord& o)
{
    const QString failure = tr("Could not save the objection");
    Result<QSqlQuery> inserted = exec(
        m_db,
        QStringLiteral("INSERT INTO objections (run_id, prospect_id, type, milestone, note, answers, outcome, actor,"
                       " opened_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {o.runId, o.prospectId, o.type, o.milestone, o.note, sql::toJsonArray(o.answers), sql::nullIfEmpty(o.outcome),
         o.actor, sql::toText(o.openedAt)},
        failure);
    if (!inserted || !inserted.value().next()) {
        return inserted ? sql::databaseError(failure, inserted.value().lastError()) : inserted.error();
    }
    return inserted.value().value(0).toLongLong();
}

Status ScriptRunTables::saveObjection(const ObjectionRecord& o)
{
    Result<QSqlQuery> updated = exec(
        m_db, QStringLiteral("UPDATE objections SET answers = ?, outcome = ?, actor = ?, closed_at = ? WHERE id = ?"),
        {sql::toJsonArray(o.answers), sql::nullIfEmpty(o.outcome), o.actor, timeOrNull(o.closedAt), o.id},
        tr("Could not save the objection"));
    if (!updated) {
        return updated.error();
    }
    return {};
}

Result<QList<ObjectionRecord>> ScriptRunTables::openObjections(qint64 prospectId)
{
    return objections(QStringLiteral("prospect_id = ? AND (outcome IS NULL OR outcome = 'Deferred')"), prospectId);
}

Result<QList<ObjectionRecord>> ScriptRunTables::objections(const QString& where, qint64 id)
{
    Result<QSqlQuery> found = exec(
        m_db, QStringLiteral("SELECT %1 FROM objections WHERE %2 ORDER BY opened_at, id").arg(kObjectionColumns, where),
        {id}, tr("Could not read the objections"));
    if (!found) {
        return found.error();
    }
    QList<ObjectionRecord> result;
    while (found.value().next()) {
        result.append(objectionFrom(found.value()));
    }
    return result;
}

Result<QString> ScriptRunTables::sessionSummary(qint64 sessionId)
{
    Result<QSqlQuery> found = exec(m_db, QStringLiteral("SELECT summary FROM call_sessions WHERE id = ?"), {sessionId},
                                   tr("Could not read the call"));
    if (!found) {
        return found.error();
    }
    if (!found.value().next()) {
        return Error{ErrorCode::NotFound, tr("There is no recorded call with id %1.").arg(sessionId)};
    }
    return found.value().value(0).toString();
}

} // namespace calldeck
