// AiExtractor against a loopback server that speaks the OpenAI chat completions API: a good JSON
// answer becomes rows; garbage, a refusal of service or a contradiction falls back or is corrected.
#include "DentalCall.h"
#include "conversation/openai/OpenAiClient.h"
#include "fakes/FakeOpenAiServer.h"
#include "postcall/AiExtractor.h"
#include "postcall/ExtractionKeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QtTest>

using namespace calldeck;
using namespace calldeck::testdata;
using fakes::FakeOpenAiServer;

namespace {

const QString kKey = QStringLiteral("sk-test-postcall-0123456789");

QString goodAnswer()
{
    const QJsonObject answer{
        {QStringLiteral("summary"), QStringLiteral("Booked a cleaning at Bright Smile Dental with Karen.\n\n"
                                                   "Tuesday 24 November at 10:30, $120.")},
        {QStringLiteral("outcome"), QStringLiteral("goal_achieved")},
        {QStringLiteral("goal_achieved"), true},
        {QStringLiteral("follow_up_needed"), false},
        {QStringLiteral("follow_up_instruction"), QString()},
        {QStringLiteral("fields"),
         QJsonArray{
             QJsonObject{{QStringLiteral("key"), QStringLiteral("person_name")}, {QStringLiteral("value"), QStringLiteral("Karen")},
                         {QStringLiteral("raw_fragment"), QStringLiteral("this is Karen speaking")}},
             QJsonObject{{QStringLiteral("key"), QStringLiteral("price_cents")}, {QStringLiteral("value"), 12000},
                         {QStringLiteral("raw_fragment"), QStringLiteral("A cleaning is $120.")}},
             // No offset: read in the user's zone.
             QJsonObject{{QStringLiteral("key"), QStringLiteral("appointment_time")},
                         {QStringLiteral("value"), QStringLiteral("2026-11-24T10:30:00")},
                         {QStringLiteral("raw_fragment"), QStringLiteral("next Tuesday at 10:30")}},
             QJsonObject{{QStringLiteral("key"), QStringLiteral("sentiment")}, {QStringLiteral("value"), QStringLiteral("positive")}},
             // Wrong type and unknown key: dropped with warnings, the rest is kept.
             QJsonObject{{QStringLiteral("key"), QStringLiteral("price_cents")}, {QStringLiteral("value"), QStringLiteral("lots")}},
             QJsonObject{{QStringLiteral("key"), QStringLiteral("price_cents")}, {QStringLiteral("value"), 120.5}},
             QJsonObject{{QStringLiteral("key"), QStringLiteral("favourite_colour")}, {QStringLiteral("value"), QStringLiteral("blue")}},
         }},
    };
    return QStringLiteral("```json\n%1\n```").arg(QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact)));
}

} // namespace

class TestAiExtractor : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    static PostCallResult wait(const QFuture<PostCallResult>& future)
    {
        if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 20000)) {
            qWarning("extraction timed out");
            return {};
        }
        return future.result();
    }

private Q_SLOTS:
    void goodJsonBecomesRows()
    {
        FakeOpenAiServer server(kKey);
        FakeOpenAiServer::ChatReply reply;
        reply.text = goodAnswer();
        reply.pieces = 5;
        server.queueChat(reply);
        OpenAiClient client(m_network, server.start(), kKey);
        AiExtractor extractor(client, QStringLiteral("gpt-4o-mini"));

        const PostCallResult result = wait(extractor.extract(dentalInput()));
        QCOMPARE(result.extractor, QStringLiteral("ai"));
        QCOMPARE(result.outcome, CallOutcome::GoalAchieved);
        QVERIFY(result.summary.startsWith(QStringLiteral("Booked a cleaning")));
        QCOMPARE(valuesOf(result.fields, ExtractionKeys::PriceCents), QStringList{QStringLiteral("12000")});
        QCOMPARE(valuesOf(result.fields, ExtractionKeys::AppointmentTime),
                 QStringList{QStringLiteral("2026-11-24T10:30:00-05:00")});
        QCOMPARE(valuesOf(result.fields, ExtractionKeys::PersonName), QStringList{QStringLiteral("Karen")});
        QCOMPARE(valuesOf(result.fields, ExtractionKeys::GoalAchieved), QStringList{QStringLiteral("true")});
        QVERIFY(valuesOf(result.fields, QStringLiteral("favourite_colour")).isEmpty());
        QCOMPARE(result.warnings.size(), 3);

        // The model was asked once, with the schema and the whole transcript.
        const QList<FakeOpenAiServer::Recorded> requests = server.requests(FakeOpenAiServer::Endpoint::Chat);
        QCOMPARE(requests.size(), 1);
        const QJsonArray messages = requests.first().json.value(u"messages").toArray();
        QCOMPARE(messages.size(), 2);
        QVERIFY(messages.at(0).toObject().value(u"content").toString().contains(QStringLiteral("appointment_time")));
        const QString user = messages.at(1).toObject().value(u"content").toString();
        QVERIFY(user.contains(QStringLiteral("Callee: Thank you. We have an opening next Tuesday at 10:30")));
        QVERIFY(user.contains(QStringLiteral("Friday")));
        QCOMPARE(requests.first().json.value(u"model").toString(), QStringLiteral("gpt-4o-mini"));
    }

    void garbageFallsBackToTheOfflineExtractor()
    {
        FakeOpenAiServer server(kKey);
        FakeOpenAiServer::ChatReply reply;
        reply.text = QStringLiteral("Sure! The call went great, they booked Tuesday.");
        server.queueChat(reply);
        OpenAiClient client(m_network, server.start(), kKey);
        AiExtractor extractor(client, QStringLiteral("gpt-4o-mini"));

        const PostCallResult result = wait(extractor.extract(dentalInput()));
        QCOMPARE(result.extractor, QStringLiteral("offline"));
        QCOMPARE(valuesOf(result.fields, ExtractionKeys::AppointmentTime),
                 QStringList{QStringLiteral("2026-11-24T10:30:00-05:00")});
        QCOMPARE(valuesOf(result.fields, ExtractionKeys::PriceCents), QStringList{QStringLiteral("12000")});
        QVERIFY(!result.warnings.isEmpty());
        QVERIFY(result.warnings.first().contains(QStringLiteral("offline extractor")));
    }

    void missingOutcomeIsGarbageToo()
    {
        FakeOpenAiServer server(kKey);
        FakeOpenAiServer::ChatReply reply;
        reply.text = QStringLiteral("{\"summary\": \"Booked.\", \"outcome\": \"great\", \"goal_achieved\": true, \"fields\": []}");
        server.queueChat(reply);
        OpenAiClient client(m_network, server.start(), kKey);
        AiExtractor extractor(client, QStringLiteral("gpt-4o-mini"));
        const PostCallResult result = wait(extractor.extract(dentalInput()));
        QCOMPARE(result.extractor, QStringLiteral("offline"));
        QVERIFY(result.warnings.first().contains(QStringLiteral("great")));
    }

    void serverErrorFallsBack()
    {
        FakeOpenAiServer server(kKey);
        server.queueFailure(FakeOpenAiServer::Endpoint::Chat, 500);
        OpenAiClient client(m_network, server.start(), kKey);
        AiExtractor extractor(client, QStringLiteral("gpt-4o-mini"));
        const PostCallResult result = wait(extractor.extract(dentalInput()));
        QCOMPARE(result.extractor, QStringLiteral("offline"));
        QCOMPARE(result.outcome, CallOutcome::GoalAchieved);
        QVERIFY(!result.warnings.isEmpty());
        QVERIFY(!result.warnings.first().contains(kKey));
    }

    void unansweredCallNeverReachesTheModel()
    {
        FakeOpenAiServer server(kKey);
        OpenAiClient client(m_network, server.start(), kKey);
        AiExtractor extractor(client, QStringLiteral("gpt-4o-mini"));
        PostCallInput input = dentalInput();
        input.sessionStatus = QStringLiteral("no-answer");
        input.segments.clear();
        const PostCallResult result = wait(extractor.extract(input));
        QCOMPARE(result.outcome, CallOutcome::NoAnswer);
        QCOMPARE(result.extractor, QStringLiteral("status"));
        QVERIFY(server.requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAiExtractor)
#include "tst_ai_extractor.moc"
