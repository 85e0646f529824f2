// OutcomeRules and OfflineExtractor::forOutcome: outcomes the status or the greeting decide.
#include "DentalCall.h"
#include "postcall/ExtractionKeys.h"
#include "postcall/OfflineExtractor.h"
#include "postcall/OutcomeRules.h"

#include <QtTest>

using namespace calldeck;
using namespace calldeck::testdata;

class TestOutcomeRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusesMapWithoutReadingTheCall_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("no-answer") << QStringLiteral("no-answer") << QStringLiteral("no_answer");
        QTest::newRow("busy") << QStringLiteral("busy") << QStringLiteral("no_answer");
        QTest::newRow("failed") << QStringLiteral("failed") << QStringLiteral("error");
        QTest::newRow("cancelled") << QStringLiteral("cancelled") << QStringLiteral("error");
        QTest::newRow("interrupted") << QStringLiteral("interrupted") << QStringLiteral("error");
    }

    void statusesMapWithoutReadingTheCall()
    {
        QFETCH(QString, status);
        QFETCH(QString, outcome);
        PostCallInput input = dentalInput();
        input.sessionStatus = status;
        input.segments.clear();
        input.failureReason = status == u"failed" ? QStringLiteral("Twilio error 21215: number not allowed") : QString();
        const PostCallResult result = OfflineExtractor::extract(input);
        QCOMPARE(OutcomeRules::name(result.outcome), outcome);
        QCOMPARE(result.extractor, QStringLiteral("status"));
        QVERIFY(!result.goalAchieved);
        QCOMPARE(valuesOf(result.fields, ExtractionKeys::GoalAchieved), QStringList{QStringLiteral("false")});
        // The queue's retries handle these; no follow-up task is suggested.
        QVERIFY(!result.followUpNeeded);
        if (status == u"busy") {
            QVERIFY(result.summary.contains(QStringLiteral("busy")));
        }
        if (status == u"failed") {
            QVERIFY(result.summary.contains(QStringLiteral("21215")));
        }
    }

    void voicemailGreetingIsVoicemailAndSuggestsAnotherCall()
    {
        PostCallInput input = dentalInput();
        input.segments = {line(QStringLiteral("callee"),
                               QStringLiteral("Hi, you've reached Alex Morgan. I can't take your call right now. "
                                              "Please leave a message after the tone."), 0)};
        const PostCallResult result = OfflineExtractor::extract(input);
        QCOMPARE(result.outcome, CallOutcome::Voicemail);
        QVERIFY(result.followUpNeeded);
        QVERIFY(result.followUpInstruction.contains(QStringLiteral("+15555550100")));
        QVERIFY(result.followUpInstruction.contains(QStringLiteral("cleaning")));
        QCOMPARE(valuesOf(result.fields, ExtractionKeys::FollowUp), QStringList{result.followUpInstruction});
    }

    void silenceIsNoAnswerAndAConversationIsLeftToTheExtractor()
    {
        PostCallInput input = dentalInput();
        input.segments = {line(QStringLiteral("agent"), QStringLiteral("Hello? Is anyone there?"), 0)};
        QCOMPARE(OutcomeRules::withoutConversation(input), std::optional<CallOutcome>(CallOutcome::NoAnswer));
        input.segments = dentalTranscript();
        QVERIFY(!OutcomeRules::withoutConversation(input).has_value());
        // A receptionist mentioning messages later on is no answering machine.
        input.segments.append(line(QStringLiteral("callee"), QStringLiteral("You can also leave a message with reception."), 12));
        QVERIFY(!OutcomeRules::isVoicemail(input.segments));
    }

    void namesRoundTrip()
    {
        for (const QString& name : OutcomeRules::names()) {
            QCOMPARE(OutcomeRules::name(*OutcomeRules::fromName(name)), name);
        }
        QVERIFY(!OutcomeRules::fromName(QStringLiteral("busy")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestOutcomeRules)
#include "tst_outcome_rules.moc"
