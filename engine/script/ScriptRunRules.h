#pragma once

#include "core/Result.h"
#include "script/ScriptRun.h"

#include <QCoreApplication>
#include <QStringList>
#include <initializer_list>

namespace calldeck {

/// The rules a script run is checked against (PRODUCT S3, S4), shared by ScriptRunService and
/// FollowUpContextBuilder. Pure functions; every refusal is a message a user can read.
class ScriptRunRules
{
    Q_DECLARE_TR_FUNCTIONS(calldeck::ScriptRunRules)
public:
    /// "M3 Outcome Vision".
    static QString label(const ScriptMilestone& milestone);
    /// Completed or skipped.
    static bool isDone(const MilestoneResponse& response);
    /// Position of milestone `number` in the script's order; -1 when it is not there.
    static qsizetype positionOf(const Script& script, int number);
    /// Number of the decision milestone (the last one when none is marked).
    static int decisionNumber(const Script& script);
    /// Where a follow-up continues after `lastCompleted`: the next milestone, never past the decision.
    static int resumeAfter(const Script& script, int lastCompleted);

    /// Conflict unless the run is in one of `allowed`; `action` says what was attempted.
    static Status requireStatus(const ScriptRunView& run, std::initializer_list<ScriptRunStatus> allowed,
                                const QString& action);
    /// The run is in progress and, in strict mode, `milestone` is the current one.
    static Status requireEditable(const ScriptRunView& run, const ScriptMilestone& milestone);
    /// InvalidArgument when `reason` is blank.
    static Status requireReason(const QString& reason, const QString& action);
    /// Unchecked questions, empty fields and unchecked confirmations, named for the user.
    static QStringList missingItems(const ScriptMilestone& milestone, const MilestoneResponse& response);
    /// The response of milestone `number` in `run`, for changing it; nullptr when there is none.
    static MilestoneResponse* response(ScriptRunView& run, int number);
    /// The milestone `number` of the run's script, or InvalidArgument naming it.
    static Result<const ScriptMilestone*> milestone(const ScriptRunView& run, int number);
    /// Makes `number` the current milestone and starts its response when it had not started.
    static void makeCurrent(ScriptRunView& run, int number, const QDateTime& now);
    /// After the current milestone is done: the next one not done after it, else the first not done.
    static void advance(ScriptRunView& run, const QDateTime& now);
    /// `input` as stored for `field` (number, yes/no and choice checked), or why it does not fit.
    static Result<QString> normalisedValue(const ScriptField& field, const QString& input);
};

} // namespace calldeck
