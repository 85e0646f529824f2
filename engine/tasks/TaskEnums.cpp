#include "tasks/TaskEnums.h"

#include <array>
#include <utility>

namespace calldeck {

namespace {

template <typename E, std::size_t N>
QString nameIn(const std::array<std::pair<E, const char*>, N>& table, E value)
{
    for (const auto& [entry, name] : table) {
        if (entry == value) {
            return QLatin1String(name);
        }
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueIn(const std::array<std::pair<E, const char*>, N>& table, const QString& name)
{
    for (const auto& [entry, entryName] : table) {
        if (name == QLatin1String(entryName)) {
            return entry;
        }
    }
    return std::nullopt;
}

template <typename E, std::size_t N>
QStringList namesIn(const std::array<std::pair<E, const char*>, N>& table)
{
    QStringList names;
    for (const auto& entry : table) {
        names.append(QLatin1String(entry.second));
    }
    return names;
}

constexpr std::array<std::pair<TaskPriority, const char*>, 3> kPriorities{{
    {TaskPriority::Low, "low"},
    {TaskPriority::Normal, "normal"},
    {TaskPriority::High, "high"},
}};

constexpr std::array<std::pair<TaskTone, const char*>, 4> kTones{{
    {TaskTone::Friendly, "friendly"},
    {TaskTone::Neutral, "neutral"},
    {TaskTone::Firm, "firm"},
    {TaskTone::Assertive, "assertive"},
}};

constexpr std::array<std::pair<CallPurpose, const char*>, 6> kPurposes{{
    {CallPurpose::ExistingClient, "existing_client"},
    {CallPurpose::WarmLead, "warm_lead"},
    {CallPurpose::Referral, "referral"},
    {CallPurpose::VendorInquiry, "vendor_inquiry"},
    {CallPurpose::Partnership, "partnership"},
    {CallPurpose::OtherBusiness, "other_business"},
}};

constexpr std::array<std::pair<TaskCallType, const char*>, 3> kCallTypes{{
    {TaskCallType::Manual, "manual"},
    {TaskCallType::Automated, "automated"},
    {TaskCallType::BatchUpload, "batch_upload"},
}};

} // namespace

QString TaskEnums::name(TaskPriority priority) { return nameIn(kPriorities, priority); }
QString TaskEnums::name(TaskTone tone) { return nameIn(kTones, tone); }
QString TaskEnums::name(CallPurpose purpose) { return nameIn(kPurposes, purpose); }
QString TaskEnums::name(TaskCallType type) { return nameIn(kCallTypes, type); }

std::optional<TaskPriority> TaskEnums::priorityFromName(const QString& name) { return valueIn(kPriorities, name); }
std::optional<TaskTone> TaskEnums::toneFromName(const QString& name) { return valueIn(kTones, name); }
std::optional<CallPurpose> TaskEnums::purposeFromName(const QString& name) { return valueIn(kPurposes, name); }
std::optional<TaskCallType> TaskEnums::callTypeFromName(const QString& name) { return valueIn(kCallTypes, name); }

QStringList TaskEnums::toneNames() { return namesIn(kTones); }
QStringList TaskEnums::purposeNames() { return namesIn(kPurposes); }

} // namespace calldeck
