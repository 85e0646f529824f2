#pragma once

#include "script/ScriptRun.h"
#include "script/ScriptRunService.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTimer;

namespace calldeck {

class CallStatusLine;
class CapturedFieldsView;
struct CallSnapshot;
class MilestoneChecklistForm;
class RunActivityView;
class SlideNavigator;
class MilestoneStepStrip;
class NotesEditor;
class ScriptHub;

/// The live page of the Script panel (PRODUCT S3, S4, S7): the current milestone with its
/// objective and a timer against its estimate, what it asks for, the notes, progress "2/7" with
/// the step strip, Previous / Skip / Next, the supervisor override, open objections and the log of
/// skips and overrides. Every action goes through the ScriptHub; the page shows whatever run the
/// hub announces, so an AI agent's progress appears as it happens.
class ScriptLivePage : public QWidget
{
    Q_OBJECT
public:
    explicit ScriptLivePage(ScriptHub& hub, QWidget* parent = nullptr);

    /// Shows `run` (a newer state of the same run refreshes in place).
    void showRun(const ScriptRunView& run);
    [[nodiscard]] const ScriptRunView& run() const { return m_run; }
    /// "agent:Alex Morgan" for the person at the desk; the override uses "supervisor:<name>".
    void setActor(const QString& actor, const QString& supervisorName);
    void setMasked(bool masked);
    /// The call's line under the header ("Sandbox · ringing", or why it could not be placed).
    void setCallStatus(const QString& text, bool problem = false);
    /// Follows the run's call: "● Live · offline agent · 01:23 · sandbox line".
    void showCall(const CallSnapshot& call);
    [[nodiscard]] CallStatusLine* callStatus() const { return m_callStatus; }
    [[nodiscard]] CapturedFieldsView* captured() const { return m_captured; }

    [[nodiscard]] MilestoneChecklistForm* form() const { return m_form; }
    [[nodiscard]] NotesEditor* notes() const { return m_notes; }
    [[nodiscard]] MilestoneStepStrip* steps() const { return m_steps; }
    [[nodiscard]] QString milestoneText() const;
    [[nodiscard]] QString progressText() const;
    [[nodiscard]] QString timerText() const;
    [[nodiscard]] QString messageText() const;
    [[nodiscard]] QString headerText() const;
    [[nodiscard]] RunActivityView* activity() const { return m_activity; }
    [[nodiscard]] SlideNavigator* slides() const { return m_slides; }
    [[nodiscard]] QPushButton* nextButton() const { return m_next; }
    [[nodiscard]] QPushButton* previousButton() const { return m_previous; }
    [[nodiscard]] QPushButton* skipButton() const { return m_skip; }
    [[nodiscard]] int slideIndex() const;
    [[nodiscard]] bool isBusy() const { return m_pending > 0; }

public Q_SLOTS:
    /// Completes the current milestone (the last one also completes the run).
    void next();
    /// Flexible: back to the milestone before, asking why. Strict: says that it needs an override.
    void previous();
    /// Flexible: skips the current milestone, asking why.
    void skip();
    /// Supervisor override to any milestone, asking where and why (any mode).
    void overrideMilestone();
    /// Shows slide `index` of the current milestone (clamped).
    void setSlide(int index);

Q_SIGNALS:
    void objectionRequested();
    void objectionOpenRequested(const calldeck::ObjectionRecord& objection);
    /// The presenter wants the slide window.
    void presentRequested();
    /// The slide shown changed (milestone, index), for the slide window.
    void slideChanged(const calldeck::ScriptMilestone& milestone, int index);
    /// The run ended and the agent wants to prepare the next call.
    void newCallRequested();

private:
    void runOp(const std::function<Result<ScriptRunView>(ScriptRunService&)>& op, const QString& failurePrefix = {});
    void askReason(const QString& title, const QString& question, const std::function<void(const QString&)>& then);
    void goToMilestone(int milestone);
    void updateTimer();
    void updateTabOrder();
    void updateButtons();
    void showMessage(const QString& text, bool problem);
    [[nodiscard]] const ScriptMilestone* current() const;
    [[nodiscard]] int neighbour(int step) const;
    [[nodiscard]] bool isLive() const;

    ScriptHub& m_hub;
    ScriptRunView m_run;
    QString m_actor;
    QString m_supervisor;
    bool m_masked = false;
    int m_shownMilestone = 0;
    int m_pending = 0;

    QLabel* m_header = nullptr;
    CallStatusLine* m_callStatus = nullptr;
    MilestoneStepStrip* m_steps = nullptr;
    QLabel* m_progress = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_objective = nullptr;
    QLabel* m_timer = nullptr;
    MilestoneChecklistForm* m_form = nullptr;
    CapturedFieldsView* m_captured = nullptr;
    NotesEditor* m_notes = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_skip = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_objection = nullptr;
    QPushButton* m_override = nullptr;
    SlideNavigator* m_slides = nullptr;
    QPushButton* m_newCall = nullptr;
    RunActivityView* m_activity = nullptr;
    QTimer* m_clock = nullptr;
};

} // namespace calldeck
