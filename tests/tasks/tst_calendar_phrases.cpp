#include "core/CalendarPhrases.h"
#include "postcall/DateMention.h"
#include "tasks/TemporalExtractor.h"

#include <QLocale>
#include <QTimeZone>
#include <QtTest>

using namespace calldeck;
using CalendarPhrases::Qualifier;

namespace {

const QDate kMonday(2026, 12, 7);

QString dayName(int dayOfWeek)
{
    return QLocale(QLocale::English).dayName(dayOfWeek, QLocale::LongFormat);
}

} // namespace

/// The day words of an instruction and of a call, on each day of the week. The planner
/// (TemporalExtractor) and the post-call extractor (DateMention) must read every phrase alike.
class TestCalendarPhrases : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    /// "next Tuesday" and "Tuesday" said on each day of the week of Monday 7 December 2026.
    void weekdays_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("tuesday");
        QTest::addColumn<QDate>("nextTuesday");
        QTest::newRow("Monday") << kMonday << QDate(2026, 12, 8) << QDate(2026, 12, 15);
        QTest::newRow("Tuesday") << kMonday.addDays(1) << QDate(2026, 12, 15) << QDate(2026, 12, 15);
        QTest::newRow("Wednesday") << kMonday.addDays(2) << QDate(2026, 12, 15) << QDate(2026, 12, 15);
        QTest::newRow("Saturday") << kMonday.addDays(5) << QDate(2026, 12, 15) << QDate(2026, 12, 15);
        QTest::newRow("Sunday") << kMonday.addDays(6) << QDate(2026, 12, 15) << QDate(2026, 12, 15);
        // Across a year end: Thursday 31 December 2026.
        QTest::newRow("New Year's Eve") << QDate(2026, 12, 31) << QDate(2027, 1, 5) << QDate(2027, 1, 5);
    }

    void weekdays()
    {
        QFETCH(QDate, today);
        QFETCH(QDate, tuesday);
        QFETCH(QDate, nextTuesday);
        QCOMPARE(CalendarPhrases::weekday(today, Qt::Tuesday, Qualifier::None), tuesday);
        QCOMPARE(CalendarPhrases::weekday(today, Qt::Tuesday, Qualifier::Next), nextTuesday);
    }

    void weekdayIsAlwaysAhead()
    {
        for (int offset = 0; offset < 7; ++offset) {
            const QDate today = kMonday.addDays(offset);
            for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
                const QDate plain = CalendarPhrases::weekday(today, day, Qualifier::None);
                const QDate next = CalendarPhrases::weekday(today, day, Qualifier::Next);
                QCOMPARE(plain.dayOfWeek(), day);
                QCOMPARE(next.dayOfWeek(), day);
                QVERIFY(plain > today && plain <= today.addDays(7));
                // "next" lies in the following Monday–Sunday week.
                QVERIFY(next > today.addDays(7 - today.dayOfWeek()));
                QVERIFY(next <= today.addDays(14 - today.dayOfWeek()));
            }
        }
    }

    void weeks_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("thisLast");
        QTest::addColumn<QDate>("nextFirst");
        QTest::newRow("Monday") << kMonday << QDate(2026, 12, 13) << QDate(2026, 12, 14);
        QTest::newRow("Friday") << kMonday.addDays(4) << QDate(2026, 12, 13) << QDate(2026, 12, 14);
        // At the weekend "this week" means the days ahead.
        QTest::newRow("Saturday") << kMonday.addDays(5) << QDate(2026, 12, 20) << QDate(2026, 12, 14);
        QTest::newRow("Sunday") << kMonday.addDays(6) << QDate(2026, 12, 20) << QDate(2026, 12, 14);
        QTest::newRow("Tuesday 29 December") << QDate(2026, 12, 29) << QDate(2027, 1, 3) << QDate(2027, 1, 4);
    }

    void weeks()
    {
        QFETCH(QDate, today);
        QFETCH(QDate, thisLast);
        QFETCH(QDate, nextFirst);
        QCOMPARE(CalendarPhrases::thisWeek(today).first, today);
        QCOMPARE(CalendarPhrases::thisWeek(today).last, thisLast);
        QCOMPARE(CalendarPhrases::nextWeek(today).first, nextFirst);
        QCOMPARE(CalendarPhrases::nextWeek(today).last, nextFirst.addDays(6));
        // The planner's window for "this week" is the same span.
        const TemporalFacts facts = TemporalExtractor::extract(QStringLiteral("any time this week"), today);
        QCOMPARE(facts.earliestDate, today);
        QCOMPARE(facts.latestDate, thisLast);
    }

    /// Every weekday phrase, said on every day of two weeks spanning a year end, resolves to
    /// the same day in the user's instruction and on the call.
    void plannerAndCallAgree()
    {
        for (int offset = 0; offset < 14; ++offset) {
            const QDate today = QDate(2026, 12, 24).addDays(offset);
            const QDateTime reference(today, QTime(9, 0), QTimeZone::utc());
            for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
                for (const QString& qualifier : {QString(), QStringLiteral("next ")}) {
                    const QString phrase = qualifier + dayName(day);
                    const TemporalFacts planned = TemporalExtractor::extract(QStringLiteral("on ") + phrase.toLower(), today);
                    const QList<DateMention> said = DateMention::find(phrase + QStringLiteral(" at 10:30"), reference);
                    QVERIFY2(said.size() == 1, qPrintable(phrase));
                    QVERIFY2(planned.earliestDate == said.first().at.date(),
                             qPrintable(QStringLiteral("%1 on %2: planner %3, call %4")
                                            .arg(phrase, today.toString(Qt::ISODate),
                                                 planned.earliestDate.toString(Qt::ISODate),
                                                 said.first().at.date().toString(Qt::ISODate))));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCalendarPhrases)
#include "tst_calendar_phrases.moc"
