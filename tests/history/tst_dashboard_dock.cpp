#include "HistoryFixture.h"

#include "core/Settings.h"
#include "docks/DashboardDock.h"

#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace calldeck;
using namespace calldeck::testdata;

class TestDashboardDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsThisMonthsFigures();
    void emptyMonthSaysSo();
};

void TestDashboardDock::showsThisMonthsFigures()
{
    HistoryFixture fixture;
    QVERIFY(fixture.opened.ok());
    const FilledCall first = fixture.addDentalCall(41200);
    fixture.addDentalCall(30000);
    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    settings.setValue(SettingKeys::MonthlyCallQuota, 40);
    DashboardDock dock(*fixture.store, settings, nullptr);
    QTRY_COMPARE_WITH_TIMEOUT(dock.figures().callsThisMonth, 2, 10000);
    QCOMPARE(dock.quotaBar()->maximum(), 40);
    QCOMPARE(dock.quotaBar()->value(), 2);
    QCOMPARE(dock.findChild<QLabel*>(QStringLiteral("quotaText"))->text(), QStringLiteral("2 of 40 calls used, 38 left"));
    QCOMPARE(dock.spendLabel()->text(), QStringLiteral("$0.07"));
    QCOMPARE(dock.averageLabel()->text(), QStringLiteral("$0.036"));
    QCOMPARE(dock.successLabel()->text(), QStringLiteral("100% (2 of 2 completed calls)"));
    QCOMPARE(dock.recentCalls()->topLevelItemCount(), 2);
    QTreeWidgetItem* oldest = dock.recentCalls()->topLevelItem(1);
    QVERIFY(oldest->text(1).contains(QStringLiteral("+15555550100")));
    QCOMPARE(oldest->text(2), QStringLiteral("Goal achieved"));
    QCOMPARE(oldest->text(3), QStringLiteral("$0.041"));
    QSignalSpy open(&dock, &DashboardDock::openSession);
    Q_EMIT dock.recentCalls()->itemActivated(oldest, 0);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toLongLong(), first.sessionId);

    // A new call appears after the next refresh (what Engine's "post-call" event triggers).
    fixture.addDentalCall(10000);
    QSignalSpy refreshed(&dock, &DashboardDock::refreshed);
    dock.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 10000);
    QCOMPARE(dock.figures().callsThisMonth, 3);
    QCOMPARE(dock.spendLabel()->text(), QStringLiteral("$0.08"));
}

void TestDashboardDock::emptyMonthSaysSo()
{
    HistoryFixture fixture;
    QVERIFY(fixture.opened.ok());
    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    DashboardDock dock(*fixture.store, settings, nullptr);
    QSignalSpy refreshed(&dock, &DashboardDock::refreshed);
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 10000);
    QCOMPARE(dock.quotaBar()->maximum(), SettingKeys::MonthlyCallQuota.defaultValue);
    QCOMPARE(dock.quotaBar()->value(), 0);
    QCOMPARE(dock.spendLabel()->text(), QStringLiteral("$0.00"));
    QCOMPARE(dock.averageLabel()->text(), QStringLiteral("no calls yet"));
    QCOMPARE(dock.successLabel()->text(), QStringLiteral("no completed calls yet"));
    QCOMPARE(dock.recentCalls()->topLevelItemCount(), 0);
}

QTEST_MAIN(TestDashboardDock)
#include "tst_dashboard_dock.moc"
