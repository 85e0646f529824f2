#pragma once

#include "script/ScriptRun.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QGroupBox;
class QLabel;
class QVBoxLayout;

namespace calldeck {

/// What one milestone asks for (PRODUCT S1, S4): its required questions and confirmations as
/// checkboxes and its required fields as editors that fit their type (number, yes/no, choice,
/// text). Sensitive fields show "•••" in privacy mode. It stores nothing: every change is a signal
/// and the page passes it to the ScriptHub.
class MilestoneChecklistForm : public QWidget
{
    Q_OBJECT
public:
    explicit MilestoneChecklistForm(QWidget* parent = nullptr);

    /// Shows `milestone` with the values of `response`. The same milestone again only refreshes
    /// values, leaving the editor the agent is typing in alone.
    void showMilestone(const ScriptMilestone& milestone, const MilestoneResponse& response);
    void setEditable(bool editable);
    void setMasked(bool masked);

    [[nodiscard]] int milestone() const { return m_milestone.number; }
    [[nodiscard]] QList<QCheckBox*> questionBoxes() const { return m_questions; }
    [[nodiscard]] QList<QCheckBox*> confirmationBoxes() const { return m_confirmations; }
    /// Questions, field editors and confirmations in the order they are shown (for the tab order).
    [[nodiscard]] QList<QWidget*> focusChain() const;
    /// The editor of field `key` (QSpinBox, QComboBox or QLineEdit), or null.
    [[nodiscard]] QWidget* fieldEditor(const QString& key) const;
    /// The value field `key` shows ("" when empty), as it would be stored.
    [[nodiscard]] QString fieldValue(const QString& key) const;
    /// Sets field `key` as if the agent edited it (used by keyboard-free callers and tests).
    void editField(const QString& key, const QString& value);

Q_SIGNALS:
    void questionToggled(int milestone, int index, bool checked);
    void confirmationToggled(int milestone, int index, bool checked);
    void fieldEdited(int milestone, const QString& key, const QString& value);

private:
    struct FieldRow
    {
        ScriptField field;
        QWidget* editor = nullptr;
        QLabel* mask = nullptr;
    };

    void rebuild(const ScriptMilestone& milestone);
    void setValues(const MilestoneResponse& response);
    QWidget* makeEditor(const ScriptField& field);
    void setEditorValue(const FieldRow& row, const QString& value);
    void commitField(const QString& key);

    ScriptMilestone m_milestone;
    QList<QCheckBox*> m_questions;
    QList<QCheckBox*> m_confirmations;
    QList<FieldRow> m_fields;
    QGroupBox* m_questionGroup = nullptr;
    QGroupBox* m_fieldGroup = nullptr;
    QGroupBox* m_confirmationGroup = nullptr;
    bool m_masked = false;
    bool m_editable = true;
};

} // namespace calldeck
