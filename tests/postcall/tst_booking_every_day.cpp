#include "core/CalendarPhrases.h"
#include "postcall/ExtractionKeys.h"
#include "postcall/OfflineExtractor.h"
#include "tasks/OfflinePlanner.h"
#include "telephony/sandbox/Persona.h"

#include <QJsonDocument>
#include <QTimeZone>
#include <QtTest>

using namespace calldeck;

namespace {

const QString kSentence = QStringLiteral(
    "Call Bright Smile Dental at +1 555 555 0100 and get the earliest cleaning appointment this week, under $150");

TranscriptSegment line(const QString& speaker, const QString& text, int n)
{
    TranscriptSegment segment;
    segment.id = QStringLiteral("%1-%2").arg(speaker).arg(n);
    segment.speaker = speaker;
    segment.startMs = n * 4000;
    segment.endMs = n * 4000 + 3000;
    segment.text = text;
    return segment;
}

/// The sandbox receptionist's side of the call as she speaks on `day`, between the offline
/// agent's questions (the order the sandbox call takes).
QList<TranscriptSegment> sandboxCall(const sandbox::Persona& persona)
{
    const QString callee = QStringLiteral("callee");
    const QString agent = QStringLiteral("agent");
    QList<TranscriptSegment> segments{
        line(callee, persona.greeting, 0),
        line(agent, QStringLiteral("Hello, this is an AI assistant calling on behalf of Alex Morgan. I'm calling to get "
                                   "the earliest cleaning appointment this week. What is your earliest opening?"), 1)};
    const QStringList agentLines{QStringLiteral("How much does a cleaning cost?"),
                                 QStringLiteral("Thank you. Could you please confirm the booking for the earliest one?"),
                                 QStringLiteral("No, that's all. Thank you!")};
    int n = 2;
    for (int i = 0; i < persona.turns.size(); ++i) {
        segments.append(line(callee, persona.turns.at(i).text, n++));
        if (i < agentLines.size()) {
            segments.append(line(agent, agentLines.at(i), n++));
        }
    }
    segments.append(line(callee, persona.closing, n));
    return segments;
}

struct Verdict
{
    bool achieved = false;
    QDate appointment;
    QDate first;
    QDate last;
    QString summary;
};

/// The sentence planned on `nowUtc` in `zone`, then the sandbox call on that day, then the
/// offline extraction — the flow the composer, the queue and post-call processing run.
Verdict bookOn(const QDateTime& nowUtc, const QTimeZone& zone, const sandbox::Persona& persona)
{
    PlannerInput input;
    input.instruction = kSentence;
    input.nowUtc = nowUtc;
    input.timeZone = QString::fromUtf8(zone.id());
    const TaskPlan plan = OfflinePlanner::plan(input);

    PostCallInput call;
    call.sessionId = 1;
    call.taskId = 1;
    call.sessionStatus = QStringLiteral("completed");
    call.callStartedAt = nowUtc.addSecs(60);
    call.timeZone = zone;
    call.durationS = 70;
    call.contactName = QStringLiteral("Bright Smile Dental");
    call.phoneE164 = QStringLiteral("+15555550100");
    call.goal = plan.goal;
    call.planJson = QString::fromUtf8(QJsonDocument(plan.toJson()).toJson(QJsonDocument::Compact));
    call.infoToObtain = {ExtractionKeys::AppointmentTime, ExtractionKeys::PriceCents};
    call.segments = sandboxCall(persona.onDay(nowUtc.toTimeZone(zone).date()));
    const PostCallResult result = OfflineExtractor::extract(call);

    Verdict verdict;
    verdict.achieved = result.goalAchieved;
    verdict.first = plan.hardConstraints.earliestDate;
    verdict.last = plan.hardConstraints.latestDate;
    verdict.summary = result.summary;
    for (const ExtractedField& field : result.fields) {
        if (field.key == ExtractionKeys::AppointmentTime) {
            verdict.appointment = QDateTime::fromString(field.value, Qt::ISODate).date();
        }
    }
    return verdict;
}

} // namespace

/// The sentence-to-booking flow gives the same verdict whatever day it runs on: each day of a
/// week, across a month end, a year end, a leap day and both daylight-saving changes, in zones
/// on both sides of UTC and at both ends of the local day.
class TestBookingEveryDay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameVerdictEveryDay_data()
    {
        QTest::addColumn<QDateTime>("localNow");
        const QTimeZone newYork(QByteArrayLiteral("America/New_York"));
        const QTimeZone stockholm(QByteArrayLiteral("Europe/Stockholm"));
        const QTimeZone auckland(QByteArrayLiteral("Pacific/Auckland"));
        for (int day = 0; day < 7; ++day) {
            const QDate date = QDate(2026, 12, 7).addDays(day); // Monday 7 December 2026 onwards
            const QString name = QLocale(QLocale::English).dayName(date.dayOfWeek());
            QTest::addRow("%s New York 09:00", qPrintable(name)) << QDateTime(date, QTime(9, 0), newYork);
            QTest::addRow("%s New York 23:50", qPrintable(name)) << QDateTime(date, QTime(23, 50), newYork);
            QTest::addRow("%s Stockholm 00:10", qPrintable(name)) << QDateTime(date, QTime(0, 10), stockholm);
            QTest::addRow("%s Auckland 14:00", qPrintable(name)) << QDateTime(date, QTime(14, 0), auckland);
            QTest::addRow("%s UTC 12:00", qPrintable(name)) << QDateTime(date, QTime(12, 0), QTimeZone::utc());
        }
        QTest::newRow("month end (Monday 30 November)") << QDateTime(QDate(2026, 11, 30), QTime(10, 0), newYork);
        QTest::newRow("month end (Saturday 31 January)") << QDateTime(QDate(2026, 1, 31), QTime(10, 0), newYork);
        QTest::newRow("year end (Thursday 31 December)") << QDateTime(QDate(2026, 12, 31), QTime(16, 0), newYork);
        QTest::newRow("year end (Sunday 31 December 2028)") << QDateTime(QDate(2028, 12, 31), QTime(11, 0), stockholm);
        QTest::newRow("leap day (Tuesday 29 February 2028)") << QDateTime(QDate(2028, 2, 29), QTime(9, 0), newYork);
        QTest::newRow("DST starts (Sunday 8 March 2026)") << QDateTime(QDate(2026, 3, 8), QTime(3, 30), newYork);
        QTest::newRow("DST ends (Sunday 1 November 2026)") << QDateTime(QDate(2026, 11, 1), QTime(1, 30), newYork);
    }

    void sameVerdictEveryDay()
    {
        QFETCH(QDateTime, localNow);
        const Result<sandbox::Persona> dental = sandbox::Persona::load(QStringLiteral("dental"));
        QVERIFY2(dental.ok(), dental.ok() ? "" : qPrintable(dental.error().message));
        const Verdict verdict = bookOn(localNow.toUTC(), localNow.timeZone(), dental.value());
        QVERIFY2(verdict.achieved, qPrintable(verdict.summary));
        QVERIFY2(verdict.summary.contains(QLatin1String("The goal was achieved.")), qPrintable(verdict.summary));
        // The booking is the receptionist's first opening, the day after the call, inside the window.
        const QDate today = localNow.date();
        QCOMPARE(verdict.appointment, today.addDays(1));
        QCOMPARE(verdict.first, today);
        QCOMPARE(verdict.last, CalendarPhrases::thisWeek(today).last);
        QVERIFY(verdict.appointment >= verdict.first && verdict.appointment <= verdict.last);
    }

    /// A receptionist who books a day past the window does not meet "this week", however firmly
    /// she confirms it: the summary says why.
    void bookingOutsideTheWindowIsNotAchieved()
    {
        Result<sandbox::Persona> dental = sandbox::Persona::load(QStringLiteral("dental"));
        QVERIFY(dental.ok());
        sandbox::Persona persona = dental.value();
        persona.turns[0].text = QStringLiteral("The earliest openings we have are next Tuesday at 10:30, or Thursday at 2:15.");
        persona.turns[2].text = QStringLiteral("You're booked for next Tuesday at 10:30. Your confirmation number is BS-4821.");
        persona.closing = QStringLiteral("Goodbye.");
        const QTimeZone newYork(QByteArrayLiteral("America/New_York"));
        // Monday 7 December 2026: "this week" ends on Sunday the 13th; "next Tuesday" is the 15th.
        const Verdict verdict = bookOn(QDateTime(QDate(2026, 12, 7), QTime(10, 0), newYork).toUTC(), newYork, persona);
        QCOMPARE(verdict.appointment, QDate(2026, 12, 15));
        QCOMPARE(verdict.last, QDate(2026, 12, 13));
        QVERIFY(!verdict.achieved);
        QVERIFY2(verdict.summary.contains(QLatin1String("outside the days the task allows (7 December 2026 to 13 December 2026)")),
                 qPrintable(verdict.summary));
        QVERIFY2(!verdict.summary.contains(QLatin1String("The goal was achieved")), qPrintable(verdict.summary));
    }

    /// The persona's "{day+N}" lines name the weekdays ahead of the call.
    void personaNamesTheDaysAhead()
    {
        const Result<sandbox::Persona> dental = sandbox::Persona::load(QStringLiteral("dental"));
        QVERIFY(dental.ok());
        const sandbox::Persona friday = dental.value().onDay(QDate(2026, 12, 11));
        QVERIFY2(friday.turns.at(0).text.contains(QLatin1String("Saturday at 10:30, or Monday at 2:15")),
                 qPrintable(friday.turns.at(0).text));
        QVERIFY2(friday.closing.contains(QLatin1String("Saturday at 10:30")), qPrintable(friday.closing));
        for (const sandbox::PersonaTurn& turn : friday.turns) {
            QVERIFY2(!turn.text.contains(QLatin1Char('{')), qPrintable(turn.text));
        }
    }
};

QTEST_GUILESS_MAIN(TestBookingEveryDay)
#include "tst_booking_every_day.moc"
