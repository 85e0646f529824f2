#include "calls/cost/LatencyStats.h"

#include <QtTest>

using namespace calldeck;

/// p50/p95 of a call's turn latencies as the monitor shows them.
class TestLatencyStats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyIsZero()
    {
        const LatencyStats stats;
        QCOMPARE(stats.count(), 0);
        QCOMPARE(stats.p50TotalMs(), 0.0);
        QCOMPARE(stats.p95InternalMs(), 0.0);
    }

    void nearestRankPercentiles()
    {
        LatencyStats stats;
        // Totals 100..2000 ms in a shuffled order; internal is a tenth of each.
        const QList<int> order{7, 3, 20, 1, 15, 9, 12, 5, 18, 2, 11, 19, 4, 16, 8, 14, 6, 17, 10, 13};
        for (int i = 0; i < order.size(); ++i) {
            stats.add(TurnLatency{i + 1, qint64(order.at(i)) * 100'000, qint64(order.at(i)) * 10'000});
        }
        QCOMPARE(stats.count(), 20);
        QCOMPARE(stats.p50TotalMs(), 1000.0);    // rank 10 of 20
        QCOMPARE(stats.p95TotalMs(), 1900.0);    // rank 19 of 20
        QCOMPARE(stats.p50InternalMs(), 100.0);
        QCOMPARE(stats.p95InternalMs(), 190.0);
        QCOMPARE(stats.totalPercentileMs(100), 2000.0);
        QCOMPARE(stats.turns().constFirst().turn, 1);
    }

    void singleTurn()
    {
        LatencyStats stats;
        stats.add(TurnLatency{1, 850'500, 12'250});
        QCOMPARE(stats.p50TotalMs(), 850.5);
        QCOMPARE(stats.p95TotalMs(), 850.5);
        QCOMPARE(stats.p95InternalMs(), 12.25);
    }
};

QTEST_GUILESS_MAIN(TestLatencyStats)
#include "tst_latency_stats.moc"
