#include "queue/TaskCallBrief.h"

#include "tasks/TaskEnums.h"

namespace calldeck {

CallBrief TaskCallBrief::fromTask(const CallTask& task)
{
    CallBrief brief;
    const TaskPlan plan = task.plan.value_or(TaskPlan{});
    brief.goal = !plan.goal.isEmpty() ? plan.goal : (!task.objective.isEmpty() ? task.objective : task.rawInstruction);
    brief.contactName = !task.contactName.isEmpty() ? task.contactName : plan.contactName;
    brief.contactType = plan.contactType;
    brief.steps = plan.steps;
    brief.questions = plan.questionsToAsk;
    brief.infoToObtain = plan.infoToObtain;
    brief.successConditions = plan.successConditions;
    brief.softPreferences = plan.softPreferences;
    const HardConstraints& limits = plan.hardConstraints;
    if (limits.earliestDate.isValid())
        brief.hardConstraints.append(tr("not before %1").arg(limits.earliestDate.toString(Qt::ISODate)));
    if (limits.latestDate.isValid())
        brief.hardConstraints.append(tr("no later than %1").arg(limits.latestDate.toString(Qt::ISODate)));
    if (limits.windowStart.isValid() && limits.windowEnd.isValid()) {
        brief.hardConstraints.append(tr("between %1 and %2")
                                         .arg(limits.windowStart.toString(QStringLiteral("HH:mm")),
                                              limits.windowEnd.toString(QStringLiteral("HH:mm"))));
    }
    brief.hardConstraints.append(limits.other);
    brief.maxPriceCents = task.maxPriceCents >= 0 ? task.maxPriceCents : plan.maxPriceCents;
    if (task.tone)
        brief.tone = TaskEnums::name(*task.tone);
    if (!task.timeZone.isEmpty())
        brief.personalFields.insert(QStringLiteral("time_zone"), task.timeZone);
    return brief;
}

} // namespace calldeck
