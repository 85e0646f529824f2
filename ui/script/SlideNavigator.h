#pragma once

#include "script/Script.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace calldeck {

/// Prev / position / next over the current milestone's slides, and "Present (F5)" to open the
/// presentation window (PRODUCT S7 slide navigator). Starts at the first slide of each milestone.
class SlideNavigator : public QWidget
{
    Q_OBJECT
public:
    explicit SlideNavigator(QWidget* parent = nullptr);

    /// A new milestone starts at its first slide; the same one keeps its position.
    void showMilestone(const ScriptMilestone* milestone);
    [[nodiscard]] int index() const { return m_index; }
    [[nodiscard]] QString positionText() const;

public Q_SLOTS:
    /// Shows slide `index` (clamped) and announces it.
    void setIndex(int index);
    void next() { setIndex(m_index + 1); }
    void previous() { setIndex(m_index - 1); }

Q_SIGNALS:
    void slideChanged(const calldeck::ScriptMilestone& milestone, int index);
    void presentRequested();

private:
    ScriptMilestone m_milestone;
    bool m_hasMilestone = false;
    int m_index = 0;
    QPushButton* m_previous = nullptr;
    QLabel* m_position = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_present = nullptr;
};

} // namespace calldeck
