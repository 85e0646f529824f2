// Schema version 2 on top of a version-1 database that already holds calls: the upgrade keeps
// every row, adds the call-record columns, turn_latencies and segment keys with their
// constraints, and the downgrade returns to exactly the version-1 shape with the data intact.
#include "store/Migrations.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace calldeck;

namespace {

QVariant scalar(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement) || !query.next()) {
        return {};
    }
    return query.value(0);
}

bool execOk(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    const bool ok = query.exec(statement);
    if (!ok) {
        qDebug() << "refused:" << query.lastError().text();
    }
    return ok;
}

QStringList columns(const QSqlDatabase& db, const QString& table)
{
    QStringList names;
    const QSqlRecord record = db.record(table);
    for (int i = 0; i < record.count(); ++i) {
        names.append(record.fieldName(i));
    }
    return names;
}

} // namespace

class TestSchemaV2 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst_schema_v2"));
        m_db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(m_db.open());
        QVERIFY(execOk(m_db, QStringLiteral("PRAGMA foreign_keys=ON")));
        const Status v1 = Migrations().migrateTo(m_db, 1);
        QVERIFY2(v1.ok(), qPrintable(v1.error().message));
        // A version-1 database with one call and its transcript.
        QVERIFY(execOk(m_db, QStringLiteral("INSERT INTO call_tasks (id, user_id, title, status, created_at, updated_at)"
                                            " VALUES (7, 1, 'Book a cleaning', 'completed', 'a', 'a')")));
        QVERIFY(execOk(m_db, QStringLiteral("INSERT INTO call_sessions (id, task_id, provider, status,"
                                            " total_cost_micros, created_at, updated_at)"
                                            " VALUES (3, 7, 'twilio', 'completed', 41000, 'a', 'a')")));
        QVERIFY(execOk(m_db, QStringLiteral("INSERT INTO call_transcripts (id, session_id, full_text, created_at,"
                                            " updated_at) VALUES (5, 3, 'Agent: Hi', 'a', 'a')")));
        QVERIFY(execOk(m_db, QStringLiteral("INSERT INTO transcript_segments (transcript_id, seq, speaker, start_ms,"
                                            " text, created_at) VALUES (5, 0, 'assistant', 0, 'Hi', 'a')")));
    }

    void cleanup()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("tst_schema_v2"));
    }

    void upgradeKeepsDataAndAddsColumns()
    {
        const Migrations migrations;
        QVERIFY(migrations.latestVersion() >= 2);
        const Status up = migrations.migrateTo(m_db, 2);
        QVERIFY2(up.ok(), qPrintable(up.error().message));
        QCOMPARE(migrations.currentVersion(m_db).value(), 2);

        QCOMPARE(scalar(m_db, QStringLiteral("SELECT total_cost_micros FROM call_sessions WHERE id = 3")).toLongLong(),
                 41000);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT text FROM transcript_segments WHERE transcript_id = 5")).toString(),
                 QStringLiteral("Hi"));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT ad_hoc FROM call_tasks WHERE id = 7")).toInt(), 0);

        const QStringList sessionColumns = columns(m_db, QStringLiteral("call_sessions"));
        for (const char* name : {"call_key", "agent_kind", "estimated_cost_micros", "cost_lines", "latency_turns",
                                 "latency_p50_ms", "latency_p95_ms", "internal_p50_ms", "internal_p95_ms"}) {
            QVERIFY2(sessionColumns.contains(QLatin1String(name)), name);
        }
        QVERIFY(columns(m_db, QStringLiteral("transcript_segments")).contains(QStringLiteral("segment_key")));
        QVERIFY(m_db.tables().contains(QStringLiteral("turn_latencies")));
    }

    void constraintsHold()
    {
        QVERIFY(Migrations().migrateTo(m_db, 2).ok());
        // call_key unique when set; any number of sessions without one.
        QVERIFY(execOk(m_db, QStringLiteral("UPDATE call_sessions SET call_key = 'c-1' WHERE id = 3")));
        QVERIFY(!execOk(m_db, QStringLiteral("INSERT INTO call_sessions (task_id, provider, call_key, created_at,"
                                             " updated_at) VALUES (7, 'twilio', 'c-1', 'a', 'a')")));
        QVERIFY(execOk(m_db, QStringLiteral("INSERT INTO call_sessions (task_id, provider, created_at, updated_at)"
                                            " VALUES (7, 'twilio', 'a', 'a')")));
        QVERIFY(execOk(m_db, QStringLiteral("INSERT INTO call_sessions (task_id, provider, created_at, updated_at)"
                                            " VALUES (7, 'twilio', 'a', 'a')")));
        QVERIFY(!execOk(m_db, QStringLiteral("UPDATE call_sessions SET agent_kind = 'robot' WHERE id = 3")));
        QVERIFY(execOk(m_db, QStringLiteral("UPDATE call_sessions SET agent_kind = 'realtime' WHERE id = 3")));

        // One row per turn, removed with its session.
        QVERIFY(execOk(m_db, QStringLiteral("INSERT INTO turn_latencies (session_id, turn, total_us, internal_us)"
                                            " VALUES (3, 1, 800000, 2000)")));
        QVERIFY(!execOk(m_db, QStringLiteral("INSERT INTO turn_latencies (session_id, turn, total_us, internal_us)"
                                             " VALUES (3, 1, 900000, 2000)")));
        QVERIFY(!execOk(m_db, QStringLiteral("INSERT INTO turn_latencies (session_id, turn, total_us, internal_us)"
                                             " VALUES (999, 1, 900000, 2000)")));

        // A segment key appears once per transcript.
        QVERIFY(execOk(m_db, QStringLiteral("INSERT INTO transcript_segments (transcript_id, seq, speaker, start_ms,"
                                            " text, segment_key, created_at) VALUES (5, 1, 'human', 10, 'Hello',"
                                            " 'item_1', 'a')")));
        QVERIFY(!execOk(m_db, QStringLiteral("INSERT INTO transcript_segments (transcript_id, seq, speaker, start_ms,"
                                             " text, segment_key, created_at) VALUES (5, 2, 'human', 10, 'Hello',"
                                             " 'item_1', 'a')")));

        QVERIFY(execOk(m_db, QStringLiteral("DELETE FROM call_sessions WHERE id = 3")));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM turn_latencies")).toInt(), 0);
    }

    void downgradeRestoresVersionOneWithData()
    {
        const Migrations migrations;
        QVERIFY(migrations.migrateTo(m_db, 2).ok());
        QVERIFY(execOk(m_db, QStringLiteral("UPDATE call_sessions SET call_key = 'c-9', latency_p50_ms = 700"
                                            " WHERE id = 3")));
        const Status down = migrations.migrateTo(m_db, 1);
        QVERIFY2(down.ok(), qPrintable(down.error().message));
        QCOMPARE(migrations.currentVersion(m_db).value(), 1);
        QVERIFY(!m_db.tables().contains(QStringLiteral("turn_latencies")));
        QVERIFY(!columns(m_db, QStringLiteral("call_sessions")).contains(QStringLiteral("call_key")));
        QVERIFY(!columns(m_db, QStringLiteral("call_sessions")).contains(QStringLiteral("latency_p50_ms")));
        QVERIFY(!columns(m_db, QStringLiteral("transcript_segments")).contains(QStringLiteral("segment_key")));
        QVERIFY(!columns(m_db, QStringLiteral("call_tasks")).contains(QStringLiteral("ad_hoc")));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT total_cost_micros FROM call_sessions WHERE id = 3")).toLongLong(),
                 41000);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM transcript_segments")).toInt(), 1);

        // And up again.
        QVERIFY(migrations.migrateTo(m_db, 2).ok());
        QCOMPARE(migrations.currentVersion(m_db).value(), 2);
    }

private:
    QSqlDatabase m_db;
};

QTEST_GUILESS_MAIN(TestSchemaV2)
#include "tst_schema_v2.moc"
