// The phone number field as a user types into it: letters that are no number stay as typed (the
// cursor does not jump back), vanity letters in a number become keypad digits and the field says so.
#include "widgets/PhoneNumberEdit.h"

#include <QSignalSpy>
#include <QtTest>

using namespace calldeck;

namespace {

QString digitsOf(const QString& text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit()) {
            digits.append(c);
        }
    }
    return digits;
}

} // namespace

class TestPhoneNumberEdit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wordsStayAsTyped()
    {
        PhoneNumberEdit edit;
        edit.show();
        QTest::keyClicks(&edit, QStringLiteral("banana"));
        QCOMPARE(edit.text(), QStringLiteral("banana"));
        QCOMPARE(edit.cursorPosition(), 6);
        QVERIFY(!edit.e164().ok());
        QVERIFY(edit.notice().isEmpty());
    }

    void vanityLettersBecomeKeypadDigits()
    {
        PhoneNumberEdit edit;
        edit.setDefaultRegion(QStringLiteral("US"));
        edit.show();
        QSignalSpy notices(&edit, &PhoneNumberEdit::noticeChanged);
        QTest::keyClicks(&edit, QStringLiteral("555-CALL-ME"));
        QCOMPARE(digitsOf(edit.text()), QStringLiteral("555225563"));
        QVERIFY2(std::none_of(edit.text().cbegin(), edit.text().cend(), [](QChar c) { return c.isLetter(); }),
                 qPrintable(edit.text()));
        QVERIFY2(edit.notice().contains(QStringLiteral("CALLME → 225563")), qPrintable(edit.notice()));
        QVERIFY(!notices.isEmpty());
        QCOMPARE(edit.cursorPosition(), int(edit.text().size()));

        edit.clear();
        QTest::keyClicks(&edit, QStringLiteral("+1 800 FLOWERS"));
        QCOMPARE(digitsOf(edit.text()), QStringLiteral("18003569377"));
        QVERIFY2(edit.notice().contains(QStringLiteral("FLOWERS → 3569377")), qPrintable(edit.notice()));
        const Result<QString> e164 = edit.e164();
        QVERIFY2(e164.ok(), qPrintable(e164.ok() ? QString() : e164.error().message));
        QCOMPARE(e164.value(), QStringLiteral("+18003569377"));
    }

    void lettersPastedIntoANumberAreConvertedToo()
    {
        PhoneNumberEdit edit;
        edit.show();
        edit.setFocus();
        // A paste arrives as one edit.
        QTest::keyClicks(&edit, QStringLiteral("1"));
        edit.insert(QStringLiteral("-800-GO-FEDEX"));
        Q_EMIT edit.textEdited(edit.text());
        QCOMPARE(digitsOf(edit.text()), QStringLiteral("18004633339"));
    }
};

QTEST_MAIN(TestPhoneNumberEdit)
#include "tst_phone_number_edit.moc"
