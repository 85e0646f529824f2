#pragma once

#include "tasks/TaskEnums.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace calldeck {

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

} // namespace calldeck
