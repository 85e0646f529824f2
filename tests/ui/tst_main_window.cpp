#include "DockManager.h"
#include "MainWindow.h"
#include "core/Settings.h"
#include "docks/ContactsDock.h"
#include "docks/LogDock.h"
#include "fakes/MemoryCredentialStore.h"
#include "models/ConfigurationStatus.h"
#include "store/Store.h"
#include "widgets/CallStatusBar.h"
#include "widgets/OverviewPage.h"

#include <QAction>
#include <QDataStream>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace calldeck;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void docksHaveUniqueObjectNames();
    void panelsMenuTogglesDocks();
    void lockPanelsChangesFeaturesAndPersists();
    void resetLayoutRestoresDefault();
    void savedLayoutRestoredOnNextStart();
    void corruptSavedStateFallsBackToDefault_data();
    void corruptSavedStateFallsBackToDefault();
    void statusBarShowsProviderAndCalls();
    void twilioShownWhenSidAndTokenConfigured();
    void keychainUnavailableShownInStatusBar();

private:
    std::unique_ptr<MainWindow> makeWindow();
    QAction* panelAction(MainWindow& window, const QString& dockName) const;
    QByteArray stateBlob() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MemoryCredentialStore> m_credentials;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_store = std::make_unique<Store>(m_dir->filePath(QStringLiteral("calldeck.sqlite")));
    const Status opened = m_store->open();
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_credentials = std::make_unique<MemoryCredentialStore>();
}

void TestMainWindow::cleanup()
{
    m_credentials.reset();
    m_store.reset();
    m_settings.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow()
{
    auto window = std::make_unique<MainWindow>(UiServices{*m_settings, *m_store, *m_credentials, nullptr});
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())) {
        qWarning("window not exposed");
    }
    return window;
}

QAction* TestMainWindow::panelAction(MainWindow& window, const QString& dockName) const
{
    auto* menu = window.menuBar()->findChild<QMenu*>(QStringLiteral("panelsMenu"));
    if (menu == nullptr) {
        return nullptr;
    }
    auto* dock = window.findChild<QDockWidget*>(dockName);
    const QList<QAction*> actions = menu->actions();
    for (QAction* action : actions) {
        if (dock != nullptr && action == dock->toggleViewAction()) {
            return action;
        }
    }
    return nullptr;
}

QByteArray TestMainWindow::stateBlob() const
{
    return m_settings->blob(QString::fromLatin1(DockManager::kStateBlob));
}

void TestMainWindow::docksHaveUniqueObjectNames()
{
    auto window = makeWindow();
    const QList<QDockWidget*> docks = window->findChildren<QDockWidget*>();
    QVERIFY(docks.size() >= 2);
    QSet<QString> names;
    for (const QDockWidget* dock : docks) {
        QVERIFY2(!dock->objectName().isEmpty(), qPrintable(dock->windowTitle()));
        QVERIFY2(!names.contains(dock->objectName()), qPrintable(dock->objectName()));
        names.insert(dock->objectName());
        QVERIFY2(dock->widget() != nullptr, "a dock without content");
    }
    QVERIFY(names.contains(QStringLiteral("ContactsDock")));
    QVERIFY(names.contains(QStringLiteral("LogDock")));
    QCOMPARE(window->dockManager().docks().size(), docks.size());
}

void TestMainWindow::panelsMenuTogglesDocks()
{
    auto window = makeWindow();
    auto* menu = window->menuBar()->findChild<QMenu*>(QStringLiteral("panelsMenu"));
    QVERIFY(menu != nullptr);
    QCOMPARE(menu->actions().size(), window->dockManager().docks().size());
    for (QDockWidget* dock : window->dockManager().docks()) {
        QAction* toggle = panelAction(*window, dock->objectName());
        QVERIFY(toggle != nullptr);
        QVERIFY(toggle->isChecked());
        QVERIFY(dock->isVisible());
        toggle->trigger();
        QVERIFY(!dock->isVisible());
        QVERIFY(!toggle->isChecked());
        toggle->trigger();
        QVERIFY(dock->isVisible());
    }
}

void TestMainWindow::lockPanelsChangesFeaturesAndPersists()
{
    {
        auto window = makeWindow();
        QAction* lock = window->dockManager().lockAction();
        QVERIFY(!lock->isChecked());
        for (const QDockWidget* dock : window->dockManager().docks()) {
            QVERIFY(dock->features().testFlag(QDockWidget::DockWidgetMovable));
            QVERIFY(dock->features().testFlag(QDockWidget::DockWidgetClosable));
        }
        lock->trigger();
        for (const QDockWidget* dock : window->dockManager().docks()) {
            QCOMPARE(dock->features(), QDockWidget::NoDockWidgetFeatures);
        }
        QCOMPARE(m_settings->value(SettingKeys::PanelsLocked), true);
    }
    Settings reread(m_settings->filePath());
    QCOMPARE(reread.value(SettingKeys::PanelsLocked), true);

    auto again = makeWindow();
    QVERIFY(again->dockManager().lockAction()->isChecked());
    for (const QDockWidget* dock : again->dockManager().docks()) {
        QCOMPARE(dock->features(), QDockWidget::NoDockWidgetFeatures);
    }
    again->dockManager().lockAction()->trigger();
    for (const QDockWidget* dock : again->dockManager().docks()) {
        QVERIFY(dock->features().testFlag(QDockWidget::DockWidgetFloatable));
    }
    QCOMPARE(m_settings->value(SettingKeys::PanelsLocked), false);
}

void TestMainWindow::resetLayoutRestoresDefault()
{
    auto window = makeWindow();
    ContactsDock* contacts = window->contactsDock();
    LogDock* log = window->logDock();
    QCOMPARE(window->dockWidgetArea(contacts), Qt::RightDockWidgetArea);
    QCOMPARE(window->dockWidgetArea(log), Qt::BottomDockWidgetArea);

    window->addDockWidget(Qt::LeftDockWidgetArea, log);
    contacts->hide();
    QCOMPARE(window->dockWidgetArea(log), Qt::LeftDockWidgetArea);

    window->dockManager().resetAction()->trigger();
    QCOMPARE(window->dockWidgetArea(log), Qt::BottomDockWidgetArea);
    QCOMPARE(window->dockWidgetArea(contacts), Qt::RightDockWidgetArea);
    QVERIFY(contacts->isVisible());
    QVERIFY(log->isVisible());
    QVERIFY(!log->isFloating());
}

void TestMainWindow::savedLayoutRestoredOnNextStart()
{
    {
        auto window = makeWindow();
        window->addDockWidget(Qt::LeftDockWidgetArea, window->logDock());
        window->contactsDock()->hide();
        window->close();
    }
    QVERIFY(!stateBlob().isEmpty());
    auto window = makeWindow();
    QCOMPARE(window->dockWidgetArea(window->logDock()), Qt::LeftDockWidgetArea);
    QVERIFY(!window->contactsDock()->isVisible());
    // Written back after the successful restore, so the next start restores it again.
    QVERIFY(!stateBlob().isEmpty());
}

void TestMainWindow::corruptSavedStateFallsBackToDefault_data()
{
    QTest::addColumn<QByteArray>("state");

    QByteArray random(4096, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char& byte : random) {
        byte = static_cast<char>(generator.bounded(256));
    }
    QTest::newRow("random bytes") << random;

    QMainWindow other;
    auto* dock = new QDockWidget(&other);
    dock->setObjectName(QStringLiteral("LogDock"));
    other.addDockWidget(Qt::LeftDockWidgetArea, dock);
    QTest::newRow("wrong version") << other.saveState(12345);

    QByteArray truncated;
    {
        QDataStream stream(&truncated, QIODevice::WriteOnly);
        stream << qint32(0xff) << qint32(DockManager::kLayoutFormatVersion) << QByteArray("garbage");
    }
    QTest::newRow("marker then garbage") << truncated;
}

void TestMainWindow::corruptSavedStateFallsBackToDefault()
{
    QFETCH(QByteArray, state);
    m_settings->setBlob(QString::fromLatin1(DockManager::kStateBlob), state);
    m_settings->setBlob(QString::fromLatin1(DockManager::kGeometryBlob), QByteArray("not a geometry"));
    QVERIFY(m_settings->sync().ok());

    auto window = makeWindow();
    QCOMPARE(window->dockWidgetArea(window->logDock()), Qt::BottomDockWidgetArea);
    QCOMPARE(window->dockWidgetArea(window->contactsDock()), Qt::RightDockWidgetArea);
    QVERIFY(window->logDock()->isVisible());
    QVERIFY(window->contactsDock()->isVisible());
    // The bad state is gone, so it is not tried again on the next start.
    QVERIFY(stateBlob().isEmpty());
}

void TestMainWindow::statusBarShowsProviderAndCalls()
{
    auto window = makeWindow();
    CallStatusBar* bar = window->callStatusBar();
    QTRY_VERIFY(bar->providerText().contains(QStringLiteral("Sandbox (simulated calls)")));
    QCOMPARE(bar->publicUrlText(), QStringLiteral("No public URL"));
    QVERIFY(bar->activeCallsText().contains(u'0'));
    QCOMPARE(window->overviewPage()->telephonyText(), QStringLiteral("Sandbox (simulated calls)"));
    window->setActiveCallCount(3);
    QCOMPARE(bar->activeCalls(), 3);
    QVERIFY(bar->activeCallsText().contains(u'3'));
}

void TestMainWindow::twilioShownWhenSidAndTokenConfigured()
{
    m_settings->setValue(SettingKeys::TwilioAccountSid, QStringLiteral("AC0123456789abcdef0123456789abcdef"));
    m_settings->setValue(SettingKeys::PublicUrl, QStringLiteral("https://calls.example.com"));
    m_credentials->write(Secret::TwilioAuthToken, QStringLiteral("token")).waitForFinished();
    auto window = makeWindow();
    QTRY_COMPARE(window->overviewPage()->telephonyText(), QStringLiteral("Twilio"));
    QVERIFY(window->callStatusBar()->providerText().contains(QStringLiteral("Twilio")));
    QCOMPARE(window->callStatusBar()->publicUrlText(), QStringLiteral("https://calls.example.com"));
}

void TestMainWindow::keychainUnavailableShownInStatusBar()
{
    m_credentials->setUnavailable(true);
    auto window = makeWindow();
    auto* label = window->callStatusBar()->findChild<QLabel*>(QStringLiteral("keychainLabel"));
    QVERIFY(label != nullptr);
    QTRY_VERIFY(label->isVisible());
    QVERIFY(!label->toolTip().isEmpty());

    // A failed write probe counts even when reads looked fine.
    m_credentials->setUnavailable(false);
    window->configuration().refresh();
    QTRY_VERIFY(!label->isVisible());
    window->configuration().reportKeychainProbe(
        Status::failure(ErrorCode::KeychainUnavailable, QStringLiteral("Install GNOME Keyring")));
    QTRY_VERIFY(label->isVisible());
    QCOMPARE(label->toolTip(), QStringLiteral("Install GNOME Keyring"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
