#pragma once

#include "core/Result.h"
#include "postcall/PostCallTypes.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace calldeck {

/// Reads what post-call processing needs and stores what it concluded: summary and outcome on
/// call_sessions, goal_achieved on the task, and the post-call extracted_data rows. Synchronous;
/// construct it only inside a Store job. Rows the agent recorded during the call (keys outside
/// ExtractionKeys) are never touched, so processing can be re-run any number of times.
class PostCallRepository
{
    Q_DECLARE_TR_FUNCTIONS(calldeck::PostCallRepository)
public:
    explicit PostCallRepository(QSqlDatabase& db);

    /// The session's status, times, task goal and plan, the user's time zone, the transcript and
    /// the agent's rows. NotFound when the session does not exist.
    Result<PostCallInput> loadInput(qint64 sessionId);
    /// In one transaction: replaces the session's post-call rows with `result.fields`, stores the
    /// summary and outcome, and sets the task's goal_achieved. InvalidArgument for a row without a
    /// key or with an unknown type; NotFound for an unknown session.
    Status save(qint64 sessionId, const PostCallResult& result);
    /// Sets only the outcome (e.g. an "error" the engine knows before any processing).
    Status setOutcome(qint64 sessionId, CallOutcome outcome);
    /// The stored outcome; nothing (std::nullopt) while the session has none.
    Result<std::optional<CallOutcome>> outcome(qint64 sessionId);
    /// Every extracted_data row of the session (agent's and post-call), in the order stored.
    Result<QList<ExtractedField>> fields(qint64 sessionId);

private:
    QSqlDatabase& m_db;
};

} // namespace calldeck
