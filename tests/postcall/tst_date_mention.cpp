// DateMention: what "next Tuesday at 10:30" means on the day of a call.
#include "postcall/DateMention.h"

#include <QTimeZone>
#include <QtTest>

using namespace calldeck;

namespace {

QTimeZone newYork()
{
    return QTimeZone(QByteArrayLiteral("America/New_York"));
}

/// Friday 20 November 2026, 09:15 in New York.
QDateTime friday()
{
    return QDateTime(QDate(2026, 11, 20), QTime(9, 15), newYork());
}

QDateTime local(int month, int day, int hour, int minute, int year = 2026)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), newYork());
}

} // namespace

class TestDateMention : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weekdaysWithTimesResolveAgainstTheCallDay()
    {
        const QList<DateMention> found =
            DateMention::find(QStringLiteral("We have an opening next Tuesday at 10:30, or Thursday at 2:15."), friday());
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).at, local(11, 24, 10, 30));
        QVERIFY(found.at(0).hasTime);
        QCOMPARE(found.at(0).fragment, QStringLiteral("next Tuesday at 10:30"));
        // 2:15 on a business line is the afternoon.
        QCOMPARE(found.at(1).at, local(11, 26, 14, 15));
        QCOMPARE(found.at(1).fragment, QStringLiteral("Thursday at 2:15"));
        QCOMPARE(found.at(0).at.toString(Qt::ISODate), QStringLiteral("2026-11-24T10:30:00-05:00"));
    }

    void nextSkipsADayStillInTheCallsWeek()
    {
        const QDateTime monday(QDate(2026, 11, 16), QTime(11, 0), newYork());
        const QList<DateMention> plain = DateMention::find(QStringLiteral("How about Wednesday at 9 am?"), monday);
        QCOMPARE(plain.size(), 1);
        QCOMPARE(plain.first().at, local(11, 18, 9, 0));
        const QList<DateMention> next = DateMention::find(QStringLiteral("How about next Wednesday at 9 am?"), monday);
        QCOMPARE(next.size(), 1);
        QCOMPARE(next.first().at, local(11, 25, 9, 0));
    }

    void explicitDatesAndRelativeDays()
    {
        const QList<DateMention> found = DateMention::find(
            QStringLiteral("Tomorrow at noon is full, but December 3rd at 3 PM or 1/5 at 4:45pm are open."), friday());
        QCOMPARE(found.size(), 3);
        QCOMPARE(found.at(0).at, local(11, 21, 12, 0));
        QCOMPARE(found.at(1).at, local(12, 3, 15, 0));
        // January 5 has passed this year, so it is next year's.
        QCOMPARE(found.at(2).at, local(1, 5, 16, 45, 2027));
    }

    void weekdayFollowedByItsDateIsOneMention()
    {
        const QList<DateMention> found =
            DateMention::find(QStringLiteral("You're booked for Tuesday, November 24 at 10:30."), friday());
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().at, local(11, 24, 10, 30));
    }

    void dayWithoutTimeAndNumbersThatAreNoTimes()
    {
        const QList<DateMention> found =
            DateMention::find(QStringLiteral("A cleaning is $120 and takes 45 minutes; we could do Monday."), friday());
        QCOMPARE(found.size(), 1);
        QVERIFY(!found.first().hasTime);
        QCOMPARE(found.first().at.date(), QDate(2026, 11, 23));
        QVERIFY(DateMention::find(QStringLiteral("Room 12, about 30 people."), friday()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDateMention)
#include "tst_date_mention.moc"
