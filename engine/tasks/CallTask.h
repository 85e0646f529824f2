#pragma once

#include "tasks/TaskEnums.h"
#include "tasks/TaskPlan.h"
#include "tasks/TaskStatus.h"

#include <QDateTime>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <optional>

namespace calldeck {

/// One call task as stored in call_tasks (PRODUCT T1/T2, seeds 000 and 002): what to call, why,
/// how, when, and where it stands. A plain value; TaskRepository reads and writes it.
struct CallTask
{
    qint64 id = 0;
    QString title;                         ///< short, for lists
    QString rawInstruction;                ///< the user's sentence (empty for a manual form)
    TaskStatus status = TaskStatus::Pending;
    TaskPriority priority = TaskPriority::Normal;
    std::optional<TaskTone> tone;          ///< none: the assistant's default tone
    qint64 maxPriceCents = -1;             ///< −1: no limit
    qint64 approvalLimitCents = -1;        ///< ask the user before agreeing to more than this; −1: never ask
    qint64 contactId = 0;                  ///< 0: no contact record
    QString contactName;
    QString company;
    QString phoneE164;                     ///< empty until known
    std::optional<CallPurpose> purpose;    ///< manual form only
    QString objective;                     ///< manual form: 10–500 characters
    TaskCallType callType = TaskCallType::Manual;
    QDateTime scheduledForUtc;             ///< invalid: call as soon as possible
    QString timeZone;                      ///< IANA id the user scheduled in and dates in the plan refer to
    int retryCount = 0;
    QString nextAction;                    ///< what has to happen next, in words for the list
    std::optional<bool> goalAchieved;      ///< none until a call ended
    QString failureReason;
    qint64 estimatedCostMicros = -1;       ///< −1: not estimated
    qint64 parentTaskId = 0;               ///< 0: not a follow-up
    std::optional<TaskPlan> plan;          ///< none until planned
    QMap<QString, QString> clarificationAnswers; ///< the user's answers by MissingInfo key
    QDateTime resolvedAtUtc;               ///< set by "mark resolved"
    QDateTime createdAtUtc;
    QDateTime updatedAtUtc;

    /// True when the user marked the task resolved.
    [[nodiscard]] bool isResolved() const { return resolvedAtUtc.isValid(); }
};

} // namespace calldeck

Q_DECLARE_METATYPE(calldeck::CallTask)
