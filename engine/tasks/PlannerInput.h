#pragma once

#include <QDateTime>
#include <QString>

namespace calldeck {

/// What a planner gets: the instruction, what the task already knows, and "now" where the user is.
struct PlannerInput
{
    QString instruction;
    QString phoneE164;            ///< known number (form field, contact); empty: look in the instruction
    QString contactName;          ///< known contact; empty: look in the instruction
    qint64 maxPriceCents = -1;    ///< known limit; −1: look in the instruction
    QDateTime nowUtc;             ///< the reference for "today", "this week", ...
    QString timeZone;             ///< IANA id the user lives in; empty or unknown: UTC
    QString region = QStringLiteral("US"); ///< for national numbers in the instruction
};

} // namespace calldeck
