#pragma once

#include "core/Result.h"
#include "tasks/TaskPlan.h"

#include <QCoreApplication>
#include <QString>

namespace calldeck {

/// Reads the plan an AI model wrote (the JSON schema of AiPlanner's prompt). Tolerates a Markdown
/// code fence and text around the object, ignores unknown fields, normalises the phone number to
/// E.164 (dropping one that does not parse), and refuses what it cannot trust: no JSON object, a
/// field of the wrong type, no goal. Errors are InvalidArgument with a message a user can read.
class PlanParser
{
    Q_DECLARE_TR_FUNCTIONS(calldeck::PlanParser)
public:
    /// The plan in `content`, marked PlanSource::Ai.
    static Result<TaskPlan> parse(const QString& content, const QString& region);
};

} // namespace calldeck
