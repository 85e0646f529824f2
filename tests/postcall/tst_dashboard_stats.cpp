// DashboardStats: the dashboard's month figures against numbers worked out by hand, with calls
// on both sides of a month boundary in the user's zone (and a DST change on the way).
#include "postcall/DashboardStats.h"
#include "store/CallRepository.h"
#include "store/Store.h"

#include <QSqlQuery>
#include <QTimeZone>
#include <QtTest>

#include <memory>

using namespace calldeck;

namespace {

QTimeZone newYork()
{
    return QTimeZone(QByteArrayLiteral("America/New_York"));
}

QDateTime local(int month, int day, int hour, int minute)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), newYork());
}

struct CallSpec
{
    QString name;
    QDateTime created;
    QString status;
    QString outcome;   ///< empty = not processed
    qint64 costMicros = 0;
};

} // namespace

class TestDashboardStats : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Store> m_store;
    QHash<QString, qint64> m_ids;

    void addCall(const CallSpec& spec)
    {
        const qint64 id = m_store->runSync([spec](QSqlDatabase& db) -> qint64 {
            NewCallRecord record;
            record.callKey = QStringLiteral("c-") + spec.name;
            record.toE164 = QStringLiteral("+15555550100");
            record.provider = QStringLiteral("sandbox");
            record.objective = QStringLiteral("Call ") + spec.name;
            const Result<CallRecordIds> ids = CallRepository(db).begin(record);
            if (!ids) {
                return 0;
            }
            QSqlQuery query(db);
            query.prepare(QStringLiteral("UPDATE call_sessions SET created_at = :created, status = :status,"
                                         " outcome = :outcome, total_cost_micros = :cost WHERE id = :id"));
            query.bindValue(QStringLiteral(":created"), spec.created.toUTC().toString(Qt::ISODateWithMs));
            query.bindValue(QStringLiteral(":status"), spec.status);
            query.bindValue(QStringLiteral(":outcome"),
                            spec.outcome.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(spec.outcome));
            query.bindValue(QStringLiteral(":cost"), spec.costMicros);
            query.bindValue(QStringLiteral(":id"), ids.value().sessionId);
            return query.exec() ? ids.value().sessionId : 0;
        });
        QVERIFY(id > 0);
        m_ids.insert(spec.name, id);
    }

    DashboardFigures compute(const QDateTime& now, int quota, int recent)
    {
        const Result<DashboardFigures> figures = m_store->runSync(
            [&](QSqlDatabase& db) { return DashboardStats(db).compute(now, newYork(), quota, recent); });
        if (!figures) {
            qWarning() << figures.error().message;
            return {};
        }
        return figures.value();
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<Store>(QStringLiteral(":memory:"));
        QVERIFY(m_store->open().ok());
        m_ids.clear();
        // October: two calls, one of them 23:30 on the 31st local time (already November in UTC).
        addCall({QStringLiteral("oct-a"), local(10, 15, 10, 0), QStringLiteral("completed"), QStringLiteral("goal_achieved"), 300000});
        addCall({QStringLiteral("oct-b"), local(10, 31, 23, 30), QStringLiteral("completed"), QStringLiteral("goal_achieved"), 70000});
        // November: five calls, the last 23:50 on the 30th local time (December in UTC).
        addCall({QStringLiteral("nov-a"), local(11, 1, 0, 30), QStringLiteral("completed"), QStringLiteral("goal_achieved"), 150000});
        addCall({QStringLiteral("nov-b"), local(11, 5, 9, 0), QStringLiteral("completed"), QStringLiteral("declined"), 90000});
        addCall({QStringLiteral("nov-c"), local(11, 10, 14, 0), QStringLiteral("no-answer"), QStringLiteral("no_answer"), 10000});
        addCall({QStringLiteral("nov-d"), local(11, 20, 11, 0), QStringLiteral("failed"), QString(), 0});
        addCall({QStringLiteral("nov-e"), local(11, 30, 23, 50), QStringLiteral("completed"), QStringLiteral("goal_achieved"), 245000});
    }

    void cleanup() { m_store.reset(); }

    void novemberFiguresMatchHandComputedNumbers()
    {
        const DashboardFigures f = compute(local(11, 20, 12, 0), 100, 3);
        QCOMPARE(f.monthStart, local(11, 1, 0, 0));
        QCOMPARE(f.monthEnd, local(12, 1, 0, 0));
        QCOMPARE(f.callsThisMonth, 5);
        QCOMPARE(f.monthlyQuota, 100);
        QCOMPARE(f.callsRemaining, 95);
        // 150000 + 90000 + 10000 + 0 + 245000
        QCOMPARE(f.spendMicros, 495000);
        QCOMPARE(f.averageCostMicros, 99000);
        QCOMPARE(f.completedCalls, 3);
        QCOMPARE(f.goalAchievedCalls, 2);
        QCOMPARE(qRound(f.successRatePercent() * 100), 6667);

        QCOMPARE(f.recentCalls.size(), 3);
        QCOMPARE(f.recentCalls.at(0).sessionId, m_ids.value(QStringLiteral("nov-e")));
        QCOMPARE(f.recentCalls.at(1).sessionId, m_ids.value(QStringLiteral("nov-d")));
        QCOMPARE(f.recentCalls.at(2).sessionId, m_ids.value(QStringLiteral("nov-c")));
        QCOMPARE(f.recentCalls.at(1).status, QStringLiteral("failed"));
        QVERIFY(f.recentCalls.at(1).outcome.isEmpty());
        QCOMPARE(f.recentCalls.at(2).outcome, QStringLiteral("no_answer"));
        QCOMPARE(f.recentCalls.at(2).costMicros, 10000);
        QCOMPARE(f.recentCalls.at(0).title, QStringLiteral("Call nov-e"));
    }

    void octoberFiguresAndQuotaFloor()
    {
        const DashboardFigures f = compute(local(10, 31, 23, 59), 1, 0);
        QCOMPARE(f.callsThisMonth, 2);
        QCOMPARE(f.callsRemaining, 0);
        QCOMPARE(f.spendMicros, 370000);
        QCOMPARE(f.averageCostMicros, 185000);
        QCOMPARE(f.successRatePercent(), 100.0);
        QVERIFY(f.recentCalls.isEmpty());
    }

    void emptyMonthHasNoRateAndNoAverage()
    {
        const DashboardFigures f = compute(local(9, 10, 8, 0), 100, 10);
        QCOMPARE(f.callsThisMonth, 0);
        QCOMPARE(f.callsRemaining, 100);
        QCOMPARE(f.spendMicros, 0);
        QCOMPARE(f.averageCostMicros, 0);
        QCOMPARE(f.successRatePercent(), -1.0);
        // Recent calls are the newest of any month.
        QCOMPARE(f.recentCalls.size(), 7);
    }
};

QTEST_GUILESS_MAIN(TestDashboardStats)
#include "tst_dashboard_stats.moc"
