#pragma once

#include "tasks/CallTask.h"

#include <QDockWidget>

class QAction;
class QLabel;
class QProgressBar;
class QTabWidget;

namespace calldeck {

class AttestationPanel;
class ClarificationForm;
class InstructionForm;
class ManualCallForm;
class PlanView;
class Store;
class TaskPlanner;

/// The composer (PRODUCT T1–T3): a call task from a sentence or from the manual form, the plan the
/// planner made of it, the clarification questions while it waits for the user, and the
/// attestation that enables "Call now". It places no call itself: callRequested() goes to the queue.
class ComposerDock : public QDockWidget
{
    Q_OBJECT
public:
    ComposerDock(Store& store, TaskPlanner& planner, QWidget* parent = nullptr);

    /// Region for numbers typed without a country code (the profile's).
    void setDefaultRegion(const QString& region);

    /// The user's time zone (users.time_zone): both schedule pickers show and read times in it.
    void setProfileTimeZone(const QString& ianaId);

    /// "Compose call" (Ctrl+N): shows the panel and puts the cursor in the instruction.
    [[nodiscard]] QAction* showAction() const { return m_showAction; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] InstructionForm* instructionForm() const { return m_instruction; }
    [[nodiscard]] ManualCallForm* manualForm() const { return m_manual; }
    [[nodiscard]] PlanView* planView() const { return m_plan; }
    [[nodiscard]] ClarificationForm* clarificationForm() const { return m_clarification; }
    [[nodiscard]] AttestationPanel* attestationPanel() const { return m_attestation; }
    /// True while a task is being planned or answered.
    [[nodiscard]] bool isWorking() const;
    /// The task shown below the forms; id 0 when none.
    [[nodiscard]] const CallTask& currentTask() const { return m_task; }
    /// The last planning or answering failure ("" when none).
    [[nodiscard]] QString errorText() const;

public Q_SLOTS:
    /// Shows the panel and focuses the instruction.
    void showAndFocus();
    /// Shows `task` below the forms: plan, questions when it waits for the user, attestation.
    void showTask(const calldeck::CallTask& task);
    /// Shows the manual call form with `number` filled in (a click-to-call link): the user
    /// completes it, signs and presses Call now; nothing is dialled from here.
    void showManualCall(const QString& number);

Q_SIGNALS:
    /// "Call now" on an attested, ready task.
    void callRequested(qint64 taskId);
    /// A one-line status for the status bar.
    void statusMessage(const QString& message);

private:
    void plan(const CallTask& task);
    void answer(qint64 taskId, const QMap<QString, QString>& answers);
    void setWorking(const QString& what);
    /// Reads users.time_zone and hands it to the schedule pickers.
    void loadProfileTimeZone();

    Store& m_store;
    TaskPlanner& m_planner;
    CallTask m_task;
    QAction* m_showAction = nullptr;
    QTabWidget* m_tabs = nullptr;
    InstructionForm* m_instruction = nullptr;
    ManualCallForm* m_manual = nullptr;
    QWidget* m_progress = nullptr;
    QLabel* m_progressLabel = nullptr;
    QLabel* m_error = nullptr;
    PlanView* m_plan = nullptr;
    ClarificationForm* m_clarification = nullptr;
    AttestationPanel* m_attestation = nullptr;
};

} // namespace calldeck
