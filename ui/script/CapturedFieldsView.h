#pragma once

#include "script/ScriptRun.h"

#include <QGroupBox>

class QLabel;

namespace calldeck {

/// "Captured so far" on the live page: the values recorded in the milestones before the current
/// one, by a person or the AI agent, so what the prospect already said stays in view once its
/// milestone is done. Client-sensitive values show the mask in privacy mode.
class CapturedFieldsView : public QGroupBox
{
    Q_OBJECT
public:
    explicit CapturedFieldsView(QWidget* parent = nullptr);

    /// Shows the fields of every milestone of `run` other than the current one; hides itself when none.
    void showRun(const ScriptRunView& run, bool masked);
    /// The rows as shown, "M2 Client count: 620", top to bottom.
    [[nodiscard]] QStringList rows() const { return m_rows; }

private:
    QLabel* m_text = nullptr;
    QStringList m_rows;
};

} // namespace calldeck
