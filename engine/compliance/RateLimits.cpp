#include "compliance/RateLimits.h"

#include "core/Settings.h"

namespace calldeck {

RateLimits RateLimits::fromSettings(const Settings& settings)
{
    RateLimits limits;
    limits.manualPerHour = settings.value(SettingKeys::ManualCallsPerHour);
    limits.manualPerDay = settings.value(SettingKeys::ManualCallsPerDay);
    limits.automatedPerHour = settings.value(SettingKeys::AutomatedCallsPerHour);
    limits.automatedPerDay = settings.value(SettingKeys::AutomatedCallsPerDay);
    return limits;
}

int RateLimits::perHour(CallCategory category) const
{
    return category == CallCategory::Manual ? manualPerHour : automatedPerHour;
}

int RateLimits::perDay(CallCategory category) const
{
    return category == CallCategory::Manual ? manualPerDay : automatedPerDay;
}

std::optional<CallCategory> RateLimits::categoryOf(const QString& callType)
{
    if (callType == u"manual") {
        return CallCategory::Manual;
    }
    // Batch uploads are dialled by the queue without a person per call, so seed 000 counts them
    // with the automated calls.
    if (callType == u"automated" || callType == u"batch_upload") {
        return CallCategory::Automated;
    }
    return std::nullopt;
}

QStringList RateLimits::callTypesOf(CallCategory category)
{
    if (category == CallCategory::Manual) {
        return {QStringLiteral("manual")};
    }
    return {QStringLiteral("automated"), QStringLiteral("batch_upload")};
}

} // namespace calldeck
