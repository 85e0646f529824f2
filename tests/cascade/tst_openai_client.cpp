#include "audio/WavFile.h"
#include "conversation/openai/ChatStream.h"
#include "conversation/openai/OpenAiClient.h"
#include "conversation/openai/SpeechStream.h"
#include "core/SyncWait.h"
#include "fakes/FakeOpenAiServer.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

using namespace calldeck;
using fakes::FakeOpenAiServer;
using Endpoint = FakeOpenAiServer::Endpoint;

namespace {
const QString kKey = QStringLiteral("sk-test-0123456789abcdef");

QByteArray tone16k(int ms)
{
    QByteArray pcm(16 * ms * 2, Qt::Uninitialized);
    auto* s = reinterpret_cast<qint16*>(pcm.data());
    for (int i = 0; i < 16 * ms; ++i)
        s[i] = qint16(std::lround(5000.0 * std::sin(i * 0.2)));
    return pcm;
}

struct ChatOutcome
{
    QStringList deltas;
    Result<ChatCompletion> result = Error{ErrorCode::Internal, QString()};
};
} // namespace

/// OpenAiClient against a loopback server that speaks the OpenAI HTTP API, hostile modes included.
class TestOpenAiClient : public QObject
{
    Q_OBJECT
private:
    QNetworkAccessManager m_network;

    std::unique_ptr<OpenAiClient> client(const QUrl& base, const QString& key = kKey)
    {
        auto c = std::make_unique<OpenAiClient>(m_network, base, key);
        OpenAiClientOptions options;
        options.firstByteTimeoutMs = 10000;
        options.defaultRetryDelayMs = 50;
        c->setOptions(options);
        return c;
    }

    static ChatOutcome runChat(OpenAiClient& c, const QJsonArray& tools = {})
    {
        ChatOutcome out;
        QObject owner;
        ChatStream* stream = c.chatStream(
            QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), QStringLiteral("hi")}}},
            tools, QStringLiteral("gpt-4o-mini"), &owner);
        bool done = false;
        QObject::connect(stream, &ChatStream::contentDelta, &owner, [&](const QString& d) { out.deltas.append(d); });
        QObject::connect(stream, &ChatStream::finished, &owner, [&](const Result<ChatCompletion>& r) {
            out.result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            out.result = Error{ErrorCode::Internal, QStringLiteral("test timed out")};
        return out;
    }

private Q_SLOTS:
    void transcribeSendsMultipartWavAndReportsUsage()
    {
        FakeOpenAiServer server(kKey);
        server.queueTranscription(QStringLiteral("Tuesday at nine works."));
        auto c = client(server.start());
        const Result<Transcription> r = syncResult(
            c->transcribePcm16(tone16k(1500), 16000, QStringLiteral("gpt-4o-mini-transcribe"), QStringLiteral("en-US")));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r.value().text, QStringLiteral("Tuesday at nine works."));
        QCOMPARE(r.value().usage.kind, QStringLiteral("stt"));
        QCOMPARE(r.value().usage.model, QStringLiteral("gpt-4o-mini-transcribe"));
        QCOMPARE(server.reportedSttSeconds().size(), 1);
        QCOMPARE(r.value().usage.audioSeconds, server.reportedSttSeconds().first());
        QCOMPARE(r.value().usage.audioSeconds, 1.5);

        const auto sent = server.requests(Endpoint::Transcriptions);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().path, QStringLiteral("/v1/audio/transcriptions"));
        QCOMPARE(sent.first().authorization, QByteArray("Bearer " + kKey.toUtf8()));
        QCOMPARE(sent.first().fields.value(QStringLiteral("model")), QByteArray("gpt-4o-mini-transcribe"));
        QCOMPARE(sent.first().fields.value(QStringLiteral("language")), QByteArray("en"));
        QCOMPARE(sent.first().fields.value(QStringLiteral("response_format")), QByteArray("json"));
        const Result<WavClip> wav = WavFile::parse(sent.first().fields.value(QStringLiteral("file")), QStringLiteral("f"));
        QVERIFY(wav.ok());
        QCOMPARE(wav.value().sampleRate, 16000);
        QCOMPARE(wav.value().pcm16, tone16k(1500));
    }

    void chatStreamsDeltasToolCallsAndUsageDespiteGarbage()
    {
        FakeOpenAiServer server(kKey);
        server.setGarbageSse(true);
        FakeOpenAiServer::ChatReply reply;
        reply.text = QStringLiteral("Let me note that down for you.");
        reply.pieces = 4;
        reply.toolCalls = {{QStringLiteral("call_1"), QStringLiteral("record_field"),
                            "{\"key\":\"appointment\",\"value\":\"Tuesday 9:00\"}"}};
        reply.promptTokens = 512;
        reply.completionTokens = 40;
        reply.cachedTokens = 384;
        server.queueChat(reply);
        auto c = client(server.start());
        const QJsonArray tools{QJsonObject{{QStringLiteral("name"), QStringLiteral("record_field")},
                                           {QStringLiteral("description"), QStringLiteral("Records a field")},
                                           {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}}}};
        const ChatOutcome out = runChat(*c, tools);
        QVERIFY2(out.result.ok(), qPrintable(out.result.error().message));
        QCOMPARE(out.deltas.size(), 4);
        QCOMPARE(out.deltas.join(QString()), reply.text);
        const ChatCompletion& done = out.result.value();
        QCOMPARE(done.content, reply.text);
        QCOMPARE(done.finishReason, QStringLiteral("tool_calls"));
        QCOMPARE(done.toolCalls.size(), 1);
        QCOMPARE(done.toolCalls.first().id, QStringLiteral("call_1"));
        QCOMPARE(done.toolCalls.first().name, QStringLiteral("record_field"));
        QCOMPARE(done.toolCalls.first().arguments.toUtf8(), reply.toolCalls.first().arguments);
        QCOMPARE(done.usage.inputTextTokens, 512);
        QCOMPARE(done.usage.outputTextTokens, 40);
        QCOMPARE(done.usage.cachedTextTokens, 384);
        QVERIFY(done.skippedLines >= 8);   // 4 non-JSON data lines + 4 unknown fields

        const auto sent = server.requests(Endpoint::Chat);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().json.value(QLatin1String("stream")).toBool(), true);
        QCOMPARE(sent.first().json.value(QLatin1String("stream_options")).toObject().value(QLatin1String("include_usage")).toBool(), true);
        const QJsonObject tool = sent.first().json.value(QLatin1String("tools")).toArray().first().toObject();
        QCOMPARE(tool.value(QLatin1String("type")).toString(), QStringLiteral("function"));
        QCOMPARE(tool.value(QLatin1String("function")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("record_field"));
    }

    void speechStreamsPcmInSeveralChunks()
    {
        FakeOpenAiServer server(kKey);
        auto c = client(server.start());
        QObject owner;
        const QString text = QStringLiteral("Hello, this is CallDeck.");
        SpeechStream* s = c->speech(text, QStringLiteral("gpt-4o-mini-tts"), QStringLiteral("marin"), QStringLiteral("calm"), &owner);
        QByteArray pcm;
        int chunks = 0;
        std::optional<Result<AiUsage>> result;
        connect(s, &SpeechStream::audio, &owner, [&](const QByteArray& a) {
            QCOMPARE(a.size() % 2, 0);
            pcm += a;
            ++chunks;
        });
        connect(s, &SpeechStream::finished, &owner, [&](const Result<AiUsage>& r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QVERIFY2(result->ok(), qPrintable(result->error().message));
        QCOMPARE(pcm.size(), server.speechBytes().first());
        QVERIFY(chunks > 1);
        QCOMPARE(result->value().kind, QStringLiteral("tts"));
        QCOMPARE(result->value().characters, text.size());
        const QJsonObject body = server.requests(Endpoint::Speech).first().json;
        QCOMPARE(body.value(QLatin1String("response_format")).toString(), QStringLiteral("pcm"));
        QCOMPARE(body.value(QLatin1String("voice")).toString(), QStringLiteral("marin"));
        QCOMPARE(body.value(QLatin1String("instructions")).toString(), QStringLiteral("calm"));
    }

    void rateLimitIsRetriedAfterRetryAfterForSpeechToText()
    {
        FakeOpenAiServer server(kKey);
        server.queueFailure(Endpoint::Transcriptions, 429, 1);
        server.queueTranscription(QStringLiteral("hello"));
        auto c = client(server.start());
        const Result<Transcription> r =
            syncResult(c->transcribePcm16(tone16k(200), 16000, QStringLiteral("whisper-1"), QString()));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r.value().text, QStringLiteral("hello"));
        QCOMPARE(server.requests(Endpoint::Transcriptions).size(), 2);
    }

    void rateLimitGivesUpAfterTwoRetries()
    {
        FakeOpenAiServer server(kKey);
        for (int i = 0; i < 4; ++i)
            server.queueFailure(Endpoint::Speech, 429, 0);
        auto c = client(server.start());
        QObject owner;
        SpeechStream* s = c->speech(QStringLiteral("Hi."), QStringLiteral("tts-1"), QStringLiteral("alloy"), QString(), &owner);
        std::optional<Result<AiUsage>> result;
        connect(s, &SpeechStream::finished, &owner, [&](const Result<AiUsage>& r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().remoteCode, 429);
        QVERIFY2(result->error().message.contains(QLatin1String("rate limit")), qPrintable(result->error().message));
        QCOMPARE(server.requests(Endpoint::Speech).size(), 3);
    }

    void chatIsNeverRetried()
    {
        FakeOpenAiServer server(kKey);
        server.queueFailure(Endpoint::Chat, 429, 0);
        auto c = client(server.start());
        const ChatOutcome out = runChat(*c);
        QVERIFY(!out.result.ok());
        QCOMPARE(out.result.error().remoteCode, 429);
        QCOMPARE(server.requests(Endpoint::Chat).size(), 1);
    }

    void badKeyGivesReadableMessageWithoutTheKey()
    {
        FakeOpenAiServer server(kKey);
        const QString wrong = QStringLiteral("sk-wrong-key-abcdefghijkl");
        auto c = client(server.start(), wrong);
        const ChatOutcome out = runChat(*c);
        QVERIFY(!out.result.ok());
        QCOMPARE(out.result.error().remoteCode, 401);
        QVERIFY2(out.result.error().message.contains(QLatin1String("API key")), qPrintable(out.result.error().message));
        QVERIFY(!out.result.error().message.contains(wrong));
    }

    void wrongPathNamesTheAddressAndModel()
    {
        FakeOpenAiServer server(kKey);
        QUrl base = server.start();
        base.setPath(QStringLiteral("/v2"));
        auto c = client(base);
        const ChatOutcome out = runChat(*c);
        QVERIFY(!out.result.ok());
        QCOMPARE(out.result.error().remoteCode, 404);
        QVERIFY(out.result.error().message.contains(QLatin1String("gpt-4o-mini")));
        QVERIFY(out.result.error().message.contains(QLatin1String("/v2/chat/completions")));
    }

    void serverErrorIsReported()
    {
        FakeOpenAiServer server(kKey);
        server.queueFailure(Endpoint::Chat, 500);
        auto c = client(server.start());
        const ChatOutcome out = runChat(*c);
        QVERIFY(!out.result.ok());
        QVERIFY2(out.result.error().message.contains(QLatin1String("server error (HTTP 500)")),
                 qPrintable(out.result.error().message));
    }

    void droppedStreamIsAnErrorNotAShortAnswer()
    {
        FakeOpenAiServer server(kKey);
        server.queueChat({QStringLiteral("This answer will be cut in the middle of a sentence."), {}, 6});
        server.dropNextStream(Endpoint::Chat, 5);
        auto c = client(server.start());
        const ChatOutcome out = runChat(*c);
        QVERIFY(!out.result.ok());
        QCOMPARE(out.result.error().code, ErrorCode::Network);
        QVERIFY2(out.result.error().message.contains(QLatin1String("dropped")) ||
                     out.result.error().message.contains(QLatin1String("before it was complete")),
                 qPrintable(out.result.error().message));
    }

    void slowFirstByteTimesOut()
    {
        FakeOpenAiServer server(kKey);
        server.setFirstByteDelayMs(4000);
        auto c = client(server.start());
        OpenAiClientOptions options = c->options();
        options.firstByteTimeoutMs = 300;
        c->setOptions(options);
        const ChatOutcome out = runChat(*c);
        QVERIFY(!out.result.ok());
        QVERIFY2(out.result.error().message.contains(QLatin1String("did not answer within 0.3 s")),
                 qPrintable(out.result.error().message));
    }

    void refusedConnectionIsExplained()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        auto c = client(QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port)));
        const ChatOutcome out = runChat(*c);
        QVERIFY(!out.result.ok());
        QCOMPARE(out.result.error().code, ErrorCode::Network);
        QVERIFY2(out.result.error().message.contains(QLatin1String("refused")), qPrintable(out.result.error().message));
    }

    void cancelledChatStaysSilent()
    {
        FakeOpenAiServer server(kKey);
        FakeOpenAiServer::ChatReply slow{QStringLiteral("One. Two. Three."), {}, 3};
        slow.stallAfterPieces = 1;
        server.queueChat(slow);
        auto c = client(server.start());
        QObject owner;
        ChatStream* s = c->chatStream(QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                             {QStringLiteral("content"), QStringLiteral("hi")}}},
                                      {}, QStringLiteral("gpt-4o-mini"), &owner);
        QSignalSpy deltas(s, &ChatStream::contentDelta);
        QSignalSpy finished(s, &ChatStream::finished);
        QTRY_COMPARE_WITH_TIMEOUT(deltas.size(), 1, 20000);
        s->cancel();
        QVERIFY(!s->isRunning());
        QTest::qWait(200);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(deltas.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOpenAiClient)
#include "tst_openai_client.moc"
