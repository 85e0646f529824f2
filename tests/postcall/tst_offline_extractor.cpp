// OfflineExtractor on the sandbox's dental call: the appointment, the price and the rest of T8's
// rows without any AI, plus the summary a user reads.
#include "DentalCall.h"
#include "postcall/ExtractionKeys.h"
#include "postcall/OfflineExtractor.h"
#include "tasks/TaskPlan.h"

#include <QJsonDocument>

#include <QtTest>

using namespace calldeck;
using namespace calldeck::testdata;

class TestOfflineExtractor : public QObject
{
    Q_OBJECT

private:
    static const ExtractedField* first(const PostCallResult& result, const QString& key)
    {
        for (const ExtractedField& field : result.fields) {
            if (field.key == key) {
                return &field;
            }
        }
        return nullptr;
    }

    /// The dental call with the receptionist's booking line (transcript line 8) said differently.
    static PostCallInput withBookingLine(const QString& booking,
                                         const QString& agentChoice = QStringLiteral("Tuesday at 10:30 works best."))
    {
        PostCallInput input = dentalInput();
        input.segments = dentalTranscript(agentChoice);
        input.segments[8].text = booking;
        // The closing repeats the slot and number of the persona's own booking; drop it here.
        input.segments.removeLast();
        return input;
    }

    static QString planWithWindow(const QDate& earliest, const QDate& latest)
    {
        TaskPlan plan;
        plan.goal = QStringLiteral("Get the earliest cleaning appointment this week, under $150");
        plan.hardConstraints.earliestDate = earliest;
        plan.hardConstraints.latestDate = latest;
        return QString::fromUtf8(QJsonDocument(plan.toJson()).toJson(QJsonDocument::Compact));
    }

    static const inline QString kReadBack = QStringLiteral(
        "Let me confirm: appointment: We have an opening next Tuesday at 10:30, or Thursday at 2:15. Is that correct?");

private Q_SLOTS:
    void dentalCallGivesAppointmentAndPrice()
    {
        const PostCallResult result = OfflineExtractor::extract(dentalInput());
        QCOMPARE(result.extractor, QStringLiteral("offline"));
        QCOMPARE(result.outcome, CallOutcome::GoalAchieved);
        QVERIFY(result.goalAchieved);

        const ExtractedField* appointment = first(result, ExtractionKeys::AppointmentTime);
        QVERIFY(appointment);
        QCOMPARE(appointment->value, QStringLiteral("2026-11-24T10:30:00-05:00"));
        QCOMPARE(appointment->valueType, QStringLiteral("datetime"));
        QCOMPARE(appointment->rawFragment, QStringLiteral("You're booked for Tuesday at 10:30."));

        const ExtractedField* price = first(result, ExtractionKeys::PriceCents);
        QVERIFY(price);
        QCOMPARE(price->value, QStringLiteral("12000"));
        QCOMPARE(price->valueType, QStringLiteral("number"));
        QCOMPARE(price->rawFragment, QStringLiteral("A cleaning is $120."));

        QCOMPARE(valuesOf(result.fields, ExtractionKeys::ChosenOption), QStringList{QStringLiteral("Tuesday at 10:30")});
        QCOMPARE(valuesOf(result.fields, ExtractionKeys::ConfirmationNumber), QStringList{QStringLiteral("BS-4821")});
        QCOMPARE(valuesOf(result.fields, ExtractionKeys::PersonName), QStringList{QStringLiteral("Karen")});
        QCOMPARE(valuesOf(result.fields, ExtractionKeys::BusinessName), QStringList{QStringLiteral("Bright Smile Dental")});
        QCOMPARE(valuesOf(result.fields, ExtractionKeys::Instructions),
                 QStringList{QStringLiteral("Please arrive ten minutes early, and bring your insurance card.")});
        QCOMPARE(valuesOf(result.fields, ExtractionKeys::Sentiment), QStringList{QStringLiteral("positive")});
        QCOMPARE(valuesOf(result.fields, ExtractionKeys::GoalAchieved), QStringList{QStringLiteral("true")});
        QVERIFY(!result.followUpNeeded);
        QVERIFY(valuesOf(result.fields, ExtractionKeys::FollowUp).isEmpty());
        // The birth date the agent gave is nobody's appointment.
        QCOMPARE(valuesOf(result.fields, ExtractionKeys::AppointmentTime).size(), 1);
        for (const ExtractedField& field : result.fields) {
            QCOMPARE(field.valueType, ExtractionKeys::valueType(field.key));
        }
    }

    void summaryTellsWhatHappenedInParagraphs()
    {
        const PostCallResult result = OfflineExtractor::extract(dentalInput());
        const QStringList paragraphs = result.summary.split(QStringLiteral("\n\n"));
        QVERIFY2(paragraphs.size() >= 2 && paragraphs.size() <= 3, qPrintable(result.summary));
        QVERIFY(paragraphs.at(0).contains(QStringLiteral("Bright Smile Dental")));
        QVERIFY(paragraphs.at(0).contains(QStringLiteral("Friday, 20 November 2026")));
        QVERIFY(paragraphs.at(0).contains(QStringLiteral("Karen")));
        QVERIFY(paragraphs.at(1).contains(QStringLiteral("Tuesday, 24 November 2026, 10:30")));
        QVERIFY(paragraphs.at(1).contains(QStringLiteral("$120.00")));
        QVERIFY(result.summary.contains(QStringLiteral("insurance card")));
    }

    void receptionistPhrasingsOfABooking_data()
    {
        QTest::addColumn<QString>("booking");
        QTest::addColumn<QString>("appointment");
        const QString thursday = QStringLiteral("2026-11-26T14:15:00-05:00");
        const QString tuesday = QStringLiteral("2026-11-24T10:30:00-05:00");
        QTest::newRow("all set") << QStringLiteral("Okay, you're all set for Thursday at 2:15.") << thursday;
        QTest::newRow("scheduled you") << QStringLiteral("Great, I've scheduled you for Thursday at 2:15 pm.") << thursday;
        QTest::newRow("got you down with date")
            << QStringLiteral("Alright, I've got you down for Thursday, November 26 at 2:15.") << thursday;
        QTest::newRow("appointment is on") << QStringLiteral("So your appointment is on Thursday at 2:15.") << thursday;
        QTest::newRow("see you") << QStringLiteral("Wonderful, we'll see you Thursday at 2:15 then.") << thursday;
        QTest::newRow("time first") << QStringLiteral("Sure, I've booked you in for 2:15 on Thursday.") << thursday;
        QTest::newRow("next week wording") << QStringLiteral("You're booked for next Tuesday at 10:30.") << tuesday;
    }

    void receptionistPhrasingsOfABooking()
    {
        // The agent asked for Tuesday; what the receptionist confirmed is what got booked.
        QFETCH(QString, booking);
        QFETCH(QString, appointment);
        const PostCallResult result = OfflineExtractor::extract(withBookingLine(booking));
        QVERIFY(result.goalAchieved);
        QCOMPARE(valuesOf(result.fields, ExtractionKeys::AppointmentTime), QStringList{appointment});
        const ExtractedField* row = first(result, ExtractionKeys::AppointmentTime);
        QVERIFY(row);
        QCOMPARE(row->rawFragment, booking);
        QCOMPARE(valuesOf(result.fields, ExtractionKeys::ChosenOption).size(), 1);
        QVERIFY(booking.contains(valuesOf(result.fields, ExtractionKeys::ChosenOption).first()));
    }

    void confirmationSaidWithoutNextMeansTheOfferedWeek()
    {
        // On Monday 23 November "next Tuesday" is 1 December, and "Tuesday" alone would be the
        // 24th; the receptionist means the slot she offered.
        PostCallInput input = withBookingLine(QStringLiteral("Perfect. You're booked for Tuesday at 10:30."));
        input.callStartedAt = QDateTime(QDate(2026, 11, 23), QTime(9, 0), newYork()).toUTC();
        const PostCallResult result = OfflineExtractor::extract(input);
        QCOMPARE(valuesOf(result.fields, ExtractionKeys::AppointmentTime),
                 QStringList{QStringLiteral("2026-12-01T10:30:00-05:00")});
    }

    void agentPickingThursdayBooksThursday()
    {
        // "that slot" names no time: the agent's pick is what was booked.
        const PostCallResult result = OfflineExtractor::extract(withBookingLine(
            QStringLiteral("Perfect, I have you down for that slot."), QStringLiteral("Thursday at 2:15 would be better for Alex.")));
        QCOMPARE(valuesOf(result.fields, ExtractionKeys::AppointmentTime),
                 QStringList{QStringLiteral("2026-11-26T14:15:00-05:00")});
        QCOMPARE(valuesOf(result.fields, ExtractionKeys::ChosenOption), QStringList{QStringLiteral("Thursday at 2:15")});
    }

    void readBackOfBothOptionsBooksTheEarliest()
    {
        // The offline agent reads the whole answer back; that names both slots and picks neither.
        const PostCallResult result =
            OfflineExtractor::extract(withBookingLine(QStringLiteral("Perfect, I have you down for that slot."), kReadBack));
        QVERIFY(valuesOf(result.fields, ExtractionKeys::ChosenOption).isEmpty());
        QCOMPARE(valuesOf(result.fields, ExtractionKeys::AppointmentTime),
                 QStringList{QStringLiteral("2026-11-24T10:30:00-05:00")});
    }

    void unnamedBookingTakesTheEarliestSlotInTheGoalsWindow()
    {
        // The task allows only Wednesday 25 to Sunday 29 November: Tuesday's slot is out of it.
        PostCallInput input = withBookingLine(QStringLiteral("Perfect, I have you down for that slot."), kReadBack);
        input.planJson = planWithWindow(QDate(2026, 11, 25), QDate(2026, 11, 29));
        const PostCallResult result = OfflineExtractor::extract(input);
        QCOMPARE(valuesOf(result.fields, ExtractionKeys::AppointmentTime),
                 QStringList{QStringLiteral("2026-11-26T14:15:00-05:00")});

        // No offer inside the window: the earliest offer is still what was booked.
        input.planJson = planWithWindow(QDate(2026, 12, 7), QDate(2026, 12, 13));
        QCOMPARE(valuesOf(OfflineExtractor::extract(input).fields, ExtractionKeys::AppointmentTime),
                 QStringList{QStringLiteral("2026-11-24T10:30:00-05:00")});
    }

    void offeredButNotBookedGivesTheEarliestOfferedSlot()
    {
        // The agent hung up after the offer: nothing was booked, but the task asked for the
        // earliest slot and the receptionist named it. "Anything else today?" offers no slot.
        PostCallInput input = withBookingLine(QStringLiteral("Let me check with the hygienist first."), kReadBack);
        const PostCallResult result = OfflineExtractor::extract(input);
        const ExtractedField* appointment = first(result, ExtractionKeys::AppointmentTime);
        QVERIFY(appointment);
        QCOMPARE(appointment->value, QStringLiteral("2026-11-24T10:30:00-05:00"));
        QVERIFY(appointment->rawFragment.startsWith(QStringLiteral("We have an opening next Tuesday at 10:30")));
        QVERIFY(valuesOf(result.fields, ExtractionKeys::ConfirmationNumber).isEmpty());
        QVERIFY(valuesOf(result.fields, ExtractionKeys::ChosenOption).isEmpty());
        QVERIFY2(result.summary.contains(QStringLiteral("offered on the call but not confirmed")), qPrintable(result.summary));
        // Nothing booked and nothing asked of the agent: the goal is not met.
        QVERIFY(!result.goalAchieved);

        // Asked to find out the appointment and the price, the call found both.
        input.infoToObtain = {QStringLiteral("appointment_time"), QStringLiteral("price")};
        input.agentFields = {ExtractedField{QStringLiteral("price"), QStringLiteral("$120"), QStringLiteral("string"), {}}};
        const PostCallResult informed = OfflineExtractor::extract(input);
        QVERIFY(informed.goalAchieved);
        QCOMPARE(informed.outcome, CallOutcome::GoalAchieved);
    }

    void noSlotOfferedIsNoAppointment()
    {
        PostCallInput input = dentalInput();
        input.segments = {
            line(QStringLiteral("callee"), QStringLiteral("Good morning, Bright Smile Dental."), 0),
            line(QStringLiteral("agent"), QStringLiteral("I'd like to book a cleaning."), 1),
            line(QStringLiteral("callee"), QStringLiteral("Is there anything else I can help you with today?"), 2),
        };
        const PostCallResult result = OfflineExtractor::extract(input);
        QVERIFY(valuesOf(result.fields, ExtractionKeys::AppointmentTime).isEmpty());
    }

    void confirmationNumberAndSeveralPrices()
    {
        PostCallInput input = dentalInput();
        input.segments.append(line(QStringLiteral("callee"),
                                   QStringLiteral("Your confirmation number is AB-1234. X-rays would be 45 dollars, "
                                                  "and the full package $1,250.50."), 12));
        const PostCallResult result = OfflineExtractor::extract(input);
        QCOMPARE(valuesOf(result.fields, ExtractionKeys::ConfirmationNumber),
                 (QStringList{QStringLiteral("BS-4821"), QStringLiteral("AB-1234")}));
        QCOMPARE(valuesOf(result.fields, ExtractionKeys::PriceCents),
                 (QStringList{QStringLiteral("12000"), QStringLiteral("125050"), QStringLiteral("4500")}));
    }

    void declinedCallIsNotFollowedUp()
    {
        PostCallInput input = dentalInput();
        input.segments = {
            line(QStringLiteral("callee"), QStringLiteral("Good afternoon, Acme Roofing, Dana speaking."), 0),
            line(QStringLiteral("agent"), QStringLiteral("Hi, I'm calling about a quote for a roof repair."), 1),
            line(QStringLiteral("callee"), QStringLiteral("Sorry, we're not interested. Please remove this number from your list."), 2),
        };
        input.contactName = QStringLiteral("Acme Roofing");
        input.goal = QStringLiteral("Get a quote for a roof repair");
        const PostCallResult result = OfflineExtractor::extract(input);
        QCOMPARE(result.outcome, CallOutcome::Declined);
        QVERIFY(!result.followUpNeeded);
        QCOMPARE(valuesOf(result.fields, ExtractionKeys::Sentiment), QStringList{QStringLiteral("negative")});
        QVERIFY(result.summary.contains(QStringLiteral("not interested")));
    }

    void callBackRequestSuggestsAFollowUp()
    {
        PostCallInput input = dentalInput();
        input.segments = {
            line(QStringLiteral("callee"), QStringLiteral("Bright Smile Dental, please hold."), 0),
            line(QStringLiteral("agent"), QStringLiteral("I'd like to book a cleaning."), 1),
            line(QStringLiteral("callee"), QStringLiteral("Our scheduler is out today, could you call back tomorrow?"), 2),
        };
        const PostCallResult result = OfflineExtractor::extract(input);
        QCOMPARE(result.outcome, CallOutcome::Declined);
        QVERIFY(result.followUpNeeded);
        QVERIFY(result.followUpInstruction.startsWith(QStringLiteral("Call Bright Smile Dental at +15555550100 again")));
        QVERIFY(result.followUpInstruction.contains(QStringLiteral("call back tomorrow")));
        QCOMPARE(valuesOf(result.fields, ExtractionKeys::FollowUp), QStringList{result.followUpInstruction});
    }
};

QTEST_GUILESS_MAIN(TestOfflineExtractor)
#include "tst_offline_extractor.moc"
