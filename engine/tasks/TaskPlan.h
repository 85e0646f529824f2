#pragma once

#include "core/Result.h"
#include "tasks/HardConstraints.h"
#include "tasks/MissingInfo.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

namespace calldeck {

/// Who made a plan.
enum class PlanSource
{
    Offline, ///< OfflinePlanner, from the words of the instruction
    Ai,      ///< the configured LLM through AiPlanner
};

/// What a planner made of a task (PRODUCT T1, seed 002 §3.1): the goal, who is called, the steps,
/// questions and information to obtain, when it succeeded, the constraints and preferences, the
/// price limit and what is still missing. Stored as JSON in call_tasks.plan; toJson()/fromJson()
/// round-trip every field.
struct TaskPlan
{
    QString goal;
    QString contactType;             ///< "dentist", "restaurant", "business", ...
    QString contactName;             ///< "Bright Smile Dental"; empty when the planner found none
    QString phoneE164;               ///< the number found in the instruction or given as an answer
    QStringList steps;
    QStringList questionsToAsk;
    QStringList infoToObtain;        ///< keys such as "appointment_time", "price", "confirmation_number"
    QStringList successConditions;
    HardConstraints hardConstraints;
    QStringList softPreferences;     ///< "prefer_morning", or a preference in words
    qint64 maxPriceCents = -1;       ///< −1: no limit stated
    QList<MissingInfo> missingInfo;  ///< empty: nothing blocks the call
    QMap<QString, QString> answers;  ///< clarification answers merged in, by MissingInfo key
    PlanSource source = PlanSource::Offline;
    QStringList notices;             ///< shown with the plan: "No AI is configured ...", AI fallbacks

    /// True when nothing is missing and the task may be called.
    [[nodiscard]] bool isComplete() const { return missingInfo.isEmpty(); }

    /// The plan as JSON (snake_case keys; dates "YYYY-MM-DD", times "HH:mm").
    [[nodiscard]] QJsonObject toJson() const;
    /// Reads a plan written by toJson() or by a model that follows the same schema. Unknown keys are
    /// ignored, absent keys keep their defaults, a key of the wrong type is an InvalidArgument naming it.
    static Result<TaskPlan> fromJson(const QJsonObject& json);

    bool operator==(const TaskPlan&) const = default;
};

} // namespace calldeck
