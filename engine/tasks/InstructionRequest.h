#pragma once

#include "tasks/TaskEnums.h"

#include <QDateTime>
#include <QString>

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

} // namespace calldeck
