#include "MainMenu.h"

#include "DockManager.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

namespace calldeck {

MainMenu::MainMenu(QMenuBar* menuBar, const DockManager& docks, QObject* parent) : QObject(parent)
{
    m_file = menuBar->addMenu(tr("&File"));
    m_file->setObjectName(QStringLiteral("fileMenu"));
    QAction* importContacts = m_file->addAction(tr("&Import Contacts…"));
    importContacts->setObjectName(QStringLiteral("menuImportContacts"));
    importContacts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QAction* exportContacts = m_file->addAction(tr("&Export Contacts…"));
    exportContacts->setObjectName(QStringLiteral("menuExportContacts"));
    exportContacts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_fileSeparator = m_file->addSeparator();
    m_settings = m_file->addAction(tr("&Settings…"));
    m_settings->setObjectName(QStringLiteral("menuSettings"));
    m_settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settings->setMenuRole(QAction::PreferencesRole);
    m_file->addSeparator();
    QAction* quit = m_file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("menuQuit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    m_view = menuBar->addMenu(tr("&View"));
    m_view->setObjectName(QStringLiteral("viewMenu"));
    //: Submenu listing the dockable panels (Contacts, Log, ...) with a check mark each.
    QMenu* panels = m_view->addMenu(tr("&Panels"));
    panels->setObjectName(QStringLiteral("panelsMenu"));
    docks.populatePanelsMenu(panels);
    m_showMonitor = m_view->addAction(tr("Call &Monitor"));
    m_showMonitor->setObjectName(QStringLiteral("menuShowMonitor"));
    m_showMonitor->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_showMonitor->setStatusTip(tr("Show the call monitor and give it the keyboard (hold Space to barge in)"));
    m_view->addSeparator();
    m_view->addAction(docks.lockAction());
    m_view->addAction(docks.resetAction());

    //: Menu bar: composing calls and controlling the selected call.
    m_call = menuBar->addMenu(tr("&Call"));
    m_call->setObjectName(QStringLiteral("callMenu"));
    m_call->menuAction()->setVisible(false);

    QMenu* help = menuBar->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    m_shortcuts = help->addAction(tr("&Keyboard Shortcuts…"));
    m_shortcuts->setObjectName(QStringLiteral("menuShortcuts"));
    m_shortcuts->setShortcut(QKeySequence(Qt::Key_F1));
    help->addSeparator();
    QAction* about = help->addAction(tr("&About CallDeck"));
    about->setObjectName(QStringLiteral("menuAbout"));
    about->setMenuRole(QAction::AboutRole);

    connect(importContacts, &QAction::triggered, this, &MainMenu::importContactsRequested);
    connect(exportContacts, &QAction::triggered, this, &MainMenu::exportContactsRequested);
    connect(m_settings, &QAction::triggered, this, &MainMenu::settingsRequested);
    connect(quit, &QAction::triggered, this, &MainMenu::quitRequested);
    connect(about, &QAction::triggered, this, &MainMenu::aboutRequested);
    connect(m_shortcuts, &QAction::triggered, this, &MainMenu::shortcutsRequested);
}

void MainMenu::addFileActions(const QList<QAction*>& actions)
{
    m_file->insertActions(m_fileSeparator, actions);
}

void MainMenu::addViewActions(const QList<QAction*>& actions)
{
    m_view->insertActions(m_showMonitor, actions);
}

void MainMenu::addCallActions(const QList<QAction*>& actions)
{
    if (actions.isEmpty()) {
        return;
    }
    if (!m_call->actions().isEmpty()) {
        m_call->addSeparator();
    }
    m_call->addActions(actions);
    m_call->menuAction()->setVisible(true);
}

} // namespace calldeck
