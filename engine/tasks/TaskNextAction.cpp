#include "tasks/TaskNextAction.h"

#include <QCoreApplication>

namespace calldeck {

QString TaskNextAction::keyFor(TaskStatus status, bool resolved)
{
    if (resolved) {
        return QStringLiteral("resolved");
    }
    switch (status) {
    case TaskStatus::Pending:
        return QStringLiteral("plan");
    case TaskStatus::Preparing:
    case TaskStatus::InProgress:
        return QStringLiteral("wait");
    case TaskStatus::WaitingForUser:
        return QStringLiteral("answer_questions");
    case TaskStatus::ReadyToCall:
        return QStringLiteral("call");
    case TaskStatus::Completed:
        return QStringLiteral("review");
    case TaskStatus::Failed:
        return QStringLiteral("retry");
    case TaskStatus::Cancelled:
        return QStringLiteral("none");
    }
    return QStringLiteral("none");
}

QString TaskNextAction::label(const QString& key)
{
    if (key == QLatin1String("plan")) {
        return QCoreApplication::translate("calldeck::TaskNextAction", "Plan the task");
    }
    if (key == QLatin1String("wait")) {
        return QCoreApplication::translate("calldeck::TaskNextAction", "Working on it");
    }
    if (key == QLatin1String("answer_questions")) {
        return QCoreApplication::translate("calldeck::TaskNextAction", "Waiting for you");
    }
    if (key == QLatin1String("call")) {
        return QCoreApplication::translate("calldeck::TaskNextAction", "Ready to call");
    }
    if (key == QLatin1String("review")) {
        return QCoreApplication::translate("calldeck::TaskNextAction", "Review the result");
    }
    if (key == QLatin1String("retry")) {
        return QCoreApplication::translate("calldeck::TaskNextAction", "Retry or follow up");
    }
    if (key == QLatin1String("resolved")) {
        return QCoreApplication::translate("calldeck::TaskNextAction", "Resolved");
    }
    if (key == QLatin1String("none")) {
        return QCoreApplication::translate("calldeck::TaskNextAction", "Nothing");
    }
    return key;
}

} // namespace calldeck
