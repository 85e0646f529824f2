#include "ScriptLivePage.h"

#include "CallStatusLine.h"
#include "CapturedFieldsView.h"
#include "MilestoneChecklistForm.h"
#include "MilestoneStepStrip.h"
#include "NotesEditor.h"
#include "PrivacyMask.h"
#include "ReasonDialog.h"
#include "RunActivityView.h"
#include "SlideNavigator.h"
#include "core/FutureWatch.h"
#include "script/ScriptHub.h"
#include "store/Store.h" // ScriptHub keeps a QPointer<Store>

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace calldeck {

namespace {

QString clockText(qint64 seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60, 2, 10, QLatin1Char('0')).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

ScriptLivePage::ScriptLivePage(ScriptHub& hub, QWidget* parent)
    : QWidget(parent),
      m_hub(hub),
      m_header(new QLabel(this)),
      m_callStatus(new CallStatusLine(this)),
      m_steps(new MilestoneStepStrip(this)),
      m_progress(new QLabel(this)),
      m_title(new QLabel(this)),
      m_objective(new QLabel(this)),
      m_timer(new QLabel(this)),
      m_form(new MilestoneChecklistForm(this)),
      m_captured(new CapturedFieldsView(this)),
      m_notes(new NotesEditor(ScriptRunService::kMaxNotesLength, this)),
      m_message(new QLabel(this)),
      m_slides(new SlideNavigator(this)),
      m_activity(new RunActivityView(this)),
      m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("scriptLivePage"));
    m_header->setObjectName(QStringLiteral("liveHeader"));
    m_header->setStyleSheet(QStringLiteral("font-weight:bold;"));
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setStyleSheet(QStringLiteral("font-weight:bold;font-size:15px;"));
    m_title->setObjectName(QStringLiteral("milestoneTitle"));
    m_title->setStyleSheet(QStringLiteral("font-size:18px;font-weight:bold;"));
    m_title->setWordWrap(true);
    m_objective->setObjectName(QStringLiteral("milestoneObjective"));
    m_objective->setWordWrap(true);
    m_timer->setObjectName(QStringLiteral("milestoneTimer"));
    m_timer->setToolTip(tr("Time in this milestone against its estimate"));
    m_message->setObjectName(QStringLiteral("liveMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_previous = new QPushButton(tr("◀ &Previous"), this);
    m_previous->setObjectName(QStringLiteral("previousMilestone"));
    m_previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_skip = new QPushButton(tr("S&kip…"), this);
    m_skip->setObjectName(QStringLiteral("skipMilestone"));
    m_next = new QPushButton(tr("&Next ▶"), this);
    m_next->setObjectName(QStringLiteral("nextMilestone"));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_next->setStyleSheet(QStringLiteral("QPushButton{font-weight:bold;padding:4px 14px;}"));
    m_objection = new QPushButton(tr("⚑ &Objection"), this);
    m_objection->setObjectName(QStringLiteral("raiseObjection"));
    m_objection->setToolTip(tr("Open the objection flow (Ctrl+Shift+O, from anywhere)"));
    m_objection->setStyleSheet(QStringLiteral("QPushButton{color:#8a1c1c;font-weight:bold;}"));
    m_override = new QPushButton(tr("O&verride…"), this);
    m_override->setObjectName(QStringLiteral("supervisorOverride"));
    m_override->setToolTip(tr("Supervisor: move the run to any milestone, with a logged reason"));
    m_newCall = new QPushButton(tr("Prepare the next call"), this);
    m_newCall->setObjectName(QStringLiteral("newCall"));
    m_newCall->hide();

    auto* header = new QHBoxLayout;
    header->addWidget(m_header, 1);
    header->addWidget(m_progress);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_timer);
    auto* nav = new QHBoxLayout;
    nav->addWidget(m_previous);
    nav->addWidget(m_skip);
    nav->addStretch(1);
    nav->addWidget(m_next);
    auto* tools = new QHBoxLayout;
    tools->addWidget(m_objection);
    tools->addWidget(m_override);
    tools->addStretch(1);
    tools->addWidget(m_slides);

    auto* notesBox = new QGroupBox(tr("Notes"), this);
    auto* notesLayout = new QVBoxLayout(notesBox);
    notesLayout->addWidget(m_notes);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_callStatus);
    layout->addWidget(m_steps);
    layout->addLayout(titleRow);
    layout->addWidget(m_objective);
    layout->addWidget(m_form);
    layout->addWidget(m_captured);
    layout->addWidget(notesBox);
    layout->addWidget(m_message);
    layout->addLayout(nav);
    layout->addLayout(tools);
    layout->addWidget(m_activity);
    layout->addWidget(m_newCall);
    layout->addStretch(1);

    connect(m_next, &QPushButton::clicked, this, &ScriptLivePage::next);
    connect(m_previous, &QPushButton::clicked, this, &ScriptLivePage::previous);
    connect(m_skip, &QPushButton::clicked, this, &ScriptLivePage::skip);
    connect(m_override, &QPushButton::clicked, this, &ScriptLivePage::overrideMilestone);
    connect(m_objection, &QPushButton::clicked, this, &ScriptLivePage::objectionRequested);
    connect(m_slides, &SlideNavigator::presentRequested, this, &ScriptLivePage::presentRequested);
    connect(m_slides, &SlideNavigator::slideChanged, this, &ScriptLivePage::slideChanged);
    connect(m_newCall, &QPushButton::clicked, this, &ScriptLivePage::newCallRequested);
    connect(m_steps, &MilestoneStepStrip::milestoneClicked, this, &ScriptLivePage::goToMilestone);
    connect(m_activity, &RunActivityView::objectionActivated, this, &ScriptLivePage::objectionOpenRequested);
    connect(m_form, &MilestoneChecklistForm::questionToggled, this, [this](int milestone, int index, bool checked) {
        const qint64 id = m_run.id;
        const QString actor = m_actor;
        runOp([=](ScriptRunService& s) { return s.checkQuestion(id, milestone, index, checked, actor); });
    });
    connect(m_form, &MilestoneChecklistForm::confirmationToggled, this, [this](int milestone, int index, bool checked) {
        const qint64 id = m_run.id;
        const QString actor = m_actor;
        runOp([=](ScriptRunService& s) { return s.checkConfirmation(id, milestone, index, checked, actor); });
    });
    connect(m_form, &MilestoneChecklistForm::fieldEdited, this, [this](int milestone, const QString& key, const QString& value) {
        const qint64 id = m_run.id;
        const QString actor = m_actor;
        runOp([=](ScriptRunService& s) { return s.setField(id, milestone, key, value, actor); });
    });
    connect(m_notes, &NotesEditor::saveRequested, this, [this](int milestone, const QString& notes) {
        const qint64 id = m_run.id;
        whenFinished(this, m_hub.apply([=](ScriptRunService& s) { return s.saveNotes(id, milestone, notes); }),
                     [this, milestone, notes](const Result<ScriptRunView>& result) {
                         if (!result.ok()) {
                             m_notes->markFailed(result.error().message);
                             return;
                         }
                         const MilestoneResponse* response = result.value().response(milestone);
                         m_notes->markSaved(milestone, notes, response != nullptr ? response->notesSavedAt : QDateTime{});
                     });
    });
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &ScriptLivePage::updateTimer);
}

void ScriptLivePage::setActor(const QString& actor, const QString& supervisorName)
{
    m_actor = actor;
    m_supervisor = supervisorName;
}

void ScriptLivePage::showRun(const ScriptRunView& run)
{
    const bool otherRun = run.id != m_run.id;
    m_run = run;
    const ScriptMilestone* milestone = current();
    if (otherRun) {
        showMessage({}, false);
    }
    QString header = PrivacyMask::apply(run.prospectName, m_masked);
    if (run.threadSeq > 1) {
        header += tr(" · call %1 of the thread").arg(run.threadSeq);
    }
    header += run.mode == ScriptMode::Strict ? tr(" · strict") : tr(" · flexible");
    if (m_masked) {
        header += tr(" · privacy mode");
    }
    m_header->setText(header);
    //: Progress of a run: "2/7" milestones done
    m_progress->setText(tr("%1/%2").arg(run.doneCount()).arg(run.script.milestones.size()));
    m_progress->setToolTip(tr("%1 of %2 milestones done").arg(run.doneCount()).arg(run.script.milestones.size()));
    m_steps->showRun(run);

    if (milestone != nullptr) {
        m_title->setText(tr("M%1 %2").arg(milestone->number).arg(milestone->title));
        m_objective->setText(milestone->objective);
        const MilestoneResponse* response = run.response(milestone->number);
        const MilestoneResponse empty;
        m_form->showMilestone(*milestone, response != nullptr ? *response : empty);
        if (milestone->number != m_shownMilestone) {
            m_notes->flush(); // the notes of the milestone being left are saved first
            m_shownMilestone = milestone->number;
            updateTabOrder();
        }
        m_notes->showNotes(milestone->number, response != nullptr ? response->notes : QString(),
                           response != nullptr ? response->notesSavedAt : QDateTime{});
    } else {
        m_title->setText(tr("Waiting for the run to start"));
        m_objective->clear();
    }
    const bool live = isLive();
    m_form->setEditable(live);
    m_notes->setReadOnly(run.status == ScriptRunStatus::Cancelled);
    if (run.status == ScriptRunStatus::Completed || run.status == ScriptRunStatus::Cancelled) {
        const MilestoneResponse* last = run.script.milestones.isEmpty() ? nullptr : run.response(run.script.milestones.last().number);
        const QString decision = last != nullptr ? last->fields.value(QStringLiteral("decision")) : QString();
        showMessage(run.status == ScriptRunStatus::Completed
                        ? (decision.isEmpty() ? tr("Run completed.") : tr("Run completed — decision: %1").arg(decision))
                        : tr("Run cancelled."),
                    false);
        m_clock->stop();
    } else if (live) {
        m_clock->start();
    }
    m_newCall->setVisible(!live);
    m_slides->showMilestone(milestone);
    updateTimer();
    m_activity->showRun(run, m_masked);
    m_captured->showRun(run, m_masked);
    updateButtons();
}

void ScriptLivePage::updateTabOrder()
{
    // The milestone's widgets are rebuilt per milestone; keep Tab going top to bottom through them.
    QList<QWidget*> chain = m_form->focusChain();
    chain << m_notes->editor() << m_previous << m_skip << m_next << m_objection << m_override;
    for (qsizetype i = 0; i + 1 < chain.size(); ++i) {
        setTabOrder(chain.at(i), chain.at(i + 1));
    }
}

bool ScriptLivePage::isLive() const
{
    return m_run.id != 0 && m_run.status == ScriptRunStatus::InProgress;
}

const ScriptMilestone* ScriptLivePage::current() const
{
    return m_run.script.milestone(m_run.currentMilestone);
}

int ScriptLivePage::neighbour(int step) const
{
    const QList<ScriptMilestone>& all = m_run.script.milestones;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).number == m_run.currentMilestone) {
            const qsizetype j = i + step;
            return (j >= 0 && j < all.size()) ? all.at(j).number : 0;
        }
    }
    return 0;
}

void ScriptLivePage::updateButtons()
{
    const bool live = isLive();
    const bool flexible = m_run.mode == ScriptMode::Flexible;
    const bool busy = m_pending > 0;
    const bool last = neighbour(+1) == 0;
    m_next->setText(last ? tr("&Finish ✓") : tr("&Next ▶"));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_next->setToolTip(last ? tr("Complete the last milestone and the run (Alt+Right)")
                            : tr("Complete this milestone and go to the next (Alt+Right)"));
    m_next->setEnabled(live && !busy);
    m_previous->setEnabled(live && !busy && neighbour(-1) != 0);
    m_previous->setToolTip(flexible ? tr("Go back to the milestone before, with a reason (Alt+Left)")
                                    : tr("Strict mode keeps the order; a supervisor can override (Alt+Left)"));
    m_skip->setVisible(flexible);
    m_skip->setEnabled(live && !busy);
    m_override->setEnabled(live && !busy);
    m_objection->setEnabled(live);
}

void ScriptLivePage::updateTimer()
{
    const ScriptMilestone* milestone = current();
    const MilestoneResponse* response = milestone != nullptr ? m_run.response(milestone->number) : nullptr;
    if (milestone == nullptr || response == nullptr || !response->startedAt.isValid()) {
        m_timer->setText(milestone != nullptr ? tr("--:-- / %1").arg(clockText(milestone->estimatedMinutes * 60LL)) : QString());
        m_timer->setStyleSheet(QString());
        return;
    }
    const QDateTime end = (response->completedAt.isValid() && !isLive()) ? response->completedAt
                          : (isLive() ? QDateTime::currentDateTimeUtc() : (m_run.endedAt.isValid() ? m_run.endedAt : QDateTime::currentDateTimeUtc()));
    const qint64 elapsed_s = std::max<qint64>(0, response->startedAt.secsTo(end));
    const qint64 estimate_s = milestone->estimatedMinutes * 60LL;
    //: Milestone timer: elapsed / estimate, "07:12 / 15:00"
    m_timer->setText(tr("%1 / %2").arg(clockText(elapsed_s), clockText(estimate_s)));
    QString colour = QStringLiteral("#1f2933");
    if (estimate_s > 0 && elapsed_s > estimate_s) {
        colour = QStringLiteral("#b3261e");
    } else if (estimate_s > 0 && elapsed_s * 5 >= estimate_s * 4) {
        colour = QStringLiteral("#b36b00"); // the last fifth of the estimate
    }
    m_timer->setProperty("overdue", estimate_s > 0 && elapsed_s > estimate_s);
    m_timer->setStyleSheet(QStringLiteral("QLabel{font-family:monospace;font-size:16px;font-weight:bold;color:%1;}").arg(colour));
}

void ScriptLivePage::setMasked(bool masked)
{
    m_masked = masked;
    m_form->setMasked(masked);
    m_notes->setMasked(masked);
    if (m_run.id != 0) {
        showRun(m_run);
    }
}

void ScriptLivePage::setCallStatus(const QString& text, bool problem)
{
    m_callStatus->showText(text, problem);
}

void ScriptLivePage::showCall(const CallSnapshot& call)
{
    m_callStatus->showCall(call);
}

void ScriptLivePage::showMessage(const QString& text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("QLabel{color:#b3261e;background:#fdecea;padding:4px;}")
                                     : QStringLiteral("QLabel{color:#1e6b2e;background:#e6f4ea;padding:4px;}"));
    m_message->setVisible(!text.isEmpty());
}

void ScriptLivePage::runOp(const std::function<Result<ScriptRunView>(ScriptRunService&)>& op, const QString& failurePrefix)
{
    ++m_pending;
    updateButtons();
    whenFinished(this, m_hub.apply(op), [this, failurePrefix](const Result<ScriptRunView>& result) {
        --m_pending;
        if (!result.ok()) {
            showMessage(failurePrefix.isEmpty() ? result.error().message : tr("%1 %2").arg(failurePrefix, result.error().message), true);
            showRun(m_run); // put the editors back to what is stored
            return;
        }
        if (result.value().status == ScriptRunStatus::InProgress) {
            showMessage({}, false);
        }
        // runChanged has usually shown it already; a result from a stale hub signal is harmless.
        showRun(result.value());
    });
}

void ScriptLivePage::next()
{
    if (!isLive() || m_pending > 0) {
        return;
    }
    m_notes->flush();
    const qint64 id = m_run.id;
    const int milestone = m_run.currentMilestone;
    const bool last = neighbour(+1) == 0;
    const QString actor = m_actor;
    runOp([=](ScriptRunService& s) -> Result<ScriptRunView> {
        Result<ScriptRunView> done = s.completeMilestone(id, milestone, actor);
        if (!done.ok() || !last) {
            return done;
        }
        return s.complete(id, actor);
    });
}

void ScriptLivePage::previous()
{
    if (!isLive() || m_pending > 0) {
        return;
    }
    const int target = neighbour(-1);
    if (target == 0) {
        return;
    }
    if (m_run.mode == ScriptMode::Strict) {
        showMessage(tr("Strict mode keeps the milestones in order. A supervisor can move the run with Override…"), true);
        return;
    }
    goToMilestone(target);
}

void ScriptLivePage::goToMilestone(int milestone)
{
    if (!isLive() || milestone == m_run.currentMilestone) {
        return;
    }
    if (m_run.mode == ScriptMode::Strict) {
        showMessage(tr("Strict mode keeps the milestones in order. A supervisor can move the run with Override…"), true);
        return;
    }
    const ScriptMilestone* target = m_run.script.milestone(milestone);
    const bool back = milestone < m_run.currentMilestone;
    const QString name = target != nullptr ? tr("M%1 %2").arg(milestone).arg(target->title) : tr("M%1").arg(milestone);
    askReason(back ? tr("Go back") : tr("Jump ahead"),
              back ? tr("Why go back to %1?").arg(name) : tr("Why jump to %1? The milestones between are skipped.").arg(name),
              [this, milestone](const QString& reason) {
                  m_notes->flush();
                  const qint64 id = m_run.id;
                  const QString actor = m_actor;
                  runOp([=](ScriptRunService& s) { return s.goTo(id, milestone, reason, actor); });
              });
}

void ScriptLivePage::skip()
{
    if (!isLive() || m_pending > 0 || m_run.mode != ScriptMode::Flexible) {
        return;
    }
    const ScriptMilestone* milestone = current();
    if (milestone == nullptr) {
        return;
    }
    const int number = milestone->number;
    askReason(tr("Skip milestone"), tr("Why skip M%1 %2?").arg(number).arg(milestone->title),
              [this, number](const QString& reason) {
                  m_notes->flush();
                  const qint64 id = m_run.id;
                  const QString actor = m_actor;
                  runOp([=](ScriptRunService& s) { return s.skipMilestone(id, number, reason, actor); });
              });
}

void ScriptLivePage::overrideMilestone()
{
    if (!isLive() || m_pending > 0) {
        return;
    }
    auto* dialog = new ReasonDialog(tr("Supervisor override"),
                                    tr("Move the run to another milestone. This works in strict mode too and is logged "
                                       "as an override by %1.").arg(m_supervisor),
                                    this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->offerMilestones(m_run.script.milestones, neighbour(+1) != 0 ? neighbour(+1) : m_run.currentMilestone);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_notes->flush();
        const qint64 id = m_run.id;
        const int milestone = dialog->milestone();
        const QString reason = dialog->reason();
        const QString actor = QStringLiteral("supervisor:%1").arg(m_supervisor);
        runOp([=](ScriptRunService& s) { return s.overrideTo(id, milestone, reason, actor); });
    });
    dialog->open();
}

void ScriptLivePage::askReason(const QString& title, const QString& question, const std::function<void(const QString&)>& then)
{
    auto* dialog = new ReasonDialog(title, question, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [dialog, then] { then(dialog->reason()); });
    dialog->open();
}

void ScriptLivePage::setSlide(int index)
{
    m_slides->setIndex(index);
}

int ScriptLivePage::slideIndex() const
{
    return m_slides->index();
}

QString ScriptLivePage::milestoneText() const
{
    return m_title->text();
}

QString ScriptLivePage::progressText() const
{
    return m_progress->text();
}

QString ScriptLivePage::timerText() const
{
    return m_timer->text();
}

QString ScriptLivePage::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString ScriptLivePage::headerText() const
{
    return m_header->text();
}

} // namespace calldeck
