#include "ComplianceTestRows.h"
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
    form.fullName = QStringLiteral("  Ada Lovelace ");
    form.organization = QStringLiteral(" Analytical Engines Ltd ");
    return form;
}

SignerIdentity signer()
{
    return SignerIdentity{QStringLiteral("ada"), QStringLiteral("babbage"), QStringLiteral("0.1.0")};
}

const QDateTime kSignedAt(QDate(2026, 11, 21), QTime(9, 15, 0, 123), Qt::UTC);

int countRows(QSqlDatabase& db)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT COUNT(*) FROM attestations"));
    return query.next() ? query.value(0).toInt() : -1;
}

} // namespace

class TestAttestationRepository : public QObject
{
    Q_OBJECT

private:
    template <typename F>
    auto withDb(F&& fn)
    {
        return m_store->runSync([&fn](QSqlDatabase& db) { return fn(db); });
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

    void signStoresTheWholeRecord()
    {
        const qint64 task = newTask();
        QVERIFY(task > 0);
        const Result<AttestationRecord> signedRecord = withDb([&](QSqlDatabase& db) {
            return AttestationRepository(db).sign(task, completeForm(), signer(), kSignedAt);
        });
        QVERIFY2(signedRecord.ok(), qPrintable(signedRecord.error().message));
        const AttestationRecord& record = signedRecord.value();
        QVERIFY(record.id > 0);
        QCOMPARE(record.taskId, task);
        QCOMPARE(record.fullName, QStringLiteral("Ada Lovelace"));
        QCOMPARE(record.organization, QStringLiteral("Analytical Engines Ltd"));
        QCOMPARE(record.statements, AttestationStatements::texts());
        QCOMPARE(record.statementsVersion, AttestationStatements::version());
        QCOMPARE(record.signedAtUtc, kSignedAt);
        QCOMPARE(record.osUser, QStringLiteral("ada"));
        QCOMPARE(record.host, QStringLiteral("babbage"));
        QCOMPARE(record.appVersion, QStringLiteral("0.1.0"));
        QCOMPARE(record.recordHash.size(), 64);
        QVERIFY(AttestationRepository::verify(record).ok());

        // What comes back from the database is exactly what was signed, and still verifies.
        const Result<AttestationRecord> stored =
            withDb([&](QSqlDatabase& db) { return AttestationRepository(db).get(record.id); });
        QVERIFY(stored.ok());
        QCOMPARE(stored.value(), record);
        QVERIFY(AttestationRepository::verify(stored.value()).ok());
    }

    void signWithTheRunningIdentity()
    {
        const qint64 task = newTask();
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        const Result<AttestationRecord> record =
            withDb([&](QSqlDatabase& db) { return AttestationRepository(db).sign(task, completeForm()); });
        QVERIFY2(record.ok(), qPrintable(record.error().message));
        QCOMPARE(record.value().host, SignerIdentity::current().host);
        QCOMPARE(record.value().osUser, SignerIdentity::current().osUser);
        QVERIFY(!record.value().osUser.isEmpty());
        QCOMPARE(record.value().appVersion, QStringLiteral(CALLDECK_VERSION));
        QVERIFY(record.value().signedAtUtc >= before);
        QCOMPARE(record.value().signedAtUtc.timeSpec(), Qt::UTC);
    }

    void invalidFormStoresNothing()
    {
        const qint64 task = newTask();
        AttestationForm form = completeForm();
        form.reasonableBasis = false;
        form.fullName = QStringLiteral("Al");
        const Result<AttestationRecord> record =
            withDb([&](QSqlDatabase& db) { return AttestationRepository(db).sign(task, form, signer(), kSignedAt); });
        QCOMPARE(record.error().code, ErrorCode::InvalidArgument);
        QVERIFY(record.error().message.contains(QStringLiteral("reasonable basis")));
        QVERIFY(record.error().message.contains(QStringLiteral("at least 3 characters")));
        QCOMPARE(withDb([](QSqlDatabase& db) { return countRows(db); }), 0);
    }

    void unknownTaskIsNotFound()
    {
        const Result<AttestationRecord> record = withDb(
            [&](QSqlDatabase& db) { return AttestationRepository(db).sign(999, completeForm(), signer(), kSignedAt); });
        QCOMPARE(record.error().code, ErrorCode::NotFound);
        QVERIFY(record.error().message.contains(QStringLiteral("999")));
        QCOMPARE(withDb([](QSqlDatabase& db) { return countRows(db); }), 0);
    }

    void latestWinsAndHistoryIsKept()
    {
        const qint64 task = newTask();
        const qint64 other = newTask();
        const auto none = withDb([&](QSqlDatabase& db) { return AttestationRepository(db).latestForTask(task); });
        QVERIFY(none.ok());
        QVERIFY(!none.value().has_value());

        AttestationForm second = completeForm();
        second.fullName = QStringLiteral("Ada King");
        const bool allSigned = withDb([&](QSqlDatabase& db) {
            AttestationRepository repo(db);
            return repo.sign(task, completeForm(), signer(), kSignedAt).ok() &&
                   repo.sign(task, second, signer(), kSignedAt.addSecs(60)).ok() &&
                   repo.sign(other, completeForm(), signer(), kSignedAt.addSecs(120)).ok();
        });
        QVERIFY(allSigned);

        const auto latest = withDb([&](QSqlDatabase& db) { return AttestationRepository(db).latestForTask(task); });
        QVERIFY(latest.ok() && latest.value());
        QCOMPARE(latest.value()->fullName, QStringLiteral("Ada King"));
        const auto all = withDb([&](QSqlDatabase& db) { return AttestationRepository(db).forTask(task); });
        QCOMPARE(all.value().size(), 2);
        QCOMPARE(all.value().at(0).fullName, QStringLiteral("Ada Lovelace"));
        QCOMPARE(all.value().at(1).fullName, QStringLiteral("Ada King"));
    }

    void databaseRefusesUpdateAndDelete()
    {
        const qint64 task = newTask();
        const Result<AttestationRecord> record = withDb([&](QSqlDatabase& db) {
            return AttestationRepository(db).sign(task, completeForm(), signer(), kSignedAt);
        });
        QVERIFY(record.ok());
        const QString id = QString::number(record.value().id);

        const QString update = withDb([&](QSqlDatabase& db) {
            return testrows::exec(db, QStringLiteral("UPDATE attestations SET full_name = 'Mallory' WHERE id = ") + id);
        });
        QVERIFY2(update.contains(QStringLiteral("immutable")), qPrintable(update));
        const QString remove = withDb([&](QSqlDatabase& db) {
            return testrows::exec(db, QStringLiteral("DELETE FROM attestations WHERE id = ") + id);
        });
        QVERIFY2(remove.contains(QStringLiteral("immutable")), qPrintable(remove));
        // The task is evidence too while it has an attestation.
        const QString removeTask = withDb([&](QSqlDatabase& db) {
            return testrows::exec(db, QStringLiteral("DELETE FROM call_tasks WHERE id = ") + QString::number(task));
        });
        QVERIFY(!removeTask.isEmpty());

        const Result<AttestationRecord> stored =
            withDb([&](QSqlDatabase& db) { return AttestationRepository(db).get(record.value().id); });
        QCOMPARE(stored.value(), record.value());
    }

    void tamperingBehindTheTriggersIsDetected()
    {
        const qint64 task = newTask();
        const Result<AttestationRecord> record = withDb([&](QSqlDatabase& db) {
            return AttestationRepository(db).sign(task, completeForm(), signer(), kSignedAt);
        });
        QVERIFY(record.ok());
        // Someone with raw access drops the trigger and rewrites the signer.
        const QString tampered = withDb([&](QSqlDatabase& db) {
            QString error = testrows::exec(db, QStringLiteral("DROP TRIGGER attestations_no_update"));
            if (error.isEmpty()) {
                error = testrows::exec(db, QStringLiteral("UPDATE attestations SET full_name = 'Mallory'"));
            }
            return error;
        });
        QVERIFY2(tampered.isEmpty(), qPrintable(tampered));
        const Result<AttestationRecord> stored =
            withDb([&](QSqlDatabase& db) { return AttestationRepository(db).get(record.value().id); });
        QCOMPARE(stored.value().fullName, QStringLiteral("Mallory"));
        const Status verified = AttestationRepository::verify(stored.value());
        QCOMPARE(verified.error().code, ErrorCode::Conflict);
        QVERIFY(verified.error().message.contains(QStringLiteral("altered")));
    }

    void unknownIdIsNotFound()
    {
        QCOMPARE(withDb([](QSqlDatabase& db) { return AttestationRepository(db).get(12345); }).error().code,
                 ErrorCode::NotFound);
    }

private:
    std::unique_ptr<Store> m_store;
};

QTEST_GUILESS_MAIN(TestAttestationRepository)
#include "tst_attestation_repository.moc"
