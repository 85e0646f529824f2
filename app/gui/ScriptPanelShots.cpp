#include "ScriptPanelShots.h"

#include "MainWindow.h"
#include "core/FutureWatch.h"
#include "docks/LogDock.h"
#include "docks/MonitorDock.h"
#include "docks/TranscriptDock.h"
#include "script/CallStatusLine.h"
#include "script/ObjectionDialog.h"
#include "script/ProspectRepository.h"
#include "script/ScriptDock.h"
#include "script/ScriptHub.h"
#include "script/ScriptLivePage.h"
#include "script/ScriptRunService.h"
#include "script/ScriptSetupPage.h"
#include "script/SlideWindow.h"
#include "store/ContactRepository.h"
#include "store/Store.h"

#include <QApplication>
#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include <memory>

namespace calldeck {

namespace {

constexpr int kPollMs = 250;
constexpr int kSettleMs = 500;
// The list and the follow-up context of the setup page come from the store: a few seconds at most.
constexpr int kLoadAttempts = 80;
// Ring time plus two spoken question-and-answer turns of espeak-ng on a busy machine.
constexpr int kWalkAttempts = 4 * 60 * 1000 / kPollMs;
// After the hang-up the call is stored, then the run is closed with it.
constexpr int kCloseAttempts = 60 * 1000 / kPollMs;
// Once M3 is current: some seconds on its timer and its question in the transcript (the answer
// and M4 follow some ten seconds later).
constexpr int kIntoMilestoneMs = 7000;
const QString kDanaNumber = QStringLiteral("+15555550102");

/// Dana Ruiz (the sandbox's "prospect" persona) as a prospect with 620 clients; her contact id.
qint64 seedProspect(Store& store)
{
    const Result<Prospect> dana = store.runSync([](QSqlDatabase& db) -> Result<Prospect> {
        ProspectProfile profile;
        profile.clientCount = 620;
        profile.businessType = QStringLiteral("Coaching practice");
        profile.revenueRange = QStringLiteral("$250k–$500k");
        profile.mainPain = QStringLiteral("Revenue swings month to month");
        profile.toolStack = QStringLiteral("Calendly, Stripe, Google Sheets");
        const Result<std::optional<Contact>> existing = ContactRepository(db).findByPhone(kDanaNumber);
        if (existing.ok() && existing.value().has_value()) {
            return ProspectRepository(db).saveProfile(existing.value()->id, profile);
        }
        Prospect prospect;
        prospect.contact.name = QStringLiteral("Dana Ruiz");
        prospect.contact.company = QStringLiteral("Ruiz Coaching");
        prospect.contact.phoneE164 = kDanaNumber;
        prospect.profile = profile;
        return ProspectRepository(db).add(prospect);
    });
    if (!dana.ok()) {
        qWarning().noquote() << "Could not add the prospect for the script screenshots:" << dana.error().message;
        return 0;
    }
    return dana.value().contact.id;
}

/// A strict run of `prospect` from M1, in progress at M3 (M1 and M2 done), with notes and an open
/// Price objection: the next call of the thread, for the objection, slide and privacy shots.
Result<ScriptRunView> preparedRun(ScriptRunService& s, qint64 prospect, const QString& actor)
{
    NewScriptRun request;
    request.prospectId = prospect;
    request.actor = actor;
    request.resumeFrom = 1; // from the start, whatever the live call reached
    Result<ScriptRunView> run = s.create(request);
    if (!run.ok()) {
        return run;
    }
    const qint64 id = run.value().id;
    const QList<ChecklistItem> checklist = run.value().script.checklist; // `run` is reassigned below
    for (const ChecklistItem& item : checklist) {
        run = s.setChecklistItem(id, item.id, true, actor);
    }
    run = s.start(id, 500, {}, actor);
    const QList<QMap<QString, QString>> values{
        {{QStringLiteral("reason_for_call"), QStringLiteral("Referral from Sam Patel")},
         {QStringLiteral("confirmed_expectation"), QStringLiteral("yes")}},
        {{QStringLiteral("client_count"), QStringLiteral("620")},
         {QStringLiteral("revenue_volatility"), QStringLiteral("±30% month to month")},
         {QStringLiteral("main_pain"), QStringLiteral("Revenue swings month to month")}}};
    for (int m = 1; m <= 2 && run.ok(); ++m) {
        const ScriptMilestone milestone = *run.value().script.milestone(m); // `run` is reassigned below
        for (int i = 0; i < milestone.requiredQuestions.size(); ++i) {
            run = s.checkQuestion(id, m, i, true, actor);
        }
        for (int i = 0; i < milestone.confirmations.size(); ++i) {
            run = s.checkConfirmation(id, m, i, true, actor);
        }
        for (auto it = values.at(m - 1).cbegin(); it != values.at(m - 1).cend(); ++it) {
            run = s.setField(id, m, it.key(), it.value(), actor);
        }
        run = s.completeMilestone(id, m, actor);
    }
    if (!run.ok()) {
        return run;
    }
    (void)s.checkQuestion(id, 3, 0, true, actor);
    (void)s.setField(id, 3, QStringLiteral("desired_outcome"), QStringLiteral("Steady $40k months without weekend work"), actor);
    const Result<ObjectionRecord> price =
        s.raiseObjection(id, QStringLiteral("Price"), QStringLiteral("Worried about the upfront cost"), actor);
    if (price.ok()) {
        (void)s.answerObjection(price.value().id, 0, QStringLiteral("Compared with hiring a part-time assistant"));
    }
    return s.saveNotes(id, 3,
                       QStringLiteral("Wants predictable revenue before hiring a second coach. Partner Jordan handles "
                                      "operations; prefers a written summary by email after the call."));
}

/// The live call reached M3 with M1 and M2 done (what the control panel shot is meant to show).
bool pastM2(const ScriptRunView& run)
{
    const MilestoneResponse* m1 = run.response(1);
    const MilestoneResponse* m2 = run.response(2);
    return run.currentMilestone >= 3 && m1 != nullptr && m2 != nullptr && m1->state == MilestoneState::Completed
           && m2->state == MilestoneState::Completed;
}

} // namespace

ScriptPanelShots::ScriptPanelShots(MainWindow& window, SaveShot save, Done done, QObject* parent)
    : QObject(parent), m_window(window), m_save(std::move(save)), m_done(std::move(done))
{
}

void ScriptPanelShots::poll(const std::function<bool()>& condition, int attempts, const std::function<void(bool)>& next)
{
    auto step = std::make_shared<std::function<void(int)>>();
    *step = [this, step, condition, attempts, next](int attempt) {
        const bool held = condition();
        if (held || attempt >= attempts) {
            // Clearing *step destroys this closure and its captures: keep `next` on the stack.
            const std::function<void(bool)> then = next;
            *step = nullptr; // breaks the self-reference so the closure is freed
            then(held);
            return;
        }
        QTimer::singleShot(kPollMs, this, [step, attempt] {
            if (*step) {
                (*step)(attempt + 1);
            }
        });
    };
    (*step)(0);
}

void ScriptPanelShots::start()
{
    m_dock = m_window.scriptDock();
    Store* store = m_dock != nullptr ? m_dock->hub().store() : nullptr;
    if (store == nullptr) {
        finish(true); // no engine: there is no Script panel to show
        return;
    }
    m_actor = QStringLiteral("agent:Alex Morgan");
    m_prospectId = seedProspect(*store);
    if (m_prospectId == 0) {
        finish(false);
        return;
    }
    startLiveCall();
}

void ScriptPanelShots::startLiveCall()
{
    // Through the panel's own setup page, as a user would.
    m_dock->setupPage()->reload();
    m_dock->showAndFocus();
    m_dock->setupPage()->selectProspect(m_prospectId);
    ScriptSetupPage* setup = m_dock->setupPage();
    poll([setup, this] { return setup->isLoaded() && setup->prospectId() == m_prospectId; }, kLoadAttempts,
         [this](bool) {
             // The prospect's earlier calls (the follow-up context) are read after the pick.
             QTimer::singleShot(kSettleMs, this, &ScriptPanelShots::pressStart);
         });
}

void ScriptPanelShots::pressStart()
{
    ScriptSetupPage* setup = m_dock->setupPage();
    setup->setMode(ScriptMode::Strict);
    setup->setAgent(QStringLiteral("offline"));
    if (auto* line = setup->findChild<QComboBox*>(QStringLiteral("lineChooser")); line != nullptr) {
        line->setCurrentIndex(std::max(0, line->findData(QStringLiteral("sandbox"))));
    }
    setup->checkAll();
    if (setup->prospectId() != m_prospectId || !setup->startButton()->isEnabled()) {
        qWarning().noquote() << "The scripted call could not start:" << setup->startBlockedText() << setup->errorText();
        grabPreparedRun();
        return;
    }
    setup->startButton()->click();
    // A follow-up (an earlier screenshot run in the same data) asks first where it resumes.
    QTimer::singleShot(kSettleMs, this, [this, setup] {
        if (auto* box = setup->findChild<QMessageBox*>(QStringLiteral("confirmFollowUp")); box != nullptr) {
            box->button(QMessageBox::Yes)->click();
        }
        waitForMilestone(0);
    });
}

void ScriptPanelShots::waitForMilestone(int attempt)
{
    ScriptLivePage* live = m_dock->livePage();
    poll(
        [this, live] {
            const ScriptRunView& run = live->run();
            const bool over = !m_dock->setupPage()->errorText().isEmpty()
                              || (run.id != 0 && run.status != ScriptRunStatus::InProgress);
            return over || (m_dock->isShowingLiveRun() && pastM2(run) && !live->callStatus()->talkTimeText().isEmpty());
        },
        kWalkAttempts - attempt,
        [this, live](bool) {
            const ScriptRunView& run = live->run();
            if (!m_dock->isShowingLiveRun() || run.status != ScriptRunStatus::InProgress || !pastM2(run)) {
                qWarning().noquote() << "The scripted sandbox call did not reach M3:"
                                     << m_dock->setupPage()->errorText() << live->callStatus()->text()
                                     << live->milestoneText();
                m_liveRunId = run.id;
                hangUpLiveCall();
                return;
            }
            m_liveRunId = run.id;
            m_liveOk = true;
            QTimer::singleShot(kIntoMilestoneMs, this, &ScriptPanelShots::grabLiveCall);
        });
}

void ScriptPanelShots::grabLiveCall()
{
    // The panel on its own, large enough to show all of it, as on a second monitor.
    m_dock->setFloating(true);
    m_dock->resize(760, 1000);
    m_dock->raise();
    QApplication::processEvents();
    QTimer::singleShot(kSettleMs, this, [this] {
        m_save(m_dock, QStringLiteral("script-control-panel.png"));
        qInfo().noquote() << "Script panel at" << m_dock->livePage()->milestoneText() << m_dock->livePage()->progressText()
                          << m_dock->livePage()->timerText() << m_dock->livePage()->callStatus()->text();
        // Back in the main window, beside the live transcript of the same call.
        m_dock->setFloating(false);
        m_dock->show();
        m_dock->raise();
        const QString callKey = m_dock->livePage()->run().callKey;
        if (MonitorDock* monitor = m_window.monitorDock(); monitor != nullptr && !callKey.isEmpty()) {
            monitor->selectCall(callKey);
        }
        if (TranscriptDock* transcript = m_window.transcriptDock(); transcript != nullptr) {
            transcript->setCallKey(callKey);
            transcript->show();
            transcript->raise();
        }
        // The panel gets the height: the bottom docks (log, dashboard) shrink to a strip.
        m_window.resizeDocks({m_dock}, {600}, Qt::Horizontal);
        // The log is the bottom area's front tab by default, and the one that can be that small.
        if (QDockWidget* bottom = m_window.logDock(); bottom != nullptr && !bottom->isFloating()) {
            bottom->raise();
            m_window.resizeDocks({bottom}, {140}, Qt::Vertical);
        }
        QTimer::singleShot(2 * kSettleMs, this, [this] {
            m_save(&m_window, QStringLiteral("script-main-window.png"));
            hangUpLiveCall();
        });
    });
}

void ScriptPanelShots::hangUpLiveCall()
{
    const QString callKey = m_dock->livePage()->run().callKey;
    MonitorDock* monitor = m_window.monitorDock();
    if (monitor != nullptr && !callKey.isEmpty()) {
        monitor->selectCall(callKey);
        monitor->hangUpSelected();
    }
    // The run ends with its call; the prepared run of the same prospect can only start after that.
    const qint64 runId = m_liveRunId;
    ScriptLivePage* live = m_dock->livePage();
    poll([live, runId] { return runId == 0 || live->run().id != runId || live->run().status != ScriptRunStatus::InProgress; },
         kCloseAttempts, [this](bool closed) {
             if (!closed) {
                 qWarning().noquote() << "The scripted call's run did not close after the hang-up.";
             }
             grabPreparedRun();
         });
}

void ScriptPanelShots::grabPreparedRun()
{
    const qint64 prospect = m_prospectId;
    const QString actor = m_actor;
    const QFuture<Result<ScriptRunView>> prepared =
        m_dock->hub().apply([prospect, actor](ScriptRunService& s) { return preparedRun(s, prospect, actor); });
    whenFinished(this, prepared, [this](const Result<ScriptRunView>& run) {
        if (!run.ok()) {
            qWarning().noquote() << "Could not prepare the script screenshots:" << run.error().message;
            finish(false);
            return;
        }
        const qint64 runId = run.value().id;
        m_dock->show();
        m_dock->setFloating(true);
        m_dock->resize(760, 900);
        m_dock->raise();
        m_dock->openRun(runId);
        ScriptDock* dock = m_dock;
        poll([dock, runId] { return dock->isShowingLiveRun() && dock->livePage()->run().id == runId; }, kLoadAttempts,
             [this, runId](bool) {
                 QApplication::processEvents();
                 // The objection flow, continued at its second diagnostic question.
                 const QList<ObjectionRecord> objections = m_dock->livePage()->run().objections;
                 if (objections.isEmpty()) {
                     finish(false);
                     return;
                 }
                 m_dock->continueObjection(objections.first());
                 ObjectionDialog* objection = m_dock->objectionDialog();
                 objection->setAnswer(QStringLiteral("Software: they compare it with their CRM subscription"));
                 QTimer::singleShot(kSettleMs, this, [this, runId, objection] {
                     m_save(objection, QStringLiteral("script-objection.png"));
                     objection->reject();
                     m_dock->present();
                     SlideWindow* slides = m_dock->slideWindow();
                     slides->resize(1280, 720);
                     QTimer::singleShot(kSettleMs, this, [this, runId, slides] {
                         m_save(slides, QStringLiteral("script-slides.png"));
                         slides->close();
                         const bool wasPrivate = m_dock->isPrivate();
                         m_dock->setPrivate(true);
                         QApplication::processEvents();
                         m_save(m_dock, QStringLiteral("script-privacy.png"));
                         m_dock->setPrivate(wasPrivate);
                         grabFollowUp(runId);
                     });
                 });
             });
    });
}

void ScriptPanelShots::grabFollowUp(qint64 runId)
{
    // The call ends; the next one is a follow-up with the context of the thread so far.
    const QString actor = m_actor;
    whenFinished(this, m_dock->hub().apply([runId, actor](ScriptRunService& s) { return s.complete(runId, actor); }),
                 [this](const Result<ScriptRunView>&) {
                     m_dock->prepareNextCall();
                     ScriptDock* dock = m_dock;
                     poll([dock] { return dock->setupPage()->isFollowUp(); }, kLoadAttempts, [this](bool) {
                         m_dock->setupPage()->checkAll();
                         m_dock->resize(760, 1120);
                         QTimer::singleShot(kSettleMs, this, [this] {
                             m_save(m_dock, QStringLiteral("script-follow-up.png"));
                             finish(m_liveOk);
                         });
                     });
                 });
}

void ScriptPanelShots::finish(bool ok)
{
    if (m_done) {
        const Done done = std::move(m_done);
        m_done = nullptr;
        done(ok);
    }
}

} // namespace calldeck
