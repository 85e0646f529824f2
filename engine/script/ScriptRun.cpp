#include "script/ScriptRun.h"

#include <array>
#include <utility>

namespace calldeck {

namespace {

template <typename E, std::size_t N>
std::optional<E> lookup(const QString& name, const std::array<std::pair<E, const char16_t*>, N>& table)
{
    for (const auto& [value, text] : table) {
        if (name == QStringView(text)) {
            return value;
        }
    }
    return std::nullopt;
}

template <typename E, std::size_t N>
QString nameOf(E value, const std::array<std::pair<E, const char16_t*>, N>& table)
{
    for (const auto& [candidate, text] : table) {
        if (candidate == value) {
            return QString::fromUtf16(text);
        }
    }
    return {};
}

// The stored names are the CHECK lists of SchemaV4; keep them in step.
constexpr std::array<std::pair<ScriptRunStatus, const char16_t*>, 4> kStatuses{{
    {ScriptRunStatus::Scheduled, u"scheduled"},
    {ScriptRunStatus::InProgress, u"in_progress"},
    {ScriptRunStatus::Completed, u"completed"},
    {ScriptRunStatus::Cancelled, u"cancelled"},
}};
constexpr std::array<std::pair<ScriptMode, const char16_t*>, 2> kModes{{
    {ScriptMode::Strict, u"strict"},
    {ScriptMode::Flexible, u"flexible"},
}};
constexpr std::array<std::pair<MilestoneState, const char16_t*>, 4> kStates{{
    {MilestoneState::NotStarted, u"not_started"},
    {MilestoneState::InProgress, u"in_progress"},
    {MilestoneState::Completed, u"completed"},
    {MilestoneState::Skipped, u"skipped"},
}};

} // namespace

QString ScriptRunEnums::name(ScriptRunStatus status)
{
    return nameOf(status, kStatuses);
}

QString ScriptRunEnums::name(ScriptMode mode)
{
    return nameOf(mode, kModes);
}

QString ScriptRunEnums::name(MilestoneState state)
{
    return nameOf(state, kStates);
}

std::optional<ScriptRunStatus> ScriptRunEnums::statusFromName(const QString& name)
{
    return lookup(name, kStatuses);
}

std::optional<ScriptMode> ScriptRunEnums::modeFromName(const QString& name)
{
    return lookup(name, kModes);
}

std::optional<MilestoneState> ScriptRunEnums::stateFromName(const QString& name)
{
    return lookup(name, kStates);
}

} // namespace calldeck
