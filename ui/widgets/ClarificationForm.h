#pragma once

#include "tasks/CallTask.h"

#include <QMap>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace calldeck {

class FieldWithError;

/// The questions of a task waiting for the user (PRODUCT T1, seed 002 §6.1): one field per
/// missing-information question and an "Answer" button. It only collects the answers; whoever
/// owns it hands them to TaskPlanner::answerClarifications and reports back with setError().
class ClarificationForm : public QWidget
{
    Q_OBJECT
public:
    explicit ClarificationForm(QWidget* parent = nullptr);

    /// Builds one field per missing question of `task`; a task with none leaves the form empty.
    void setTask(const CallTask& task);
    /// The task the questions belong to; 0 when none.
    [[nodiscard]] qint64 taskId() const { return m_taskId; }
    /// The editor for the MissingInfo `key`; null when the task does not ask for it.
    [[nodiscard]] QLineEdit* field(const QString& key) const;
    /// The error shown next to the field for `key` ("" when none).
    [[nodiscard]] QString fieldError(const QString& key) const;
    [[nodiscard]] QPushButton* answerButton() const { return m_answer; }
    /// The refusal shown: under the form, or next to the field when there is one question ("" when none).
    [[nodiscard]] QString errorText() const;

    /// Shows why the answers were refused (the planner's message) and enables the form again.
    void setError(const QString& message);
    /// Disables the form while the answers are being saved.
    void setBusy(bool busy);

Q_SIGNALS:
    /// Every question has an answer; `answers` by MissingInfo key.
    void answered(qint64 taskId, const QMap<QString, QString>& answers);

private:
    void submit();

    qint64 m_taskId = 0;
    QLabel* m_intro = nullptr;
    QFormLayout* m_fields = nullptr;
    QMap<QString, FieldWithError*> m_byKey;
    QLabel* m_error = nullptr;
    QPushButton* m_answer = nullptr;
};

} // namespace calldeck
