#pragma once

#include "postcall/DashboardFigures.h"
#include "tasks/CallTask.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace calldeck {

/// One task of the history list with its call attempts (newest first).
struct TaskHistoryRow
{
    CallTask task;
    QList<RecentCall> sessions;

    /// Sum of the attempts' costs in micro-dollars.
    [[nodiscard]] qint64 costMicros() const;
};

/// The history's task list (PRODUCT T6/T9, seed 002 §5.2): created, contact or number, goal,
/// status, next action, goal achieved, attempts and cost.
class TaskListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        CreatedColumn,
        ContactColumn,
        GoalColumn,
        StatusColumn,
        NextActionColumn,
        GoalAchievedColumn,
        AttemptsColumn,
        CostColumn,
        ColumnCount
    };
    static constexpr int TaskIdRole = Qt::UserRole + 1;

    explicit TaskListModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setRows(const QList<TaskHistoryRow>& rows);
    [[nodiscard]] TaskHistoryRow rowAt(int row) const;
    /// −1 when the task is not listed.
    [[nodiscard]] int rowOfTask(qint64 taskId) const;
    /// The row of the task that owns `sessionId`; −1 when none is listed.
    [[nodiscard]] int rowOfSession(qint64 sessionId) const;

    /// Who a task calls, in words: contact, company or number.
    static QString contactText(const CallTask& task);
    /// The "next action" label: the stored key, else the one its status implies.
    static QString nextActionText(const CallTask& task);
    /// What the task is to achieve: the plan's goal, else the objective, else the title.
    static QString goalText(const CallTask& task);

private:
    QList<TaskHistoryRow> m_rows;
};

} // namespace calldeck
