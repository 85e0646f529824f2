// Schema version 3 on top of a version-2 database that already holds a task: the upgrade keeps the
// row and adds the task columns with their constraints; the downgrade removes exactly them.
#include "store/Migrations.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace calldeck;

namespace {

const QString kConnection = QStringLiteral("tst_schema_v3");
const QStringList kNewColumns = {QStringLiteral("time_zone"), QStringLiteral("clarification_answers"),
                                 QStringLiteral("approval_limit_cents"), QStringLiteral("resolved_at")};

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

QStringList columns(const QSqlDatabase& db)
{
    QStringList names;
    const QSqlRecord record = db.record(QStringLiteral("call_tasks"));
    for (int i = 0; i < record.count(); ++i) {
        names.append(record.fieldName(i));
    }
    return names;
}

} // namespace

class TestSchemaV3 : public QObject
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
        const Status v2 = Migrations().migrateTo(m_db, 2);
        QVERIFY2(v2.ok(), qPrintable(v2.error().message));
        QVERIFY(execOk(m_db, QStringLiteral("INSERT INTO call_tasks (id, user_id, title, raw_instruction, status,"
                                            " created_at, updated_at) VALUES (7, 1, 'Book a cleaning',"
                                            " 'Call the dentist', 'waiting_for_user', 'a', 'a')")));
    }

    void cleanup()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(kConnection);
    }

    void upgradeKeepsTheTaskAndAddsColumns()
    {
        QVERIFY(Migrations().latestVersion() >= 3);
        for (const QString& column : kNewColumns) {
            QVERIFY(!columns(m_db).contains(column));
        }
        QVERIFY(Migrations().migrateTo(m_db, 3).ok());
        for (const QString& column : kNewColumns) {
            QVERIFY2(columns(m_db).contains(column), qPrintable(column));
        }
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT raw_instruction FROM call_tasks WHERE id = 7")).toString(),
                 QStringLiteral("Call the dentist"));
        QVERIFY(scalar(m_db, QStringLiteral("SELECT time_zone FROM call_tasks WHERE id = 7")).isNull());
        QVERIFY(execOk(m_db, QStringLiteral("UPDATE call_tasks SET time_zone = 'Europe/Stockholm',"
                                            " approval_limit_cents = 10000 WHERE id = 7")));
        QVERIFY(!execOk(m_db, QStringLiteral("UPDATE call_tasks SET approval_limit_cents = -1 WHERE id = 7")));
    }

    void downgradeRemovesExactlyTheNewColumns()
    {
        const QStringList before = columns(m_db);
        QVERIFY(Migrations().migrateTo(m_db, 3).ok());
        QVERIFY(execOk(m_db, QStringLiteral("UPDATE call_tasks SET resolved_at = 'b' WHERE id = 7")));
        const Status down = Migrations().migrateTo(m_db, 2);
        QVERIFY2(down.ok(), qPrintable(down.error().message));
        QCOMPARE(columns(m_db), before);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT status FROM call_tasks WHERE id = 7")).toString(),
                 QStringLiteral("waiting_for_user"));
        QVERIFY(Migrations().migrateTo(m_db, 3).ok());
    }
};

QTEST_GUILESS_MAIN(TestSchemaV3)
#include "tst_schema_v3.moc"
