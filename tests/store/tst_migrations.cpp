#include "store/Migrations.h"
#include "store/Store.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace calldeck;

namespace {

const QStringList kTables = {
    QStringLiteral("app_meta"),           QStringLiteral("users"),
    QStringLiteral("contacts"),           QStringLiteral("contact_tags"),
    QStringLiteral("assistant_settings"), QStringLiteral("call_tasks"),
    QStringLiteral("attestations"),       QStringLiteral("call_sessions"),
    QStringLiteral("call_transcripts"),   QStringLiteral("transcript_segments"),
    QStringLiteral("extracted_data"),     QStringLiteral("notifications"),
};

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
    return query.exec(statement);
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst_migrations"));
        m_db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(m_db.open());
        QVERIFY(execOk(m_db, QStringLiteral("PRAGMA foreign_keys=ON")));
    }

    void cleanup()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("tst_migrations"));
    }

    void freshDatabaseIsAtVersionZero()
    {
        const Migrations migrations;
        QCOMPARE(migrations.currentVersion(m_db).value(), 0);
        QVERIFY(migrations.latestVersion() >= 1);
    }

    void forwardBackAndForwardAgain()
    {
        const Migrations migrations;
        const int latest = migrations.latestVersion();

        const Status up = migrations.migrateTo(m_db, latest);
        QVERIFY2(up.ok(), qPrintable(up.error().message));
        QCOMPARE(migrations.currentVersion(m_db).value(), latest);
        const QStringList afterUp = m_db.tables();
        for (const QString& table : kTables) {
            QVERIFY2(afterUp.contains(table), qPrintable(table));
        }
        // The local user and its settings come with the schema.
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM users WHERE id = 1")).toInt(), 1);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM assistant_settings WHERE user_id = 1")).toInt(), 1);
        QVERIFY(scalar(m_db, QStringLiteral("SELECT created_at FROM users WHERE id = 1"))
                    .toString()
                    .endsWith(QLatin1Char('Z')));

        const Status down = migrations.migrateTo(m_db, 0);
        QVERIFY2(down.ok(), qPrintable(down.error().message));
        QCOMPARE(migrations.currentVersion(m_db).value(), 0);
        QStringList left = m_db.tables();
        left.removeAll(QStringLiteral("sqlite_sequence"));
        QCOMPARE(left, QStringList{QStringLiteral("schema_migrations")});

        const Status again = migrations.migrateTo(m_db, latest);
        QVERIFY2(again.ok(), qPrintable(again.error().message));
        QCOMPARE(migrations.currentVersion(m_db).value(), latest);
        for (const QString& table : kTables) {
            QVERIFY2(m_db.tables().contains(table), qPrintable(table));
        }
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM users")).toInt(), 1);
    }

    void migratingToTheCurrentVersionChangesNothing()
    {
        const Migrations migrations;
        QVERIFY(migrations.migrateToLatest(m_db).ok());
        QVERIFY(execOk(m_db, QStringLiteral("UPDATE users SET full_name = 'Kept' WHERE id = 1")));
        QVERIFY(migrations.migrateToLatest(m_db).ok());
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT full_name FROM users WHERE id = 1")).toString(),
                 QStringLiteral("Kept"));
    }

    void unknownTargetVersionIsRejected()
    {
        const Migrations migrations;
        QCOMPARE(migrations.migrateTo(m_db, migrations.latestVersion() + 1).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(migrations.migrateTo(m_db, -1).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(migrations.currentVersion(m_db).value(), 0);
    }

    void failingStepRollsBackAndKeepsVersion()
    {
        QList<MigrationStep> steps = Migrations::builtInSteps();
        const int good = steps.size();
        steps.append(MigrationStep{good + 1,
                                   QStringLiteral("broken"),
                                   {QStringLiteral("CREATE TABLE half_done (id INTEGER PRIMARY KEY)"),
                                    QStringLiteral("INSERT INTO users (id) VALUES (1)"), // duplicate key
                                    QStringLiteral("CREATE TABLE never (id INTEGER)")},
                                   {QStringLiteral("DROP TABLE half_done")}});
        const Migrations migrations(steps);
        QVERIFY(Migrations().migrateToLatest(m_db).ok());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("migration %1 up failed").arg(good + 1)));

        const Status status = migrations.migrateToLatest(m_db);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::Database);
        QVERIFY2(status.error().message.contains(QString::number(good + 1)), qPrintable(status.error().message));
        QCOMPARE(migrations.currentVersion(m_db).value(), good);
        QVERIFY(!m_db.tables().contains(QStringLiteral("half_done")));
        QVERIFY(!m_db.tables().contains(QStringLiteral("never")));
        // The database is still usable afterwards (the transaction did not stay open).
        QVERIFY(execOk(m_db, QStringLiteral("UPDATE users SET full_name = 'After' WHERE id = 1")));
    }

    void newerDatabaseIsRefused()
    {
        QVERIFY(Migrations().migrateToLatest(m_db).ok());
        QVERIFY(execOk(m_db, QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at)"
                                            " VALUES (999, 'future', '2100-01-01T00:00:00.000Z')")));
        const Status status = Migrations().migrateToLatest(m_db);
        QCOMPARE(status.error().code, ErrorCode::Database);
        QVERIFY(status.error().message.contains(QStringLiteral("999")));
    }

    void constraintsHold()
    {
        QVERIFY(Migrations().migrateToLatest(m_db).ok());
        // Foreign keys: a contact for a user that does not exist.
        QVERIFY(!execOk(m_db, QStringLiteral("INSERT INTO contacts (user_id, name, phone_e164, created_at, updated_at)"
                                             " VALUES (42, 'X', '+15550000001', 'a', 'a')")));
        // CHECK: unknown task status.
        QVERIFY(!execOk(m_db, QStringLiteral("INSERT INTO call_tasks (user_id, status, created_at, updated_at)"
                                             " VALUES (1, 'dreaming', 'a', 'a')")));
        QVERIFY(execOk(m_db, QStringLiteral("INSERT INTO call_tasks (id, user_id, status, created_at, updated_at)"
                                            " VALUES (7, 1, 'pending', 'a', 'a')")));
        // Attestations are immutable and keep their task alive.
        QVERIFY(execOk(m_db, QStringLiteral("INSERT INTO attestations (task_id, statements, statements_version,"
                                            " full_name, signed_at, os_user, host, app_version, record_hash)"
                                            " VALUES (7, 's', '1', 'Ada Lovelace', 't', 'ada', 'h', '0.1', 'x')")));
        QVERIFY(!execOk(m_db, QStringLiteral("UPDATE attestations SET full_name = 'Someone Else'")));
        QVERIFY(!execOk(m_db, QStringLiteral("DELETE FROM attestations")));
        QVERIFY(!execOk(m_db, QStringLiteral("DELETE FROM call_tasks WHERE id = 7")));
        // Down-migration still works with an attestation present.
        QVERIFY(Migrations().migrateTo(m_db, 0).ok());
    }

    void storeTurnsOnForeignKeysAndWal()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Store store(dir.filePath(QStringLiteral("wal.sqlite")));
        QVERIFY(store.open().ok());
        const auto pragmas = store.runSync([](QSqlDatabase& db) {
            return QStringList{scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(),
                               scalar(db, QStringLiteral("PRAGMA foreign_keys")).toString()};
        });
        QCOMPARE(pragmas.at(0).toLower(), QStringLiteral("wal"));
        QCOMPARE(pragmas.at(1), QStringLiteral("1"));
        const int version = store.runSync([](QSqlDatabase& db) { return Migrations().currentVersion(db).valueOr(-1); });
        QCOMPARE(version, Migrations().latestVersion());
    }

private:
    QSqlDatabase m_db;
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
