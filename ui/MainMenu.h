#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QMenuBar;

namespace calldeck {

class DockManager;

/// Builds the menu bar (File, View, Call, Help) and turns its actions into signals for the main
/// window. Panels hand in their own actions, so every shortcut is reachable from a menu that shows it.
class MainMenu : public QObject
{
    Q_OBJECT
public:
    MainMenu(QMenuBar* menuBar, const DockManager& docks, QObject* parent = nullptr);

    [[nodiscard]] QAction* settingsAction() const { return m_settings; }
    /// View ▸ Call Monitor (Ctrl+Shift+M): shows, raises and focuses the monitor panel.
    [[nodiscard]] QAction* showMonitorAction() const { return m_showMonitor; }
    /// Help ▸ Keyboard Shortcuts (F1).
    [[nodiscard]] QAction* shortcutsAction() const { return m_shortcuts; }
    [[nodiscard]] QMenu* callMenu() const { return m_call; }

    /// Adds panel actions to File, before Settings.
    void addFileActions(const QList<QAction*>& actions);
    /// Adds panel actions to View, before Call Monitor.
    void addViewActions(const QList<QAction*>& actions);
    /// Adds a group of call actions to the Call menu (shown once it has any), after a separator
    /// when it already holds some.
    void addCallActions(const QList<QAction*>& actions);

Q_SIGNALS:
    void importContactsRequested();
    void exportContactsRequested();
    void settingsRequested();
    void quitRequested();
    void aboutRequested();
    void shortcutsRequested();

private:
    QMenu* m_file = nullptr;
    QMenu* m_view = nullptr;
    QMenu* m_call = nullptr;
    QAction* m_fileSeparator = nullptr;
    QAction* m_settings = nullptr;
    QAction* m_showMonitor = nullptr;
    QAction* m_shortcuts = nullptr;
};

} // namespace calldeck
