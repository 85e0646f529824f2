#pragma once

#include "calls/CallSnapshot.h"
#include "store/CallRecordView.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace calldeck {

/// How a call attempt ended for the user (call_sessions.outcome, PRODUCT T8).
enum class CallOutcome
{
    GoalAchieved, ///< the task's goal was reached
    NoAnswer,     ///< nobody answered, the line was busy, or nobody said anything
    Voicemail,    ///< an answering machine or voicemail greeting answered
    Declined,     ///< a person answered but the goal was not reached
    Error,        ///< the call failed, was cancelled or interrupted
};

/// Everything post-call processing reads about one call attempt. Plain value type, filled by
/// PostCallRepository::loadInput() (or by hand in tests).
struct PostCallInput
{
    qint64 sessionId = 0;
    qint64 taskId = 0;
    QString sessionStatus;            ///< call_sessions.status (completed, no-answer, busy, failed, …)
    QString failureReason;            ///< the provider's or engine's words, may be empty
    QDateTime callStartedAt;          ///< UTC; relative dates ("Tuesday") are read from this day
    QTimeZone timeZone = QTimeZone::utc(); ///< the user's zone; dates said on the call are local to it
    qint64 durationS = -1;            ///< −1 when not known
    QString contactName;              ///< who was called (task contact name or company), may be empty
    QString phoneE164;
    QString goal;                     ///< the plan's goal, else the objective, else the raw instruction
    QString planJson;                 ///< call_tasks.plan verbatim (may be empty)
    QStringList infoToObtain;         ///< the plan's keys the agent was to record
    QList<TranscriptSegment> segments; ///< final segments in conversation order ("agent"/"callee"/…)
    QList<ExtractedField> agentFields; ///< rows the agent recorded during the call (never post-call keys)
};

/// What post-call processing concluded about one call attempt. Plain value type.
struct PostCallResult
{
    QString summary;                  ///< 1–3 paragraphs separated by blank lines
    CallOutcome outcome = CallOutcome::Error;
    bool goalAchieved = false;
    QList<ExtractedField> fields;     ///< post-call rows (ExtractionKeys vocabulary), stored with the agent's rows
    bool followUpNeeded = false;
    QString followUpInstruction;      ///< a ready-to-use instruction for the follow-up task; empty when none
    QString extractor;                ///< "offline" | "ai" | "status" (decided by the call status alone)
    QStringList warnings;             ///< for the user, e.g. why the AI answer was not used
};

} // namespace calldeck
