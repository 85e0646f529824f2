#pragma once

#include "script/ScriptRun.h"

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace calldeck {

/// One call of a prospect's thread, for the thread list (S6).
struct ThreadCall
{
    qint64 runId = 0;
    int threadSeq = 1;
    ScriptRunStatus status = ScriptRunStatus::Scheduled;
    QDateTime startedAt;
    int lastMilestone = 0;        ///< highest completed milestone
    QString decision;             ///< M7 decision if reached
    QString summary;              ///< the call's post-call summary, else the last notes

    friend bool operator==(const ThreadCall&, const ThreadCall&) = default;
};

/// What a follow-up call starts from (PRODUCT S6, seed 003 TASK-020/021).
struct FollowUpContext
{
    qint64 prospectId = 0;
    qint64 threadId = 0;                     ///< 0 = no earlier call: this will be the primary call
    qint64 previousRunId = 0;
    QList<ThreadCall> calls;                 ///< the thread, oldest first
    QString previousSummary;                 ///< summary of the previous call
    int lastMilestone = 0;                   ///< highest milestone completed in the thread
    QString lastMilestoneTitle;
    QList<ObjectionRecord> unresolvedObjections;   ///< open or deferred, on this prospect
    /// Qualification flags: "client_count" → "620 (≥ 500)", "business_type", "revenue_range",
    /// "main_pain", "tool_stack", "gate" → "passed" | "overridden: …" | "not qualified".
    QMap<QString, QString> qualificationFlags;
    QString language = QStringLiteral("en-US");    ///< inherited from the primary call
    int suggestedResume = 1;                 ///< lastMilestone + 1, capped at the decision milestone
    int decisionMilestone = 7;

    [[nodiscard]] bool isFollowUp() const { return threadId != 0; }
};

} // namespace calldeck

Q_DECLARE_METATYPE(calldeck::FollowUpContext)
