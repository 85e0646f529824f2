#include "queue/RetryPolicy.h"

#include <QtGlobal>

#include <array>

namespace calldeck {

namespace {
// Short first, so a momentarily busy line is tried again soon; longer later, so a closed
// business is not rung every few minutes.
constexpr std::array<qint64, 3> kBackoffMinutes{2, 5, 15};
} // namespace

bool RetryPolicy::isRetryable(const QString& outcome)
{
    return outcome == QLatin1String("failed") || outcome == QLatin1String("busy")
           || outcome == QLatin1String("no-answer") || outcome == QLatin1String("interrupted");
}

bool RetryPolicy::shouldRetry(const QString& outcome, int retryCount, const AssistantSettings& settings)
{
    return isRetryable(outcome) && settings.autoRetryFailedCalls && retryCount < settings.maxRetryAttempts;
}

qint64 RetryPolicy::backoffMs(int retryNumber)
{
    const auto index = static_cast<std::size_t>(qBound(1, retryNumber, int(kBackoffMinutes.size())) - 1);
    return kBackoffMinutes.at(index) * 60 * 1000;
}

} // namespace calldeck
