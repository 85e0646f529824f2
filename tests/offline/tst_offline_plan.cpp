#include "conversation/offline/OfflinePlan.h"

#include <QtTest>

using namespace calldeck;
using Kind = OfflinePlan::Step::Kind;

/// What the offline agent will say for a brief, in order.
class TestOfflinePlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsTheQuestions()
    {
        CallBrief brief;
        brief.goal = QStringLiteral("Get the earliest cleaning appointment this week");
        brief.onBehalfOf = QStringLiteral("Alex Morgan");
        brief.questions = {QStringLiteral("When is the earliest slot?"), QStringLiteral("What does it cost?")};
        brief.infoToObtain = {QStringLiteral("slot"), QStringLiteral("price")};
        const QList<OfflinePlan::Step> steps = OfflinePlan::build(brief);
        QCOMPARE(steps.size(), 6);
        QCOMPARE(steps.at(0).kind, Kind::Opening);
        QVERIFY(steps.at(0).text.contains(QLatin1String("AI assistant calling on behalf of Alex Morgan")));
        QCOMPARE(steps.at(1).text, QStringLiteral("I'm calling to get the earliest cleaning appointment this week."));
        QCOMPARE(steps.at(2).keys, QStringList{QStringLiteral("slot")});
        QCOMPARE(steps.at(3).keys, QStringList{QStringLiteral("price")});
        QCOMPARE(steps.at(4).kind, Kind::ReadBack);
        QCOMPARE(steps.at(5).kind, Kind::Closing);
    }

    void oneGenericQuestionWithoutQuestions()
    {
        CallBrief brief;
        brief.infoToObtain = {QStringLiteral("opening_hours"), QStringLiteral("address"), QStringLiteral("price")};
        const QList<OfflinePlan::Step> steps = OfflinePlan::build(brief);
        QCOMPARE(steps.size(), 4);   // opening, question, read-back, closing (no goal, no purpose)
        QCOMPARE(steps.at(1).text, QStringLiteral("Could you tell me the opening hours, address and price, please?"));
        QCOMPARE(steps.at(1).keys, brief.infoToObtain);
    }

    void aGoalAloneIsAskedAndHeard()
    {
        CallBrief brief;
        brief.goal = QStringLiteral("Find out whether you deliver on Saturdays");
        const QList<OfflinePlan::Step> steps = OfflinePlan::build(brief);
        QCOMPARE(steps.size(), 4);   // opening, purpose, "could you help", closing
        QCOMPARE(steps.at(1).kind, Kind::Purpose);
        QCOMPARE(steps.at(2).kind, Kind::Question);
        QCOMPARE(steps.at(2).keys, QStringList{QStringLiteral("response")});
        QCOMPARE(steps.at(3).kind, Kind::Closing);
    }

    void readBackRepeatsTheAnswers()
    {
        const QString text = OfflinePlan::readBack({{QStringLiteral("appointment_time"), QStringLiteral("Tuesday at nine.")}});
        QCOMPARE(text, QStringLiteral("Let me confirm. appointment time: Tuesday at nine. Is that correct?"));
    }
};

QTEST_GUILESS_MAIN(TestOfflinePlan)
#include "tst_offline_plan.moc"
