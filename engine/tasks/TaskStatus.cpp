#include "tasks/TaskStatus.h"

#include <QCoreApplication>
#include <QList>

namespace calldeck {

namespace {

struct Entry
{
    TaskStatus status;
    const char* name;
};

constexpr Entry kEntries[] = {
    {TaskStatus::Pending, "pending"},
    {TaskStatus::Preparing, "preparing"},
    {TaskStatus::WaitingForUser, "waiting_for_user"},
    {TaskStatus::ReadyToCall, "ready_to_call"},
    {TaskStatus::InProgress, "in_progress"},
    {TaskStatus::Completed, "completed"},
    {TaskStatus::Failed, "failed"},
    {TaskStatus::Cancelled, "cancelled"},
};

} // namespace

QString TaskStatusNames::name(TaskStatus status)
{
    for (const Entry& entry : kEntries) {
        if (entry.status == status) {
            return QLatin1String(entry.name);
        }
    }
    return {};
}

std::optional<TaskStatus> TaskStatusNames::fromName(const QString& name)
{
    for (const Entry& entry : kEntries) {
        if (name == QLatin1String(entry.name)) {
            return entry.status;
        }
    }
    return std::nullopt;
}

QString TaskStatusNames::label(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Pending:
        return QCoreApplication::translate("calldeck::TaskStatus", "Pending");
    case TaskStatus::Preparing:
        return QCoreApplication::translate("calldeck::TaskStatus", "Preparing");
    case TaskStatus::WaitingForUser:
        return QCoreApplication::translate("calldeck::TaskStatus", "Waiting for you");
    case TaskStatus::ReadyToCall:
        return QCoreApplication::translate("calldeck::TaskStatus", "Ready to call");
    case TaskStatus::InProgress:
        return QCoreApplication::translate("calldeck::TaskStatus", "In progress");
    case TaskStatus::Completed:
        return QCoreApplication::translate("calldeck::TaskStatus", "Completed");
    case TaskStatus::Failed:
        return QCoreApplication::translate("calldeck::TaskStatus", "Failed");
    case TaskStatus::Cancelled:
        return QCoreApplication::translate("calldeck::TaskStatus", "Cancelled");
    }
    return {};
}

const QList<TaskStatus>& TaskStatusNames::all()
{
    static const QList<TaskStatus> statuses = [] {
        QList<TaskStatus> list;
        for (const Entry& entry : kEntries) {
            list.append(entry.status);
        }
        return list;
    }();
    return statuses;
}

} // namespace calldeck
