#include "script/ScriptRunService.h"

#include "script/FollowUpContextBuilder.h"
#include "script/ObjectionFlow.h"
#include "script/ProspectRepository.h"
#include "script/ScriptRepository.h"
#include "script/ScriptRunRules.h"
#include "script/ScriptRunTables.h"
#include "store/SqlSupport.h"
#include "store/SqlTransaction.h"

#include <QSqlError>
#include <algorithm>

namespace calldeck {

namespace {

using Rules = ScriptRunRules;

Error conflict(const QString& message)
{
    return Error{ErrorCode::Conflict, message};
}

Error invalid(const QString& message)
{
    return Error{ErrorCode::InvalidArgument, message};
}

/// Changes the response of milestone `number` of run `runId`: loads the run, finds the milestone,
/// lets `edit` check and change the response (an Error leaves everything as it was) and saves.
template <typename Edit>
Result<ScriptRunView> editResponse(ScriptRunService& service, const QSqlDatabase& db, qint64 runId, int number,
                                   Edit edit)
{
    Result<ScriptRunView> loaded = service.load(runId);
    if (!loaded) {
        return loaded;
    }
    ScriptRunView run = std::move(loaded).value();
    Result<const ScriptMilestone*> m = ScriptRunRules::milestone(run, number);
    if (!m) {
        return m.error();
    }
    if (Status s = edit(run, *m.value(), *ScriptRunRules::response(run, number)); !s) {
        return s.error();
    }
    return ScriptRunTables(db).save(run, {});
}

/// Ticks or unticks item `index` of `items` (questions or confirmations) in `checkedSet`.
Status toggleItem(const ScriptRunView& run, const ScriptMilestone& m, const QStringList& items, QSet<int>& checkedSet,
                  int index, bool checked, const QString& missingText)
{
    if (Status s = ScriptRunRules::requireEditable(run, m); !s) {
        return s;
    }
    if (index < 0 || index >= items.size()) {
        return Status(invalid(missingText));
    }
    if (checked) {
        checkedSet.insert(index);
    } else {
        checkedSet.remove(index);
    }
    return {};
}

} // namespace

ScriptRunService::ScriptRunService(QSqlDatabase db, QDateTime nowUtc)
    : m_db(std::move(db))
    , m_nowUtc(std::move(nowUtc))
{}

QDateTime ScriptRunService::now() const
{
    return m_nowUtc.isValid() ? m_nowUtc.toUTC() : QDateTime::currentDateTimeUtc();
}

Result<ScriptRunView> ScriptRunService::load(qint64 runId)
{
    return ScriptRunTables(m_db).load(runId);
}

Result<QList<ScriptRunView>> ScriptRunService::runsOfProspect(qint64 prospectId)
{
    ScriptRunTables tables(m_db);
    Result<QList<qint64>> ids = tables.runIdsOfProspect(prospectId);
    if (!ids) {
        return ids.error();
    }
    QList<ScriptRunView> runs;
    for (qint64 id : ids.value()) {
        Result<ScriptRunView> run = tables.load(id);
        if (!run) {
            return run.error();
        }
        runs.append(std::move(run).value());
    }
    return runs;
}

Result<std::optional<ScriptRunView>> ScriptRunService::runForCall(const QString& callKey)
{
    ScriptRunTables tables(m_db);
    Result<std::optional<qint64>> id = tables.runIdForCall(callKey);
    if (!id) {
        return id.error();
    }
    if (!id.value()) {
        return std::optional<ScriptRunView>();
    }
    Result<ScriptRunView> run = tables.load(*id.value());
    if (!run) {
        return run.error();
    }
    return std::optional<ScriptRunView>(std::move(run).value());
}

Result<ScriptRunView> ScriptRunService::create(const NewScriptRun& request)
{
    Result<Prospect> prospect = ProspectRepository(m_db).get(request.prospectId);
    if (!prospect) {
        return prospect.error();
    }
    ScriptRunTables tables(m_db);
    Result<std::optional<qint64>> running = tables.runInProgress(request.prospectId);
    if (!running) {
        return running.error();
    }
    if (running.value()) {
        return conflict(tr("%1 already has a call in progress (script run %2); complete or cancel it first.")
                            .arg(prospect.value().contact.name)
                            .arg(*running.value()));
    }
    Result<FollowUpContext> context = followUpContext(request.prospectId);
    if (!context) {
        return context.error();
    }
    SqlTransaction transaction(m_db);
    Result<Script> script = ScriptRepository(m_db).getByName(request.scriptName);
    if (!script) {
        return script.error();
    }
    ScriptRunView run;
    run.script = script.value();
    run.prospectId = request.prospectId;
    run.mode = request.mode;
    run.createdAt = now();
    run.threadId = context.value().threadId;
    run.previousRunId = context.value().previousRunId;
    run.threadSeq = context.value().calls.isEmpty() ? 1 : context.value().calls.constLast().threadSeq + 1;
    // A follow-up speaks the language of the primary call unless the agent chose one.
    run.language = !request.language.trimmed().isEmpty() ? request.language.trimmed()
                   : context.value().isFollowUp()        ? context.value().language
                                                         : run.script.language;
    if (request.resumeFrom != 0) {
        if (run.script.milestone(request.resumeFrom) == nullptr) {
            return invalid(tr("The script \"%1\" has no milestone M%2 to resume from.")
                               .arg(run.script.name)
                               .arg(request.resumeFrom));
        }
        run.resumeFrom = request.resumeFrom;
    } else {
        const int suggested = context.value().suggestedResume;
        run.resumeFrom = run.script.milestone(suggested) != nullptr ? suggested : run.script.milestones.first().number;
    }
    for (const ScriptMilestone& m : std::as_const(run.script.milestones)) {
        MilestoneResponse response;
        response.number = m.number;
        run.responses.append(response);
    }
    if (run.threadId == 0) {
        Result<qint64> thread = tables.insertThread(run.prospectId, run.language, run.createdAt);
        if (!thread) {
            return thread.error();
        }
        run.threadId = thread.value();
    }
    Result<qint64> id = tables.insertRun(run);
    if (!id) {
        return id.error();
    }
    if (!transaction.commit()) {
        return sql::databaseError(tr("Could not save the script run"), m_db.lastError());
    }
    return tables.load(id.value());
}

Result<ScriptRunView> ScriptRunService::setChecklistItem(qint64 runId, int itemId, bool checked, const QString& actor)
{
    Q_UNUSED(actor) // checklist ticks are not audited; only overrides of the checklist are
    Result<ScriptRunView> loaded = load(runId);
    if (!loaded) {
        return loaded;
    }
    ScriptRunView run = std::move(loaded).value();
    if (Status s = Rules::requireStatus(run, {ScriptRunStatus::Scheduled}, tr("change the pre-call checklist")); !s) {
        return s.error();
    }
    const bool known = std::any_of(run.script.checklist.begin(), run.script.checklist.end(),
                                   [itemId](const ChecklistItem& item) { return item.id == itemId; });
    if (!known) {
        return invalid(tr("The pre-call checklist has no item %1.").arg(itemId));
    }
    if (checked) {
        run.checklistChecked.insert(itemId);
    } else {
        run.checklistChecked.remove(itemId);
    }
    return ScriptRunTables(m_db).save(run, {});
}

Result<ScriptRunView> ScriptRunService::setMode(qint64 runId, ScriptMode mode, const QString& actor)
{
    Result<ScriptRunView> loaded = load(runId);
    if (!loaded) {
        return loaded;
    }
    ScriptRunView run = std::move(loaded).value();
    if (Status s =
            Rules::requireStatus(run, {ScriptRunStatus::Scheduled, ScriptRunStatus::InProgress}, tr("change the mode"));
        !s) {
        return s.error();
    }
    if (run.mode == mode) {
        return run;
    }
    const QString change = ScriptRunEnums::name(run.mode) + QStringLiteral(" → ") + ScriptRunEnums::name(mode);
    run.mode = mode;
    return ScriptRunTables(m_db).save(run, {ScriptEvent{0, QStringLiteral("mode"), 0, change, actor, now()}});
}

Result<GateDecision> ScriptRunService::checkGate(qint64 runId, int minClients, const QString& overrideReason)
{
    Result<ScriptRunView> run = load(runId);
    if (!run) {
        return run.error();
    }
    Result<Prospect> prospect = ProspectRepository(m_db).get(run.value().prospectId);
    if (!prospect) {
        return prospect.error();
    }
    return PreCallChecklist::evaluate(run.value().script, prospect.value().profile, run.value().checklistChecked,
                                      run.value().mode, minClients, overrideReason);
}

Result<ScriptRunView> ScriptRunService::start(qint64 runId, int minClients, const QString& overrideReason,
                                              const QString& actor)
{
    Result<ScriptRunView> loaded = load(runId);
    if (!loaded) {
        return loaded;
    }
    ScriptRunView run = std::move(loaded).value();
    if (Status s = Rules::requireStatus(run, {ScriptRunStatus::Scheduled}, tr("start the call")); !s) {
        return s.error();
    }
    Result<GateDecision> gate = checkGate(runId, minClients, overrideReason);
    if (!gate) {
        return gate.error();
    }
    if (!gate.value().allowed) {
        return conflict(gate.value().reason);
    }
    const QDateTime at = now();
    QList<ScriptEvent> events;
    if (gate.value().overridden) {
        const QString reason = overrideReason.trimmed();
        run.gateOverrideReason = reason;
        const bool hasGate = std::any_of(run.script.checklist.begin(), run.script.checklist.end(),
                                         [](const ChecklistItem& item) { return item.gate; });
        if (hasGate && !gate.value().qualified) {
            events.append(ScriptEvent{0, QStringLiteral("gate_override"), 0, reason, actor, at});
        }
        if (!gate.value().missingRequired.isEmpty()) {
            events.append(ScriptEvent{0, QStringLiteral("checklist_override"), 0,
                                      reason + QStringLiteral(" (") +
                                          gate.value().missingRequired.join(QStringLiteral(", ")) + u')',
                                      actor, at});
        }
    }
    run.status = ScriptRunStatus::InProgress;
    run.startedAt = at;
    events.append(ScriptEvent{0, QStringLiteral("start"), run.resumeFrom, {}, actor, at});
    if (Rules::positionOf(run.script, run.resumeFrom) > 0) {
        events.append(ScriptEvent{0, QStringLiteral("resume"), run.resumeFrom,
                                  tr("resumed from %1").arg(Rules::label(*run.script.milestone(run.resumeFrom))), actor,
                                  at});
    }
    Rules::makeCurrent(run, run.resumeFrom, at);
    return ScriptRunTables(m_db).save(run, events);
}

Result<ScriptRunView> ScriptRunService::attachCall(qint64 runId, const QString& callKey)
{
    Result<ScriptRunView> loaded = load(runId);
    if (!loaded) {
        return loaded;
    }
    if (callKey.trimmed().isEmpty()) {
        return invalid(tr("The call key is empty."));
    }
    ScriptRunView run = std::move(loaded).value();
    run.callKey = callKey.trimmed();
    return ScriptRunTables(m_db).save(run, {});
}

Result<ScriptRunView> ScriptRunService::attachSession(qint64 runId, qint64 sessionId)
{
    Result<ScriptRunView> loaded = load(runId);
    if (!loaded) {
        return loaded;
    }
    if (Result<QString> session = ScriptRunTables(m_db).sessionSummary(sessionId); !session) {
        return session.error();
    }
    ScriptRunView run = std::move(loaded).value();
    run.sessionId = sessionId;
    return ScriptRunTables(m_db).save(run, {});
}

Result<ScriptRunView> ScriptRunService::checkQuestion(qint64 runId, int milestone, int index, bool checked,
                                                      const QString& actor)
{
    Q_UNUSED(actor) // ticks are visible in the response itself; the audit log keeps decisions only
    return editResponse(*this, m_db, runId, milestone,
                        [index, checked](const ScriptRunView& run, const ScriptMilestone& m, MilestoneResponse& r) {
                            return toggleItem(run, m, m.requiredQuestions, r.questionsChecked, index, checked,
                                              tr("%1 has no question %2.").arg(Rules::label(m)).arg(index + 1));
                        });
}

Result<ScriptRunView> ScriptRunService::checkConfirmation(qint64 runId, int milestone, int index, bool checked,
                                                          const QString& actor)
{
    Q_UNUSED(actor)
    return editResponse(*this, m_db, runId, milestone,
                        [index, checked](const ScriptRunView& run, const ScriptMilestone& m, MilestoneResponse& r) {
                            return toggleItem(run, m, m.confirmations, r.confirmationsChecked, index, checked,
                                              tr("%1 has no confirmation %2.").arg(Rules::label(m)).arg(index + 1));
                        });
}

Result<ScriptRunView> ScriptRunService::setField(qint64 runId, int milestone, const QString& key, const QString& value,
                                                 const QString& actor)
{
    Q_UNUSED(actor)
    return editResponse(
        *this, m_db, runId, milestone,
        [&key, &value](const ScriptRunView& run, const ScriptMilestone& m, MilestoneResponse& r) -> Status {
            const auto field = std::find_if(m.requiredFields.begin(), m.requiredFields.end(),
                                            [&key](const ScriptField& f) { return f.key == key; });
            if (field == m.requiredFields.end()) {
                return Status(invalid(tr("%1 has no field \"%2\".").arg(Rules::label(m), key)));
            }
            if (Status s = Rules::requireEditable(run, m); !s) {
                return s;
            }
            Result<QString> normalised = Rules::normalisedValue(*field, value);
            if (!normalised) {
                return Status(normalised.error());
            }
            if (normalised.value().isEmpty()) {
                r.fields.remove(key);
            } else {
                r.fields.insert(key, normalised.value());
            }
            return {};
        });
}

Result<ScriptRunView> ScriptRunService::saveNotes(qint64 runId, int milestone, const QString& notes)
{
    const QDateTime savedAt = now();
    return editResponse(*this, m_db, runId, milestone,
                        [&notes, &savedAt](const ScriptRunView& run, const ScriptMilestone& m, MilestoneResponse& r) -> Status {
                            if (run.status == ScriptRunStatus::Cancelled) {
                                return Status(conflict(tr("Cannot save notes: the call was cancelled.")));
                            }
                            if (notes.size() > kMaxNotesLength) {
                                return Status(invalid(
                                    tr("The notes of %1 are %2 characters long; at most %3 fit. Nothing was saved.")
                                        .arg(Rules::label(m))
                                        .arg(notes.size())
                                        .arg(kMaxNotesLength)));
                            }
                            r.notes = notes;
                            r.notesSavedAt = savedAt;
                            return {};
                        });
}

Result<ScriptRunView> ScriptRunService::completeMilestone(qint64 runId, int milestone, const QString& actor)
{
    Result<ScriptRunView> loaded = load(runId);
    if (!loaded) {
        return loaded;
    }
    ScriptRunView run = std::move(loaded).value();
    Result<const ScriptMilestone*> m = Rules::milestone(run, milestone);
    if (!m) {
        return m.error();
    }
    const ScriptMilestone& target = *m.value();
    if (Status s =
            Rules::requireStatus(run, {ScriptRunStatus::InProgress}, tr("complete %1").arg(Rules::label(target)));
        !s) {
        return s.error();
    }
    MilestoneResponse* r = Rules::response(run, milestone);
    if (Rules::isDone(*r)) {
        return conflict(
            tr("%1 is already %2.")
                .arg(Rules::label(target), r->state == MilestoneState::Completed ? tr("completed") : tr("skipped")));
    }
    if (run.mode == ScriptMode::Strict && milestone != run.currentMilestone) {
        const ScriptMilestone* current = run.script.milestone(run.currentMilestone);
        return conflict(
            tr("%1 cannot be completed yet: the current milestone is %2 and strict mode keeps the order.")
                .arg(Rules::label(target), current ? Rules::label(*current) : QString::number(run.currentMilestone)));
    }
    const QStringList missing = Rules::missingItems(target, *r);
    const QDateTime at = now();
    QList<ScriptEvent> events;
    if (!missing.isEmpty()) {
        if (run.mode == ScriptMode::Strict) {
            return conflict(tr("%1 is missing: %2.").arg(Rules::label(target), missing.join(QStringLiteral("; "))));
        }
        events.append(ScriptEvent{0, QStringLiteral("override"), milestone,
                                  tr("completed without %1").arg(missing.join(QStringLiteral("; "))), actor, at});
    }
    if (r->state == MilestoneState::NotStarted) {
        r->startedAt = at;
    }
    r->state = MilestoneState::Completed;
    r->completedAt = at;
    if (milestone == run.currentMilestone) {
        Rules::advance(run, at);
    }
    return ScriptRunTables(m_db).save(run, events);
}

Result<ScriptRunView> ScriptRunService::skipMilestone(qint64 runId, int milestone, const QString& reason,
                                                      const QString& actor)
{
    Result<ScriptRunView> loaded = load(runId);
    if (!loaded) {
        return loaded;
    }
    ScriptRunView run = std::move(loaded).value();
    Result<const ScriptMilestone*> m = Rules::milestone(run, milestone);
    if (!m) {
        return m.error();
    }
    if (Status s =
            Rules::requireStatus(run, {ScriptRunStatus::InProgress}, tr("skip %1").arg(Rules::label(*m.value())));
        !s) {
        return s.error();
    }
    if (run.mode == ScriptMode::Strict) {
        return conflict(tr("Strict mode does not allow skipping %1; switch to flexible mode or ask a supervisor.")
                            .arg(Rules::label(*m.value())));
    }
    if (Status s = Rules::requireReason(reason, tr("skip %1").arg(Rules::label(*m.value()))); !s) {
        return s.error();
    }
    MilestoneResponse* r = Rules::response(run, milestone);
    if (Rules::isDone(*r)) {
        return conflict(tr("%1 is already done.").arg(Rules::label(*m.value())));
    }
    const QDateTime at = now();
    r->state = MilestoneState::Skipped;
    r->completedAt = at;
    r->skipReason = reason.trimmed();
    if (milestone == run.currentMilestone) {
        Rules::advance(run, at);
    }
    return ScriptRunTables(m_db).save(run,
                                      {ScriptEvent{0, QStringLiteral("skip"), milestone, reason.trimmed(), actor, at}});
}

namespace {

/// Moves the run to `target` for goTo and overrideTo: back reopens it, forward skips what lies between.
Result<ScriptRunView> moveTo(const QSqlDatabase& db, ScriptRunView run, int target, const QString& reason,
                             const QString& actor, const QString& kind, const QDateTime& at)
{
    Result<const ScriptMilestone*> m = Rules::milestone(run, target);
    if (!m) {
        return m.error();
    }
    if (Status s = Rules::requireStatus(run, {ScriptRunStatus::InProgress},
                                        ScriptRunService::tr("move to %1").arg(Rules::label(*m.value())));
        !s) {
        return s.error();
    }
    if (Status s = Rules::requireReason(reason, ScriptRunService::tr("move to %1").arg(Rules::label(*m.value()))); !s) {
        return s.error();
    }
    if (target == run.currentMilestone) {
        return conflict(ScriptRunService::tr("%1 is already the current milestone.").arg(Rules::label(*m.value())));
    }
    const qsizetype from = Rules::positionOf(run.script, run.currentMilestone);
    const qsizetype to = Rules::positionOf(run.script, target);
    const bool forward = to > from;
    if (forward) {
        for (qsizetype i = std::max<qsizetype>(from, 0); i < to; ++i) {
            MilestoneResponse* passed = Rules::response(run, run.script.milestones.at(i).number);
            if (passed != nullptr && !Rules::isDone(*passed)) {
                passed->state = MilestoneState::Skipped;
                passed->completedAt = at;
                passed->skipReason = reason.trimmed();
            }
        }
    }
    MilestoneResponse* r = Rules::response(run, target);
    if (Rules::isDone(*r)) {
        r->state = MilestoneState::InProgress;
        r->completedAt = {};
        r->skipReason.clear();
    }
    Rules::makeCurrent(run, target, at);
    const QString eventKind = kind.isEmpty() ? (forward ? QStringLiteral("jump") : QStringLiteral("back")) : kind;
    return ScriptRunTables(db).save(run, {ScriptEvent{0, eventKind, target, reason.trimmed(), actor, at}});
}

} // namespace

Result<ScriptRunView> ScriptRunService::goTo(qint64 runId, int milestone, const QString& reason, const QString& actor)
{
    Result<ScriptRunView> loaded = load(runId);
    if (!loaded) {
        return loaded;
    }
    if (loaded.value().mode == ScriptMode::Strict) {
        return conflict(
            tr("Strict mode keeps the order; switch to flexible mode or ask a supervisor to move the call."));
    }
    return moveTo(m_db, std::move(loaded).value(), milestone, reason, actor, {}, now());
}

Result<ScriptRunView> ScriptRunService::overrideTo(qint64 runId, int milestone, const QString& reason,
                                                   const QString& actor)
{
    Result<ScriptRunView> loaded = load(runId);
    if (!loaded) {
        return loaded;
    }
    return moveTo(m_db, std::move(loaded).value(), milestone, reason, actor, QStringLiteral("override"), now());
}

Result<ScriptRunView> ScriptRunService::complete(qint64 runId, const QString& actor)
{
    Result<ScriptRunView> loaded = load(runId);
    if (!loaded) {
        return loaded;
    }
    ScriptRunView run = std::move(loaded).value();
    if (Status s = Rules::requireStatus(run, {ScriptRunStatus::InProgress}, tr("complete the call")); !s) {
        return s.error();
    }
    const QDateTime at = now();
    run.status = ScriptRunStatus::Completed;
    run.endedAt = at;
    return ScriptRunTables(m_db).save(
        run, {ScriptEvent{0, QStringLiteral("complete"), run.currentMilestone, {}, actor, at}});
}

Result<ScriptRunView> ScriptRunService::cancel(qint64 runId, const QString& reason, const QString& actor)
{
    Result<ScriptRunView> loaded = load(runId);
    if (!loaded) {
        return loaded;
    }
    ScriptRunView run = std::move(loaded).value();
    if (Status s =
            Rules::requireStatus(run, {ScriptRunStatus::Scheduled, ScriptRunStatus::InProgress}, tr("cancel the call"));
        !s) {
        return s.error();
    }
    if (Status s = Rules::requireReason(reason, tr("cancel the call")); !s) {
        return s.error();
    }
    const QDateTime at = now();
    run.status = ScriptRunStatus::Cancelled;
    run.endedAt = at;
    return ScriptRunTables(m_db).save(
        run, {ScriptEvent{0, QStringLiteral("cancel"), run.currentMilestone, reason.trimmed(), actor, at}});
}

Result<FollowUpContext> ScriptRunService::followUpContext(qint64 prospectId)
{
    return FollowUpContextBuilder(m_db).build(prospectId, PreCallChecklist::kDefaultMinClients);
}

Result<ObjectionRecord> ScriptRunService::raiseObjection(qint64 runId, const QString& type, const QString& note,
                                                         const QString& actor)
{
    return ObjectionFlow(m_db, now()).raise(runId, type, note, actor);
}

Result<ObjectionRecord> ScriptRunService::answerObjection(qint64 objectionId, int index, const QString& answer)
{
    return ObjectionFlow(m_db, now()).answer(objectionId, index, answer);
}

Result<ObjectionRecord> ScriptRunService::closeObjection(qint64 objectionId, const QString& outcome,
                                                         const QString& actor)
{
    return ObjectionFlow(m_db, now()).close(objectionId, outcome, actor);
}

Result<QList<ObjectionRecord>> ScriptRunService::openObjections(qint64 prospectId)
{
    return ScriptRunTables(m_db).openObjections(prospectId);
}

} // namespace calldeck
