#include "compliance/AttestationRecord.h"

#include <QtTest>

using namespace calldeck;

namespace {

AttestationRecord sample()
{
    AttestationRecord record;
    record.id = 7;
    record.taskId = 42;
    record.statementsVersion = QStringLiteral("2026-11-01");
    record.statements = {QStringLiteral("One."), QStringLiteral("Two.")};
    record.fullName = QStringLiteral("Ada Lovelace");
    record.organization = QStringLiteral("Analytical Engines Ltd");
    record.signedAtUtc = QDateTime(QDate(2026, 11, 21), QTime(9, 15, 0, 123), Qt::UTC);
    record.osUser = QStringLiteral("ada");
    record.host = QStringLiteral("babbage");
    record.appVersion = QStringLiteral("0.1.0");
    record.recordHash = record.computeHash();
    return record;
}

} // namespace

class TestAttestationRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonicalFormIsSortedCompactJson()
    {
        QCOMPARE(sample().canonicalBytes(),
                 QByteArray(R"({"app_version":"0.1.0","format":"calldeck.attestation/1","full_name":"Ada Lovelace",)"
                            R"("host":"babbage","organization":"Analytical Engines Ltd","os_user":"ada",)"
                            R"("signed_at":"2026-11-21T09:15:00.123Z","statements":["One.","Two."],)"
                            R"("statements_version":"2026-11-01","task_id":"42"})"));
    }

    void hashIsStable()
    {
        // Computed independently with sha256sum over the canonical bytes above; a change here means
        // every stored attestation would stop verifying.
        QCOMPARE(sample().recordHash,
                 QStringLiteral("5d252d455e2116074047538758450c10c941ff3a1a16462a6b8325ab064bc5a2"));
        QCOMPARE(sample().computeHash(), sample().computeHash());
        QVERIFY(sample().hashMatches());
    }

    void hashIgnoresRowIdAndTimeZoneOfTheSameInstant()
    {
        AttestationRecord record = sample();
        record.id = 9999;
        record.signedAtUtc = record.signedAtUtc.toOffsetFromUtc(3600);
        QVERIFY(record.hashMatches());
    }

    void everyFieldIsCovered_data()
    {
        QTest::addColumn<int>("field");
        const char* names[] = {"task id",   "version",      "statement text", "statement order",
                               "full name", "organization", "signed at",      "os user",
                               "host",      "app version",  "hash itself"};
        for (int i = 0; i < int(std::size(names)); ++i) {
            QTest::newRow(names[i]) << i;
        }
    }

    void everyFieldIsCovered()
    {
        QFETCH(int, field);
        AttestationRecord record = sample();
        switch (field) {
        case 0:
            record.taskId = 43;
            break;
        case 1:
            record.statementsVersion = QStringLiteral("2026-11-02");
            break;
        case 2:
            record.statements[1] = QStringLiteral("Two!");
            break;
        case 3:
            std::swap(record.statements[0], record.statements[1]);
            break;
        case 4:
            record.fullName = QStringLiteral("Ada Byron");
            break;
        case 5:
            record.organization.clear();
            break;
        case 6:
            record.signedAtUtc = record.signedAtUtc.addMSecs(1);
            break;
        case 7:
            record.osUser = QStringLiteral("root");
            break;
        case 8:
            record.host = QStringLiteral("elsewhere");
            break;
        case 9:
            record.appVersion = QStringLiteral("0.1.1");
            break;
        case 10:
            record.recordHash[0] = QLatin1Char('0');
            break;
        default:
            QFAIL("unknown field");
        }
        QVERIFY(!record.hashMatches());
    }

    void fieldBoundariesCannotBeShifted()
    {
        // Moving text between neighbouring fields must not keep the hash (no naive concatenation).
        AttestationRecord a = sample();
        AttestationRecord b = sample();
        a.fullName = QStringLiteral("Ada Lovelace Analytical");
        a.organization = QStringLiteral("Engines Ltd");
        b.fullName = QStringLiteral("Ada Lovelace");
        b.organization = QStringLiteral("Analytical Engines Ltd");
        QVERIFY(a.computeHash() != b.computeHash());
        a = sample();
        a.statements = {QStringLiteral("One.Two.")};
        QVERIFY(a.computeHash() != sample().computeHash());
    }

    void emptyHashNeverMatches()
    {
        AttestationRecord record = sample();
        record.recordHash.clear();
        QVERIFY(!record.hashMatches());
    }
};

QTEST_GUILESS_MAIN(TestAttestationRecord)
#include "tst_attestation_record.moc"
