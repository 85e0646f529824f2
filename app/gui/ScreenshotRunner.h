#pragma once

#include <QObject>
#include <QString>

namespace calldeck {

class MainWindow;
class SettingsDialog;

/// `calldeck --screenshot DIR`: once the window has settled, saves main-window.png,
/// settings-dialog.png (plus one PNG per further settings page) and contact-dialog.png into DIR;
/// with a call monitor it then places a sandbox call to the dental persona and, once connected
/// with a few seconds of audio, saves monitor-panel.png and main-window-monitor.png; then quits.
/// Used to refresh docs/screenshots.
class ScreenshotRunner : public QObject
{
    Q_OBJECT
public:
    ScreenshotRunner(MainWindow& window, QString directory, QObject* parent = nullptr);

    /// Starts the sequence; the application exits with 0 on success, 1 if a file could not be written.
    void start();

private:
    void grabMainWindow();
    void grabSettingsPage(int index);
    void grabContactDialog();
    void startMonitorCall();
    void waitForConnectedCall(int attempt);
    void grabMonitor();
    /// Notifications, dashboard and history once the monitor call was stored and processed.
    void grabWorkflowPanels();
    void finish();
    bool save(QWidget* widget, const QString& fileName);

    MainWindow& m_window;
    QString m_directory;
    SettingsDialog* m_settings = nullptr;
    bool m_failed = false;
};

} // namespace calldeck
