#pragma once

#include "core/Result.h"
#include "script/ScriptRun.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace calldeck {

/// The rows behind script runs (SchemaV4), read and written without any rule: ScriptRunService
/// decides what may change and calls this inside its transaction. Synchronous; inside a Store job.
class ScriptRunTables
{
    Q_DECLARE_TR_FUNCTIONS(calldeck::ScriptRunTables)
public:
    explicit ScriptRunTables(QSqlDatabase db);

    /// The run with its script snapshot, responses (in script order), objections and events.
    Result<ScriptRunView> load(qint64 runId);
    /// Ids of the runs of a prospect, oldest first.
    Result<QList<qint64>> runIdsOfProspect(qint64 prospectId);
    /// Ids of the runs of a thread, by thread sequence.
    Result<QList<qint64>> runIdsOfThread(qint64 threadId);
    /// The newest run attached to `callKey`.
    Result<std::optional<qint64>> runIdForCall(const QString& callKey);
    /// A run of the prospect that is in progress, if any.
    Result<std::optional<qint64>> runInProgress(qint64 prospectId);

    /// The prospect's newest thread: id and language.
    Result<std::optional<std::pair<qint64, QString>>> latestThread(qint64 prospectId);
    Result<qint64> insertThread(qint64 prospectId, const QString& language, const QDateTime& at);

    /// Inserts the run row and one response row per entry of `run.responses`; returns the run id.
    Result<qint64> insertRun(const ScriptRunView& run);
    /// Writes the run's changeable columns and all of its responses.
    Status saveRun(const ScriptRunView& run);
    Status addEvent(qint64 runId, const ScriptEvent& event);
    /// saveRun() and addEvent() of `events` in one transaction; the run as stored afterwards.
    Result<ScriptRunView> save(const ScriptRunView& run, const QList<ScriptEvent>& events);

    Result<ObjectionRecord> objection(qint64 objectionId);
    Result<qint64> insertObjection(const ObjectionRecord& objection);
    Status saveObjection(const ObjectionRecord& objection);
    /// Open and deferred objections of a prospect, oldest first.
    Result<QList<ObjectionRecord>> openObjections(qint64 prospectId);

    /// call_sessions.summary of a session ("" when none); NotFound when there is no such session.
    Result<QString> sessionSummary(qint64 sessionId);

private:
    Result<QList<ObjectionRecord>> objections(const QString& where, qint64 id);

    QSqlDatabase m_db;
};

} // namespace calldeck
