#include "conversation/offline/PriceMention.h"

#include <QtTest>

using namespace calldeck;

/// Prices the callee mentions, as the offline agent reads them before agreeing to anything.
class TestPriceMention : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsPrices_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("symbol") << QStringLiteral("That's $180.") << qint64(18000);
        QTest::newRow("words") << QStringLiteral("It is 180 dollars for the cleaning") << qint64(18000);
        QTest::newRow("cents") << QStringLiteral("Only $79.5 today") << qint64(7950);
        QTest::newRow("thousands") << QStringLiteral("The package is $1,250.99 per year") << qint64(125099);
        QTest::newRow("highest") << QStringLiteral("Basic is $80, premium is 120 bucks") << qint64(12000);
        QTest::newRow("usd") << QStringLiteral("45 USD") << qint64(4500);
    }
    void findsPrices()
    {
        QFETCH(QString, text);
        QFETCH(qint64, cents);
        const auto found = PriceMention::highestCents(text);
        QVERIFY2(found.has_value(), qPrintable(text));
        QCOMPARE(*found, cents);
    }

    void ignoresOtherNumbers()
    {
        QVERIFY(!PriceMention::highestCents(QStringLiteral("Come at 9:30 on the 14th, room 180.")).has_value());
        QVERIFY(!PriceMention::highestCents(QStringLiteral("No price yet.")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestPriceMention)
#include "tst_price_mention.moc"
