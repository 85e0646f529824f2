#include "HistoryFixture.h"

#include "calls/Engine.h"
#include "core/Settings.h"
#include "docks/NotificationsDock.h"
#include "fakes/MemoryCredentialStore.h"
#include "models/NotificationListModel.h"
#include "postcall/NotificationRepository.h"
#include "widgets/TrayNotifier.h"

#include <QListView>
#include <QPushButton>
#include <QSignalSpy>

using namespace calldeck;
using namespace calldeck::testdata;

class TestNotificationsDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsUnreadFirstWithCountInTitle();
    void openingMarksReadAndClicksThrough();
    void markAllReadClearsTheCount();
    void newNotificationReachesTheTray();
    void approvalRequestOffersApproveAndDecline();
};

void TestNotificationsDock::listsUnreadFirstWithCountInTitle()
{
    HistoryFixture fixture;
    QVERIFY(fixture.opened.ok());
    const FilledCall call = fixture.addDentalCall();
    QVERIFY(call.notificationId > 0);
    const qint64 clarifyTask = fixture.addTask(QStringLiteral("City Plumbing"), QStringLiteral("+15555550123"),
                                               QStringLiteral("Ask for a quote to fix a leaking kitchen tap"));
    fixture.store->runSync([clarifyTask](QSqlDatabase& db) {
        NotificationRepository repository(db);
        const qint64 first = repository.add({NotificationType::NeedsClarification, QStringLiteral("Old question"),
                                             {}, clarifyTask, 0}).valueOr({}).id;
        (void)repository.markRead(first);
        return first;
    });

    NotificationsDock dock(*fixture.store, nullptr);
    QTRY_COMPARE_WITH_TIMEOUT(dock.model()->rowCount(), 2, 10000);
    QCOMPARE(dock.unreadCount(), 1);
    QCOMPARE(dock.windowTitle(), QStringLiteral("Notifications (1)"));
    // Unread first and bold; the completed call names the callee and carries highlights.
    const QModelIndex first = dock.model()->index(0);
    QVERIFY(!first.data(NotificationListModel::ReadRole).toBool());
    QVERIFY(first.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(first.data(Qt::DisplayRole).toString().contains(QStringLiteral("Bright Smile Dental")));
    QVERIFY(first.data(NotificationListModel::BodyRole).toString().contains(QStringLiteral("$120.00")));
    QCOMPARE(first.data(NotificationListModel::TypeRole).toInt(), static_cast<int>(NotificationType::Completed));
    QVERIFY(!first.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!dock.model()->index(1).data(Qt::FontRole).value<QFont>().bold());
}

void TestNotificationsDock::openingMarksReadAndClicksThrough()
{
    HistoryFixture fixture;
    QVERIFY(fixture.opened.ok());
    const FilledCall call = fixture.addDentalCall();
    const qint64 taskOnly = fixture.addTask(QStringLiteral("City Plumbing"), QStringLiteral("+15555550123"),
                                            QStringLiteral("Ask for a quote to fix a leaking kitchen tap"));
    (void)fixture.store->runSync([taskOnly](QSqlDatabase& db) {
        return NotificationRepository(db).add({NotificationType::NeedsClarification,
                                               QStringLiteral("The assistant needs more information"), {}, taskOnly, 0});
    });

    NotificationsDock dock(*fixture.store, nullptr);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    QTRY_COMPARE_WITH_TIMEOUT(dock.unreadCount(), 2, 10000);
    QSignalSpy sessions(&dock, &NotificationsDock::openSession);
    QSignalSpy tasks(&dock, &NotificationsDock::openTask);

    const int sessionRow = dock.model()->rowOf(call.notificationId);
    QVERIFY(sessionRow >= 0);
    // Enter on the selected row is how a keyboard user opens it (double-click does the same).
    dock.view()->setFocus();
    dock.view()->setCurrentIndex(dock.model()->index(sessionRow));
    QTest::keyClick(dock.view(), Qt::Key_Return);
    QCOMPARE(sessions.count(), 1);
    QCOMPARE(sessions.at(0).at(0).toLongLong(), call.sessionId);
    QCOMPARE(dock.unreadCount(), 1);
    QCOMPARE(dock.windowTitle(), QStringLiteral("Notifications (1)"));

    const int taskRow = sessionRow == 0 ? 1 : 0;
    dock.openRow(taskRow);
    QCOMPARE(tasks.count(), 1);
    QCOMPARE(tasks.at(0).at(0).toLongLong(), taskOnly);
    // Read state reached the database: a fresh panel agrees.
    QTRY_COMPARE_WITH_TIMEOUT(fixture.store->runSync([](QSqlDatabase& db) {
        return NotificationRepository(db).unreadCount().valueOr(-1);
    }), 0, 10000);
    NotificationsDock again(*fixture.store, nullptr);
    QTRY_COMPARE_WITH_TIMEOUT(again.model()->rowCount(), 2, 10000);
    QCOMPARE(again.unreadCount(), 0);
    QCOMPARE(again.windowTitle(), QStringLiteral("Notifications"));
}

void TestNotificationsDock::markAllReadClearsTheCount()
{
    HistoryFixture fixture;
    QVERIFY(fixture.opened.ok());
    fixture.addDentalCall();
    fixture.addDentalCall();
    NotificationsDock dock(*fixture.store, nullptr);
    TrayNotifier tray(TrayNotifier::Mode::Disabled);
    dock.setTrayNotifier(&tray);
    QTRY_COMPARE_WITH_TIMEOUT(dock.unreadCount(), 2, 10000);
    QVERIFY(tray.toolTip().contains(QStringLiteral("2 unread")));
    QSignalSpy counts(&dock, &NotificationsDock::unreadCountChanged);
    dock.findChild<QPushButton*>(QStringLiteral("markAllRead"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(dock.unreadCount(), 0, 10000);
    QCOMPARE(counts.last().at(0).toInt(), 0);
    QCOMPARE(tray.toolTip(), QStringLiteral("CallDeck"));
    for (int row = 0; row < dock.model()->rowCount(); ++row) {
        QVERIFY(dock.model()->index(row).data(NotificationListModel::ReadRole).toBool());
    }
}

void TestNotificationsDock::newNotificationReachesTheTray()
{
    HistoryFixture fixture;
    QVERIFY(fixture.opened.ok());
    fixture.addDentalCall(); // already there when the panel opens: no desktop notification for it
    NotificationsDock dock(*fixture.store, nullptr);
    TrayNotifier tray(TrayNotifier::Mode::Disabled);
    QVERIFY(!tray.isTrayVisible());
    dock.setTrayNotifier(&tray);
    QSignalSpy notified(&tray, &TrayNotifier::notified);
    QTRY_COMPARE_WITH_TIMEOUT(dock.model()->rowCount(), 1, 10000);
    QCOMPARE(notified.count(), 0);

    const FilledCall second = fixture.addDentalCall();
    dock.refresh(); // what the poll timer or Engine's "post-call" event does
    QTRY_COMPARE_WITH_TIMEOUT(notified.count(), 1, 10000);
    QVERIFY(notified.at(0).at(0).toString().contains(QStringLiteral("Bright Smile Dental")));
    QCOMPARE(tray.lastNotification().id, second.notificationId);
    QCOMPARE(dock.unreadCount(), 2);
    // Reading again shows nothing new.
    dock.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(dock.model()->rowCount(), 2, 10000);
    QTest::qWait(200);
    QCOMPARE(notified.count(), 1);
    // Clicking the balloon opens the call.
    QSignalSpy sessions(&dock, &NotificationsDock::openSession);
    Q_EMIT tray.notificationClicked(tray.lastNotification());
    QCOMPARE(sessions.count(), 1);
    QCOMPARE(sessions.at(0).at(0).toLongLong(), second.sessionId);
}

void TestNotificationsDock::approvalRequestOffersApproveAndDecline()
{
    HistoryFixture fixture;
    QVERIFY(fixture.opened.ok());
    const FilledCall call = fixture.addDentalCall();
    QTemporaryDir settingsDir;
    Settings settings{settingsDir.filePath(QStringLiteral("settings.ini"))};
    MemoryCredentialStore credentials;
    Engine engine(settings, credentials);
    NotificationsDock dock(*fixture.store, &engine);
    TrayNotifier tray(TrayNotifier::Mode::Disabled);
    dock.setTrayNotifier(&tray);
    QSignalSpy notified(&tray, &TrayNotifier::notified);
    QSignalSpy messages(&dock, &NotificationsDock::statusMessage);
    QTRY_COMPARE_WITH_TIMEOUT(dock.model()->rowCount(), 1, 10000);

    Q_EMIT engine.approvalRequested(QStringLiteral("c-dental-%1").arg(call.taskId), QStringLiteral("ap-1"), 18000,
                                    QStringLiteral("Deep cleaning instead of a regular one"));
    QTRY_COMPARE_WITH_TIMEOUT(dock.model()->rowCount(), 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(notified.count(), 1, 10000);
    QVERIFY(notified.at(0).at(0).toString().contains(QStringLiteral("$180.00")));
    const QModelIndex approval = dock.model()->index(0);
    QCOMPARE(approval.data(NotificationListModel::TypeRole).toInt(),
             static_cast<int>(NotificationType::ApprovalNeeded));
    QVERIFY(approval.data(NotificationListModel::ApprovalPendingRole).toBool());
    dock.show();
    dock.view()->setCurrentIndex(approval);
    QVERIFY(dock.approveButton()->isVisible());
    QVERIFY(dock.declineButton()->isVisible());

    // The engine has no live call under that key (it was recorded, not dialled): the user is told.
    dock.approveButton()->click();
    QVERIFY(!messages.isEmpty());
    QCOMPARE(messages.last().at(0).toString(), QStringLiteral("The call ended before your answer arrived."));
    QVERIFY(!dock.approveButton()->isVisible());
    QVERIFY(!dock.model()->index(0).data(NotificationListModel::ApprovalPendingRole).toBool());
    dock.answerApproval(approval.data(NotificationListModel::IdRole).toLongLong(), false);
    QCOMPARE(messages.last().at(0).toString(), QStringLiteral("No call is waiting for this answer any more."));
}

QTEST_MAIN(TestNotificationsDock)
#include "tst_notifications_dock.moc"
