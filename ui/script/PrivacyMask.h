#pragma once

#include <QString>

namespace calldeck {

/// How client-sensitive values look while privacy mode is on (PRODUCT S7: screen sharing).
class PrivacyMask
{
public:
    /// What a hidden value shows instead of itself.
    static QString hidden() { return QStringLiteral("•••"); }
    /// `value` itself, or the mask when `masked` (an empty value stays empty so gaps stay visible).
    static QString apply(const QString& value, bool masked)
    {
        return (masked && !value.isEmpty()) ? hidden() : value;
    }
};

} // namespace calldeck
