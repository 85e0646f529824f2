#pragma once

#include "calls/AssistantSettings.h"

#include <QString>

namespace calldeck {

/// When a failed call attempt is tried again (PRODUCT T5, T11): failed, busy and no-answer calls are
/// retried while auto_retry_failed_calls is on and retry_count < max_retry_attempts, after a
/// growing pause of 2, 5, then 15 minutes.
class RetryPolicy
{
public:
    /// True for the outcomes that may be retried (failed, busy, no-answer).
    static bool isRetryable(const QString& outcome);
    /// True when a task that already had `retryCount` retries gets another one.
    static bool shouldRetry(const QString& outcome, int retryCount, const AssistantSettings& settings);
    /// The pause before retry number `retryNumber` (1 = the first retry), in milliseconds.
    static qint64 backoffMs(int retryNumber);
};

} // namespace calldeck
