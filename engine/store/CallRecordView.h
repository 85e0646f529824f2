#pragma once

#include "calls/CallCost.h"
#include "calls/CallSnapshot.h"
#include "conversation/AgentTypes.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace calldeck {

/// One extracted_data row (PRODUCT T8): a value an agent recorded during the call, or post-call
/// extraction found.
struct ExtractedField
{
    QString key;
    QString value;
    QString valueType = QStringLiteral("string");   ///< string | number | datetime | boolean | json
    QString rawFragment;
};

/// Everything stored about one call attempt (a call_sessions row with its task, cost, latency and
/// transcript), for `calldeck-cli calls show`, the history views and tests. Plain value type.
struct CallRecordView
{
    qint64 sessionId = 0;
    qint64 taskId = 0;
    int attempt = 1;
    QString callKey;               ///< CallDeck's "c-…" key; empty for sessions stored without one
    QString provider;              ///< "twilio" | "sandbox"
    QString providerCallId;        ///< Twilio's "CA…" once known
    QString agentKind;             ///< "realtime" | "cascade" | "offline" | "human" | empty
    QString status;                ///< call_sessions.status (initiated … interrupted)
    QString toE164;                ///< the task's phone number
    QString taskTitle;
    QString objective;
    QString taskStatus;            ///< call_tasks.status
    QDateTime startedAt;           ///< UTC; invalid when unknown
    QDateTime endedAt;             ///< UTC; invalid when unknown
    qint64 durationS = -1;         ///< −1 when not known
    QString failureReason;
    QString summary;
    QString outcome;
    qint64 estimatedCostMicros = -1; ///< −1 when no estimate was stored
    CallCost cost;                   ///< category totals and lines; all zero until saveCost()
    QList<TurnLatency> latencies;    ///< ordered by turn
    int latencyTurns = 0;
    qint64 latencyP50Ms = -1;        ///< −1 until saveLatency() stored at least one turn
    qint64 latencyP95Ms = -1;
    qint64 internalP50Ms = -1;
    qint64 internalP95Ms = -1;
    QList<TranscriptSegment> segments; ///< final segments in conversation order
    QList<ExtractedField> fields;      ///< extracted_data rows, in the order they were stored
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace calldeck
