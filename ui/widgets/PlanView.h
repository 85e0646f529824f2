#pragma once

#include "tasks/CallTask.h"

#include <QWidget>

class QLabel;

namespace calldeck {

/// Shows a planned task read-only (PRODUCT T1, seed 002 §3.1): its status, the planner's notices
/// ("No AI is configured ...") and the plan: goal, contact, steps, questions, information to obtain,
/// success conditions, constraints, preferences, maximum price and what is still missing.
class PlanView : public QWidget
{
    Q_OBJECT
public:
    explicit PlanView(QWidget* parent = nullptr);

    /// Shows `task` and its plan; a task without a plan shows only its status.
    void setTask(const CallTask& task);
    /// Shows nothing.
    void clear();

    /// The status line as shown ("Ready to call").
    [[nodiscard]] QString statusText() const;
    /// The notices as shown, one per line.
    [[nodiscard]] QString noticesText() const;
    /// The plan as plain text, for tests and copying.
    [[nodiscard]] QString planText() const;

private:
    QLabel* m_status = nullptr;
    QLabel* m_notices = nullptr;
    QLabel* m_plan = nullptr;
};

} // namespace calldeck
