#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace calldeck {

class Settings;

/// Owns the main window's dock layout: the registry of docks (unique objectNames), their toggle
/// actions, locking, the default snapshot for "Reset layout", and a versioned, crash-safe
/// save/restore of geometry and state through Settings blobs.
class DockManager : public QObject
{
    Q_OBJECT
public:
    /// Bump when a layout change makes old saved states meaningless.
    static constexpr int kLayoutFormatVersion = 1;
    static const char* const kGeometryBlob;
    static const char* const kStateBlob;

    DockManager(QMainWindow& window, Settings& settings, QObject* parent = nullptr);

    /// Registers and places a dock. Its objectName must be set and unique (saveState keys on it).
    void addDock(QDockWidget* dock, Qt::DockWidgetArea area);
    [[nodiscard]] QList<QDockWidget*> docks() const { return m_docks; }
    /// Adds one toggle action per dock to `menu`.
    void populatePanelsMenu(QMenu* menu) const;
    [[nodiscard]] QAction* lockAction() const { return m_lockAction; }
    [[nodiscard]] QAction* resetAction() const { return m_resetAction; }

    /// Remembers the current layout as the default; call once all default docks are placed.
    void takeDefaultSnapshot();
    /// Restores the saved geometry and state. Returns false (and applies the default layout) when
    /// nothing usable was saved. The saved blobs are cleared first and written back only after a
    /// successful restore, so a layout that crashes the app is not restored twice.
    bool restoreLayout();
    /// Writes geometry and state to Settings and syncs them to disk.
    void saveLayout();
    /// Applies the default snapshot and shows every dock.
    void resetLayout();

    void setLocked(bool locked);
    [[nodiscard]] bool isLocked() const { return m_locked; }
    /// The version passed to saveState/restoreState: the format version and a checksum of the dock
    /// names, so adding or renaming a dock invalidates old layouts.
    [[nodiscard]] int layoutVersion() const;

private:
    void applyLockTo(QDockWidget* dock) const;

    QMainWindow& m_window;
    Settings& m_settings;
    QList<QDockWidget*> m_docks;
    QByteArray m_defaultState;
    QAction* m_lockAction = nullptr;
    QAction* m_resetAction = nullptr;
    bool m_locked = false;
};

} // namespace calldeck
