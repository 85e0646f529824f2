#pragma once

#include "tasks/PlannerInput.h"
#include "tasks/TaskPlan.h"

#include <QCoreApplication>
#include <QDate>

namespace calldeck {

/// Plans a task without any AI: finds phone numbers (libphonenumber's
/// matcher), dates, weekdays and time windows (TemporalExtractor), a price limit ("under $150"),
/// the business or person to call ("Call Bright Smile Dental at ..."), and the goal sentence;
/// derives steps, questions, information to obtain and success conditions from the kind of request,
/// and lists what is missing (no number, no goal) with the question that asks for it. The plan
/// says that no AI is configured.
class OfflinePlanner
{
    Q_DECLARE_TR_FUNCTIONS(calldeck::OfflinePlanner)
public:
    /// The plan for `input`. Never fails: what it cannot find ends up in missingInfo.
    static TaskPlan plan(const PlannerInput& input);
    /// The user's local date at `input.nowUtc` in `input.timeZone`.
    static QDate localToday(const PlannerInput& input);
    /// The notice every offline plan carries: no AI is configured.
    static QString noAiNotice();
};

} // namespace calldeck
