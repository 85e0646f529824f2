// The Script panel in the main window: registered next to the call monitor when the engine has a
// ScriptHub, listed in the View menu with its shortcuts, and its application-wide privacy shortcut
// works from the main window.
#include "MainWindow.h"
#include "ScriptUiFixture.h"
#include "calls/Engine.h"
#include "docks/MonitorDock.h"
#include "fakes/MemoryCredentialStore.h"
#include "script/ScriptDock.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QtTest>

using namespace calldeck;
using namespace calldeck::testing;

class TestScriptMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void panelIsRegisteredWithMenuAndShortcuts()
    {
        ScriptUiFixture fx;
        QVERIFY(fx.open());
        fx.settings->setValue(SettingKeys::ListenAddress, QStringLiteral("127.0.0.1:0"));
        MemoryCredentialStore credentials;
        Engine engine(*fx.settings, credentials);
        engine.setStore(fx.store.get());
        MainWindow window(UiServices{*fx.settings, *fx.store, credentials, nullptr, &engine});
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        ScriptDock* dock = window.scriptDock();
        QVERIFY(dock != nullptr);
        QCOMPARE(dock->objectName(), QStringLiteral("ScriptDock"));
        QCOMPARE(&dock->hub(), engine.scriptHub());
        QCOMPARE(window.dockWidgetArea(dock), Qt::LeftDockWidgetArea);
        QVERIFY(window.tabifiedDockWidgets(dock).contains(window.monitorDock()));

        auto* view = window.menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu"));
        QVERIFY(view != nullptr);
        for (QAction* action : {dock->showAction(), dock->objectionAction(), dock->privacyAction(), dock->presentAction()}) {
            QVERIFY2(view->actions().contains(action), qPrintable(action->text()));
        }

        // Ctrl+Shift+P from the main window toggles privacy mode and remembers it.
        QVERIFY(!dock->isPrivate());
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(dock->isPrivate());
        QCOMPARE(fx.settings->value(SettingKeys::ScriptPrivacyMode), true);
        // Ctrl+Shift+S shows the panel.
        window.monitorDock()->raise();
        QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(!dock->visibleRegion().isEmpty());
    }
};

QTEST_MAIN(TestScriptMainWindow)
#include "tst_script_main_window.moc"
