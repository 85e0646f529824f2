// The full desk window (engine attached, not started): what a new user notices around calls.
// It fits 1280×800 and 1366×768 with an approval and an error banner up (nothing outside the
// window, panels side by side).
// History refreshes by itself once a call's results are stored; a number handed over by a later
// start (a tel: link) lands in the manual call form and is not dialled; only providers that calls
// use are named.
#include "MainWindow.h"
#include "calls/Engine.h"
#include "core/Settings.h"
#include "docks/ComposerDock.h"
#include "docks/HistoryDock.h"
#include "docks/MonitorDock.h"
#include "fakes/MemoryCredentialStore.h"
#include "models/ConfigurationStatus.h"
#include "store/Store.h"
#include "widgets/ManualCallForm.h"
#include "widgets/PhoneNumberEdit.h"

#include <QAbstractScrollArea>
#include <QDockWidget>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace calldeck;

namespace {

/// Inside a scroll area's content, where being beyond the visible part is what scrolling is for.
bool insideScrolledContent(const QWidget* widget)
{
    for (const QWidget* w = widget->parentWidget(); w != nullptr; w = w->parentWidget()) {
        if (const auto* area = qobject_cast<const QAbstractScrollArea*>(w->parentWidget());
            area != nullptr && area->viewport() == w) {
            return true;
        }
    }
    return false;
}

/// In a panel that is tabbed behind another: Qt parks those outside the window, unseen.
bool inAHiddenTab(QWidget* widget)
{
    for (QWidget* w = widget; w != nullptr; w = w->parentWidget()) {
        if (auto* dock = qobject_cast<QDockWidget*>(w)) {
            return dock->visibleRegion().isEmpty();
        }
    }
    return false;
}

} // namespace

class TestDeskWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MemoryCredentialStore> m_credentials;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<MainWindow> m_window;

    void makeWindow()
    {
        m_engine = std::make_unique<Engine>(*m_settings, *m_credentials);
        m_engine->setStore(m_store.get());
        m_window = std::make_unique<MainWindow>(UiServices{*m_settings, *m_store, *m_credentials, nullptr, m_engine.get()});
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
        m_settings->setValue(SettingKeys::ListenAddress, QStringLiteral("127.0.0.1:0"));
        m_store = std::make_unique<Store>(m_dir->filePath(QStringLiteral("calldeck.sqlite")));
        QVERIFY(m_store->open().ok());
        m_credentials = std::make_unique<MemoryCredentialStore>();
    }

    void cleanup()
    {
        m_window.reset();
        m_engine.reset();
        m_store.reset();
        m_credentials.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void fitsALaptopScreen_data()
    {
        QTest::addColumn<QSize>("screen");
        QTest::newRow("1280x800") << QSize(1280, 800);
        QTest::newRow("1366x768") << QSize(1366, 768);
    }

    void fitsALaptopScreen()
    {
        QFETCH(QSize, screen);
        makeWindow();
        m_window->resize(screen);
        QTRY_COMPARE(m_window->size(), screen);
        const QSize minimum = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
        QVERIFY2(minimum.width() <= screen.width() && minimum.height() <= screen.height(),
                 qPrintable(QStringLiteral("minimum %1x%2").arg(minimum.width()).arg(minimum.height())));

        // A call that waits for approval and a refused call: both banners are up.
        CallSnapshot call;
        call.callKey = QStringLiteral("c-fit");
        call.to = QStringLiteral("+14155550123");
        call.provider = QStringLiteral("sandbox");
        call.agentKind = QStringLiteral("offline");
        call.state = CallState::Connected;
        call.placedAt = QDateTime::currentDateTimeUtc().addSecs(-40);
        call.connectedAt = call.placedAt.addSecs(5);
        call.pendingApprovalId = QStringLiteral("ap-1");
        call.pendingApprovalText = QStringLiteral("Accept the cleaning appointment on Tuesday at 10:30 for the quoted "
                                                  "price, which is above the limit you set for this call");
        call.pendingApprovalCents = 18000;
        Q_EMIT m_engine->callUpdated(call);
        MonitorDock* monitor = m_window->monitorDock();
        monitor->showAndFocus();
        CallRequest refused;
        refused.to = QStringLiteral("banana");
        monitor->placeCall(refused);
        QTRY_VERIFY(!monitor->errorText().isEmpty());
        auto* approval = monitor->findChild<QWidget*>(QStringLiteral("approvalBar"));
        QVERIFY(approval != nullptr);
        QTRY_VERIFY(approval->isVisible());
        QTest::qWait(100);

        // The banners did not grow the window, and everything visible is inside it.
        QCOMPARE(m_window->size(), screen);
        const QRect inside = m_window->rect();
        QStringList outside;
        const QList<QWidget*> widgets = m_window->findChildren<QWidget*>();
        for (QWidget* widget : widgets) {
            if (!widget->isVisible() || widget->isWindow() || insideScrolledContent(widget) || inAHiddenTab(widget)) {
                continue;
            }
            const QRect rect(widget->mapTo(m_window.get(), QPoint(0, 0)), widget->size());
            if (!inside.contains(rect)) {
                outside << QStringLiteral("%1 %2 at %3,%4 %5x%6")
                               .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName())
                               .arg(rect.x())
                               .arg(rect.y())
                               .arg(rect.width())
                               .arg(rect.height());
            }
        }
        QVERIFY2(outside.isEmpty(), qPrintable(outside.join(u'\n')));

        // The panels in view do not overlap one another.
        QList<QDockWidget*> shown;
        for (QDockWidget* dock : m_window->findChildren<QDockWidget*>()) {
            if (dock->isVisible() && !dock->isFloating() && !dock->visibleRegion().isEmpty()) {
                shown.append(dock);
            }
        }
        QVERIFY(shown.size() >= 3);
        for (int i = 0; i < shown.size(); ++i) {
            for (int j = i + 1; j < shown.size(); ++j) {
                QVERIFY2(!shown.at(i)->geometry().intersects(shown.at(j)->geometry()),
                         qPrintable(shown.at(i)->objectName() + QStringLiteral(" overlaps ") + shown.at(j)->objectName()));
            }
        }
        QVERIFY(inside.contains(m_window->statusBar()->geometry()));
        const QString shots = qEnvironmentVariable("CALLDECK_SHOT_DIR");
        if (!shots.isEmpty()) {
            m_window->grab().save(shots + QStringLiteral("/main-window-%1x%2.png").arg(screen.width()).arg(screen.height()));
        }
    }

    void historyRefreshesWhenACallIsStored()
    {
        makeWindow();
        QSignalSpy refreshed(m_window->historyDock(), &HistoryDock::refreshed);
        QTest::qWait(300); // the first read at start is done
        refreshed.clear();
        Q_EMIT m_engine->callEvent(QStringLiteral("c-1"), QStringLiteral("post-call"), QString());
        QTRY_COMPARE(refreshed.count(), 1);
    }

    void aHandedOverNumberFillsTheCallFormWithoutDialling()
    {
        makeWindow();
        ComposerDock* composer = m_window->composerDock();
        composer->hide();
        m_window->handOver({QStringLiteral("--ignored"), QStringLiteral("tel:+1-415-555-0123")});
        QTRY_VERIFY(composer->isVisible());
        QCOMPARE(composer->tabs()->currentWidget(), static_cast<QWidget*>(composer->manualForm()));
        const Result<QString> e164 = composer->manualForm()->phoneEdit()->e164();
        QVERIFY2(e164.ok(), qPrintable(e164.ok() ? QString() : e164.error().message));
        QCOMPARE(e164.value(), QStringLiteral("+14155550123"));
        QTest::qWait(300);
        QVERIFY(m_engine->calls().isEmpty());

        // Nothing that is a number: the window only comes forward.
        composer->manualForm()->phoneEdit()->clear();
        m_window->handOver({QStringLiteral("hello")});
        QVERIFY(composer->manualForm()->phoneEdit()->text().isEmpty());
    }

    void onlyProvidersThatCallsUseAreNamed()
    {
        QVERIFY(m_credentials->write(Secret::AnthropicApiKey, QStringLiteral("sk-ant-test")).result().ok());
        makeWindow();
        ConfigurationStatus& status = m_window->configuration();
        QSignalSpy changed(&status, &ConfigurationStatus::changed);
        status.refresh();
        QTRY_VERIFY(changed.count() >= 1);
        QVERIFY2(!status.aiProvider().contains(QStringLiteral("Anthropic")), qPrintable(status.aiProvider()));
        QCOMPARE(status.aiProvider(), QStringLiteral("None (offline agent)"));

        QVERIFY(m_credentials->write(Secret::OpenAiApiKey, QStringLiteral("sk-test")).result().ok());
        changed.clear();
        status.refresh();
        QTRY_VERIFY(changed.count() >= 1);
        QCOMPARE(status.aiProvider(), QStringLiteral("OpenAI"));
    }
};

QTEST_MAIN(TestDeskWindow)
#include "tst_desk_window.moc"
