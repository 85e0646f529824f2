#include "DockManager.h"

#include "core/Settings.h"

#include <QAction>
#include <QDockWidget>
#include <QLoggingCategory>
#include <QMainWindow>
#include <QMenu>

#include <algorithm>

Q_LOGGING_CATEGORY(lcDocks, "calldeck.ui.docks")

namespace calldeck {

const char* const DockManager::kGeometryBlob = "ui/main_window_geometry";
const char* const DockManager::kStateBlob = "ui/main_window_state";

DockManager::DockManager(QMainWindow& window, Settings& settings, QObject* parent)
    : QObject(parent), m_window(window), m_settings(settings)
{
    m_lockAction = new QAction(tr("&Lock Panels"), this);
    m_lockAction->setObjectName(QStringLiteral("lockPanelsAction"));
    m_lockAction->setCheckable(true);
    m_lockAction->setStatusTip(tr("Keep panels where they are: no moving, floating or closing"));
    m_resetAction = new QAction(tr("&Reset Layout"), this);
    m_resetAction->setObjectName(QStringLiteral("resetLayoutAction"));
    m_resetAction->setStatusTip(tr("Put every panel back where it was when CallDeck was first started"));

    m_locked = m_settings.value(SettingKeys::PanelsLocked);
    m_lockAction->setChecked(m_locked);
    connect(m_lockAction, &QAction::toggled, this, &DockManager::setLocked);
    connect(m_resetAction, &QAction::triggered, this, &DockManager::resetLayout);
}

void DockManager::addDock(QDockWidget* dock, Qt::DockWidgetArea area)
{
    Q_ASSERT(!dock->objectName().isEmpty());
    Q_ASSERT(std::none_of(m_docks.cbegin(), m_docks.cend(),
                          [dock](const QDockWidget* d) { return d->objectName() == dock->objectName(); }));
    m_docks.append(dock);
    m_window.addDockWidget(area, dock);
    applyLockTo(dock);
}

void DockManager::populatePanelsMenu(QMenu* menu) const
{
    for (QDockWidget* dock : m_docks) {
        menu->addAction(dock->toggleViewAction());
    }
}

void DockManager::takeDefaultSnapshot()
{
    m_defaultState = m_window.saveState(layoutVersion());
}

bool DockManager::restoreLayout()
{
    const QString geometryName = QString::fromLatin1(kGeometryBlob);
    const QString stateName = QString::fromLatin1(kStateBlob);
    const QByteArray geometry = m_settings.blob(geometryName);
    const QByteArray state = m_settings.blob(stateName);
    if (state.isEmpty()) {
        return false;
    }
    // Mumble's guard against crash loops: if restoring this state brings the app down, the next
    // start finds nothing saved and comes up with the default layout.
    m_settings.removeBlob(geometryName);
    m_settings.removeBlob(stateName);
    if (const Status synced = m_settings.sync(); !synced.ok()) {
        qCWarning(lcDocks).noquote() << "Could not clear the saved layout before restoring it:"
                                     << synced.error().message;
    }
    if (!geometry.isEmpty()) {
        m_window.restoreGeometry(geometry);
    }
    if (!m_window.restoreState(state, layoutVersion())) {
        qCWarning(lcDocks) << "The saved panel layout could not be restored; using the default layout.";
        resetLayout();
        return false;
    }
    for (QDockWidget* dock : m_docks) {
        applyLockTo(dock);
    }
    m_settings.setBlob(geometryName, geometry);
    m_settings.setBlob(stateName, state);
    if (const Status synced = m_settings.sync(); !synced.ok()) {
        qCWarning(lcDocks).noquote() << "Could not write the restored layout back:" << synced.error().message;
    }
    return true;
}

void DockManager::saveLayout()
{
    m_settings.setBlob(QString::fromLatin1(kGeometryBlob), m_window.saveGeometry());
    m_settings.setBlob(QString::fromLatin1(kStateBlob), m_window.saveState(layoutVersion()));
    if (const Status synced = m_settings.sync(); !synced.ok()) {
        qCWarning(lcDocks).noquote() << "Could not save the window layout:" << synced.error().message;
    }
}

void DockManager::resetLayout()
{
    if (!m_defaultState.isEmpty()) {
        m_window.restoreState(m_defaultState, layoutVersion());
    }
    for (QDockWidget* dock : m_docks) {
        dock->setFloating(false);
        dock->show();
        applyLockTo(dock);
    }
}

void DockManager::setLocked(bool locked)
{
    m_locked = locked;
    if (m_lockAction->isChecked() != locked) {
        m_lockAction->setChecked(locked);
    }
    for (QDockWidget* dock : m_docks) {
        applyLockTo(dock);
    }
    if (m_settings.storedValue(SettingKeys::PanelsLocked) != locked) {
        m_settings.setValue(SettingKeys::PanelsLocked, locked);
        if (const Status synced = m_settings.sync(); !synced.ok()) {
            qCWarning(lcDocks).noquote() << "Could not save the panel lock:" << synced.error().message;
        }
    }
}

int DockManager::layoutVersion() const
{
    QByteArray names;
    for (const QDockWidget* dock : m_docks) {
        names += dock->objectName().toUtf8() + '\n';
    }
    return kLayoutFormatVersion * 0x10000 + qChecksum(names);
}

void DockManager::applyLockTo(QDockWidget* dock) const
{
    dock->setFeatures(m_locked ? QDockWidget::NoDockWidgetFeatures
                               : QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                                     | QDockWidget::DockWidgetClosable);
}

} // namespace calldeck
