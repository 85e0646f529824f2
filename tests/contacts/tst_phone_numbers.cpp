#include "core/PhoneNumbers.h"

#include <QTest>

using calldeck::ErrorCode;
using calldeck::PhoneAsYouTypeFormatter;
using calldeck::PhoneNumbers;

class TstPhoneNumbers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toE164_data();
    void toE164();
    void invalid_data();
    void invalid();
    void formatting_data();
    void formatting();
    void roundTrip_data();
    void roundTrip();
    void knownRegions();
    void regionOf();
    void asYouTypeUs();
    void asYouTypeSe();
    void asYouTypeIgnoresPunctuation();
};

void TstPhoneNumbers::toE164_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("e164");

    QTest::newRow("us national parens") << QStringLiteral("(415) 555-0123") << QStringLiteral("US")
                                        << QStringLiteral("+14155550123");
    QTest::newRow("us dashes") << QStringLiteral("415-555-0123") << QStringLiteral("US")
                               << QStringLiteral("+14155550123");
    QTest::newRow("us plain digits") << QStringLiteral("4155550123") << QStringLiteral("US")
                                     << QStringLiteral("+14155550123");
    QTest::newRow("us with trunk 1") << QStringLiteral("1 415 555 0123") << QStringLiteral("US")
                                     << QStringLiteral("+14155550123");
    QTest::newRow("us international from SE")
        << QStringLiteral("+1 415-555-0123") << QStringLiteral("SE") << QStringLiteral("+14155550123");
    QTest::newRow("se national") << QStringLiteral("070-123 45 67") << QStringLiteral("SE")
                                 << QStringLiteral("+46701234567");
    QTest::newRow("se lower-case region")
        << QStringLiteral("0701234567") << QStringLiteral("se") << QStringLiteral("+46701234567");
    QTest::newRow("se international") << QStringLiteral("+46 70 123 45 67") << QStringLiteral("US")
                                      << QStringLiteral("+46701234567");
    QTest::newRow("se with 00 prefix") << QStringLiteral("0046 70 123 45 67") << QStringLiteral("SE")
                                       << QStringLiteral("+46701234567");
    QTest::newRow("se idd from US") << QStringLiteral("011 46 70 123 45 67") << QStringLiteral("US")
                                    << QStringLiteral("+46701234567");
    QTest::newRow("gb landline") << QStringLiteral("020 7946 0958") << QStringLiteral("GB")
                                 << QStringLiteral("+442079460958");
    QTest::newRow("gb mobile international")
        << QStringLiteral("+44 7911 123456") << QStringLiteral("DE") << QStringLiteral("+447911123456");
    QTest::newRow("de berlin") << QStringLiteral("030 123456") << QStringLiteral("DE") << QStringLiteral("+4930123456");
    QTest::newRow("de mobile slashes") << QStringLiteral("0151/234-56789") << QStringLiteral("DE")
                                       << QStringLiteral("+4915123456789");
    QTest::newRow("de international parens")
        << QStringLiteral("+49 (30) 123456") << QStringLiteral("US") << QStringLiteral("+4930123456");
    QTest::newRow("surrounding whitespace")
        << QStringLiteral("  +14155550123  ") << QStringLiteral("US") << QStringLiteral("+14155550123");
    QTest::newRow("e164 without region") << QStringLiteral("+46701234567") << QString()
                                         << QStringLiteral("+46701234567");
}

void TstPhoneNumbers::toE164()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(QString, e164);
    const auto result = PhoneNumbers::toE164(input, region);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result.value(), e164);
}

void TstPhoneNumbers::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << QString() << QStringLiteral("US") << QStringLiteral("empty");
    QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("US") << QStringLiteral("empty");
    QTest::newRow("letters") << QStringLiteral("hello") << QStringLiteral("US") << QStringLiteral("not a phone number");
    QTest::newRow("single digit") << QStringLiteral("1") << QStringLiteral("US")
                                  << QStringLiteral("not a phone number");
    QTest::newRow("too short") << QStringLiteral("12") << QStringLiteral("US") << QStringLiteral("too short for US");
    QTest::newRow("too short after country code")
        << QStringLiteral("+46 1") << QStringLiteral("US") << QStringLiteral("too short");
    QTest::newRow("too short for SE") << QStringLiteral("+46 70 12") << QStringLiteral("US")
                                      << QStringLiteral("too short for SE");
    QTest::newRow("too long") << QStringLiteral("+1 415 555 01234567") << QStringLiteral("US")
                              << QStringLiteral("too long for US");
    QTest::newRow("not valid for SE") << QStringLiteral("+46 99 999 99 99") << QStringLiteral("US")
                                      << QStringLiteral("not a valid number for SE");
    QTest::newRow("not valid for GB") << QStringLiteral("07700 900123") << QStringLiteral("GB")
                                      << QStringLiteral("not a valid number for GB");
    QTest::newRow("local only") << QStringLiteral("555 0123") << QStringLiteral("US") << QStringLiteral("area code");
    QTest::newRow("unknown region") << QStringLiteral("0701234567") << QStringLiteral("XX")
                                    << QStringLiteral("\"XX\" is not a known region");
    QTest::newRow("no region") << QStringLiteral("0701234567") << QString() << QStringLiteral("international form");
    QTest::newRow("unknown country code")
        << QStringLiteral("+999 1234567") << QStringLiteral("US") << QStringLiteral("unknown country calling code");
}

void TstPhoneNumbers::invalid()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(QString, reason);
    const auto result = PhoneNumbers::toE164(input, region);
    QVERIFY2(!result.ok(), qPrintable(result.valueOr(QString())));
    QCOMPARE(result.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(result.error().message.contains(reason), qPrintable(result.error().message));
}

void TstPhoneNumbers::formatting_data()
{
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("international");
    QTest::addColumn<QString>("national");

    QTest::newRow("us") << QStringLiteral("+14155550123") << QStringLiteral("+1 415-555-0123")
                        << QStringLiteral("(415) 555-0123");
    QTest::newRow("se") << QStringLiteral("+46701234567") << QStringLiteral("+46 70 123 45 67")
                        << QStringLiteral("070-123 45 67");
    QTest::newRow("gb") << QStringLiteral("+442079460958") << QStringLiteral("+44 20 7946 0958")
                        << QStringLiteral("020 7946 0958");
    QTest::newRow("de") << QStringLiteral("+4930123456") << QStringLiteral("+49 30 123456")
                        << QStringLiteral("030 123456");
    QTest::newRow("garbage unchanged") << QStringLiteral("not a number") << QStringLiteral("not a number")
                                       << QStringLiteral("not a number");
    QTest::newRow("empty unchanged") << QString() << QString() << QString();
}

void TstPhoneNumbers::formatting()
{
    QFETCH(QString, e164);
    QFETCH(QString, international);
    QFETCH(QString, national);
    QCOMPARE(PhoneNumbers::formatInternational(e164), international);
    QCOMPARE(PhoneNumbers::formatNational(e164), national);
}

void TstPhoneNumbers::roundTrip_data()
{
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("region");
    QTest::newRow("us") << QStringLiteral("+14155550123") << QStringLiteral("US");
    QTest::newRow("se") << QStringLiteral("+46701234567") << QStringLiteral("SE");
    QTest::newRow("gb") << QStringLiteral("+447911123456") << QStringLiteral("GB");
    QTest::newRow("de") << QStringLiteral("+4915123456789") << QStringLiteral("DE");
}

void TstPhoneNumbers::roundTrip()
{
    QFETCH(QString, e164);
    QFETCH(QString, region);
    // What we display must parse back to what we store, in any region for the international form.
    QCOMPARE(PhoneNumbers::toE164(PhoneNumbers::formatInternational(e164), QStringLiteral("US")).valueOr({}), e164);
    QCOMPARE(PhoneNumbers::toE164(PhoneNumbers::formatInternational(e164), QStringLiteral("JP")).valueOr({}), e164);
    QCOMPARE(PhoneNumbers::toE164(PhoneNumbers::formatNational(e164), region).valueOr({}), e164);
    QCOMPARE(PhoneNumbers::toE164(e164, region).valueOr({}), e164);
}

void TstPhoneNumbers::knownRegions()
{
    QVERIFY(PhoneNumbers::isKnownRegion(QStringLiteral("US")));
    QVERIFY(PhoneNumbers::isKnownRegion(QStringLiteral("SE")));
    QVERIFY(PhoneNumbers::isKnownRegion(QStringLiteral("gb")));
    QVERIFY(!PhoneNumbers::isKnownRegion(QStringLiteral("XX")));
    QVERIFY(!PhoneNumbers::isKnownRegion(QStringLiteral("ZZ")));
    QVERIFY(!PhoneNumbers::isKnownRegion(QStringLiteral("001")));
    QVERIFY(!PhoneNumbers::isKnownRegion(QString()));
}

void TstPhoneNumbers::regionOf()
{
    QCOMPARE(PhoneNumbers::regionOf(QStringLiteral("+14155550123")), QStringLiteral("US"));
    QCOMPARE(PhoneNumbers::regionOf(QStringLiteral("+46701234567")), QStringLiteral("SE"));
    QCOMPARE(PhoneNumbers::regionOf(QStringLiteral("+442079460958")), QStringLiteral("GB"));
    QCOMPARE(PhoneNumbers::regionOf(QStringLiteral("+4930123456")), QStringLiteral("DE"));
    QCOMPARE(PhoneNumbers::regionOf(QStringLiteral("+80012345678")), QString()); // non-geographic
    QCOMPARE(PhoneNumbers::regionOf(QStringLiteral("garbage")), QString());
    QCOMPARE(PhoneNumbers::regionOf(QString()), QString());
}

void TstPhoneNumbers::asYouTypeUs()
{
    PhoneAsYouTypeFormatter formatter(QStringLiteral("US"));
    QCOMPARE(formatter.format(QStringLiteral("4")), QStringLiteral("4"));
    QCOMPARE(formatter.format(QStringLiteral("415")), QStringLiteral("415"));
    QCOMPARE(formatter.format(QStringLiteral("415555")), QStringLiteral("415-555"));
    QCOMPARE(formatter.format(QStringLiteral("4155550123")), QStringLiteral("(415) 555-0123"));
    QCOMPARE(formatter.format(QStringLiteral("+14155550123")), QStringLiteral("+1 415-555-0123"));
    QCOMPARE(formatter.format(QString()), QString());
}

void TstPhoneNumbers::asYouTypeSe()
{
    PhoneAsYouTypeFormatter formatter(QStringLiteral("SE"));
    QCOMPARE(formatter.format(QStringLiteral("070")), QStringLiteral("070"));
    QCOMPARE(formatter.format(QStringLiteral("070123")), QStringLiteral("070-123"));
    QCOMPARE(formatter.format(QStringLiteral("0701234567")), QStringLiteral("070-123 45 67"));
    QCOMPARE(formatter.format(QStringLiteral("+46701234567")), QStringLiteral("+46 70 123 45 67"));
}

void TstPhoneNumbers::asYouTypeIgnoresPunctuation()
{
    PhoneAsYouTypeFormatter formatter(QStringLiteral("US"));
    // Reformatting already formatted text (as an entry field does on every edit) is stable.
    QCOMPARE(formatter.format(QStringLiteral("(415) 555-0123")), QStringLiteral("(415) 555-0123"));
    QCOMPARE(formatter.format(QStringLiteral("415.555.0123 ")), QStringLiteral("(415) 555-0123"));
    // Full-width digits count as digits.
    QCOMPARE(formatter.format(QStringLiteral("\uFF14\uFF11\uFF15")), QStringLiteral("415"));
    PhoneAsYouTypeFormatter unknown(QStringLiteral("XX"));
    QCOMPARE(unknown.format(QStringLiteral("+46 70-123 45 67")), QStringLiteral("+46 70 123 45 67"));
}

QTEST_GUILESS_MAIN(TstPhoneNumbers)
#include "tst_phone_numbers.moc"
