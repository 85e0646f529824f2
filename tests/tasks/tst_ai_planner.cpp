#include "conversation/openai/OpenAiClient.h"
#include "core/SyncWait.h"
#include "fakes/FakeOpenAiServer.h"
#include "tasks/AiPlanner.h"
#include "tasks/OfflinePlanner.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QtTest>

using namespace calldeck;
using fakes::FakeOpenAiServer;
using Endpoint = FakeOpenAiServer::Endpoint;

namespace {

const QString kKey = QStringLiteral("sk-test-planner-0123456789");
const QString kModel = QStringLiteral("gpt-4o-mini");

PlannerInput dentalInput()
{
    PlannerInput input;
    input.instruction = QStringLiteral("Call Bright Smile Dental at +1 555 555 0100 and get the earliest cleaning "
                                       "appointment this week, under $150");
    input.nowUtc = QDateTime(QDate(2026, 11, 18), QTime(15, 0), Qt::UTC);
    input.timeZone = QStringLiteral("America/New_York");
    return input;
}

} // namespace

/// AiPlanner against a loopback server that speaks the OpenAI chat completions protocol.
class TestAiPlanner : public QObject
{
    Q_OBJECT
private:
    QNetworkAccessManager m_network;

    Result<TaskPlan> planWith(FakeOpenAiServer& server, const QString& key = kKey)
    {
        OpenAiClient client(m_network, server.start(), key);
        OpenAiClientOptions options;
        options.firstByteTimeoutMs = 15000;
        client.setOptions(options);
        AiPlanner planner(client, kModel);
        return syncResult(planner.plan(dentalInput()));
    }

private Q_SLOTS:
    void goodJsonBecomesThePlan()
    {
        FakeOpenAiServer server(kKey);
        FakeOpenAiServer::ChatReply reply;
        reply.text = QStringLiteral(
            "{\"goal\": \"Get the earliest cleaning appointment this week\", \"contact_type\": \"dentist\","
            " \"contact_name\": \"Bright Smile Dental\", \"phone_number\": \"+15555550100\","
            " \"steps\": [\"Greet\", \"Ask\", \"Confirm\"], \"questions_to_ask\": [\"What is the earliest slot?\"],"
            " \"info_to_obtain\": [\"appointment_time\", \"price\"], \"success_conditions\": [\"Booked under $150\"],"
            " \"hard_constraints\": {\"earliest_date\": \"2026-11-18\", \"latest_date\": \"2026-11-22\"},"
            " \"soft_preferences\": [], \"max_price_cents\": 15000, \"missing_info\": []}");
        reply.pieces = 7;
        server.queueChat(reply);

        const Result<TaskPlan> plan = planWith(server);
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));
        QCOMPARE(plan.value().source, PlanSource::Ai);
        QCOMPARE(plan.value().contactName, QStringLiteral("Bright Smile Dental"));
        QCOMPARE(plan.value().steps, (QStringList{QStringLiteral("Greet"), QStringLiteral("Ask"), QStringLiteral("Confirm")}));
        QCOMPARE(plan.value().maxPriceCents, 15000);
        QVERIFY(plan.value().isComplete());
        QVERIFY(plan.value().notices.isEmpty());

        // The request carried the schema, the instruction and today's date in the user's zone.
        const QList<FakeOpenAiServer::Recorded> requests = server.requests(Endpoint::Chat);
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().json.value(QStringLiteral("model")).toString(), kModel);
        const QJsonArray messages = requests.first().json.value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        QVERIFY(messages.at(0).toObject().value(QStringLiteral("content")).toString().contains(QLatin1String("missing_info")));
        const QString user = messages.at(1).toObject().value(QStringLiteral("content")).toString();
        QVERIFY(user.contains(QLatin1String("2026-11-18")));
        QVERIFY(user.contains(QLatin1String("Bright Smile Dental")));
    }

    void numberTheModelMissedIsTakenFromTheInstruction()
    {
        FakeOpenAiServer server(kKey);
        FakeOpenAiServer::ChatReply reply;
        reply.text = QStringLiteral("{\"goal\": \"Book a cleaning\", \"missing_info\": [{\"key\": \"phone_number\","
                                    " \"question\": \"Which number?\"}]}");
        server.queueChat(reply);
        const Result<TaskPlan> plan = planWith(server);
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));
        QCOMPARE(plan.value().source, PlanSource::Ai);
        QCOMPARE(plan.value().phoneE164, QStringLiteral("+15555550100"));
        QVERIFY(plan.value().isComplete());
    }

    void garbageFallsBackToTheOfflinePlanWithAWarning()
    {
        FakeOpenAiServer server(kKey);
        FakeOpenAiServer::ChatReply reply;
        reply.text = QStringLiteral("Sure! I'd be happy to plan that call for you.");
        server.queueChat(reply);

        const Result<TaskPlan> plan = planWith(server);
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));
        QCOMPARE(plan.value().source, PlanSource::Offline);
        QCOMPARE(plan.value().phoneE164, QStringLiteral("+15555550100"));
        QCOMPARE(plan.value().maxPriceCents, 15000);
        QVERIFY(!plan.value().notices.isEmpty());
        QVERIFY2(plan.value().notices.first().contains(QLatin1String("could not be used")),
                 qPrintable(plan.value().notices.first()));
        QVERIFY(!plan.value().notices.contains(OfflinePlanner::noAiNotice()));
    }

    void wrongTypesFallBackToo()
    {
        FakeOpenAiServer server(kKey);
        FakeOpenAiServer::ChatReply reply;
        reply.text = QStringLiteral("{\"goal\": \"Book\", \"steps\": 42}");
        server.queueChat(reply);
        const Result<TaskPlan> plan = planWith(server);
        QVERIFY(plan.ok());
        QCOMPARE(plan.value().source, PlanSource::Offline);
        QVERIFY2(plan.value().notices.first().contains(QLatin1String("steps")), qPrintable(plan.value().notices.first()));
    }

    void rejectedKeyIsAReadableError()
    {
        FakeOpenAiServer server(kKey);
        const QString wrong = QStringLiteral("sk-wrong-planner-key-abcdef");
        const Result<TaskPlan> plan = planWith(server, wrong);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().remoteCode, 401);
        QVERIFY2(plan.error().message.contains(QLatin1String("API key")), qPrintable(plan.error().message));
        QVERIFY(!plan.error().message.contains(wrong));
    }
};

QTEST_GUILESS_MAIN(TestAiPlanner)
#include "tst_ai_planner.moc"
