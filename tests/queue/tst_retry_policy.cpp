#include "queue/RetryPolicy.h"

#include <QtTest>

using namespace calldeck;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoffGrowsThenStays()
    {
        QCOMPARE(RetryPolicy::backoffMs(1), qint64{2 * 60 * 1000});
        QCOMPARE(RetryPolicy::backoffMs(2), qint64{5 * 60 * 1000});
        QCOMPARE(RetryPolicy::backoffMs(3), qint64{15 * 60 * 1000});
        QCOMPARE(RetryPolicy::backoffMs(7), qint64{15 * 60 * 1000});
    }

    void retriesOnlyFailedBusyAndNoAnswerWithinTheSettings()
    {
        AssistantSettings settings;
        settings.autoRetryFailedCalls = true;
        settings.maxRetryAttempts = 2;
        QVERIFY(RetryPolicy::shouldRetry(QStringLiteral("busy"), 0, settings));
        QVERIFY(RetryPolicy::shouldRetry(QStringLiteral("no-answer"), 1, settings));
        QVERIFY(!RetryPolicy::shouldRetry(QStringLiteral("failed"), 2, settings));
        QVERIFY(!RetryPolicy::shouldRetry(QStringLiteral("completed"), 0, settings));
        QVERIFY(!RetryPolicy::shouldRetry(QStringLiteral("canceled"), 0, settings));
        settings.autoRetryFailedCalls = false;
        QVERIFY(!RetryPolicy::shouldRetry(QStringLiteral("busy"), 0, settings));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retry_policy.moc"
