#pragma once

#include <QObject>

class QAction;
class QMenuBar;

namespace calldeck {

class DockManager;

/// Builds the menu bar (File, View, Help) and turns its actions into signals for the main window.
class MainMenu : public QObject
{
    Q_OBJECT
public:
    MainMenu(QMenuBar* menuBar, const DockManager& docks, QObject* parent = nullptr);

    [[nodiscard]] QAction* settingsAction() const { return m_settings; }
    /// View ▸ Call Monitor (Ctrl+Shift+M): shows, raises and focuses the monitor panel.
    [[nodiscard]] QAction* showMonitorAction() const { return m_showMonitor; }

Q_SIGNALS:
    void importContactsRequested();
    void exportContactsRequested();
    void settingsRequested();
    void quitRequested();
    void aboutRequested();

private:
    QAction* m_settings = nullptr;
    QAction* m_showMonitor = nullptr;
};

} // namespace calldeck
