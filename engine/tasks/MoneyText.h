#pragma once

#include <QString>

#include <optional>

namespace calldeck {

/// Reads and writes dollar amounts as integer cents, without binary floating point.
class MoneyText
{
public:
    /// "150", "$150", "$1,200.50", "150.5" → cents; nothing for anything else or a negative amount.
    static std::optional<qint64> parseCents(const QString& text);
    /// 15000 → "$150.00".
    static QString formatCents(qint64 cents);
};

} // namespace calldeck
