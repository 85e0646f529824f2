#include "TaskListModel.h"

#include "models/MicrosText.h"
#include "tasks/TaskNextAction.h"

#include <QLocale>

namespace calldeck {

qint64 TaskHistoryRow::costMicros() const
{
    qint64 total = 0;
    for (const RecentCall& session : sessions) {
        total += session.costMicros;
    }
    return total;
}

TaskListModel::TaskListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int TaskListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TaskListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const TaskHistoryRow& row = m_rows.at(index.row());
    const CallTask& task = row.task;
    if (role == TaskIdRole) {
        return task.id;
    }
    if (role == Qt::TextAlignmentRole) {
        return index.column() == AttemptsColumn || index.column() == CostColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && index.column() == GoalColumn) {
        return task.rawInstruction.isEmpty() ? goalText(task) : task.rawInstruction;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case CreatedColumn:
        return QLocale().toString(task.createdAtUtc.toLocalTime(), QLocale::ShortFormat);
    case ContactColumn:
        return contactText(task);
    case GoalColumn:
        return goalText(task);
    case StatusColumn:
        return TaskStatusNames::label(task.status);
    case NextActionColumn:
        return nextActionText(task);
    case GoalAchievedColumn:
        return task.goalAchieved.has_value() ? (*task.goalAchieved ? tr("Yes") : tr("No")) : QString();
    case AttemptsColumn:
        return static_cast<int>(row.sessions.size());
    case CostColumn:
        return row.sessions.isEmpty() ? QString() : MicrosText::format(row.costMicros(), 3);
    default:
        return {};
    }
}

QVariant TaskListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case CreatedColumn:
        return tr("Created");
    case ContactColumn:
        return tr("Contact");
    case GoalColumn:
        return tr("Goal");
    case StatusColumn:
        return tr("Status");
    case NextActionColumn:
        return tr("Next action");
    case GoalAchievedColumn:
        return tr("Goal achieved");
    case AttemptsColumn:
        return tr("Attempts");
    case CostColumn:
        return tr("Cost");
    default:
        return {};
    }
}

void TaskListModel::setRows(const QList<TaskHistoryRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

TaskHistoryRow TaskListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : TaskHistoryRow{};
}

int TaskListModel::rowOfTask(qint64 taskId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).task.id == taskId) {
            return row;
        }
    }
    return -1;
}

int TaskListModel::rowOfSession(qint64 sessionId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        for (const RecentCall& session : m_rows.at(row).sessions) {
            if (session.sessionId == sessionId) {
                return row;
            }
        }
    }
    return -1;
}

QString TaskListModel::nextActionText(const CallTask& task)
{
    // Tasks the engine made for ad-hoc calls carry no stored key; their status says it.
    const QString key = task.isResolved() || task.nextAction.isEmpty()
                            ? TaskNextAction::keyFor(task.status, task.isResolved())
                            : task.nextAction;
    return TaskNextAction::label(key);
}

QString TaskListModel::contactText(const CallTask& task)
{
    const QString who = !task.contactName.isEmpty() ? task.contactName : task.company;
    if (who.isEmpty()) {
        return task.phoneE164;
    }
    return task.phoneE164.isEmpty() ? who : tr("%1 (%2)").arg(who, task.phoneE164);
}

QString TaskListModel::goalText(const CallTask& task)
{
    if (task.plan.has_value() && !task.plan->goal.isEmpty()) {
        return task.plan->goal;
    }
    return !task.objective.isEmpty() ? task.objective : task.title;
}

} // namespace calldeck
