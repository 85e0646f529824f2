#include "MainMenu.h"

#include "DockManager.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

namespace calldeck {

MainMenu::MainMenu(QMenuBar* menuBar, const DockManager& docks, QObject* parent) : QObject(parent)
{
    QMenu* file = menuBar->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction* importContacts = file->addAction(tr("&Import Contacts…"));
    importContacts->setObjectName(QStringLiteral("menuImportContacts"));
    importContacts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QAction* exportContacts = file->addAction(tr("&Export Contacts…"));
    exportContacts->setObjectName(QStringLiteral("menuExportContacts"));
    exportContacts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    file->addSeparator();
    m_settings = file->addAction(tr("&Settings…"));
    m_settings->setObjectName(QStringLiteral("menuSettings"));
    m_settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("menuQuit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    //: Submenu listing the dockable panels (Contacts, Log, ...) with a check mark each.
    QMenu* panels = view->addMenu(tr("&Panels"));
    panels->setObjectName(QStringLiteral("panelsMenu"));
    docks.populatePanelsMenu(panels);
    m_showMonitor = view->addAction(tr("Call &Monitor"));
    m_showMonitor->setObjectName(QStringLiteral("menuShowMonitor"));
    m_showMonitor->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_showMonitor->setStatusTip(tr("Show the call monitor and give it the keyboard (hold Space to barge in)"));
    view->addSeparator();
    view->addAction(docks.lockAction());
    view->addAction(docks.resetAction());

    QMenu* help = menuBar->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction* about = help->addAction(tr("&About CallDeck"));
    about->setObjectName(QStringLiteral("menuAbout"));
    about->setMenuRole(QAction::AboutRole);

    connect(importContacts, &QAction::triggered, this, &MainMenu::importContactsRequested);
    connect(exportContacts, &QAction::triggered, this, &MainMenu::exportContactsRequested);
    connect(m_settings, &QAction::triggered, this, &MainMenu::settingsRequested);
    connect(quit, &QAction::triggered, this, &MainMenu::quitRequested);
    connect(about, &QAction::triggered, this, &MainMenu::aboutRequested);
}

} // namespace calldeck
