#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace calldeck {

class Settings;

/// The two kinds of calls that have separate limits (PRODUCT T4, seed 000 C5).
enum class CallCategory
{
    Manual,    ///< call_tasks.call_type 'manual'
    Automated, ///< call_tasks.call_type 'automated' or 'batch_upload'
};

/// How many calls of each category may start per sliding hour and day. A limit below 1 switches
/// that category off. Plain value, read from Settings on the caller's thread and handed to the
/// RateLimiter inside a store job.
struct RateLimits
{
    int manualPerHour = 5;
    int manualPerDay = 20;
    int automatedPerHour = 10;
    int automatedPerDay = 50;

    /// The limits the settings hold (SettingKeys::ManualCallsPerHour, ...).
    static RateLimits fromSettings(const Settings& settings);

    /// The hourly limit of `category`.
    [[nodiscard]] int perHour(CallCategory category) const;
    /// The daily limit of `category`.
    [[nodiscard]] int perDay(CallCategory category) const;

    /// The category of a call_tasks.call_type value; nullopt for anything else.
    static std::optional<CallCategory> categoryOf(const QString& callType);
    /// The call_tasks.call_type values counted under `category`.
    static QStringList callTypesOf(CallCategory category);

    friend bool operator==(const RateLimits&, const RateLimits&) = default;
};

} // namespace calldeck
