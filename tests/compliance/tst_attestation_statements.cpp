#include "compliance/AttestationStatements.h"

#include <QSet>
#include <QtTest>

using namespace calldeck;

class TestAttestationStatements : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fiveStatementsInSeedOrder()
    {
        const QList<AttestationStatement> statements = AttestationStatements::all();
        QCOMPARE(statements.size(), 5);
        QCOMPARE(AttestationStatements::kCount, 5);
        const QStringList keys = {QStringLiteral("legitimate_purpose"), QStringLiteral("not_dnc"),
                                  QStringLiteral("reasonable_basis"), QStringLiteral("understands_recording"),
                                  QStringLiteral("accepts_responsibility")};
        for (int i = 0; i < statements.size(); ++i) {
            QCOMPARE(statements.at(i).key, keys.at(i));
            QCOMPARE(AttestationStatements::key(statements.at(i).id), keys.at(i));
            QCOMPARE(AttestationStatements::text(statements.at(i).id), statements.at(i).text);
        }
        QCOMPARE(statements.at(0).id, AttestationStatementId::LegitimatePurpose);
        QCOMPARE(statements.at(4).id, AttestationStatementId::AcceptsResponsibility);
    }

    void textsSayWhatTheCallerConfirms()
    {
        const QStringList texts = AttestationStatements::texts();
        QCOMPARE(texts.size(), 5);
        QVERIFY(texts.at(0).contains(QStringLiteral("legitimate business purpose")));
        QVERIFY(texts.at(1).contains(QStringLiteral("Do Not Call")));
        QVERIFY(texts.at(1).contains(QStringLiteral("established business relationship")));
        QVERIFY(texts.at(2).contains(QStringLiteral("reasonable basis")));
        QVERIFY(texts.at(3).contains(QStringLiteral("logged and recorded")));
        QVERIFY(texts.at(4).contains(QStringLiteral("full legal responsibility")));
        QVERIFY(texts.at(4).contains(QStringLiteral("TCPA")));
        QVERIFY(texts.at(4).contains(QStringLiteral("TSR")));
        // Every statement is a distinct sentence.
        QCOMPARE(QSet<QString>(texts.cbegin(), texts.cend()).size(), 5);
    }

    void versionIsADate()
    {
        QCOMPARE(AttestationStatements::version(), QStringLiteral("2026-11-01"));
        QVERIFY(QDate::fromString(AttestationStatements::version(), Qt::ISODate).isValid());
    }
};

QTEST_GUILESS_MAIN(TestAttestationStatements)
#include "tst_attestation_statements.moc"
