#pragma once

#include "calls/CallCost.h"
#include "conversation/AgentTypes.h"
#include "core/Result.h"
#include "store/CallRecordView.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace calldeck {

/// What the engine knows when it starts recording a call attempt.
struct NewCallRecord
{
    /// 0 = create an ad-hoc task (call_type 'manual', status 'in_progress', title and objective
    /// from `objective`, phone from `toE164`).
    qint64 taskId = 0;
    QString callKey;
    QString toE164;
    QString provider;
    QString agentKind;   ///< "realtime" | "cascade" | "offline" | "human" | empty
    QString objective;
    qint64 estimatedCostMicros = 0;
};

/// The rows begin() created or used.
struct CallRecordIds
{
    qint64 taskId = 0;
    qint64 sessionId = 0;
};

/// One attempt of a task as the history lists it (call_sessions without transcript or cost lines).
struct TaskAttempt
{
    qint64 sessionId = 0;
    qint64 taskId = 0;
    int attempt = 1;
    QString callKey;          ///< "c-…"; empty for sessions stored before call keys existed
    QString status;           ///< call_sessions.status
    QString outcome;          ///< goal_achieved, no_answer, …; empty until post-call processing ran
    QString failureReason;    ///< the provider's or engine's words; may be empty
    QDateTime createdAt;      ///< UTC; when the attempt was recorded
    QDateTime startedAt;      ///< UTC; invalid until the call started
    QDateTime endedAt;        ///< UTC; invalid until it ended
    qint64 durationS = -1;    ///< −1 when not known
    qint64 costMicros = 0;    ///< total_cost_micros
};

/// Call attempts (call_sessions) with their cost and latency. Synchronous; construct it only
/// inside a Store job. Errors carry a message a user can read.
class CallRepository
{
    Q_DECLARE_TR_FUNCTIONS(calldeck::CallRepository)
public:
    /// The statuses call_sessions accepts, in lifecycle order.
    static const QStringList& sessionStatuses();
    /// The agent kinds call_sessions accepts.
    static const QStringList& agentKinds();

    explicit CallRepository(QSqlDatabase& db);

    /// Creates the session ('initiated', attempt = previous attempts of the task + 1), and the
    /// ad-hoc task first when `record.taskId` is 0. Conflict when the call key is already stored.
    Result<CallRecordIds> begin(const NewCallRecord& record);
    /// Creates the ad-hoc task of a call that is about to be placed (the compliance gate does
    /// this when an attestation is signed for a call without a task), so the attestation and
    /// then the session can refer to it. Returns the task id.
    Result<qint64> createAdHocTask(const NewCallRecord& record);
    /// Sets the status; a non-empty provider call id, valid times and a non-empty reason replace the
    /// stored ones (empty/invalid keep them). duration_s follows from the times. An ad-hoc task
    /// becomes 'completed' or 'failed' when its call reaches a terminal status.
    Status updateStatus(qint64 sessionId, const QString& status, const QString& providerCallId,
                        const QDateTime& startedAt, const QDateTime& endedAt, const QString& failureReason);
    /// Stores the category totals, the total and the cost lines (JSON).
    Status saveCost(qint64 sessionId, const CallCost& cost);
    /// Stores (or replaces, by turn number) the turns and refreshes the count and p50/p95 columns.
    Status saveLatency(qint64 sessionId, const QList<TurnLatency>& turns);
    /// Stores the agent's summary and the fields it recorded during the call (extracted_data rows;
    /// rows of an earlier save for this session are replaced).
    Status saveOutcome(qint64 sessionId, const QString& summary, const QList<ExtractedField>& fields);
    /// At startup after a crash: sessions still initiated/ringing/connected become 'interrupted'.
    /// Returns how many there were.
    Result<int> markInterrupted();
    /// The session with its task, cost, latency and final transcript segments.
    Result<CallRecordView> load(qint64 sessionId);
    /// Every attempt of the task, newest first (highest attempt number first). An empty list for
    /// a task without calls; NotFound for a task that does not exist.
    Result<QList<TaskAttempt>> sessionsForTask(qint64 taskId);
    /// NotFound when no session has this key.
    Result<qint64> sessionIdForCallKey(const QString& callKey);

    /// The cost lines as stored in call_sessions.cost_lines.
    static QString costLinesToJson(const QList<CostLine>& lines);
    /// Parses call_sessions.cost_lines; anything unreadable gives an empty list.
    static QList<CostLine> costLinesFromJson(const QString& json);
    /// Nearest-rank percentile (`percent` in 1–100) of `values`; −1 for an empty list.
    static qint64 percentile(QList<qint64> values, int percent);

private:
    Status setAdHocTaskStatus(qint64 sessionId, const QString& sessionStatus, const QString& reason);

    QSqlDatabase& m_db;
};

} // namespace calldeck
