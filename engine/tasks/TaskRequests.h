#pragma once

#include "tasks/TaskEnums.h"
#include "tasks/TaskStatus.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace calldeck {

/// A task from a sentence (the composer, `calldeck-cli task add`): the instruction plus the
/// optional structured hints of seed 002 §3.1.
struct InstructionRequest
{
    QString instruction;                  ///< required, at most 2000 characters
    QString phone;                        ///< any form libphonenumber reads; empty: the planner looks for one
    QString region = QStringLiteral("US"); ///< for national numbers in `phone`
    qint64 contactId = 0;                 ///< 0: none; otherwise must exist
    std::optional<TaskTone> tone;
    TaskPriority priority = TaskPriority::Normal;
    qint64 maxPriceCents = -1;            ///< −1: none
    QDateTime scheduledForUtc;            ///< invalid: immediately
    QString timeZone;                     ///< IANA id; empty: UTC
    TaskCallType callType = TaskCallType::Manual;
};

/// The manual call form of seed 000 (B4, C2).
struct ManualCallRequest
{
    QString phone;                        ///< required, E.164 after parsing
    QString region = QStringLiteral("US");
    QString contactName;
    QString company;
    std::optional<CallPurpose> purpose;   ///< required
    QString objective;                    ///< 10–500 characters
    TaskPriority priority = TaskPriority::Normal;
    std::optional<TaskTone> tone;
    QDateTime scheduledForUtc;            ///< invalid: immediately
    QString timeZone;
};

/// Changes from the task detail's control panel; unset fields stay as they are.
struct TaskEdits
{
    std::optional<std::optional<TaskTone>> tone;  ///< an empty inner value goes back to the default tone
    std::optional<qint64> maxPriceCents;          ///< −1 removes the limit
    std::optional<qint64> approvalLimitCents;     ///< −1: never ask
    std::optional<QStringList> softPreferences;
    std::optional<TaskPriority> priority;
};

/// Which tasks a list shows: any of `statuses` (empty: all) created in [createdFrom, createdTo).
struct TaskFilter
{
    QList<TaskStatus> statuses;
    QDateTime createdFromUtc;   ///< invalid: no lower bound
    QDateTime createdToUtc;     ///< invalid: no upper bound
    int limit = 500;
};

} // namespace calldeck
