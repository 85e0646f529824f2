#pragma once

#include <QString>

namespace calldeck {

/// Formats micro-dollar amounts for panels ("$0.0412") with integer arithmetic, so money never
/// passes through a binary float on its way to the screen.
class MicrosText
{
public:
    /// "$1.2345" with `decimals` digits after the point (0–6), rounded half away from zero.
    static QString format(qint64 micros, int decimals = 4);
};

} // namespace calldeck
