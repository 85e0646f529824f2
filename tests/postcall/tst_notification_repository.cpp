// NotificationRepository: what the notifications panel and the tray badge read.
#include "postcall/NotificationRepository.h"
#include "store/CallRepository.h"
#include "store/Store.h"

#include <QtTest>

#include <memory>

using namespace calldeck;

class TestNotificationRepository : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Store> m_store;

    template <typename F>
    auto withRepo(F&& fn)
    {
        return m_store->runSync([&fn](QSqlDatabase& db) {
            NotificationRepository repo(db);
            return fn(repo);
        });
    }

    qint64 add(NotificationType type, const QString& title, qint64 taskId = 0, qint64 sessionId = 0)
    {
        const Result<Notification> added = withRepo([&](NotificationRepository& r) {
            return r.add(NewNotification{type, title, QStringLiteral("body of ") + title, taskId, sessionId});
        });
        return added ? added.value().id : 0;
    }

    QStringList titles(NotificationFilter filter, int limit)
    {
        QStringList result;
        const Result<QList<Notification>> list = withRepo([&](NotificationRepository& r) { return r.list(filter, limit); });
        for (const Notification& n : list.valueOr({})) {
            result.append(n.title);
        }
        return result;
    }

    int unread()
    {
        return withRepo([](NotificationRepository& r) { return r.unreadCount(); }).valueOr(-1);
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<Store>(QStringLiteral(":memory:"));
        QVERIFY(m_store->open().ok());
    }

    void cleanup() { m_store.reset(); }

    void addStoresEverythingUnread()
    {
        const CallRecordIds ids = m_store->runSync([](QSqlDatabase& db) {
            NewCallRecord record;
            record.toE164 = QStringLiteral("+15555550100");
            record.provider = QStringLiteral("sandbox");
            record.objective = QStringLiteral("Book a cleaning");
            return CallRepository(db).begin(record).valueOr({});
        });
        QVERIFY(ids.sessionId > 0);
        const qint64 id = add(NotificationType::Completed, QStringLiteral("Call completed: Bright Smile Dental"), ids.taskId,
                              ids.sessionId);
        QVERIFY(id > 0);
        const Notification stored = withRepo([id](NotificationRepository& r) { return r.get(id); }).valueOr({});
        QCOMPARE(stored.type, NotificationType::Completed);
        QCOMPARE(stored.title, QStringLiteral("Call completed: Bright Smile Dental"));
        QCOMPARE(stored.body, QStringLiteral("body of Call completed: Bright Smile Dental"));
        QCOMPARE(stored.taskId, ids.taskId);
        QCOMPARE(stored.sessionId, ids.sessionId);
        QVERIFY(!stored.isRead());
        QVERIFY(stored.createdAt.isValid());
        QCOMPARE(unread(), 1);
    }

    void badInputIsRefusedWithAReason()
    {
        const Result<Notification> empty = withRepo([](NotificationRepository& r) {
            return r.add(NewNotification{NotificationType::Failed, QStringLiteral("   "), {}, 0, 0});
        });
        QCOMPARE(empty.error().code, ErrorCode::InvalidArgument);
        const Result<Notification> dangling = withRepo([](NotificationRepository& r) {
            return r.add(NewNotification{NotificationType::Failed, QStringLiteral("Call failed"), {}, 0, 99});
        });
        QCOMPARE(dangling.error().code, ErrorCode::NotFound);
        QVERIFY(dangling.error().message.contains(QStringLiteral("99")));
        QCOMPARE(unread(), 0);
        QCOMPARE(withRepo([](NotificationRepository& r) { return r.markRead(1234); }).error().code, ErrorCode::NotFound);
    }

    void listsUnreadFirstAndReadStateSticks()
    {
        add(NotificationType::NeedsClarification, QStringLiteral("one"));
        const qint64 two = add(NotificationType::ApprovalNeeded, QStringLiteral("two"));
        add(NotificationType::NeedsFollowUp, QStringLiteral("three"));
        add(NotificationType::Failed, QStringLiteral("four"));
        QCOMPARE(unread(), 4);
        QCOMPARE(titles(NotificationFilter::All, 0),
                 (QStringList{QStringLiteral("four"), QStringLiteral("three"), QStringLiteral("two"), QStringLiteral("one")}));

        QVERIFY(withRepo([two](NotificationRepository& r) { return r.markRead(two); }).ok());
        QCOMPARE(unread(), 3);
        const QDateTime firstRead = withRepo([two](NotificationRepository& r) { return r.get(two); }).valueOr({}).readAt;
        QVERIFY(firstRead.isValid());
        // Marking again keeps the first read time.
        QVERIFY(withRepo([two](NotificationRepository& r) { return r.markRead(two); }).ok());
        QCOMPARE(withRepo([two](NotificationRepository& r) { return r.get(two); }).valueOr({}).readAt, firstRead);

        QCOMPARE(titles(NotificationFilter::UnreadFirst, 0),
                 (QStringList{QStringLiteral("four"), QStringLiteral("three"), QStringLiteral("one"), QStringLiteral("two")}));
        QCOMPARE(titles(NotificationFilter::UnreadOnly, 0),
                 (QStringList{QStringLiteral("four"), QStringLiteral("three"), QStringLiteral("one")}));
        QCOMPARE(titles(NotificationFilter::All, 2), (QStringList{QStringLiteral("four"), QStringLiteral("three")}));

        QCOMPARE(withRepo([](NotificationRepository& r) { return r.markAllRead(); }).valueOr(-1), 3);
        QCOMPARE(unread(), 0);
        QVERIFY(titles(NotificationFilter::UnreadOnly, 0).isEmpty());
        QCOMPARE(withRepo([](NotificationRepository& r) { return r.markAllRead(); }).valueOr(-1), 0);
    }

    void typeNamesMatchTheDatabase()
    {
        for (NotificationType type : {NotificationType::NeedsClarification, NotificationType::ApprovalNeeded,
                                      NotificationType::Completed, NotificationType::NeedsFollowUp, NotificationType::Failed}) {
            QVERIFY(add(type, NotificationRepository::typeName(type)) > 0);
            QCOMPARE(NotificationRepository::typeFromName(NotificationRepository::typeName(type)), std::optional(type));
        }
        QCOMPARE(NotificationRepository::typeName(NotificationType::NeedsFollowUp), QStringLiteral("needs_follow_up"));
    }
};

QTEST_GUILESS_MAIN(TestNotificationRepository)
#include "tst_notification_repository.moc"
