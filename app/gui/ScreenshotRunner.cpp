#include "ScreenshotRunner.h"

#include "MainWindow.h"
#include "core/FutureWatch.h"
#include "dialogs/ContactEditDialog.h"
#include "dialogs/SettingsDialog.h"
#include "docks/ComposerDock.h"
#include "docks/ContactsDock.h"
#include "docks/DashboardDock.h"
#include "docks/HistoryDock.h"
#include "docks/NotificationsDock.h"
#include "docks/MonitorDock.h"
#include "docks/TranscriptDock.h"
#include "models/CallListModel.h"
#include "widgets/AttestationPanel.h"
#include "widgets/InstructionForm.h"
#include "widgets/PlaceCallBar.h"
#include "widgets/PhoneNumberEdit.h"
#include "script/NotesEditor.h"
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
#include <QCheckBox>
#include <QPlainTextEdit>
#include <QComboBox>
#include <QPushButton>
#include <QDir>
#include <QDockWidget>
#include <QTableView>
#include <QLineEdit>
#include <QPixmap>
#include <QTimer>

#include <functional>
#include <memory>

namespace calldeck {

namespace {
// Long enough for the store and keychain answers to arrive and the layout to settle.
constexpr int kSettleMs = 1500;
constexpr int kPageMs = 200;
// The sandbox persona that answers and talks; its number is the one the docs show.
const QString kDentalNumber = QStringLiteral("+15555550100");
constexpr int kPollMs = 250;
constexpr int kConnectAttempts = 240; // a minute: ring time plus espeak-ng's first sentence
// Enough conversation for the meters, the timer, the cost line and the transcript to show something
// real: the offline agent's opening, the receptionist's answers and a question or two.
constexpr int kAudioMs = 15000;

/// Polls `done` every kPollMs on `context` and runs `next` once it holds, or after kConnectAttempts polls.
void pollThen(QObject* context, std::function<bool()> done, std::function<void()> next)
{
    auto poll = std::make_shared<std::function<void(int)>>();
    *poll = [context, poll, done = std::move(done), next = std::move(next)](int attempt) {
        if (done() || attempt >= kConnectAttempts) {
            next();
            *poll = nullptr; // breaks the self-reference so the closure is freed
            return;
        }
        QTimer::singleShot(kPollMs, context, [poll, attempt] {
            if (*poll) {
                (*poll)(attempt + 1);
            }
        });
    };
    (*poll)(0);
}


// --- Sales script panel (issue 6) -------------------------------------------------------------

using SaveShot = std::function<bool(QWidget*, const QString&)>;

/// Dana Ruiz (the sandbox's "prospect" persona) as a prospect with 620 clients; her contact id.
qint64 seedScriptProspect(Store& store)
{
    const Result<Prospect> dana = store.runSync([](QSqlDatabase& db) -> Result<Prospect> {
        ProspectProfile profile;
        profile.clientCount = 620;
        profile.businessType = QStringLiteral("Coaching practice");
        profile.revenueRange = QStringLiteral("$250k–$500k");
        profile.mainPain = QStringLiteral("Revenue swings month to month");
        profile.toolStack = QStringLiteral("Calendly, Stripe, Google Sheets");
        const Result<std::optional<Contact>> existing = ContactRepository(db).findByPhone(QStringLiteral("+15555550102"));
        if (existing.ok() && existing.value().has_value()) {
            return ProspectRepository(db).saveProfile(existing.value()->id, profile);
        }
        Prospect prospect;
        prospect.contact.name = QStringLiteral("Dana Ruiz");
        prospect.contact.company = QStringLiteral("Ruiz Coaching");
        prospect.contact.phoneE164 = QStringLiteral("+15555550102");
        prospect.profile = profile;
        return ProspectRepository(db).add(prospect);
    });
    if (!dana.ok()) {
        qWarning().noquote() << "Could not add the prospect for the script screenshots:" << dana.error().message;
        return 0;
    }
    return dana.value().contact.id;
}

/// A strict run of `prospect` in progress at M3 (M1 and M2 done), with notes and an open Price
/// objection: the control panel mid-call.
Result<ScriptRunView> midCallRun(ScriptRunService& s, qint64 prospect, const QString& actor)
{
    NewScriptRun request;
    request.prospectId = prospect;
    request.actor = actor;
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
        const ScriptMilestone copy = *run.value().script.milestone(m); // `run` is reassigned below
        const ScriptMilestone* milestone = &copy;
        for (int i = 0; i < milestone->requiredQuestions.size(); ++i) {
            run = s.checkQuestion(id, m, i, true, actor);
        }
        for (int i = 0; i < milestone->confirmations.size(); ++i) {
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

/// Runs `next` once `done` holds (or after a while), on `context`.
void whenReady(QObject* context, std::function<bool()> done, std::function<void()> next)
{
    pollThen(context, std::move(done), std::move(next));
}

/// script-control-panel.png, script-objection.png, script-slides.png, script-privacy.png and
/// script-follow-up.png, then `finished`.
void grabScriptPanels(QObject* context, MainWindow& window, const SaveShot& save, const std::function<void()>& finished)
{
    ScriptDock* dock = window.scriptDock();
    Store* store = dock != nullptr ? dock->hub().store() : nullptr;
    const qint64 prospect = store != nullptr ? seedScriptProspect(*store) : 0;
    if (prospect == 0) {
        finished();
        return;
    }
    const QString actor = QStringLiteral("agent:Alex Morgan");
    const QFuture<Result<ScriptRunView>> started =
        dock->hub().apply([prospect, actor](ScriptRunService& s) { return midCallRun(s, prospect, actor); });
    whenFinished(context, started, [context, dock, save, finished, actor](const Result<ScriptRunView>& run) {
        if (!run.ok()) {
            qWarning().noquote() << "Could not prepare the script screenshots:" << run.error().message;
            finished();
            return;
        }
        const qint64 runId = run.value().id;
        // The panel on its own, large enough to show all of it, as on a second monitor.
        dock->show();
        dock->setFloating(true);
        dock->resize(760, 900);
        dock->raise();
        dock->openRun(runId);
        whenReady(
            context, [dock, runId] { return dock->isShowingLiveRun() && dock->livePage()->run().id == runId; },
            [context, dock, save, finished, actor, runId] {
                QApplication::processEvents();
                save(dock, QStringLiteral("script-control-panel.png"));
                // The objection flow, continued at its second diagnostic question.
                dock->continueObjection(dock->livePage()->run().objections.first());
                ObjectionDialog* objection = dock->objectionDialog();
                objection->setAnswer(QStringLiteral("Software: they compare it with their CRM subscription"));
                QTimer::singleShot(kSettleMs / 3, context, [context, dock, save, finished, actor, runId, objection] {
                    save(objection, QStringLiteral("script-objection.png"));
                    objection->reject();
                    dock->present();
                    SlideWindow* slides = dock->slideWindow();
                    slides->resize(1280, 720);
                    QTimer::singleShot(kSettleMs / 3, context, [context, dock, save, finished, actor, runId, slides] {
                        save(slides, QStringLiteral("script-slides.png"));
                        slides->close();
                        const bool wasPrivate = dock->isPrivate();
                        dock->setPrivate(true);
                        QApplication::processEvents();
                        save(dock, QStringLiteral("script-privacy.png"));
                        dock->setPrivate(wasPrivate);
                        // The call ends; the next one is a follow-up with the context of this one.
                        whenFinished(context, dock->hub().apply([runId, actor](ScriptRunService& s) { return s.complete(runId, actor); }),
                                     [context, dock, save, finished](const Result<ScriptRunView>&) {
                                         dock->prepareNextCall();
                                         whenReady(
                                             context, [dock] { return dock->setupPage()->isFollowUp(); },
                                             [context, dock, save, finished] {
                                                 dock->setupPage()->checkAll();
                                                 dock->resize(760, 1120);
                                                 QTimer::singleShot(kSettleMs / 3, context, [dock, save, finished] {
                                                     save(dock, QStringLiteral("script-follow-up.png"));
                                                     finished();
                                                 });
                                             });
                                     });
                    });
                });
            });
    });
}
} // namespace

ScreenshotRunner::ScreenshotRunner(MainWindow& window, QString directory, QObject* parent)
    : QObject(parent), m_window(window), m_directory(std::move(directory))
{
}

void ScreenshotRunner::start()
{
    QDir().mkpath(m_directory);
    QTimer::singleShot(kSettleMs, this, &ScreenshotRunner::grabMainWindow);
}

void ScreenshotRunner::grabMainWindow()
{
    save(&m_window, QStringLiteral("main-window.png"));
    m_settings = m_window.openSettings();
    QTimer::singleShot(kSettleMs, this, [this] { grabSettingsPage(0); });
}

void ScreenshotRunner::grabSettingsPage(int index)
{
    // The first page is the documented one; the others are saved for reviewing their layout.
    save(m_settings, index == 0 ? QStringLiteral("settings-dialog.png")
                                : QStringLiteral("settings-dialog-page%1.png").arg(index + 1));
    if (index + 1 < m_settings->pages().size()) {
        m_settings->showPage(index + 1);
        QTimer::singleShot(kPageMs, this, [this, index] { grabSettingsPage(index + 1); });
        return;
    }
    m_settings->close();
    grabContactDialog();
}

void ScreenshotRunner::grabContactDialog()
{
    ContactEditDialog* dialog = m_window.contactsDock()->openAddDialog();
    if (auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit")); name != nullptr) {
        name->setText(tr("Northside Pharmacy"));
    }
    if (auto* phone = dialog->findChild<PhoneNumberEdit*>(QStringLiteral("phoneEdit")); phone != nullptr) {
        phone->setE164(QStringLiteral("+14155550166"));
    }
    if (auto* tags = dialog->findChild<QLineEdit*>(QStringLiteral("tagsEdit")); tags != nullptr) {
        tags->setText(tr("pharmacy, refills"));
    }
    QTimer::singleShot(kSettleMs / 3, this, [this, dialog] {
        save(dialog, QStringLiteral("contact-dialog.png"));
        dialog->reject();
        if (m_window.monitorDock() != nullptr) {
            startMonitorCall();
        } else {
            finish();
        }
    });
}

void ScreenshotRunner::startMonitorCall()
{
    MonitorDock* monitor = m_window.monitorDock();
    monitor->showAndFocus();
    // Go through the panel's own controls, as a user would.
    PlaceCallBar* bar = monitor->placeCallBar();
    const int dental = bar->personaBox()->findData(QStringLiteral("dental"));
    if (dental > 0) {
        bar->personaBox()->setCurrentIndex(dental);
        Q_EMIT bar->personaBox()->activated(dental);
    } else {
        bar->numberEdit()->setE164(kDentalNumber);
    }
    // The offline agent talks: no key and no network needed, like a first run.
    if (const int offline = bar->agentBox()->findData(QStringLiteral("offline")); offline >= 0) {
        bar->agentBox()->setCurrentIndex(offline);
    }
    bar->goalEdit()->setText(tr("Get the earliest cleaning appointment this week, under $150"));
    bar->callButton()->click();
    QTimer::singleShot(kPollMs, this, [this] { waitForConnectedCall(0); });
}

void ScreenshotRunner::waitForConnectedCall(int attempt)
{
    MonitorDock* monitor = m_window.monitorDock();
    const CallListModel* model = monitor->model();
    const CallSnapshot call = model->callAt(model->rowOf(monitor->selectedCallKey()));
    if (call.state == CallState::Connected && call.mediaConnected) {
        QTimer::singleShot(kAudioMs, this, &ScreenshotRunner::grabMonitor);
        return;
    }
    if (!call.isLive() || attempt >= kConnectAttempts || !monitor->errorText().isEmpty()) {
        qWarning().noquote() << "The sandbox call did not connect:"
                             << (monitor->errorText().isEmpty() ? CallListModel::stateText(call) : monitor->errorText());
        m_failed = true;
        finish();
        return;
    }
    QTimer::singleShot(kPollMs, this, [this, attempt] { waitForConnectedCall(attempt + 1); });
}

void ScreenshotRunner::grabMonitor()
{
    MonitorDock* monitor = m_window.monitorDock();
    save(monitor, QStringLiteral("monitor-panel.png"));
    if (TranscriptDock* transcript = m_window.transcriptDock(); transcript != nullptr) {
        transcript->show();
        transcript->raise();
        QApplication::processEvents();
        save(transcript, QStringLiteral("transcript-panel.png"));
    }
    save(&m_window, QStringLiteral("main-window-monitor.png"));
    monitor->hangUpSelected();
    // Give the hang-up time to reach the sandbox line before the engine shuts down.
    // Then the composer: a sentence that needs an answer, the Bright Smile plan, and its attestation.
    QTimer::singleShot(kSettleMs, this, [this] {
        ComposerDock* composer = m_window.composerDock();
        if (composer == nullptr) {
            grabWorkflowPanels();
            return;
        }
        composer->showAndFocus();
        const auto planSentence = [composer](const QString& sentence) {
            composer->instructionForm()->instructionEdit()->setPlainText(sentence);
            composer->instructionForm()->submit();
        };
        // First a sentence without a number (the clarification form), then the Bright Smile one (the plan).
        planSentence(QStringLiteral("Call Bright Smile Dental and book a cleaning on Friday"));
        pollThen(
            this, [composer] { return composer->currentTask().status == TaskStatus::WaitingForUser; },
            [this, composer, planSentence] {
                save(composer, QStringLiteral("composer-clarification.png"));
                planSentence(QStringLiteral("Call Bright Smile Dental at +1 555 555 0100 and get the earliest cleaning "
                                            "appointment this week, under $150"));
                pollThen(
                    this, [composer] { return composer->currentTask().status == TaskStatus::ReadyToCall; },
                    [this, composer] {
                        save(composer, QStringLiteral("composer-plan.png"));
                        AttestationPanel* attestation = composer->attestationPanel();
                        for (QCheckBox* box : attestation->statementBoxes()) {
                            box->setChecked(true);
                        }
                        attestation->fullNameEdit()->setText(QStringLiteral("Dana Reyes"));
                        attestation->organizationEdit()->setText(QStringLiteral("Reyes Consulting"));
                        save(attestation, QStringLiteral("attestation-panel.png"));
                        attestation->signButton()->click();
                        pollThen(
                            this, [attestation] { return attestation->callButton()->isEnabled(); },
                            [this, attestation] {
                                save(attestation, QStringLiteral("attestation-signed.png"));
                                grabWorkflowPanels();
                            });
                    });
            });
    });
}

void ScreenshotRunner::grabWorkflowPanels()
{
    // After the hang-up the call is stored and processed; then the notifications, the history
    // with that call's detail and the dashboard show it.
    QTimer::singleShot(4 * kSettleMs, this, [this] {
        const auto grabDock = [this](QDockWidget* dock, const QString& fileName) {
            if (dock == nullptr) {
                return;
            }
            dock->show();
            dock->raise();
            QApplication::processEvents();
            save(dock, fileName);
        };
        if (NotificationsDock* notifications = m_window.notificationsDock(); notifications != nullptr) {
            notifications->refresh();
        }
        if (DashboardDock* dashboard = m_window.dashboardDock(); dashboard != nullptr) {
            dashboard->refresh();
        }
        if (HistoryDock* history = m_window.historyDock(); history != nullptr) {
            history->refresh();
        }
        QTimer::singleShot(kSettleMs, this, [this, grabDock] {
            grabDock(m_window.notificationsDock(), QStringLiteral("notifications-panel.png"));
            grabDock(m_window.dashboardDock(), QStringLiteral("dashboard-panel.png"));
            if (HistoryDock* history = m_window.historyDock(); history != nullptr) {
                history->setFloating(true);
                history->resize(1200, 760);
                history->taskTable()->selectRow(0);
            }
            QTimer::singleShot(kSettleMs, this, [this, grabDock] {
                grabDock(m_window.historyDock(), QStringLiteral("history-panel.png"));
                grabScriptPanels(this, m_window, [this](QWidget* widget, const QString& name) { return save(widget, name); },
                                 [this] { finish(); });
            });
        });
    });
}

void ScreenshotRunner::finish()
{
    QApplication::exit(m_failed ? 1 : 0);
}

bool ScreenshotRunner::save(QWidget* widget, const QString& fileName)
{
    const QString path = QDir(m_directory).filePath(fileName);
    if (!widget->grab().save(path)) {
        qWarning().noquote() << "Could not write screenshot" << path;
        m_failed = true;
        return false;
    }
    qInfo().noquote() << "Saved screenshot" << path;
    return true;
}

} // namespace calldeck
