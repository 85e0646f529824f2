#pragma once

#include "core/Result.h"
#include "tasks/TaskPlan.h"

#include <QCoreApplication>
#include <QMap>

namespace calldeck {

/// Merges the user's clarification answers into a plan (seed 002 §3.2, §6.1 step 6). Well-known
/// keys are validated and fill their field: "phone_number" (parsed to E.164), "max_price" ("$150"),
/// "contact_name", "goal". Any other key is kept in TaskPlan::answers for the agent. An answered
/// key leaves missingInfo; an empty answer leaves it missing.
class PlanAnswers
{
    Q_DECLARE_TR_FUNCTIONS(calldeck::PlanAnswers)
public:
    /// The merged plan, or InvalidArgument naming the first answer that does not fit (nothing merged).
    static Result<TaskPlan> merge(const TaskPlan& plan, const QMap<QString, QString>& answers,
                                  const QString& region);
};

} // namespace calldeck
