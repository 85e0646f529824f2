#include "script/ObjectionFlow.h"

#include "script/ScriptRunRules.h"
#include "script/ScriptRunService.h"
#include "script/ScriptRunTables.h"

#include <algorithm>

namespace calldeck {

namespace {

Error conflict(const QString& message)
{
    return Error{ErrorCode::Conflict, message};
}

Error invalid(const QString& message)
{
    return Error{ErrorCode::InvalidArgument, message};
}

} // namespace

ObjectionFlow::ObjectionFlow(QSqlDatabase db, QDateTime nowUtc)
    : m_db(std::move(db))
    , m_now(std::move(nowUtc))
{}

Result<ObjectionRecord> ObjectionFlow::raise(qint64 runId, const QString& type, const QString& note,
                                             const QString& actor)
{
    Result<ScriptRunView> loaded = ScriptRunTables(m_db).load(runId);
    if (!loaded) {
        return loaded.error();
    }
    const ScriptRunView& run = loaded.value();
    if (Status s = ScriptRunRules::requireStatus(
            run, {ScriptRunStatus::Scheduled, ScriptRunStatus::InProgress, ScriptRunStatus::Completed},
            tr("record an objection"));
        !s) {
        return s.error();
    }
    const ObjectionType* objectionType = run.script.objection(type.trimmed());
    if (objectionType == nullptr) {
        QStringList types;
        for (const ObjectionType& o : run.script.objections) {
            types.append(o.type);
        }
        return invalid(tr("\"%1\" is not an objection type of this script (%2).")
                           .arg(type.trimmed(), types.join(QStringLiteral(", "))));
    }
    if (note.size() > ScriptRunService::kMaxNotesLength) {
        return invalid(tr("The objection note is %1 characters long; at most %2 fit.")
                           .arg(note.size())
                           .arg(ScriptRunService::kMaxNotesLength));
    }
    ObjectionRecord record;
    record.runId = runId;
    record.prospectId = run.prospectId;
    record.type = objectionType->type;
    record.milestone = run.currentMilestone;
    record.note = note.trimmed();
    record.actor = actor;
    record.openedAt = m_now;
    ScriptRunTables tables(m_db);
    Result<qint64> id = tables.insertObjection(record);
    if (!id) {
        return id.error();
    }
    return tables.objection(id.value());
}

Result<ObjectionRecord> ObjectionFlow::answer(qint64 objectionId, int index, const QString& text)
{
    ScriptRunTables tables(m_db);
    Result<ObjectionRecord> found = tables.objection(objectionId);
    if (!found) {
        return found;
    }
    ObjectionRecord record = std::move(found).value();
    Result<ScriptRunView> run = ScriptRunTables(m_db).load(record.runId);
    if (!run) {
        return run.error();
    }
    if (!record.isOpen()) {
        return conflict(tr("The %1 objection is already closed as %2.").arg(record.type, record.outcome));
    }
    const ObjectionType* type = run.value().script.objection(record.type);
    const qsizetype questions = type != nullptr ? type->diagnosticQuestions.size() : 0;
    if (index < 0 || index >= questions) {
        return invalid(tr("The %1 objection has no diagnostic question %2.").arg(record.type).arg(index + 1));
    }
    if (text.size() > ScriptRunService::kMaxNotesLength) {
        return invalid(tr("The answer is %1 characters long; at most %2 fit.")
                           .arg(text.size())
                           .arg(ScriptRunService::kMaxNotesLength));
    }
    while (record.answers.size() <= index) {
        record.answers.append(QString());
    }
    record.answers[index] = text.trimmed();
    if (Status saved = tables.saveObjection(record); !saved) {
        return saved.error();
    }
    return tables.objection(objectionId);
}

Result<ObjectionRecord> ObjectionFlow::close(qint64 objectionId, const QString& outcome, const QString& actor)
{
    ScriptRunTables tables(m_db);
    Result<ObjectionRecord> found = tables.objection(objectionId);
    if (!found) {
        return found;
    }
    ObjectionRecord record = std::move(found).value();
    Result<ScriptRunView> run = ScriptRunTables(m_db).load(record.runId);
    if (!run) {
        return run.error();
    }
    const ObjectionType* type = run.value().script.objection(record.type);
    const QStringList allowed = type != nullptr ? type->allowedOutcomes : QStringList();
    const auto match = std::find_if(allowed.begin(), allowed.end(), [&outcome](const QString& candidate) {
        return candidate.compare(outcome.trimmed(), Qt::CaseInsensitive) == 0;
    });
    if (match == allowed.end()) {
        return invalid(tr("\"%1\" is not an outcome the %2 objection allows (%3).")
                           .arg(outcome.trimmed(), record.type, allowed.join(QStringLiteral(", "))));
    }
    if (!record.isOpen()) {
        return conflict(tr("The %1 objection is already closed as %2.").arg(record.type, record.outcome));
    }
    record.outcome = *match;
    record.actor = actor;
    // Deferred keeps it open on the prospect, so the next follow-up brings it up again.
    record.closedAt = record.outcome == QLatin1String("Deferred") ? QDateTime() : m_now;
    if (Status saved = tables.saveObjection(record); !saved) {
        return saved.error();
    }
    return tables.objection(objectionId);
}

} // namespace calldeck
