#pragma once

#include <QObject>
#include <QString>

namespace calldeck {

class MainWindow;

/// `calldeck --screenshot DIR`: once the window has settled, saves main-window.png,
/// settings-dialog.png and contact-dialog.png into DIR and quits. Used to refresh docs/screenshots.
class ScreenshotRunner : public QObject
{
    Q_OBJECT
public:
    ScreenshotRunner(MainWindow& window, QString directory, QObject* parent = nullptr);

    /// Starts the sequence; the application exits with 0 on success, 1 if a file could not be written.
    void start();

private:
    void grabMainWindow();
    void grabContactDialog();
    bool save(QWidget* widget, const QString& fileName);

    MainWindow& m_window;
    QString m_directory;
    bool m_failed = false;
};

} // namespace calldeck
