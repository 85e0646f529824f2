#include "ComplianceTestRows.h"
#include "compliance/AttestationGate.h"
#include "compliance/AttestationRepository.h"
#include "compliance/AttestationStatements.h"
#include "store/Store.h"

#include <QtTest>
#include <memory>

using namespace calldeck;

namespace {

AttestationForm completeForm()
{
    AttestationForm form;
    form.acceptAll();
    form.fullName = QStringLiteral("Ada Lovelace");
    return form;
}

/// Stores a correctly hashed attestation signed against an earlier wording, the way a database
/// from before a statement change holds it.
QString insertOutdated(QSqlDatabase& db, qint64 taskId)
{
    AttestationRecord record;
    record.taskId = taskId;
    record.statementsVersion = QStringLiteral("2025-01-01");
    record.statements = {QStringLiteral("An older wording.")};
    record.fullName = QStringLiteral("Ada Lovelace");
    record.signedAtUtc = QDateTime(QDate(2025, 6, 1), QTime(8, 0), Qt::UTC);
    record.osUser = QStringLiteral("ada");
    record.host = QStringLiteral("babbage");
    record.appVersion = QStringLiteral("0.0.9");
    record.recordHash = record.computeHash();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO attestations (task_id, statements, statements_version, full_name,"
                                 " signed_at, os_user, host, app_version, record_hash)"
                                 " VALUES (:task, :statements, :version, :name, :signed, :user, :host, :app, :hash)"));
    query.bindValue(QStringLiteral(":task"), record.taskId);
    query.bindValue(QStringLiteral(":statements"), sql::toJsonArray(record.statements));
    query.bindValue(QStringLiteral(":version"), record.statementsVersion);
    query.bindValue(QStringLiteral(":name"), record.fullName);
    query.bindValue(QStringLiteral(":signed"), sql::toText(record.signedAtUtc));
    query.bindValue(QStringLiteral(":user"), record.osUser);
    query.bindValue(QStringLiteral(":host"), record.host);
    query.bindValue(QStringLiteral(":app"), record.appVersion);
    query.bindValue(QStringLiteral(":hash"), record.recordHash);
    return query.exec() ? QString() : query.lastError().text();
}

} // namespace

class TestAttestationGate : public QObject
{
    Q_OBJECT

private:
    template <typename F>
    auto withDb(F&& fn)
    {
        return m_store->runSync([&fn](QSqlDatabase& db) { return fn(db); });
    }

    Status gate(qint64 taskId)
    {
        return withDb([taskId](QSqlDatabase& db) { return AttestationGate(db).check(taskId); });
    }

    bool sign(qint64 taskId, const QDateTime& at = QDateTime::currentDateTimeUtc())
    {
        return withDb([&](QSqlDatabase& db) {
            return AttestationRepository(db).sign(taskId, completeForm(), SignerIdentity::current(), at).ok();
        });
    }

    qint64 newTask()
    {
        return withDb([](QSqlDatabase& db) { return testrows::insertTask(db, QStringLiteral("manual")); });
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<Store>(QStringLiteral(":memory:"));
        QVERIFY(m_store->open().ok());
    }

    void cleanup() { m_store.reset(); }

    void withoutAttestationDiallingIsRefused()
    {
        const qint64 task = newTask();
        const Status status = gate(task);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::Conflict);
        QVERIFY2(status.error().message.contains(QStringLiteral("sign the attestation")),
                 qPrintable(status.error().message));
    }

    void signedAttestationOpensTheGate()
    {
        const qint64 task = newTask();
        QVERIFY(sign(task));
        const Status status = gate(task);
        QVERIFY2(status.ok(), qPrintable(status.error().message));
    }

    void anotherTasksAttestationDoesNotCount()
    {
        const qint64 signedTask = newTask();
        const qint64 unsignedTask = newTask();
        QVERIFY(sign(signedTask));
        QVERIFY(gate(signedTask).ok());
        QCOMPARE(gate(unsignedTask).error().code, ErrorCode::Conflict);
    }

    void unknownTaskIsNotFound()
    {
        const Status status = gate(4242);
        QCOMPARE(status.error().code, ErrorCode::NotFound);
        QVERIFY(status.error().message.contains(QStringLiteral("4242")));
    }

    void outdatedWordingMustBeSignedAgain()
    {
        const qint64 task = newTask();
        const QString inserted = withDb([task](QSqlDatabase& db) { return insertOutdated(db, task); });
        QVERIFY2(inserted.isEmpty(), qPrintable(inserted));
        const Status status = gate(task);
        QCOMPARE(status.error().code, ErrorCode::Conflict);
        QVERIFY(status.error().message.contains(QStringLiteral("2025-01-01")));
        QVERIFY(status.error().message.contains(AttestationStatements::version()));

        QVERIFY(sign(task));
        QVERIFY(gate(task).ok());
    }

    void alteredAttestationClosesTheGate()
    {
        const qint64 task = newTask();
        QVERIFY(sign(task));
        const QString tampered = withDb([](QSqlDatabase& db) {
            QString error = testrows::exec(db, QStringLiteral("DROP TRIGGER attestations_no_update"));
            if (error.isEmpty()) {
                error = testrows::exec(db, QStringLiteral("UPDATE attestations SET organization = 'Someone Else'"));
            }
            return error;
        });
        QVERIFY2(tampered.isEmpty(), qPrintable(tampered));
        const Status status = gate(task);
        QCOMPARE(status.error().code, ErrorCode::Conflict);
        QVERIFY(status.error().message.contains(QStringLiteral("altered")));
    }

    void closedStoreIsAnErrorNotAPass()
    {
        const qint64 task = newTask();
        QVERIFY(sign(task));
        m_store->close();
        QVERIFY(!gate(task).ok());
    }

private:
    std::unique_ptr<Store> m_store;
};

QTEST_GUILESS_MAIN(TestAttestationGate)
#include "tst_attestation_gate.moc"
