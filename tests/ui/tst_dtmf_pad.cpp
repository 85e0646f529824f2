#include "widgets/DtmfPad.h"

#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace calldeck;

class TestDtmfPad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hasTwelveKeysInPhoneOrder();
    void clickingKeysSendsDigits();
    void typingSendsDigitsAndIgnoresOtherKeys();
    void disabledPadSendsNothing();
};

void TestDtmfPad::hasTwelveKeysInPhoneOrder()
{
    DtmfPad pad;
    QCOMPARE(pad.findChildren<QToolButton*>().size(), 12);
    for (const QChar key : DtmfPad::kKeys) {
        QToolButton* button = pad.button(key);
        QVERIFY2(button != nullptr, qPrintable(QString(key)));
        QVERIFY(button->text().startsWith(key));
    }
    QVERIFY(pad.button(QLatin1Char('2'))->text().contains(QLatin1String("ABC")));
    QCOMPARE(pad.button(QLatin1Char('A')), nullptr);
}

void TestDtmfPad::clickingKeysSendsDigits()
{
    DtmfPad pad;
    pad.show();
    QSignalSpy spy(&pad, &DtmfPad::digitPressed);
    for (const char key : {'1', '*', '0', '#', '9'}) {
        QTest::mouseClick(pad.button(QLatin1Char(key)), Qt::LeftButton);
    }
    QString sent;
    for (const QList<QVariant>& args : spy) {
        sent += args.at(0).toChar();
    }
    QCOMPARE(sent, QStringLiteral("1*0#9"));
}

void TestDtmfPad::typingSendsDigitsAndIgnoresOtherKeys()
{
    DtmfPad pad;
    pad.show();
    QSignalSpy spy(&pad, &DtmfPad::digitPressed);
    QTest::keyClicks(&pad, QStringLiteral("4a#x7"));
    // Typed keys flash their button, which then reports the digit.
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 3, 10000);
    QCOMPARE(spy.at(0).at(0).toChar(), QLatin1Char('4'));
    QCOMPARE(spy.at(1).at(0).toChar(), QLatin1Char('#'));
    QCOMPARE(spy.at(2).at(0).toChar(), QLatin1Char('7'));
}

void TestDtmfPad::disabledPadSendsNothing()
{
    DtmfPad pad;
    pad.show();
    pad.setEnabled(false);
    QSignalSpy spy(&pad, &DtmfPad::digitPressed);
    QTest::mouseClick(pad.button(QLatin1Char('5')), Qt::LeftButton);
    QTest::keyClicks(&pad, QStringLiteral("55"));
    QTest::qWait(300);
    QCOMPARE(spy.size(), 0);
}

QTEST_MAIN(TestDtmfPad)
#include "tst_dtmf_pad.moc"
