#include "MainWindow.h"

#include "DockManager.h"
#include "core/FutureWatch.h"
#include "MainMenu.h"
#include "calls/Engine.h"
#include "dialogs/SettingsDialog.h"
#include "dialogs/ShortcutsDialog.h"
#include "docks/ComposerDock.h"
#include "docks/ContactsDock.h"
#include "docks/DashboardDock.h"
#include "docks/HistoryDock.h"
#include "docks/NotificationsDock.h"
#include "docks/LogDock.h"
#include "docks/MonitorDock.h"
#include "docks/TranscriptDock.h"
#include "script/ScriptDock.h"
#include "script/ScriptHub.h"
#include "compliance/RateLimits.h"
#include "queue/CallQueue.h"
#include "conversation/openai/OpenAiClient.h"
#include "queue/EngineCallLauncher.h"
#include "core/Settings.h"
#include "core/TelUri.h"

#include <QLocale>
#include "models/ConfigurationStatus.h"
#include "store/ProfileRepository.h"
#include "store/Store.h"
#include "tasks/AiPlanner.h" // QPointer<AiPlanner> inside TaskPlanner needs the complete type
#include "tasks/TaskPlanner.h"
#include "widgets/CallStatusBar.h"
#include "widgets/OverviewPage.h"
#include "widgets/TrayNotifier.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>

Q_LOGGING_CATEGORY(lcMainWindow, "calldeck.ui")

namespace calldeck {

MainWindow::MainWindow(const UiServices& services, QWidget* parent)
    : QMainWindow(parent),
      m_services(services),
      m_docks(new DockManager(*this, services.settings, this)),
      m_configuration(new ConfigurationStatus(services.settings, services.credentials, this)),
      m_overview(new OverviewPage(this)),
      m_contacts(new ContactsDock(services.store, this)),
      m_log(new LogDock(services.logHub, this)),
      m_statusBar(new CallStatusBar(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("CallDeck"));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks | QMainWindow::AllowNestedDocks);
    // The overview scrolls instead of setting a minimum width the panels around it cannot share
    // on a laptop screen.
    auto* overviewScroll = new QScrollArea(this);
    overviewScroll->setObjectName(QStringLiteral("overviewScroll"));
    overviewScroll->setWidgetResizable(true);
    overviewScroll->setFrameShape(QFrame::NoFrame);
    overviewScroll->setWidget(m_overview);
    setCentralWidget(overviewScroll);
    // Contacts run the full height on the right; the log sits under the overview.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    setStatusBar(m_statusBar);
    resize(1280, 800);

    m_docks->addDock(m_contacts, Qt::RightDockWidgetArea);
    m_docks->addDock(m_log, Qt::BottomDockWidgetArea);
    // Narrow enough that the overview keeps some width between the panels on a 1280-pixel screen.
    resizeDocks({m_contacts}, {440}, Qt::Horizontal);
    if (services.engine != nullptr) {
        // The monitor sits left of the overview so a live call and the contacts are both in view.
        m_monitor = new MonitorDock(*services.engine, this);
        m_docks->addDock(m_monitor, Qt::LeftDockWidgetArea);
        resizeDocks({m_monitor}, {480}, Qt::Horizontal);
        connect(services.engine, &Engine::callUpdated, m_statusBar, &CallStatusBar::updateCall);
        // The live transcript shares the right-hand area with the contacts, one tab each.
        auto* transcript = new TranscriptDock(*services.engine, this);
        m_transcript = transcript;
        // The transcript follows the call the supervisor looks at in the monitor.
        connect(m_monitor, &MonitorDock::selectedCallChanged, transcript, [transcript](const QString& key) {
            if (!key.isEmpty()) {
                transcript->setCallKey(key);
            }
        });
        m_docks->addDock(transcript, Qt::RightDockWidgetArea);
        tabifyDockWidget(m_contacts, transcript);
        m_contacts->raise();
        addAction(transcript->showAction());
        connect(transcript, &TranscriptDock::statusMessage, m_statusBar,
                [this](const QString& message) { m_statusBar->showMessage(message, 5000); });
        // The composer turns sentences into tasks; it shares the left area with the monitor.
        m_taskPlanner = new TaskPlanner(services.store, this);
        if (services.engine != nullptr) {
            m_taskPlanner->setClock(services.engine->clock()); // "this week" on the engine's calendar
        }
        m_composer = new ComposerDock(services.store, *m_taskPlanner, this);
        m_docks->addDock(m_composer, Qt::LeftDockWidgetArea);
        tabifyDockWidget(m_monitor, m_composer);
        addAction(m_composer->showAction());
        // The sales script panel sits with the monitor and the composer; its shortcuts work from anywhere.
        if (ScriptHub* scriptHub = services.engine->scriptHub(); scriptHub != nullptr) {
            m_script = new ScriptDock(*scriptHub, services.settings, services.engine, this);
            m_docks->addDock(m_script, Qt::LeftDockWidgetArea);
            tabifyDockWidget(m_monitor, m_script);
            addActions({m_script->showAction(), m_script->objectionAction(), m_script->privacyAction(), m_script->presentAction()});
            connect(m_script, &ScriptDock::statusMessage, m_statusBar,
                    [this](const QString& message) { m_statusBar->showMessage(message, 5000); });
        }
        m_monitor->raise();
        connect(m_composer, &ComposerDock::statusMessage, m_statusBar,
                [this](const QString& message) { m_statusBar->showMessage(message, 5000); });

        // Notifications next to the contacts; history and dashboard share the bottom with the log.
        m_tray = new TrayNotifier(TrayNotifier::Mode::System, this);
        m_notifications = new NotificationsDock(services.store, services.engine, this);
        m_notifications->setTrayNotifier(m_tray);
        m_docks->addDock(m_notifications, Qt::RightDockWidgetArea);
        tabifyDockWidget(m_contacts, m_notifications);
        m_history = new HistoryDock(services.store, this);
        m_docks->addDock(m_history, Qt::BottomDockWidgetArea);
        tabifyDockWidget(m_log, m_history);
        m_dashboard = new DashboardDock(services.store, services.settings, services.engine, this);
        m_docks->addDock(m_dashboard, Qt::BottomDockWidgetArea);
        tabifyDockWidget(m_log, m_dashboard);
        m_log->raise();
        m_contacts->raise();
        const auto openSession = [this](qint64 sessionId) {
            m_history->show();
            m_history->raise();
            m_history->openSession(sessionId);
        };
        connect(m_notifications, &NotificationsDock::openSession, m_history, openSession);
        connect(m_dashboard, &DashboardDock::openSession, m_history, openSession);
        connect(m_notifications, &NotificationsDock::openTask, m_history, [this](qint64 taskId) {
            m_history->show();
            m_history->raise();
            m_history->openTask(taskId);
        });
        connect(m_tray, &TrayNotifier::activated, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
        // A finished call shows up in the history without a manual refresh: "post-call" comes once
        // the call, its transcript and its results are stored.
        connect(services.engine, &Engine::callEvent, m_history, [this](const QString&, const QString& kind, const QString&) {
            if (kind == QLatin1String("post-call")) {
                m_history->refresh();
            }
        });
        const auto showStatus = [this](const QString& message) { m_statusBar->showMessage(message, 5000); };
        connect(m_notifications, &NotificationsDock::statusMessage, m_statusBar, showStatus);
        connect(m_history, &HistoryDock::statusMessage, m_statusBar, showStatus);
        connect(m_dashboard, &DashboardDock::statusMessage, m_statusBar, showStatus);
    }
    resizeDocks({m_log}, {200}, Qt::Vertical);
    m_docks->takeDefaultSnapshot();
    m_docks->restoreLayout();

    auto* menu = new MainMenu(menuBar(), *m_docks, this);
    connect(menu, &MainMenu::importContactsRequested, m_contacts, &ContactsDock::chooseImportFile);
    connect(menu, &MainMenu::exportContactsRequested, m_contacts, &ContactsDock::chooseExportFile);
    connect(menu, &MainMenu::settingsRequested, this, [this] { openSettings(); });
    connect(menu, &MainMenu::quitRequested, this, &QMainWindow::close);
    connect(menu, &MainMenu::aboutRequested, this, &MainWindow::showAbout);
    connect(menu, &MainMenu::shortcutsRequested, this, &MainWindow::showShortcuts);
    menu->showMonitorAction()->setVisible(m_monitor != nullptr);
    menu->addFileActions({m_contacts->addContactAction()});
    if (m_transcript != nullptr) {
        menu->addViewActions({m_transcript->showAction()});
    }
    if (m_script != nullptr) {
        menu->addViewActions({m_script->showAction(), m_script->objectionAction(), m_script->presentAction(),
                              m_script->privacyAction()});
    }
    if (m_composer != nullptr) {
        menu->addCallActions({m_composer->showAction()});
    }
    if (m_monitor != nullptr) {
        connect(menu->showMonitorAction(), &QAction::triggered, m_monitor, &MonitorDock::showAndFocus);
        menu->addCallActions(m_monitor->callActions());
    }

    connect(m_overview, &OverviewPage::settingsRequested, this, [this] { openSettings(); });
    connect(m_overview, &OverviewPage::addContactRequested, m_contacts, [this] { m_contacts->openAddDialog(); });
    connect(m_overview, &OverviewPage::importContactsRequested, m_contacts, &ContactsDock::chooseImportFile);
    connect(m_contacts, &ContactsDock::statusMessage, m_statusBar,
            [this](const QString& message) { m_statusBar->showMessage(message, 5000); });

    connect(m_configuration, &ConfigurationStatus::changed, this, [this] {
        m_overview->showConfiguration(*m_configuration);
        m_statusBar->showConfiguration(*m_configuration);
    });
    connect(m_configuration, &ConfigurationStatus::keychainUnavailable, this, [this](const QString& message) {
        if (message != m_loggedKeychainProblem) {
            m_loggedKeychainProblem = message;
            qCWarning(lcMainWindow).noquote() << "The system keychain is unavailable:" << message;
        }
    });
    m_configuration->refresh();
    loadProfileRegion();
}

void MainWindow::startCallQueue()
{
    if (m_services.engine == nullptr || m_queue != nullptr) {
        return;
    }
    // Queued tasks are called by an AI agent: the configured one, or when the default is the
    // headset, the best AI available (Realtime with a key, else the offline agent).
    QString agent = m_services.engine->defaultAgent();
    if (agent == QLatin1String("human")) {
        agent = m_services.engine->aiConfigured() ? QStringLiteral("realtime") : QStringLiteral("offline");
    }
    m_launcher = new EngineCallLauncher(*m_services.engine, agent, this);
    m_queue = new CallQueue(m_services.store, *m_launcher, this);
    m_queue->setClock(m_services.engine->clock());
    m_queue->setMaxConcurrentCalls(m_services.settings.value(SettingKeys::MaxConcurrentCalls));
    m_queue->setRateLimits(RateLimits::fromSettings(m_services.settings));
    const auto showStatus = [this](const QString& message) { m_statusBar->showMessage(message, 8000); };
    connect(m_queue, &CallQueue::taskHeld, this,
            [showStatus](qint64 taskId, const QString& reason) { showStatus(tr("Task %1 waits: %2").arg(taskId).arg(reason)); });
    connect(m_queue, &CallQueue::taskRescheduled, this, [showStatus](qint64 taskId, const QDateTime& at, const QString& reason) {
        showStatus(tr("Task %1 moved to %2: %3").arg(taskId).arg(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat), reason));
    });
    connect(m_queue, &CallQueue::error, this, [showStatus](const QString& message) { showStatus(message); });
    if (m_composer != nullptr) {
        // Only "Call now" (or the time the person scheduled) starts a call; signing does not.
        connect(m_composer, &ComposerDock::callRequested, m_queue, [this](qint64 taskId) {
            if (m_monitor != nullptr) {
                m_monitor->showAndFocus();
            }
            m_queue->callNow(taskId);
        });
        // The composer shows the task moving on (in progress, retried, held) as the queue moves it.
        connect(m_queue, &CallQueue::taskChanged, m_composer, [this](const CallTask& task) {
            if (task.id != 0 && task.id == m_composer->currentTask().id) {
                m_composer->showTask(task);
            }
            if (m_history != nullptr) {
                m_history->refresh();
            }
        });
    }
    m_queue->start();
    attachAiPlanner();
    connect(m_services.engine, &Engine::aiKeyChanged, this, &MainWindow::attachAiPlanner);
}

void MainWindow::attachAiPlanner()
{
    if (m_taskPlanner == nullptr || m_services.engine == nullptr) {
        return;
    }
    OpenAiClient* client = m_services.engine->openAiClient();
    // The planner is the client's child: when the key changes, both go and a new pair comes.
    m_taskPlanner->setAiPlanner(client != nullptr
                                    ? new AiPlanner(*client, m_services.settings.value(SettingKeys::ChatModel), client)
                                    : nullptr);
}

SettingsDialog* MainWindow::openSettings()
{
    if (auto* existing = findChild<SettingsDialog*>(); existing != nullptr) {
        existing->raise();
        existing->activateWindow();
        return existing;
    }
    auto* dialog =
        new SettingsDialog(m_services.settings, m_services.store, m_services.credentials, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::applied, m_configuration, &ConfigurationStatus::refresh);
    if (m_services.engine != nullptr) {
        connect(dialog, &SettingsDialog::applied, m_services.engine, &Engine::refreshAiKey);
    }
    connect(dialog, &SettingsDialog::profileSaved, m_contacts,
            [this](const UserProfile& profile) {
                m_contacts->setDefaultRegion(profile.defaultRegion);
                if (m_monitor != nullptr) {
                    m_monitor->setDefaultRegion(profile.defaultRegion);
                }
                if (m_composer != nullptr) {
                    m_composer->setDefaultRegion(profile.defaultRegion);
                }
            });
    dialog->open();
    return dialog;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About CallDeck"),
                       tr("<h3>CallDeck %1</h3><p>A desktop operator console for phone calls placed by you or "
                          "your AI assistant.</p><p>Built with Qt %2.</p>")
                           .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::handOver(const QStringList& arguments)
{
    if (isMinimized()) {
        showNormal();
    }
    show();
    raise();
    activateWindow();
    QApplication::alert(this);
    for (const QString& argument : arguments) {
        const QString number = TelUri::number(argument);
        if (number.isEmpty()) {
            continue;
        }
        if (m_composer != nullptr) {
            m_composer->showManualCall(number);
            //: %1 a phone number handed over by the desktop (a click on a tel: link).
            m_statusBar->showMessage(tr("%1 is in the call form: complete it, sign and press Call now.").arg(number),
                                     8000);
        } else {
            m_statusBar->showMessage(tr("Calls are unavailable, so %1 was not put in a call form.").arg(number), 8000);
        }
        break;
    }
}

void MainWindow::showShortcuts()
{
    if (auto* existing = findChild<ShortcutsDialog*>(); existing != nullptr) {
        existing->raise();
        existing->activateWindow();
        return;
    }
    auto* dialog = new ShortcutsDialog(*this, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::setActiveCallCount(int count)
{
    m_statusBar->setActiveCalls(count);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_docks->saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::loadProfileRegion()
{
    const auto pending = m_services.store.run([](QSqlDatabase& db) { return ProfileRepository(db).profile(); });
    whenFinished(this, pending, [this](const Result<UserProfile>& result) {
        if (result.ok()) {
            m_contacts->setDefaultRegion(result.value().defaultRegion);
            if (m_monitor != nullptr) {
                m_monitor->setDefaultRegion(result.value().defaultRegion);
            }
            if (m_composer != nullptr) {
                m_composer->setDefaultRegion(result.value().defaultRegion);
            }
        } else {
            qCWarning(lcMainWindow).noquote() << "Could not load the profile:" << result.error().message;
        }
    });
}

} // namespace calldeck
