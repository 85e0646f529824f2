// NotificationComposer: the words of each notification, "completed" with its highlights.
#include "DentalCall.h"
#include "postcall/NotificationComposer.h"
#include "postcall/OfflineExtractor.h"

#include <QtTest>

using namespace calldeck;
using namespace calldeck::testdata;

class TestNotificationComposer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void completedCarriesPriceDateAndConfirmationNumber()
    {
        const QList<ExtractedField> fields{
            {QStringLiteral("price_cents"), QStringLiteral("12000"), QStringLiteral("number"), {}},
            {QStringLiteral("appointment_time"), QStringLiteral("2026-11-24T10:30:00-05:00"), QStringLiteral("datetime"), {}},
            {QStringLiteral("confirmation_number"), QStringLiteral("AB-1234"), QStringLiteral("string"), {}},
            {QStringLiteral("person_name"), QStringLiteral("Karen"), QStringLiteral("string"), {}},
        };
        const NewNotification n = NotificationComposer::completed(
            3, 7, QStringLiteral("Bright Smile Dental"), fields,
            QStringLiteral("Called Bright Smile Dental.\n\nThe goal was achieved."), newYork());
        QCOMPARE(n.type, NotificationType::Completed);
        QCOMPARE(n.taskId, 3);
        QCOMPARE(n.sessionId, 7);
        QCOMPARE(n.title, QStringLiteral("Call completed: Bright Smile Dental \u2014 appointment Tuesday, 24 November 2026, 10:30"));
        const QStringList lines = n.body.split(QLatin1Char('\n'));
        QCOMPARE(lines.at(0), QStringLiteral("Appointment: Tuesday, 24 November 2026, 10:30"));
        QCOMPARE(lines.at(1), QStringLiteral("Price: $120.00"));
        QCOMPARE(lines.at(2), QStringLiteral("Confirmation number: AB-1234"));
        QVERIFY(n.body.endsWith(QStringLiteral("Called Bright Smile Dental.")));
        QVERIFY(!n.body.contains(QStringLiteral("goal was achieved")));
    }

    void afterCallPicksTheTypeFromTheOutcome()
    {
        const PostCallInput dental = dentalInput();
        const NewNotification done = NotificationComposer::afterCall(dental, OfflineExtractor::extract(dental));
        QCOMPARE(done.type, NotificationType::Completed);
        QVERIFY(done.body.contains(QStringLiteral("Price: $120.00")));

        PostCallInput voicemail = dentalInput();
        voicemail.segments = {line(QStringLiteral("callee"), QStringLiteral("Please leave a message after the tone."), 0)};
        const NewNotification followUp = NotificationComposer::afterCall(voicemail, OfflineExtractor::extract(voicemail));
        QCOMPARE(followUp.type, NotificationType::NeedsFollowUp);
        QCOMPARE(followUp.title, QStringLiteral("Follow-up needed: Bright Smile Dental"));
        QVERIFY(followUp.body.startsWith(QStringLiteral("Call Bright Smile Dental at +15555550100 again")));

        PostCallInput failed = dentalInput();
        failed.sessionStatus = QStringLiteral("failed");
        failed.failureReason = QStringLiteral("The number is not reachable.");
        failed.segments.clear();
        const NewNotification failure = NotificationComposer::afterCall(failed, OfflineExtractor::extract(failed));
        QCOMPARE(failure.type, NotificationType::Failed);
        QCOMPARE(failure.title, QStringLiteral("Call failed: Bright Smile Dental"));
        QVERIFY(failure.body.contains(QStringLiteral("The number is not reachable.")));
    }

    void clarificationAndApprovalTexts()
    {
        const NewNotification ask = NotificationComposer::needsClarification(
            5, QStringLiteral("Cleaning at Bright Smile"), {QStringLiteral("Which days suit you?"), QStringLiteral("Max price?")});
        QCOMPARE(ask.type, NotificationType::NeedsClarification);
        QCOMPARE(ask.body, QStringLiteral("\u2022 Which days suit you?\n\u2022 Max price?"));
        const NewNotification approve = NotificationComposer::approvalNeeded(
            5, 9, QStringLiteral("Bright Smile Dental"), 18000, QStringLiteral("Deep cleaning quoted at $180"));
        QCOMPARE(approve.type, NotificationType::ApprovalNeeded);
        QCOMPARE(approve.title, QStringLiteral("Approval needed: $180.00 at Bright Smile Dental"));
        QCOMPARE(approve.sessionId, 9);
    }
};

QTEST_GUILESS_MAIN(TestNotificationComposer)
#include "tst_notification_composer.moc"
