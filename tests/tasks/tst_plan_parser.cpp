#include "tasks/PlanParser.h"

#include <QtTest>

using namespace calldeck;

class TestPlanParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsAFencedPlanAndIgnoresUnknownFields()
    {
        const QString content = QStringLiteral(
            "Here is the plan:\n```json\n{\"goal\": \"Book a cleaning\", \"contact_type\": \"dentist\","
            " \"contact_name\": \"Bright Smile Dental\", \"phone_number\": \"+1 555 555 0100\","
            " \"steps\": [\"Greet\", \"Ask for the earliest slot\"], \"questions_to_ask\": [\"Earliest slot?\"],"
            " \"info_to_obtain\": [\"appointment_time\"], \"success_conditions\": [\"Booked\"],"
            " \"hard_constraints\": {\"earliest_date\": \"2026-11-18\", \"latest_date\": \"2026-11-22\","
            " \"time_window\": null}, \"soft_preferences\": [], \"max_price_cents\": 15000,"
            " \"missing_info\": [], \"confidence\": 0.9, \"source\": \"offline\", \"notices\": [\"injected\"]}\n```");
        const Result<TaskPlan> plan = PlanParser::parse(content, QStringLiteral("US"));
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));
        QCOMPARE(plan.value().goal, QStringLiteral("Book a cleaning"));
        QCOMPARE(plan.value().phoneE164, QStringLiteral("+15555550100"));
        QCOMPARE(plan.value().maxPriceCents, 15000);
        QCOMPARE(plan.value().hardConstraints.latestDate, QDate(2026, 11, 22));
        QCOMPARE(plan.value().steps.size(), 2);
        QCOMPARE(plan.value().source, PlanSource::Ai);
        QVERIFY(plan.value().notices.isEmpty());
    }

    void modelMissingInfoAsPlainQuestions()
    {
        const Result<TaskPlan> plan = PlanParser::parse(
            QStringLiteral("{\"goal\": \"Book\", \"missing_info\": [\"Which day?\", {\"key\": \"phone_number\", "
                           "\"question\": \"Which number?\"}]}"),
            QStringLiteral("US"));
        QVERIFY(plan.ok());
        QCOMPARE(plan.value().missingInfo.size(), 2);
        QCOMPARE(plan.value().missingInfo.at(1).key, QStringLiteral("phone_number"));
        QVERIFY(!plan.value().missingInfo.at(0).key.isEmpty());
    }

    void unparsableNumberIsDropped()
    {
        const Result<TaskPlan> plan =
            PlanParser::parse(QStringLiteral("{\"goal\": \"Book\", \"phone_number\": \"ask the user\"}"), QStringLiteral("US"));
        QVERIFY(plan.ok());
        QVERIFY(plan.value().phoneE164.isEmpty());
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("prose") << QStringLiteral("I cannot help with that.") << QStringLiteral("no JSON");
        QTest::newRow("broken") << QStringLiteral("{\"goal\": \"Book\",,}") << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QStringLiteral("[{\"goal\": 1}]") << QStringLiteral("goal");
        QTest::newRow("wrong type") << QStringLiteral("{\"goal\": \"Book\", \"steps\": {\"a\": 1}}") << QStringLiteral("steps");
        QTest::newRow("no goal") << QStringLiteral("{\"steps\": [\"Greet\"]}") << QStringLiteral("no goal");
    }

    void refusals()
    {
        QFETCH(QString, content);
        QFETCH(QString, mentions);
        const Result<TaskPlan> plan = PlanParser::parse(content, QStringLiteral("US"));
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(plan.error().message.contains(mentions), qPrintable(plan.error().message));
    }
};

QTEST_GUILESS_MAIN(TestPlanParser)
#include "tst_plan_parser.moc"
