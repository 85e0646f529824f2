#include "compliance/AttestationForm.h"
#include "compliance/AttestationStatements.h"

#include <QtTest>

using namespace calldeck;

namespace {

AttestationForm completeForm()
{
    AttestationForm form;
    form.acceptAll();
    form.fullName = QStringLiteral("Ada Lovelace");
    return form;
}

QList<AttestationField> fieldsOf(const QList<AttestationFieldError>& errors)
{
    QList<AttestationField> fields;
    for (const AttestationFieldError& error : errors) {
        fields.append(error.field);
    }
    return fields;
}

} // namespace

class TestAttestationForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyFormNamesEveryRequiredField()
    {
        const QList<AttestationFieldError> errors = AttestationForm{}.validate();
        const QList<AttestationField> expected = {
            AttestationField::LegitimatePurpose,     AttestationField::NotOnDoNotCallList,
            AttestationField::ReasonableBasis,       AttestationField::LoggedAndRecorded,
            AttestationField::AcceptsResponsibility, AttestationField::FullName,
        };
        QCOMPARE(fieldsOf(errors), expected);
        for (const AttestationFieldError& error : errors) {
            QVERIFY(!error.message.isEmpty());
        }
        QVERIFY(!AttestationForm{}.isValid());
    }

    void completeFormIsValid()
    {
        QVERIFY(completeForm().validate().isEmpty());
        QVERIFY(completeForm().isValid());
    }

    void eachUncheckedStatementIsReported_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < AttestationStatements::kCount; ++i) {
            QTest::newRow(qPrintable(AttestationStatements::all().at(i).key)) << i;
        }
    }

    void eachUncheckedStatementIsReported()
    {
        QFETCH(int, index);
        const AttestationStatementId id = AttestationStatements::all().at(index).id;
        AttestationForm form = completeForm();
        form.setAccepted(id, false);
        QVERIFY(!form.accepted(id));
        const QList<AttestationFieldError> errors = form.validate();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(int(errors.constFirst().field), index); // statement fields come first, in statement order
        QVERIFY(errors.constFirst().message.startsWith(QStringLiteral("Confirm")));
        form.setAccepted(id, true);
        QVERIFY(form.isValid());
    }

    void fullNameLength_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("only spaces") << QStringLiteral("     ") << false;
        QTest::newRow("two chars") << QStringLiteral("Al") << false;
        QTest::newRow("two chars padded to five") << QStringLiteral("  Al ") << false;
        QTest::newRow("two chars with tabs and newline") << QStringLiteral("\tAl\n") << false;
        QTest::newRow("three chars") << QStringLiteral("Ada") << true;
        QTest::newRow("three chars padded") << QStringLiteral("  Ada  ") << true;
        QTest::newRow("inner space counts") << QStringLiteral("A B") << true;
        QTest::newRow("two emoji are two characters") << QStringLiteral("\U0001F600\U0001F600") << false;
        QTest::newRow("three non-latin") << QStringLiteral("李小龙") << true;
        QTest::newRow("200 chars") << QString(200, QLatin1Char('a')) << true;
        QTest::newRow("201 chars") << QString(201, QLatin1Char('a')) << false;
    }

    void fullNameLength()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        AttestationForm form = completeForm();
        form.fullName = name;
        const QList<AttestationFieldError> errors = form.validate();
        QCOMPARE(errors.isEmpty(), valid);
        if (!valid) {
            QCOMPARE(errors.size(), 1);
            QCOMPARE(errors.constFirst().field, AttestationField::FullName);
        }
    }

    void shortNameMessageSaysTheMinimum()
    {
        AttestationForm form = completeForm();
        form.fullName = QStringLiteral("Al");
        QCOMPARE(form.validate().constFirst().message,
                 QStringLiteral("Your full name must have at least 3 characters."));
    }

    void organizationIsOptionalButBounded()
    {
        AttestationForm form = completeForm();
        form.organization = QStringLiteral("   ");
        QVERIFY(form.isValid());
        QCOMPARE(form.normalizedOrganization(), QString());
        form.organization = QStringLiteral(" LegacyAI LLC ");
        QVERIFY(form.isValid());
        QCOMPARE(form.normalizedOrganization(), QStringLiteral("LegacyAI LLC"));
        form.organization = QString(201, QLatin1Char('o'));
        const QList<AttestationFieldError> errors = form.validate();
        QCOMPARE(fieldsOf(errors), QList<AttestationField>{AttestationField::Organization});
    }

    void namesAreStoredTrimmed()
    {
        AttestationForm form = completeForm();
        form.fullName = QStringLiteral("  Ada  Lovelace \n");
        QCOMPARE(form.normalizedFullName(), QStringLiteral("Ada  Lovelace"));
    }
};

QTEST_GUILESS_MAIN(TestAttestationForm)
#include "tst_attestation_form.moc"
