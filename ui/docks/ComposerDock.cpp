#include "docks/ComposerDock.h"

#include "core/FutureWatch.h"
#include "store/ProfileRepository.h"
#include "store/Store.h"
#include "tasks/AiPlanner.h" // QPointer<AiPlanner> inside TaskPlanner needs the complete type
#include "tasks/TaskPlanner.h"
#include "widgets/AttestationPanel.h"
#include "widgets/ClarificationForm.h"
#include "widgets/InstructionForm.h"
#include "widgets/ManualCallForm.h"
#include "widgets/PhoneNumberEdit.h"
#include "widgets/PlanView.h"
#include "widgets/ScheduleEdit.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace calldeck {

ComposerDock::ComposerDock(Store& store, TaskPlanner& planner, QWidget* parent)
    : QDockWidget(tr("Compose"), parent),
      m_store(store),
      m_planner(planner),
      m_tabs(new QTabWidget(this)),
      m_instruction(new InstructionForm(store, this)),
      m_manual(new ManualCallForm(store, this)),
      m_progress(new QWidget(this)),
      m_progressLabel(new QLabel(this)),
      m_error(new QLabel(this)),
      m_plan(new PlanView(this)),
      m_clarification(new ClarificationForm(this)),
      m_attestation(new AttestationPanel(store, this))
{
    setObjectName(QStringLiteral("composerDock"));
    m_tabs->setObjectName(QStringLiteral("composerTabs"));
    m_tabs->addTab(m_instruction, tr("From a sentence"));
    m_tabs->addTab(m_manual, tr("Manual call"));

    auto* bar = new QProgressBar(m_progress);
    bar->setRange(0, 0); // busy: planning has no measurable progress
    bar->setMaximumHeight(bar->fontMetrics().height());
    bar->setTextVisible(false);
    auto* progressLayout = new QHBoxLayout(m_progress);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progressLabel);
    progressLayout->addWidget(bar, 1);
    m_progress->setObjectName(QStringLiteral("composerProgress"));
    m_progress->setVisible(false);
    m_error->setObjectName(QStringLiteral("composerError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setVisible(false);
    m_clarification->setVisible(false);
    m_attestation->setVisible(false);

    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->addWidget(m_tabs);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addWidget(line);
    layout->addWidget(m_plan);
    layout->addWidget(m_clarification);
    layout->addWidget(m_attestation);
    layout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The forms wrap and shrink; scrolling sideways would hide the right edge of every field.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(body);
    // Without sideways scrolling the dock must never get narrower than the forms can shrink to.
    scroll->setMinimumWidth(body->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());
    setWidget(scroll);

    m_showAction = new QAction(tr("&Compose Call"), this);
    m_showAction->setObjectName(QStringLiteral("showComposerAction"));
    m_showAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_showAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_showAction, &QAction::triggered, this, &ComposerDock::showAndFocus);

    connect(m_instruction, &InstructionForm::taskCreated, this, &ComposerDock::plan);
    connect(m_manual, &ManualCallForm::taskCreated, this, [this](const CallTask& task) {
        showTask(task);
        Q_EMIT statusMessage(tr("Task #%1: sign the attestation, then press Call now.").arg(task.id));
    });
    connect(m_clarification, &ClarificationForm::answered, this, &ComposerDock::answer);
    connect(m_attestation, &AttestationPanel::callRequested, this, &ComposerDock::callRequested);
    // Other parts (the queue, the CLI through the store) may move the task on; keep what is shown true.
    connect(&m_planner, &TaskPlanner::taskChanged, this, [this](const CallTask& task) {
        if (task.id == m_task.id && m_task.id != 0) {
            showTask(task);
        }
    });
    loadProfileTimeZone();
}

void ComposerDock::loadProfileTimeZone()
{
    const auto pending = m_store.run([](QSqlDatabase& db) { return ProfileRepository(db).profile(); });
    whenFinished(this, pending, [this](const Result<UserProfile>& profile) {
        if (profile.ok()) {
            setProfileTimeZone(profile.value().timeZone);
        }
    });
}

void ComposerDock::setProfileTimeZone(const QString& ianaId)
{
    m_instruction->scheduleEdit()->setProfileTimeZone(ianaId);
    m_manual->scheduleEdit()->setProfileTimeZone(ianaId);
}

void ComposerDock::setDefaultRegion(const QString& region)
{
    m_instruction->setDefaultRegion(region);
    m_manual->setDefaultRegion(region);
    m_planner.setRegion(region);
}

bool ComposerDock::isWorking() const
{
    return !m_progress->isHidden();
}

QString ComposerDock::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ComposerDock::showAndFocus()
{
    // The profile may have changed in the settings since the panel was last shown.
    loadProfileTimeZone();
    show();
    raise();
    m_tabs->setCurrentWidget(m_instruction);
    m_instruction->instructionEdit()->setFocus(Qt::ShortcutFocusReason);
}

void ComposerDock::showManualCall(const QString& number)
{
    show();
    raise();
    m_tabs->setCurrentWidget(m_manual);
    m_manual->phoneEdit()->setText(number);
    // Typed-in rules apply (vanity letters, formatting) as if the user had typed the number.
    Q_EMIT m_manual->phoneEdit()->textEdited(number);
    m_manual->contactNameEdit()->setFocus(Qt::OtherFocusReason);
}

void ComposerDock::showTask(const CallTask& task)
{
    m_task = task;
    m_plan->setTask(task);
    const bool waiting =
        task.status == TaskStatus::WaitingForUser && task.plan.has_value() && !task.plan->missingInfo.isEmpty();
    if (waiting && m_clarification->taskId() != task.id) {
        m_clarification->setTask(task);
    } else if (waiting) {
        m_clarification->setBusy(false);
    }
    m_clarification->setVisible(waiting);
    m_attestation->setTask(task);
    m_attestation->setVisible(true);
}

void ComposerDock::plan(const CallTask& task)
{
    showTask(task);
    setWorking(tr("Planning the call…"));
    whenFinished(this, m_planner.plan(task.id), [this](const Result<CallTask>& planned) {
        setWorking({});
        m_instruction->setBusy(false);
        if (!planned.ok()) {
            m_error->setText(planned.error().message);
            m_error->setVisible(true);
            return;
        }
        showTask(planned.value());
        Q_EMIT statusMessage(tr("Task #%1: %2")
                                 .arg(planned.value().id)
                                 .arg(TaskStatusNames::label(planned.value().status)));
    });
}

void ComposerDock::answer(qint64 taskId, const QMap<QString, QString>& answers)
{
    setWorking(tr("Saving your answers…"));
    whenFinished(this, m_planner.answerClarifications(taskId, answers), [this](const Result<CallTask>& answered) {
        setWorking({});
        if (!answered.ok()) {
            m_clarification->setError(answered.error().message);
            return;
        }
        // A fresh form for the questions that are still open (if any) once the answers are in.
        m_clarification->setTask(answered.value());
        showTask(answered.value());
    });
}

void ComposerDock::setWorking(const QString& what)
{
    m_progressLabel->setText(what);
    m_progress->setVisible(!what.isEmpty());
    if (!what.isEmpty()) {
        m_error->setVisible(false);
    }
}

} // namespace calldeck
