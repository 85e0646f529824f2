#include "script/ScriptBriefBuilder.h"

#include <QStringList>

#include <algorithm>
#include <limits>

namespace calldeck {

namespace {

// The previous call's context in plain English for the agent's instructions (like the rest of the
// prompt, which is English on purpose; see PromptBuilder).
QString previousContextText(const ScriptRunView& run, const FollowUpContext& context)
{
    if (!context.isFollowUp() && run.threadSeq <= 1) {
        return {};
    }
    QStringList lines;
    lines.append(QStringLiteral("This is call %1 with %2; earlier calls of this thread came first.")
                     .arg(run.threadSeq)
                     .arg(run.prospectName.isEmpty() ? QStringLiteral("this prospect") : run.prospectName));
    // The context may already count this run as the thread's latest call: describe only the ones before it.
    QString summary;
    int lastMilestone = 0;
    QString lastDecision;
    for (const ThreadCall& call : context.calls) {
        if (call.runId == run.id) {
            continue;
        }
        if (call.runId == run.previousRunId || summary.isEmpty()) {
            summary = call.summary.isEmpty() ? summary : call.summary;
        }
        lastMilestone = std::max(lastMilestone, call.lastMilestone);
        if (!call.decision.isEmpty()) {
            lastDecision = call.decision;
        }
    }
    if (summary.isEmpty() && context.previousRunId != run.id) {
        summary = context.previousSummary;
    }
    if (!summary.trimmed().isEmpty()) {
        lines.append(QStringLiteral("Previous call summary: %1").arg(summary.trimmed()));
    }
    if (lastMilestone == 0 && context.previousRunId != run.id) {
        lastMilestone = context.lastMilestone;
    }
    if (lastMilestone > 0) {
        const ScriptMilestone* m = run.script.milestone(lastMilestone);
        lines.append(QStringLiteral("Last milestone reached: M%1%2.")
                         .arg(lastMilestone)
                         .arg(m != nullptr ? QStringLiteral(" ") + m->title : QString()));
    }
    if (!lastDecision.isEmpty()) {
        lines.append(QStringLiteral("Decision last time: %1.").arg(lastDecision));
    }
    QStringList open;
    for (const ObjectionRecord& objection : context.unresolvedObjections) {
        if (objection.runId == run.id) {
            continue;
        }
        open.append(objection.note.trimmed().isEmpty()
                        ? objection.type
                        : QStringLiteral("%1 (\"%2\")").arg(objection.type, objection.note.trimmed()));
    }
    if (!open.isEmpty()) {
        lines.append(QStringLiteral("Unresolved objections to address: %1.").arg(open.join(QStringLiteral("; "))));
    }
    QStringList flags;
    for (auto it = context.qualificationFlags.constBegin(); it != context.qualificationFlags.constEnd(); ++it) {
        if (!it.value().trimmed().isEmpty()) {
            flags.append(QStringLiteral("%1: %2").arg(it.key(), it.value().trimmed()));
        }
    }
    if (!flags.isEmpty()) {
        lines.append(QStringLiteral("Qualification: %1.").arg(flags.join(QStringLiteral("; "))));
    }
    return lines.join(QLatin1Char('\n'));
}

ScriptBriefMilestone briefMilestone(const ScriptMilestone& m)
{
    ScriptBriefMilestone out;
    out.number = m.number;
    out.title = m.title;
    out.objective = m.objective;
    out.questions = m.requiredQuestions;
    out.confirmations = m.confirmations;
    out.decision = m.decision;
    for (const ScriptField& field : m.requiredFields) {
        out.fieldKeys.append(field.key);
        out.fields.append(ScriptBriefField{field.key, field.type, field.options});
        if (m.decision && field.type == QLatin1String("choice") && out.decisionOptions.isEmpty()) {
            out.decisionOptions = field.options;
        }
    }
    return out;
}

} // namespace

ScriptBrief ScriptBriefBuilder::build(const ScriptRunView& run, const FollowUpContext& context)
{
    ScriptBrief brief;
    brief.name = run.script.name;
    brief.strict = run.mode == ScriptMode::Strict;
    const int start = run.currentMilestone > 0 ? run.currentMilestone : std::max(1, run.resumeFrom);
    const ScriptMilestone* first = run.script.milestone(start);
    brief.startAt = first != nullptr ? start : 1;
    const int startOrder = first != nullptr ? first->order : std::numeric_limits<int>::min();

    QList<ScriptMilestone> ordered = run.script.milestones;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const ScriptMilestone& a, const ScriptMilestone& b) { return a.order < b.order; });
    for (const ScriptMilestone& m : std::as_const(ordered)) {
        if (m.order < startOrder) {
            continue;
        }
        // A milestone already done in this run is not asked again (a run resumed mid-call).
        const MilestoneResponse* response = run.response(m.number);
        if (response != nullptr && m.number != start
            && (response->state == MilestoneState::Completed || response->state == MilestoneState::Skipped)) {
            continue;
        }
        brief.milestones.append(briefMilestone(m));
    }
    for (const ObjectionType& objection : run.script.objections) {
        brief.objectionTypes.append(objection.type);
    }
    brief.previousContext = previousContextText(run, context);
    return brief;
}

} // namespace calldeck
