#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace calldeck {

/// How urgent a task is (seed 002 §2.4).
enum class TaskPriority
{
    Low,
    Normal,
    High,
};

/// How the caller should sound (seed 002 §2.4); overrides the assistant's default tone.
enum class TaskTone
{
    Friendly,
    Neutral,
    Firm,
    Assertive,
};

/// Why a manual call is made (seed 000 CallPurpose).
enum class CallPurpose
{
    ExistingClient,
    WarmLead,
    Referral,
    VendorInquiry,
    Partnership,
    OtherBusiness,
};

/// Where a task came from (seed 000 CallType); rate limits count manual and automated apart.
enum class TaskCallType
{
    Manual,
    Automated,
    BatchUpload,
};

/// Stored names of the task enums ("high", "assertive", "warm_lead", "batch_upload") and back.
class TaskEnums
{
public:
    /// Stored name of a priority.
    static QString name(TaskPriority priority);
    /// Stored name of a tone.
    static QString name(TaskTone tone);
    /// Stored name of a purpose.
    static QString name(CallPurpose purpose);
    /// Stored name of a call type.
    static QString name(TaskCallType type);

    /// The priority with that name, or nothing.
    static std::optional<TaskPriority> priorityFromName(const QString& name);
    /// The tone with that name, or nothing.
    static std::optional<TaskTone> toneFromName(const QString& name);
    /// The purpose with that name, or nothing.
    static std::optional<CallPurpose> purposeFromName(const QString& name);
    /// The call type with that name, or nothing.
    static std::optional<TaskCallType> callTypeFromName(const QString& name);

    /// All stored tone names, for pickers and for the AI planner's schema.
    static QStringList toneNames();
    /// All stored purpose names.
    static QStringList purposeNames();
};

} // namespace calldeck
