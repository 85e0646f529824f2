#include "tasks/OfflinePlanner.h"

#include <QtTest>

using namespace calldeck;

namespace {

/// Wednesday 18 November 2026, 15:00 UTC = 10:00 in New York.
PlannerInput inputFor(const QString& instruction)
{
    PlannerInput input;
    input.instruction = instruction;
    input.nowUtc = QDateTime(QDate(2026, 11, 18), QTime(15, 0), Qt::UTC);
    input.timeZone = QStringLiteral("America/New_York");
    return input;
}

bool missing(const TaskPlan& plan, const QString& key)
{
    return std::any_of(plan.missingInfo.begin(), plan.missingInfo.end(),
                       [&key](const MissingInfo& info) { return info.key == key && !info.question.isEmpty(); });
}

} // namespace

class TestOfflinePlanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void brightSmileDental()
    {
        const TaskPlan plan = OfflinePlanner::plan(
            inputFor(QStringLiteral("Call Bright Smile Dental at +1 555 555 0100 and get the earliest cleaning "
                                    "appointment this week, under $150")));
        QCOMPARE(plan.phoneE164, QStringLiteral("+15555550100"));
        QCOMPARE(plan.contactName, QStringLiteral("Bright Smile Dental"));
        QCOMPARE(plan.contactType, QStringLiteral("dentist"));
        QCOMPARE(plan.maxPriceCents, 15000);
        QCOMPARE(plan.hardConstraints.earliestDate, QDate(2026, 11, 18));
        QCOMPARE(plan.hardConstraints.latestDate, QDate(2026, 11, 22));
        QVERIFY2(plan.goal.startsWith(QLatin1String("Get the earliest cleaning appointment")), qPrintable(plan.goal));
        QVERIFY(plan.missingInfo.isEmpty());
        QVERIFY(plan.isComplete());
        QCOMPARE(plan.source, PlanSource::Offline);
        QVERIFY(plan.notices.contains(OfflinePlanner::noAiNotice()));
        QVERIFY(plan.notices.first().contains(QLatin1String("No AI is configured")));
        QVERIFY(plan.infoToObtain.contains(QStringLiteral("appointment_time")));
        QVERIFY(plan.infoToObtain.contains(QStringLiteral("price")));
        QVERIFY(plan.steps.size() >= 4);
        QVERIFY(std::any_of(plan.successConditions.begin(), plan.successConditions.end(),
                            [](const QString& c) { return c.contains(QLatin1String("$150.00")); }));
        QVERIFY(!plan.questionsToAsk.isEmpty());
    }

    void missingNumberAsksForIt()
    {
        const TaskPlan plan =
            OfflinePlanner::plan(inputFor(QStringLiteral("Call my dentist and book a cleaning for Friday morning")));
        QVERIFY(plan.phoneE164.isEmpty());
        QVERIFY(missing(plan, QStringLiteral("phone_number")));
        QVERIFY(!plan.isComplete());
        QCOMPARE(plan.contactType, QStringLiteral("dentist"));
        QVERIFY(plan.contactName.isEmpty());
        QCOMPARE(plan.hardConstraints.earliestDate, QDate(2026, 11, 20));
        QCOMPARE(plan.softPreferences, QStringList{QStringLiteral("prefer_morning")});
    }

    void knownNumberFromTheTaskCounts()
    {
        PlannerInput input = inputFor(QStringLiteral("Ask the bank why my card was declined"));
        input.phoneE164 = QStringLiteral("+15555550123");
        const TaskPlan plan = OfflinePlanner::plan(input);
        QCOMPARE(plan.phoneE164, QStringLiteral("+15555550123"));
        QVERIFY(plan.isComplete());
        QCOMPARE(plan.contactType, QStringLiteral("bank"));
    }

    void vagueInstructionAsksForTheGoal()
    {
        const TaskPlan plan = OfflinePlanner::plan(inputFor(QStringLiteral("Call 555-555-0100")));
        QCOMPARE(plan.phoneE164, QStringLiteral("+15555550100"));
        QVERIFY(missing(plan, QStringLiteral("goal")));
        QVERIFY(!missing(plan, QStringLiteral("phone_number")));
    }

    void nationalNumberTimeWindowAndPricePhrases()
    {
        const TaskPlan plan = OfflinePlanner::plan(inputFor(
            QStringLiteral("Phone Joe's Plumbing on (555) 555-0142 to get a quote for fixing a leak, no more than 200 "
                           "dollars, between 9am and 1pm on 2026-11-24")));
        QCOMPARE(plan.phoneE164, QStringLiteral("+15555550142"));
        QCOMPARE(plan.contactName, QStringLiteral("Joe's Plumbing"));
        QCOMPARE(plan.contactType, QStringLiteral("plumber"));
        QCOMPARE(plan.maxPriceCents, 20000);
        QCOMPARE(plan.hardConstraints.windowStart, QTime(9, 0));
        QCOMPARE(plan.hardConstraints.windowEnd, QTime(13, 0));
        QCOMPARE(plan.hardConstraints.earliestDate, QDate(2026, 11, 24));
        QCOMPARE(plan.hardConstraints.latestDate, QDate(2026, 11, 24));
        QVERIFY(plan.infoToObtain.contains(QStringLiteral("price")));
        QVERIFY(plan.isComplete());
    }

    void todayFollowsTheUsersTimeZone()
    {
        // 02:00 UTC on Thursday is still Wednesday evening in New York.
        PlannerInput input = inputFor(QStringLiteral("Call 555-555-0100 and book a table for today"));
        input.nowUtc = QDateTime(QDate(2026, 11, 19), QTime(2, 0), Qt::UTC);
        QCOMPARE(OfflinePlanner::plan(input).hardConstraints.earliestDate, QDate(2026, 11, 18));
        input.timeZone = QStringLiteral("Asia/Tokyo");
        QCOMPARE(OfflinePlanner::plan(input).hardConstraints.earliestDate, QDate(2026, 11, 19));
    }
};

QTEST_GUILESS_MAIN(TestOfflinePlanner)
#include "tst_offline_planner.moc"
