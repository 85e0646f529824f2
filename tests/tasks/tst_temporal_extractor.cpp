#include "tasks/TemporalExtractor.h"

#include <QtTest>

using namespace calldeck;

namespace {
const QDate kWednesday(2026, 11, 18);
} // namespace

/// Dates and times in instructions, relative to Wednesday 18 November 2026.
class TestTemporalExtractor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("earliest");
        QTest::addColumn<QDate>("latest");
        QTest::newRow("this week") << QStringLiteral("any time this week") << kWednesday << QDate(2026, 11, 22);
        QTest::newRow("next week") << QStringLiteral("sometime next week") << QDate(2026, 11, 23) << QDate(2026, 11, 29);
        QTest::newRow("tomorrow") << QStringLiteral("Tomorrow please") << QDate(2026, 11, 19) << QDate(2026, 11, 19);
        QTest::newRow("today") << QStringLiteral("it has to be today") << kWednesday << kWednesday;
        QTest::newRow("friday") << QStringLiteral("on Friday") << QDate(2026, 11, 20) << QDate(2026, 11, 20);
        QTest::newRow("monday wraps") << QStringLiteral("Monday works") << QDate(2026, 11, 23) << QDate(2026, 11, 23);
        QTest::newRow("next friday") << QStringLiteral("next Friday") << QDate(2026, 11, 27) << QDate(2026, 11, 27);
        QTest::newRow("by friday") << QStringLiteral("by Friday") << kWednesday << QDate(2026, 11, 20);
        QTest::newRow("before friday") << QStringLiteral("before Friday") << kWednesday << QDate(2026, 11, 19);
        QTest::newRow("after friday") << QStringLiteral("after Friday") << QDate(2026, 11, 21) << QDate();
        QTest::newRow("two days") << QStringLiteral("Thursday or Friday") << QDate(2026, 11, 19) << QDate(2026, 11, 20);
        QTest::newRow("iso") << QStringLiteral("on 2026-12-03") << QDate(2026, 12, 3) << QDate(2026, 12, 3);
        QTest::newRow("month day") << QStringLiteral("on Dec 3rd") << QDate(2026, 12, 3) << QDate(2026, 12, 3);
        QTest::newRow("january next year") << QStringLiteral("January 5") << QDate(2027, 1, 5) << QDate(2027, 1, 5);
        QTest::newRow("within days") << QStringLiteral("within 10 days") << kWednesday << QDate(2026, 11, 28);
        QTest::newRow("nothing") << QStringLiteral("book a cleaning") << QDate() << QDate();
    }

    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, earliest);
        QFETCH(QDate, latest);
        const TemporalFacts facts = TemporalExtractor::extract(text, kWednesday);
        QCOMPARE(facts.earliestDate, earliest);
        QCOMPARE(facts.latestDate, latest);
    }

    void times_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QTime>("start");
        QTest::addColumn<QTime>("end");
        QTest::newRow("am pm") << QStringLiteral("between 9am and 5pm") << QTime(9, 0) << QTime(17, 0);
        QTest::newRow("bare between") << QStringLiteral("between 9 and 5") << QTime(9, 0) << QTime(17, 0);
        QTest::newRow("from to pm") << QStringLiteral("from 1 to 3pm") << QTime(13, 0) << QTime(15, 0);
        QTest::newRow("clock dash") << QStringLiteral("9:00-12:30") << QTime(9, 0) << QTime(12, 30);
        QTest::newRow("after") << QStringLiteral("after 3pm") << QTime(15, 0) << QTime(23, 59);
        QTest::newRow("before noon") << QStringLiteral("before noon") << QTime(0, 0) << QTime(12, 0);
        QTest::newRow("no clock") << QStringLiteral("after 3 attempts") << QTime() << QTime();
        QTest::newRow("date is not a time") << QStringLiteral("on 2026-11-27") << QTime() << QTime();
    }

    void times()
    {
        QFETCH(QString, text);
        QFETCH(QTime, start);
        QFETCH(QTime, end);
        const TemporalFacts facts = TemporalExtractor::extract(text, kWednesday);
        QCOMPARE(facts.windowStart, start);
        QCOMPARE(facts.windowEnd, end);
    }

    void partsOfTheDayArePreferences()
    {
        const TemporalFacts facts = TemporalExtractor::extract(QStringLiteral("mornings are best"), kWednesday);
        QCOMPARE(facts.preferences, QStringList{QStringLiteral("prefer_morning")});
        QVERIFY(!facts.hasWindow());
    }
};

QTEST_GUILESS_MAIN(TestTemporalExtractor)
#include "tst_temporal_extractor.moc"
