#pragma once

#include "script/ScriptRun.h"

#include <QList>
#include <QWidget>

class QToolButton;

namespace calldeck {

/// The row M1 … M7 under the milestone header: each step shows whether it is done, skipped,
/// current or not started, and a click asks to go there (the page decides whether it may).
class MilestoneStepStrip : public QWidget
{
    Q_OBJECT
public:
    explicit MilestoneStepStrip(QWidget* parent = nullptr);

    /// Rebuilds the steps for `run` (its script's milestones, its responses, its current one).
    void showRun(const ScriptRunView& run);
    /// The state a step shows ("done", "skipped", "current", "not started"), for tests and tooltips.
    [[nodiscard]] QString stepState(int milestone) const;
    [[nodiscard]] int stepCount() const { return static_cast<int>(m_buttons.size()); }

Q_SIGNALS:
    void milestoneClicked(int milestone);

private:
    QList<QToolButton*> m_buttons;
};

} // namespace calldeck
