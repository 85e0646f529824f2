#pragma once

#include "UiServices.h"

#include <QMainWindow>

namespace calldeck {

class CallStatusBar;
class ComposerDock;
class ConfigurationStatus;
class ContactsDock;
class DashboardDock;
class HistoryDock;
class NotificationsDock;
class TrayNotifier;
class DockManager;
class LogDock;
class MonitorDock;
class TranscriptDock;
class CallQueue;
class EngineCallLauncher;
class OverviewPage;
class ScriptDock;
class SettingsDialog;
class TaskPlanner;

/// The CallDeck main window: an overview in the middle, dockable panels around it, menus and a
/// status bar. It only wires parts together; each part does its own work.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const UiServices& services, QWidget* parent = nullptr);

    [[nodiscard]] DockManager& dockManager() const { return *m_docks; }
    [[nodiscard]] ContactsDock* contactsDock() const { return m_contacts; }
    [[nodiscard]] LogDock* logDock() const { return m_log; }
    /// The call monitor; null when the window was built without an engine.
    [[nodiscard]] MonitorDock* monitorDock() const { return m_monitor; }
    [[nodiscard]] TranscriptDock* transcriptDock() const { return m_transcript; }
    /// The task composer; null when the window was built without an engine.
    [[nodiscard]] ComposerDock* composerDock() const { return m_composer; }
    /// Notifications, history and dashboard; null when the window was built without an engine.
    [[nodiscard]] NotificationsDock* notificationsDock() const { return m_notifications; }
    [[nodiscard]] HistoryDock* historyDock() const { return m_history; }
    [[nodiscard]] DashboardDock* dashboardDock() const { return m_dashboard; }
    /// The sales script panel; null without an engine or without its ScriptHub.
    [[nodiscard]] ScriptDock* scriptDock() const { return m_script; }
    [[nodiscard]] TrayNotifier* trayNotifier() const { return m_tray; }
    [[nodiscard]] CallStatusBar* callStatusBar() const { return m_statusBar; }
    [[nodiscard]] OverviewPage* overviewPage() const { return m_overview; }
    [[nodiscard]] ConfigurationStatus& configuration() const { return *m_configuration; }
    /// The call queue; null until startCallQueue() ran.
    [[nodiscard]] CallQueue* callQueue() const { return m_queue; }

public Q_SLOTS:
    /// Opens the settings dialog (non-blocking) and returns it.
    SettingsDialog* openSettings();
    void showAbout();
    /// Another start of CallDeck on this data directory handed over: the window comes forward,
    /// and a `tel:` link or number among `arguments` fills the manual call form.
    void handOver(const QStringList& arguments);
    /// Help ▸ Keyboard Shortcuts: the list of every shortcut (non-blocking).
    void showShortcuts();
    /// For the call engine: number of calls in progress.
    void setActiveCallCount(int count);
    /// Starts the call queue (scheduled, retried and "Call now" tasks) once the engine runs, and
    /// gives the task planner the AI when a key is configured.
    void startCallQueue();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void loadProfileRegion();
    /// The composer plans with the AI when an OpenAI-compatible key is set, offline otherwise.
    void attachAiPlanner();

    UiServices m_services;
    DockManager* m_docks = nullptr;
    ConfigurationStatus* m_configuration = nullptr;
    OverviewPage* m_overview = nullptr;
    ContactsDock* m_contacts = nullptr;
    LogDock* m_log = nullptr;
    MonitorDock* m_monitor = nullptr;
    TranscriptDock* m_transcript = nullptr;
    TaskPlanner* m_taskPlanner = nullptr;
    ComposerDock* m_composer = nullptr;
    NotificationsDock* m_notifications = nullptr;
    HistoryDock* m_history = nullptr;
    DashboardDock* m_dashboard = nullptr;
    ScriptDock* m_script = nullptr;
    TrayNotifier* m_tray = nullptr;
    EngineCallLauncher* m_launcher = nullptr;
    CallQueue* m_queue = nullptr;
    CallStatusBar* m_statusBar = nullptr;
    QString m_loggedKeychainProblem; ///< logged once, not on every refresh
};

} // namespace calldeck
