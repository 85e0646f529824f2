// Schema version 4 on top of a version-3 database that already holds a contact: the upgrade adds
// the script tables with their UNIQUE and CHECK constraints; the downgrade removes exactly them.
#include "store/Migrations.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace calldeck;

namespace {

const QString kConnection = QStringLiteral("tst_schema_v4");
const QStringList kNewTables = {QStringLiteral("scripts"),     QStringLiteral("call_threads"),
                                QStringLiteral("script_runs"), QStringLiteral("milestone_responses"),
                                QStringLiteral("objections"),  QStringLiteral("script_events")};

bool execOk(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    const bool ok = query.exec(statement);
    if (!ok) {
        qDebug() << "refused:" << query.lastError().text();
    }
    return ok;
}

QVariant scalar(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    return query.exec(statement) && query.next() ? query.value(0) : QVariant();
}

QString runInsert(const QString& mode, const QString& status, int seq)
{
    return QStringLiteral("INSERT INTO script_runs (script_id, script_version, script_json, prospect_id, thread_id,"
                          " thread_seq, mode, language, status, created_at) VALUES (1, 1, '{}', 5, 1, %1, '%2',"
                          " 'en-US', '%3', 'a')")
        .arg(seq)
        .arg(mode, status);
}

} // namespace

class TestSchemaV4 : public QObject
{
    Q_OBJECT
private:
    QSqlDatabase m_db;

private Q_SLOTS:
    void init()
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kConnection);
        m_db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(m_db.open());
        QVERIFY(execOk(m_db, QStringLiteral("PRAGMA foreign_keys=ON")));
        const Status v3 = Migrations().migrateTo(m_db, 3);
        QVERIFY2(v3.ok(), qPrintable(v3.error().message));
        QVERIFY(execOk(m_db, QStringLiteral("INSERT INTO contacts (id, user_id, name, phone_e164, client_count,"
                                            " created_at, updated_at) VALUES (5, 1, 'Dana Ruiz', '+15555550102',"
                                            " 620, 'a', 'a')")));
    }

    void cleanup()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(kConnection);
    }

    void upgradeAddsTheScriptTables()
    {
        QVERIFY(Migrations().latestVersion() >= 4);
        for (const QString& table : kNewTables) {
            QVERIFY(!m_db.tables().contains(table));
        }
        const Status up = Migrations().migrateTo(m_db, 4);
        QVERIFY2(up.ok(), qPrintable(up.error().message));
        for (const QString& table : kNewTables) {
            QVERIFY2(m_db.tables().contains(table), qPrintable(table));
        }
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT client_count FROM contacts WHERE id = 5")).toInt(), 620);
    }

    void scriptNamesAreUniquePerOrganization()
    {
        QVERIFY(Migrations().migrateTo(m_db, 4).ok());
        const QString insert =
            QStringLiteral("INSERT INTO scripts (organization, name, version, definition, created_at,"
                           " updated_at) VALUES ('%1', '%2', 1, '{}', 'a', 'a')");
        QVERIFY(execOk(m_db, insert.arg(QString(), QStringLiteral("default"))));
        QVERIFY(!execOk(m_db, insert.arg(QString(), QStringLiteral("default"))));
        QVERIFY(execOk(m_db, insert.arg(QStringLiteral("acme"), QStringLiteral("default"))));
        QVERIFY(!execOk(m_db, insert.arg(QStringLiteral("acme"), QString())));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM scripts")).toInt(), 2);
    }

    void runsCheckModeStatusAndThreadSequence()
    {
        QVERIFY(Migrations().migrateTo(m_db, 4).ok());
        QVERIFY(execOk(m_db, QStringLiteral("INSERT INTO scripts (id, name, definition, created_at, updated_at)"
                                            " VALUES (1, 'default', '{}', 'a', 'a')")));
        QVERIFY(execOk(m_db, QStringLiteral("INSERT INTO call_threads (id, prospect_id, language, created_at)"
                                            " VALUES (1, 5, 'en-US', 'a')")));
        QVERIFY(execOk(m_db, runInsert(QStringLiteral("strict"), QStringLiteral("scheduled"), 1)));
        QVERIFY(!execOk(m_db, runInsert(QStringLiteral("loose"), QStringLiteral("scheduled"), 2)));
        QVERIFY(!execOk(m_db, runInsert(QStringLiteral("flexible"), QStringLiteral("paused"), 2)));
        QVERIFY(!execOk(m_db, runInsert(QStringLiteral("flexible"), QStringLiteral("in_progress"), 1)));
        QVERIFY(!execOk(m_db, runInsert(QStringLiteral("flexible"), QStringLiteral("in_progress"), 0)));
        QVERIFY(execOk(m_db, runInsert(QStringLiteral("flexible"), QStringLiteral("in_progress"), 2)));
        QVERIFY(!execOk(m_db, QStringLiteral("UPDATE script_runs SET session_id = 999 WHERE thread_seq = 1")));
    }

    void responsesAreUniqueAndNotesAreLimited()
    {
        QVERIFY(Migrations().migrateTo(m_db, 4).ok());
        QVERIFY(execOk(m_db, QStringLiteral("INSERT INTO call_threads (id, prospect_id, language, created_at)"
                                            " VALUES (1, 5, 'en-US', 'a')")));
        QVERIFY(execOk(m_db, runInsert(QStringLiteral("strict"), QStringLiteral("scheduled"), 1)
                                 .replace(QStringLiteral("(1, 1, '{}'"), QStringLiteral("(NULL, 1, '{}'"))));
        const qint64 run = scalar(m_db, QStringLiteral("SELECT id FROM script_runs")).toLongLong();
        const QString response =
            QStringLiteral("INSERT INTO milestone_responses (run_id, milestone_number, state, notes) VALUES (%1, %2,"
                           " '%3', '%4')");
        QVERIFY(execOk(m_db, response.arg(run).arg(1).arg(QStringLiteral("not_started"), QString(2000, u'x'))));
        QVERIFY(!execOk(m_db, response.arg(run).arg(1).arg(QStringLiteral("not_started"), QString())));
        QVERIFY(!execOk(m_db, response.arg(run).arg(2).arg(QStringLiteral("not_started"), QString(2001, u'x'))));
        QVERIFY(!execOk(m_db, response.arg(run).arg(2).arg(QStringLiteral("done"), QString())));
        QVERIFY(execOk(m_db, response.arg(run).arg(2).arg(QStringLiteral("skipped"), QString())));

        const QString objection = QStringLiteral("INSERT INTO objections (run_id, prospect_id, type, outcome, actor,"
                                                 " opened_at) VALUES (%1, 5, 'Price', %2, 'cli', 'a')");
        QVERIFY(execOk(m_db, objection.arg(run).arg(QStringLiteral("NULL"))));
        QVERIFY(execOk(m_db, objection.arg(run).arg(QStringLiteral("'Deferred'"))));
        QVERIFY(!execOk(m_db, objection.arg(run).arg(QStringLiteral("'Maybe'"))));
        QVERIFY(!execOk(m_db, QStringLiteral("INSERT INTO script_events (run_id, kind, actor, at) VALUES (%1,"
                                             " 'teleport', 'cli', 'a')")
                                  .arg(run)));
        QVERIFY(execOk(m_db, QStringLiteral("INSERT INTO script_events (run_id, kind, reason, actor, at) VALUES (%1,"
                                            " 'skip', 'no time', 'cli', 'a')")
                                 .arg(run)));

        // Deleting the prospect removes its thread, runs and everything under them.
        QVERIFY(execOk(m_db, QStringLiteral("DELETE FROM contacts WHERE id = 5")));
        for (const QString& table : kNewTables.mid(1)) {
            QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toInt(), 0);
        }
    }

    void downgradeRemovesExactlyTheNewTables()
    {
        const QStringList before = m_db.tables();
        QVERIFY(Migrations().migrateTo(m_db, 4).ok());
        const Status down = Migrations().migrateTo(m_db, 3);
        QVERIFY2(down.ok(), qPrintable(down.error().message));
        QStringList after = m_db.tables();
        QStringList expected = before;
        after.sort();
        expected.sort();
        QCOMPARE(after, expected);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT name FROM contacts WHERE id = 5")).toString(),
                 QStringLiteral("Dana Ruiz"));
        QVERIFY(Migrations().migrateTo(m_db, 4).ok());
    }
};

QTEST_GUILESS_MAIN(TestSchemaV4)
#include "tst_schema_v4.moc"
