#pragma once

#include "compliance/RateLimits.h"
#include "core/Result.h"

#include <QDateTime>
#include <QString>

namespace calldeck {

/// Which sliding window refused a call.
enum class RateLimitWindow
{
    None, ///< the call is allowed
    Hour, ///< the last 60 minutes
    Day,  ///< the last 24 hours
};

/// The answer of RateLimiter::check(): allowed, or refused with the limit that refused and the
/// moment the next call of this category will be allowed. Plain value type.
struct RateLimitDecision
{
    bool allowed = true;
    CallCategory category = CallCategory::Manual;
    RateLimitWindow window = RateLimitWindow::None; ///< the limit that refused (the later retry when both did)
    int limit = 0;                                  ///< that window's limit
    int usedLastHour = 0;                           ///< calls of this category started in the last 60 minutes
    int usedLastDay = 0;                            ///< calls of this category started in the last 24 hours
    QDateTime retryAtUtc; ///< when the next call is allowed; invalid when allowed or the category is off
    QString message;      ///< readable refusal naming the limit and the retry time; empty when allowed

    /// OK when allowed, otherwise Conflict carrying `message` (for a chain of dialling gates).
    [[nodiscard]] Status toStatus() const;
};

} // namespace calldeck
