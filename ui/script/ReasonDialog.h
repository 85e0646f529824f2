#pragma once

#include "script/Script.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace calldeck {

/// Asks why (a skip, a step back, a supervisor override): OK stays disabled until a reason is
/// typed, because every one of these decisions is logged with its reason (PRODUCT S3).
/// With milestones it also asks where to go (supervisor override).
class ReasonDialog : public QDialog
{
    Q_OBJECT
public:
    ReasonDialog(const QString& title, const QString& question, QWidget* parent = nullptr);

    /// Adds a "Move to" chooser with these milestones, preselecting `current`.
    void offerMilestones(const QList<ScriptMilestone>& milestones, int current);
    [[nodiscard]] QString reason() const;
    /// The chosen milestone (0 without a chooser).
    [[nodiscard]] int milestone() const;

private:
    QLabel* m_question = nullptr;
    QComboBox* m_milestones = nullptr;
    QLineEdit* m_reason = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace calldeck
