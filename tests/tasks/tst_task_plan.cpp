#include "tasks/TaskPlan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace calldeck;

class TestTaskPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyFieldSurvivesJson()
    {
        TaskPlan plan;
        plan.goal = QStringLiteral("Get the earliest cleaning appointment");
        plan.contactType = QStringLiteral("dentist");
        plan.contactName = QStringLiteral("Bright Smile Dental");
        plan.phoneE164 = QStringLiteral("+15555550100");
        plan.steps = {QStringLiteral("Greet"), QStringLiteral("Ask")};
        plan.questionsToAsk = {QStringLiteral("When is the earliest slot?")};
        plan.infoToObtain = {QStringLiteral("appointment_time"), QStringLiteral("price")};
        plan.successConditions = {QStringLiteral("Booked")};
        plan.hardConstraints.earliestDate = QDate(2026, 11, 18);
        plan.hardConstraints.latestDate = QDate(2026, 11, 22);
        plan.hardConstraints.windowStart = QTime(9, 0);
        plan.hardConstraints.windowEnd = QTime(17, 30);
        plan.hardConstraints.other = {QStringLiteral("weekdays only")};
        plan.softPreferences = {QStringLiteral("prefer_morning")};
        plan.maxPriceCents = 15000;
        plan.missingInfo = {{QStringLiteral("date"), QStringLiteral("Which day suits you?")}};
        plan.answers = {{QStringLiteral("notes"), QStringLiteral("I am a new patient")}};
        plan.source = PlanSource::Ai;
        plan.notices = {QStringLiteral("checked")};

        const QByteArray stored = QJsonDocument(plan.toJson()).toJson(QJsonDocument::Compact);
        const Result<TaskPlan> read = TaskPlan::fromJson(QJsonDocument::fromJson(stored).object());
        QVERIFY2(read.ok(), qPrintable(read.error().message));
        QCOMPARE(read.value(), plan);
        QVERIFY(stored.contains("\"time_window\":[\"09:00\",\"17:30\"]"));
        QVERIFY(stored.contains("\"max_price_cents\":15000"));
    }

    void emptyPlanRoundTripsWithNulls()
    {
        const TaskPlan empty;
        const QJsonObject json = empty.toJson();
        QVERIFY(json.value(QStringLiteral("max_price_cents")).isNull());
        QVERIFY(json.value(QStringLiteral("hard_constraints")).toObject().value(QStringLiteral("earliest_date")).isNull());
        const Result<TaskPlan> read = TaskPlan::fromJson(json);
        QVERIFY(read.ok());
        QCOMPARE(read.value(), empty);
        QVERIFY(read.value().isComplete());
    }

    void seedStylePreferencesObjectIsAccepted()
    {
        const QJsonObject json{{QStringLiteral("goal"), QStringLiteral("Book a table")},
                               {QStringLiteral("soft_preferences"),
                                QJsonObject{{QStringLiteral("prefer_morning"), true},
                                            {QStringLiteral("prefer_nearest_location"), false},
                                            {QStringLiteral("seating"), QStringLiteral("window")}}}};
        const Result<TaskPlan> read = TaskPlan::fromJson(json);
        QVERIFY(read.ok());
        QCOMPARE(read.value().softPreferences,
                 (QStringList{QStringLiteral("prefer_morning"), QStringLiteral("seating: window")}));
    }

    void wrongTypesNameTheField_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("steps as number") << QStringLiteral("steps") << QJsonValue(3);
        QTest::newRow("goal as list") << QStringLiteral("goal") << QJsonValue(QJsonArray{QStringLiteral("x")});
        QTest::newRow("price as text") << QStringLiteral("max_price_cents") << QJsonValue(QStringLiteral("$150"));
        QTest::newRow("price with fraction") << QStringLiteral("max_price_cents") << QJsonValue(150.5);
        QTest::newRow("constraints as text") << QStringLiteral("hard_constraints") << QJsonValue(QStringLiteral("soon"));
        QTest::newRow("missing as object") << QStringLiteral("missing_info") << QJsonValue(QJsonObject{});
    }

    void wrongTypesNameTheField()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QJsonObject json{{QStringLiteral("goal"), QStringLiteral("Book")}};
        json.insert(key, value);
        const Result<TaskPlan> read = TaskPlan::fromJson(json);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(read.error().message.contains(key), qPrintable(read.error().message));
    }

    void badDateIsRefused()
    {
        const QJsonObject json{{QStringLiteral("hard_constraints"),
                                QJsonObject{{QStringLiteral("earliest_date"), QStringLiteral("next Tuesday")}}}};
        const Result<TaskPlan> read = TaskPlan::fromJson(json);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().message.contains(QLatin1String("earliest_date")), qPrintable(read.error().message));
    }
};

QTEST_GUILESS_MAIN(TestTaskPlan)
#include "tst_task_plan.moc"
