#include "ScreenshotRunner.h"

#include "ScriptPanelShots.h"

#include "MainWindow.h"
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
                auto* script = new ScriptPanelShots(
                    m_window, [this](QWidget* widget, const QString& name) { return save(widget, name); },
                    [this](bool ok) {
                        m_failed = m_failed || !ok;
                        finish();
                    },
                    this);
                script->start();
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
