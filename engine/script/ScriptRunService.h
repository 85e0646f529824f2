#pragma once

#include "core/Result.h"
#include "script/FollowUpContext.h"
#include "script/PreCallChecklist.h"
#include "script/ScriptRun.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace calldeck {

/// What a new script run is for.
struct NewScriptRun
{
    qint64 prospectId = 0;                       ///< contacts.id; required
    QString scriptName = QStringLiteral("default");
    ScriptMode mode = ScriptMode::Strict;
    QString language;                            ///< "" = inherited from the thread, else the script's
    /// First milestone; 0 = the follow-up context's suggestion (1 for a primary call). A value equal
    /// to the decision milestone is "jump to decision".
    int resumeFrom = 0;
    QString actor;                               ///< who created it ("agent:Alex Morgan")
};

/// Script runs, milestone responses, objections and call threads (PRODUCT S2–S6, seed 003
/// TASK-004/005/007/020). Synchronous; construct it only inside a Store job. Every operation
/// validates against the run's script and state first, runs in one transaction, logs overrides and
/// skips as ScriptEvents with actor and time, and returns the run as stored; on any error nothing
/// changes and the message says why (Conflict for rule violations, InvalidArgument for bad input,
/// NotFound for unknown ids).
class ScriptRunService
{
    Q_DECLARE_TR_FUNCTIONS(calldeck::ScriptRunService)
public:
    /// Longest milestone note (characters).
    static constexpr qsizetype kMaxNotesLength = 2000;

    /// `nowUtc` is "now" for every timestamp (injected by tests); invalid = the real clock per call.
    explicit ScriptRunService(QSqlDatabase db, QDateTime nowUtc = {});

    // Runs and threads
    /// A scheduled run with one NotStarted response per milestone; joins the prospect's thread
    /// (threadSeq = previous + 1, previousRunId set, language inherited) or opens a new one.
    Result<ScriptRunView> create(const NewScriptRun& request);
    Result<ScriptRunView> load(qint64 runId);
    /// Runs of a prospect, oldest first.
    Result<QList<ScriptRunView>> runsOfProspect(qint64 prospectId);
    /// The run attached to an engine call key, if any.
    Result<std::optional<ScriptRunView>> runForCall(const QString& callKey);
    /// What a next call of `prospectId` starts from (threadId 0 when there is no earlier run).
    Result<FollowUpContext> followUpContext(qint64 prospectId);

    // Before the call
    Result<ScriptRunView> setChecklistItem(qint64 runId, int itemId, bool checked, const QString& actor);
    /// Changes the mode (logged); only while scheduled or in progress.
    Result<ScriptRunView> setMode(qint64 runId, ScriptMode mode, const QString& actor);
    /// The gate verdict for the run as it stands (nothing is stored).
    Result<GateDecision> checkGate(qint64 runId, int minClients, const QString& overrideReason = {});
    /// scheduled → in_progress when the gate allows it (an override is logged as gate_override /
    /// checklist_override with its reason); starts milestone `resumeFrom` and logs "resume" when > 1.
    Result<ScriptRunView> start(qint64 runId, int minClients, const QString& overrideReason, const QString& actor);
    Result<ScriptRunView> attachCall(qint64 runId, const QString& callKey);
    Result<ScriptRunView> attachSession(qint64 runId, qint64 sessionId);

    // During the call (run in progress)
    Result<ScriptRunView> checkQuestion(qint64 runId, int milestone, int index, bool checked, const QString& actor);
    Result<ScriptRunView> checkConfirmation(qint64 runId, int milestone, int index, bool checked, const QString& actor);
    /// Stores a required field's value (number/bool/choice validated; choice case-insensitive).
    Result<ScriptRunView> setField(qint64 runId, int milestone, const QString& key, const QString& value,
                                   const QString& actor);
    /// Autosave of a milestone's notes; longer than kMaxNotesLength is refused, nothing stored.
    /// Allowed in any run status except cancelled (notes after the call are kept too).
    Result<ScriptRunView> saveNotes(qint64 runId, int milestone, const QString& notes);
    /// Completes `milestone` and starts the next one not done. Strict: it must be the current one
    /// and every required question, field and confirmation must be done (the message lists what is
    /// missing). Flexible: missing items are allowed and logged as an override.
    Result<ScriptRunView> completeMilestone(qint64 runId, int milestone, const QString& actor);
    /// Flexible only: marks `milestone` skipped with `reason` (required) and moves on.
    Result<ScriptRunView> skipMilestone(qint64 runId, int milestone, const QString& reason, const QString& actor);
    /// Flexible only: makes `milestone` current (back: reopens it; forward: skips the ones between),
    /// with `reason` required; logged as back / jump.
    Result<ScriptRunView> goTo(qint64 runId, int milestone, const QString& reason, const QString& actor);
    /// Any mode: a supervisor moves the run to `milestone` (like goTo) with a logged reason.
    Result<ScriptRunView> overrideTo(qint64 runId, int milestone, const QString& reason, const QString& actor);

    // Objections (S5)
    Result<ObjectionRecord> raiseObjection(qint64 runId, const QString& type, const QString& note,
                                           const QString& actor);
    /// Stores the answer to diagnostic question `index` of an open objection.
    Result<ObjectionRecord> answerObjection(qint64 objectionId, int index, const QString& answer);
    /// Resolved / Deferred / Disqualified (must be an allowed outcome of the type). A deferred
    /// objection stays open on the prospect; resolving a deferred one later closes it.
    Result<ObjectionRecord> closeObjection(qint64 objectionId, const QString& outcome, const QString& actor);
    /// Open and deferred objections of a prospect across all its runs, oldest first.
    Result<QList<ObjectionRecord>> openObjections(qint64 prospectId);

    // End
    /// in_progress → completed (the current milestone's response keeps its state).
    Result<ScriptRunView> complete(qint64 runId, const QString& actor);
    /// scheduled or in_progress → cancelled, with the reason logged.
    Result<ScriptRunView> cancel(qint64 runId, const QString& reason, const QString& actor);

private:
    [[nodiscard]] QDateTime now() const;

    QSqlDatabase m_db;
    QDateTime m_nowUtc;
};

} // namespace calldeck
