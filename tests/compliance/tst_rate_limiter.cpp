#include "ComplianceTestRows.h"
#include "compliance/RateLimiter.h"
#include "core/Settings.h"
#include "store/Store.h"

#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace calldeck;

namespace {

// A fixed "now" so every window edge is exact; nothing here depends on the wall clock.
const QDateTime kNow(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC);

QDateTime minutesAgo(int minutes)
{
    return kNow.addSecs(qint64{-60} * minutes);
}

} // namespace

class TestRateLimiter : public QObject
{
    Q_OBJECT

private:
    template <typename F>
    auto withDb(F&& fn)
    {
        return m_store->runSync([&fn](QSqlDatabase& db) { return fn(db); });
    }

    /// One call attempt of a new task of `callType`, created at `at`.
    void addCall(const QString& callType, const QDateTime& at, qint64 userId = 1)
    {
        const qint64 session = withDb([&](QSqlDatabase& db) {
            const qint64 task = testrows::insertTask(db, callType, userId);
            return task > 0 ? testrows::insertSession(db, task, at) : 0;
        });
        QVERIFY(session > 0);
    }

    void addManual(const QDateTime& at) { addCall(QStringLiteral("manual"), at); }

    RateLimitDecision check(CallCategory category, const QDateTime& now, RateLimits limits = {})
    {
        const Result<RateLimitDecision> result =
            withDb([&](QSqlDatabase& db) { return RateLimiter(db, limits).check(category, now); });
        if (!result.ok()) {
            qWarning("rate limit check failed: %s", qPrintable(result.error().message));
            return RateLimitDecision{false, category, RateLimitWindow::None, -1, -1, -1, {}, result.error().message};
        }
        return result.value();
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<Store>(QStringLiteral(":memory:"));
        QVERIFY(m_store->open().ok());
    }

    void cleanup() { m_store.reset(); }

    void emptyHistoryAllows()
    {
        const RateLimitDecision decision = check(CallCategory::Manual, kNow);
        QVERIFY(decision.allowed);
        QCOMPARE(decision.usedLastHour, 0);
        QCOMPARE(decision.usedLastDay, 0);
        QVERIFY(decision.message.isEmpty());
        QVERIFY(!decision.retryAtUtc.isValid());
        QVERIFY(decision.toStatus().ok());
    }

    void fifthManualCallInAnHourIsTheLast()
    {
        // Four calls in the hour: the fifth may start.
        for (int minutes : {50, 40, 30, 20}) {
            addManual(minutesAgo(minutes));
        }
        RateLimitDecision decision = check(CallCategory::Manual, kNow);
        QVERIFY(decision.allowed);
        QCOMPARE(decision.usedLastHour, 4);

        // Five calls: the sixth is refused until the oldest (50 minutes ago) leaves the hour.
        addManual(minutesAgo(10));
        decision = check(CallCategory::Manual, kNow);
        QVERIFY(!decision.allowed);
        QCOMPARE(decision.window, RateLimitWindow::Hour);
        QCOMPARE(decision.limit, 5);
        QCOMPARE(decision.usedLastHour, 5);
        QCOMPARE(decision.retryAtUtc, kNow.addSecs(10 * 60));
        QVERIFY2(decision.message.contains(QStringLiteral("Manual call limit reached: 5 per hour.")),
                 qPrintable(decision.message));
        QVERIFY2(decision.message.contains(RateLimiter::formatRetryTime(kNow.addSecs(10 * 60))),
                 qPrintable(decision.message));
        QVERIFY2(decision.message.contains(QStringLiteral("(in 10 min)")), qPrintable(decision.message));
        QCOMPARE(decision.toStatus().error().code, ErrorCode::Conflict);
        QCOMPARE(decision.toStatus().error().message, decision.message);
    }

    void hourWindowSlides()
    {
        for (int minutes : {50, 40, 30, 20, 10}) {
            addManual(minutesAgo(minutes));
        }
        const QDateTime retry = kNow.addSecs(10 * 60);
        QCOMPARE(check(CallCategory::Manual, kNow).retryAtUtc, retry);
        // One millisecond early is still refused; at the retry time the oldest call has left.
        QVERIFY(!check(CallCategory::Manual, retry.addMSecs(-1)).allowed);
        const RateLimitDecision atRetry = check(CallCategory::Manual, retry);
        QVERIFY2(atRetry.allowed, qPrintable(atRetry.message));
        QCOMPARE(atRetry.usedLastHour, 4);
        // Later on, the window keeps sliding: 45 minutes on, only the call from 10 minutes ago is left.
        const RateLimitDecision later = check(CallCategory::Manual, kNow.addSecs(45 * 60));
        QCOMPARE(later.usedLastHour, 1);
        QCOMPARE(later.usedLastDay, 5);
    }

    void overfullHourWaitsForEnoughCallsToLeave()
    {
        // Six calls in the hour (limits were lowered, or two calls raced): one more must wait until
        // two have left, i.e. until the second oldest leaves.
        for (int minutes : {50, 40, 30, 20, 10, 5}) {
            addManual(minutesAgo(minutes));
        }
        const RateLimitDecision decision = check(CallCategory::Manual, kNow);
        QVERIFY(!decision.allowed);
        QCOMPARE(decision.usedLastHour, 6);
        QCOMPARE(decision.retryAtUtc, kNow.addSecs(20 * 60));
        QVERIFY(!check(CallCategory::Manual, kNow.addSecs(10 * 60)).allowed);
        QVERIFY(check(CallCategory::Manual, kNow.addSecs(20 * 60)).allowed);
    }

    void twentiethManualCallInADayIsTheLast()
    {
        // 19 calls, one per hour, none in the last hour.
        for (int hour = 1; hour <= 19; ++hour) {
            addManual(minutesAgo(hour * 60 + 1));
        }
        RateLimitDecision decision = check(CallCategory::Manual, kNow);
        QVERIFY2(decision.allowed, qPrintable(decision.message));
        QCOMPARE(decision.usedLastHour, 0);
        QCOMPARE(decision.usedLastDay, 19);

        // The 20th call happens; the 21st is refused until the oldest (19 h 1 min ago) is a day old.
        addManual(minutesAgo(1));
        decision = check(CallCategory::Manual, kNow);
        QVERIFY(!decision.allowed);
        QCOMPARE(decision.window, RateLimitWindow::Day);
        QCOMPARE(decision.limit, 20);
        QCOMPARE(decision.usedLastDay, 20);
        const QDateTime retry = minutesAgo(19 * 60 + 1).addDays(1);
        QCOMPARE(retry, kNow.addSecs((4 * 60 + 59) * 60));
        QCOMPARE(decision.retryAtUtc, retry);
        QVERIFY2(decision.message.contains(QStringLiteral("Manual call limit reached: 20 per 24 hours.")),
                 qPrintable(decision.message));
        QVERIFY2(decision.message.contains(RateLimiter::formatRetryTime(retry)), qPrintable(decision.message));
        QVERIFY2(decision.message.contains(QStringLiteral("(in 299 min)")), qPrintable(decision.message));

        QVERIFY(!check(CallCategory::Manual, retry.addMSecs(-1)).allowed);
        QVERIFY(check(CallCategory::Manual, retry).allowed);
    }

    void callsOlderThanADayOrAfterNowDoNotCount()
    {
        addManual(kNow.addDays(-1)); // exactly 24 h ago: has just left the window
        addManual(kNow.addDays(-2));
        addManual(kNow.addSecs(60));    // after the injected now
        addManual(kNow.addSecs(-3600)); // exactly 60 min ago: in the day, not the hour
        const RateLimitDecision decision = check(CallCategory::Manual, kNow);
        QCOMPARE(decision.usedLastDay, 1);
        QCOMPARE(decision.usedLastHour, 0);
    }

    void bothWindowsFullReportsTheLaterRetry()
    {
        RateLimits limits;
        limits.manualPerHour = 2;
        limits.manualPerDay = 3;
        addManual(minutesAgo(300));
        addManual(minutesAgo(30));
        addManual(minutesAgo(20));
        const RateLimitDecision decision = check(CallCategory::Manual, kNow, limits);
        QVERIFY(!decision.allowed);
        // Hour frees up in 30 minutes, the day only when the call from 5 hours ago is 24 h old.
        QCOMPARE(decision.window, RateLimitWindow::Day);
        QCOMPARE(decision.retryAtUtc, minutesAgo(300).addDays(1));
    }

    void manualAndAutomatedAreCountedSeparately()
    {
        for (int minutes : {50, 40, 30, 20, 10}) {
            addManual(minutesAgo(minutes));
        }
        QVERIFY(!check(CallCategory::Manual, kNow).allowed);
        RateLimitDecision automated = check(CallCategory::Automated, kNow);
        QVERIFY(automated.allowed);
        QCOMPARE(automated.usedLastHour, 0);

        // Automated and batch-upload calls share the automated limit of 10 per hour.
        for (int i = 0; i < 9; ++i) {
            addCall(i % 2 == 0 ? QStringLiteral("automated") : QStringLiteral("batch_upload"), minutesAgo(55 - i));
        }
        automated = check(CallCategory::Automated, kNow);
        QVERIFY(automated.allowed);
        QCOMPARE(automated.usedLastHour, 9);
        addCall(QStringLiteral("batch_upload"), minutesAgo(1));
        automated = check(CallCategory::Automated, kNow);
        QVERIFY(!automated.allowed);
        QCOMPARE(automated.limit, 10);
        QCOMPARE(automated.retryAtUtc, minutesAgo(55).addSecs(3600));
        QVERIFY2(automated.message.contains(QStringLiteral("Automated call limit reached: 10 per hour.")),
                 qPrintable(automated.message));
        // The manual count did not change.
        QCOMPARE(check(CallCategory::Manual, kNow).usedLastHour, 5);
    }

    void automatedDailyLimitIsFifty()
    {
        for (int i = 0; i < 50; ++i) {
            addCall(QStringLiteral("automated"), minutesAgo(90 + i * 20));
        }
        const RateLimitDecision decision = check(CallCategory::Automated, kNow);
        QVERIFY(!decision.allowed);
        QCOMPARE(decision.window, RateLimitWindow::Day);
        QCOMPARE(decision.limit, 50);
        QCOMPARE(decision.retryAtUtc, minutesAgo(90 + 49 * 20).addDays(1));
    }

    void otherUsersCallsDoNotCount()
    {
        const QString added = withDb([](QSqlDatabase& db) {
            return testrows::exec(db, QStringLiteral("INSERT INTO users (id, full_name, created_at, updated_at)"
                                                     " VALUES (2, 'Grace', '2026-01-01T00:00:00.000Z',"
                                                     " '2026-01-01T00:00:00.000Z')"));
        });
        QVERIFY2(added.isEmpty(), qPrintable(added));
        for (int minutes : {50, 40, 30, 20, 10}) {
            addCall(QStringLiteral("manual"), minutesAgo(minutes), 2);
        }
        QVERIFY(check(CallCategory::Manual, kNow).allowed);
        const Result<RateLimitDecision> forGrace =
            withDb([](QSqlDatabase& db) { return RateLimiter(db, RateLimits{}, 2).check(CallCategory::Manual, kNow); });
        QVERIFY(!forGrace.value().allowed);
    }

    void settingsOverrideTheDefaults()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Settings settings(dir.filePath(QStringLiteral("calldeck.ini")));
        QCOMPARE(RateLimits::fromSettings(settings), RateLimits{});
        QCOMPARE(RateLimits{}.manualPerHour, 5);
        QCOMPARE(RateLimits{}.manualPerDay, 20);
        QCOMPARE(RateLimits{}.automatedPerHour, 10);
        QCOMPARE(RateLimits{}.automatedPerDay, 50);

        settings.setValue(SettingKeys::ManualCallsPerHour, 2);
        settings.setValue(SettingKeys::AutomatedCallsPerDay, 70);
        const RateLimits limits = RateLimits::fromSettings(settings);
        QCOMPARE(limits.manualPerHour, 2);
        QCOMPARE(limits.automatedPerDay, 70);

        addManual(minutesAgo(30));
        QVERIFY(check(CallCategory::Manual, kNow, limits).allowed);
        addManual(minutesAgo(15));
        const RateLimitDecision decision = check(CallCategory::Manual, kNow, limits);
        QVERIFY(!decision.allowed);
        QCOMPARE(decision.limit, 2);
        QCOMPARE(decision.retryAtUtc, kNow.addSecs(30 * 60));
        QVERIFY2(decision.message.contains(QStringLiteral("Manual call limit reached: 2 per hour.")),
                 qPrintable(decision.message));
    }

    void zeroLimitSwitchesACategoryOff()
    {
        RateLimits limits;
        limits.automatedPerHour = 0;
        const RateLimitDecision decision = check(CallCategory::Automated, kNow, limits);
        QVERIFY(!decision.allowed);
        QVERIFY(!decision.retryAtUtc.isValid());
        QVERIFY2(decision.message.contains(QStringLiteral("switched off")), qPrintable(decision.message));
        QVERIFY(check(CallCategory::Manual, kNow, limits).allowed);
    }

    void callTypesAndTasks()
    {
        QCOMPARE(RateLimits::categoryOf(QStringLiteral("manual")), CallCategory::Manual);
        QCOMPARE(RateLimits::categoryOf(QStringLiteral("automated")), CallCategory::Automated);
        QCOMPARE(RateLimits::categoryOf(QStringLiteral("batch_upload")), CallCategory::Automated);
        QVERIFY(!RateLimits::categoryOf(QStringLiteral("manual_entry")).has_value());

        for (int minutes : {50, 40, 30, 20, 10}) {
            addManual(minutesAgo(minutes));
        }
        const qint64 manualTask =
            withDb([](QSqlDatabase& db) { return testrows::insertTask(db, QStringLiteral("manual")); });
        const qint64 batchTask =
            withDb([](QSqlDatabase& db) { return testrows::insertTask(db, QStringLiteral("batch_upload")); });
        const auto viaTask = [&](qint64 task) {
            return withDb([&](QSqlDatabase& db) { return RateLimiter(db, RateLimits{}).checkTask(task, kNow); });
        };
        QVERIFY(!viaTask(manualTask).value().allowed);
        QVERIFY(viaTask(batchTask).value().allowed);
        QCOMPARE(viaTask(98765).error().code, ErrorCode::NotFound);

        const Result<RateLimitDecision> bad = withDb(
            [](QSqlDatabase& db) { return RateLimiter(db, RateLimits{}).check(QStringLiteral("robocall"), kNow); });
        QCOMPARE(bad.error().code, ErrorCode::InvalidArgument);
        QVERIFY(bad.error().message.contains(QStringLiteral("robocall")));
    }

    void retryTimeIsShownRoundedUpToTheSecond()
    {
        const QDateTime retry = kNow.addMSecs(10 * 60 * 1000 + 123);
        const QString expected =
            kNow.addSecs(10 * 60 + 1).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss "));
        QVERIFY2(RateLimiter::formatRetryTime(retry).startsWith(expected),
                 qPrintable(RateLimiter::formatRetryTime(retry)));
        const QString exact = kNow.addSecs(10 * 60).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss "));
        QVERIFY(RateLimiter::formatRetryTime(kNow.addSecs(10 * 60)).startsWith(exact));
        QVERIFY(RateLimiter::formatRetryTime({}).isEmpty());
    }

    void invalidNowIsRejected()
    {
        const Result<RateLimitDecision> result =
            withDb([](QSqlDatabase& db) { return RateLimiter(db, RateLimits{}).check(CallCategory::Manual, {}); });
        QCOMPARE(result.error().code, ErrorCode::InvalidArgument);
    }

private:
    std::unique_ptr<Store> m_store;
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_rate_limiter.moc"
