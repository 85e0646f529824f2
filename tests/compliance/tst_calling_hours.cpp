// Calling hours in the callee's local time: the TCPA default, state rules at their edges, area
// codes spanning several zones, unknown zones and the next opening.
#include "compliance/CallingHours.h"

#include <QTest>

using namespace calldeck;

namespace {

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

} // namespace

class TestCallingHours : public QObject
{
    Q_OBJECT
private:
    std::shared_ptr<const CallingHours> m_hours;

private Q_SLOTS:
    void initTestCase()
    {
        Result<std::shared_ptr<const CallingHours>> hours = CallingHours::shipped();
        QVERIFY2(hours, qPrintable(hours ? QString() : hours.error().message));
        m_hours = hours.value();
    }

    void miamiAfterEightIsRefusedWithTheReason()
    {
        // Tuesday 2026-12-08 20:12 in Miami (EST, UTC-5).
        const CallingHoursVerdict verdict = m_hours->check(QStringLiteral("+13055550147"), utc("2026-12-09T01:12:00Z"));
        QVERIFY(verdict.zoneKnown);
        QVERIFY(!verdict.ok);
        QCOMPARE(verdict.timeZones, QStringList{QStringLiteral("America/New_York")});
        QCOMPARE(verdict.calleeTime.toString(Qt::ISODate), QStringLiteral("2026-12-08T20:12:00-05:00"));
        QVERIFY2(verdict.reason.contains(u"is in Florida, where it is 20:12 on a Tuesday"), qPrintable(verdict.reason));
        QVERIFY2(verdict.reason.contains(u"Florida allows sales calls until 20:00"), qPrintable(verdict.reason));
        // Next opening: Wednesday 08:00 in Miami.
        QCOMPARE(verdict.nextOpeningUtc, utc("2026-12-09T13:00:00Z"));
    }

    void floridaEdges()
    {
        const QString miami = QStringLiteral("+13055550147");
        QVERIFY(!m_hours->check(miami, utc("2026-12-08T12:59:00Z")).ok); // 07:59
        QVERIFY(m_hours->check(miami, utc("2026-12-08T13:00:00Z")).ok);  // 08:00
        QVERIFY(m_hours->check(miami, utc("2026-12-09T00:59:00Z")).ok);  // 19:59
        QVERIFY(!m_hours->check(miami, utc("2026-12-09T01:00:00Z")).ok); // 20:00 is closed
    }

    void tcpaDefaultEdges()
    {
        const QString newYork = QStringLiteral("+12125550199");
        QVERIFY(!m_hours->check(newYork, utc("2026-12-08T12:59:59Z")).ok); // 07:59:59
        QVERIFY(m_hours->check(newYork, utc("2026-12-08T13:00:00Z")).ok);  // 08:00
        QVERIFY(m_hours->check(newYork, utc("2026-12-09T01:12:00Z")).ok);  // 20:12: New York is not Florida
        QVERIFY(m_hours->check(newYork, utc("2026-12-09T01:59:00Z")).ok);  // 20:59
        const CallingHoursVerdict late = m_hours->check(newYork, utc("2026-12-09T02:00:00Z"));
        QVERIFY(!late.ok);
        QVERIFY2(late.reason.contains(u"TCPA allows sales calls until 21:00"), qPrintable(late.reason));
    }

    void summerTimeMovesTheWindow()
    {
        // In July New York is UTC-4: 08:00 local is 12:00 UTC.
        const QString newYork = QStringLiteral("+12125550199");
        QVERIFY(!m_hours->check(newYork, utc("2026-07-07T11:59:00Z")).ok);
        QVERIFY(m_hours->check(newYork, utc("2026-07-07T12:00:00Z")).ok);
    }

    void texasSundayStartsAtNoon()
    {
        const QString houston = QStringLiteral("+17135550100"); // America/Chicago, UTC-6 in December
        // Sunday 2026-12-13.
        QVERIFY(!m_hours->check(houston, utc("2026-12-13T17:59:00Z")).ok); // 11:59
        const CallingHoursVerdict noon = m_hours->check(houston, utc("2026-12-13T18:00:00Z"));
        QVERIFY2(noon.ok, qPrintable(noon.reason));
        // Weekdays start at 09:00 in Texas, not 08:00.
        QVERIFY(!m_hours->check(houston, utc("2026-12-14T14:59:00Z")).ok); // Monday 08:59
        QVERIFY(m_hours->check(houston, utc("2026-12-14T15:00:00Z")).ok);  // 09:00
        const CallingHoursVerdict sunday = m_hours->check(houston, utc("2026-12-13T15:00:00Z"));
        QCOMPARE(sunday.nextOpeningUtc, utc("2026-12-13T18:00:00Z"));
    }

    void areaCodeSpanningZonesUsesTheIntersection()
    {
        // 605 (South Dakota) spans America/Chicago (via North_Dakota/Center) and America/Denver.
        // 08:30 Central is 07:30 Mountain: closed; 09:00 Mountain is 10:00 Central: open.
        const QString dakota = QStringLiteral("+16055550100");
        const CallingHoursVerdict early = m_hours->check(dakota, utc("2026-12-08T14:30:00Z"));
        QCOMPARE(early.timeZones.size(), 2);
        QVERIFY(!early.ok);
        QVERIFY2(early.reason.contains(u"America/Denver"), qPrintable(early.reason));
        QCOMPARE(early.nextOpeningUtc, utc("2026-12-08T15:00:00Z")); // 08:00 in Denver
        QVERIFY(m_hours->check(dakota, utc("2026-12-08T15:00:00Z")).ok);
        // At the evening end the eastern zone closes first: 21:00 Central = 20:00 Mountain.
        QVERIFY(m_hours->check(dakota, utc("2026-12-09T02:59:00Z")).ok);
        QVERIFY(!m_hours->check(dakota, utc("2026-12-09T03:00:00Z")).ok);
    }

    void unknownZoneIsRefused()
    {
        const CallingHoursVerdict verdict = m_hours->check(QStringLiteral("+15555550100"), utc("2026-12-08T15:00:00Z"));
        QVERIFY(!verdict.ok);
        QVERIFY(!verdict.zoneKnown);
        QVERIFY(!verdict.nextOpeningUtc.isValid());
        QVERIFY2(verdict.reason.contains(u"does not know the time zone"), qPrintable(verdict.reason));
    }

    void stateRulesNeverWidenTheDefault()
    {
        const QByteArray json = R"({"default": {"name": "TCPA", "start": "08:00", "end": "21:00", "source": "s"},
            "rules": [{"region": "US", "subdivision": "FL", "name": "Florida", "start": "07:00", "end": "22:00",
                       "source": "test"}]})";
        Result<std::shared_ptr<const CallingHours>> hours = CallingHours::fromJson(json, m_hours->zoneTable());
        QVERIFY(hours);
        const QString miami = QStringLiteral("+13055550147");
        QVERIFY(!hours.value()->check(miami, utc("2026-12-08T12:30:00Z")).ok); // 07:30
        QVERIFY(!hours.value()->check(miami, utc("2026-12-09T02:30:00Z")).ok); // 21:30
    }

    void brokenRulesAreRefused()
    {
        QVERIFY(!CallingHours::fromJson("{", m_hours->zoneTable()));
        QVERIFY(!CallingHours::fromJson(R"({"default": {"name": "x", "start": "8", "end": "21:00", "source": "s"}})",
                                        m_hours->zoneTable()));
        QVERIFY(!CallingHours::fromJson(R"({"default": {"start": "08:00", "end": "21:00"}})", m_hours->zoneTable()));
    }

    void allPartyConsentStates()
    {
        const PhoneZones& zones = m_hours->zones();
        QVERIFY(m_hours->requiresAllPartyConsent(zones.lookup(QStringLiteral("+14155550100"))));  // California
        QVERIFY(m_hours->requiresAllPartyConsent(zones.lookup(QStringLiteral("+13055550147"))));  // Florida
        QVERIFY(!m_hours->requiresAllPartyConsent(zones.lookup(QStringLiteral("+12125550199")))); // New York
        QVERIFY(!m_hours->requiresAllPartyConsent(zones.lookup(QStringLiteral("+17135550100")))); // Texas
    }
};

QTEST_GUILESS_MAIN(TestCallingHours)
#include "tst_calling_hours.moc"
