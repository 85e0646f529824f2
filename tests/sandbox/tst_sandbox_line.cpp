#include "CallDeckEndpoint.h"

#include "core/SyncWait.h"
#include "media/AudioLevel.h"
#include "media/MuLaw.h"
#include "telephony/TwilioRestClient.h"
#include "telephony/TwilioSignature.h"
#include "telephony/sandbox/SandboxLine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QtTest>

#include <cmath>
#include <numbers>

using namespace calldeck;
using calldeck::tests::CallDeckEndpoint;

namespace {

// Generous: the machine running the tests may be busy; nothing here asserts on speed.
constexpr int kWaitMs = 20000;

QJsonObject personaFile(const QString& name)
{
    QFile file(QStringLiteral(":/personas/%1.json").arg(name));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString firstTurn(const QString& persona)
{
    const QJsonValue turn = personaFile(persona).value(QStringLiteral("turns")).toArray().first();
    return turn.isString() ? turn.toString() : turn.toObject().value(QStringLiteral("say")).toString();
}

QByteArray toneMuLaw(int ms)
{
    QList<std::int16_t> pcm;
    const int samples = 8 * ms;
    for (int i = 0; i < samples; ++i) {
        pcm.append(std::int16_t(8000.0 * std::sin(2.0 * std::numbers::pi * 440.0 * i / 8000.0)));
    }
    return MuLaw::encode(std::span<const std::int16_t>(pcm.constData(), size_t(pcm.size())));
}

float payloadLevel(const QJsonObject& media)
{
    const QByteArray bytes = QByteArray::fromBase64(
        media.value(QStringLiteral("media")).toObject().value(QStringLiteral("payload")).toString().toLatin1());
    QList<std::int16_t> pcm;
    MuLaw::decode(bytes, pcm);
    return levelDbfs(pcm.constData(), int(pcm.size()));
}

QStringList statuses(const QList<CallDeckEndpoint::Webhook>& hooks)
{
    QStringList result;
    for (const auto& hook : hooks) {
        result.append(hook.value(QStringLiteral("CallStatus")));
    }
    return result;
}

int indexOfMark(const QList<QJsonObject>& messages, const QString& name, int from = 0)
{
    for (int i = from; i < messages.size(); ++i) {
        const QJsonObject& m = messages.at(i);
        if (m.value(QStringLiteral("event")).toString() == QLatin1String("mark") &&
            m.value(QStringLiteral("mark")).toObject().value(QStringLiteral("name")).toString() == name) {
            return i;
        }
    }
    return -1;
}

int mediaBetween(const QList<QJsonObject>& messages, int from, int to)
{
    int count = 0;
    for (int i = from; i < to && i < messages.size(); ++i) {
        count += messages.at(i).value(QStringLiteral("event")).toString() == QLatin1String("media") ? 1 : 0;
    }
    return count;
}

} // namespace

/// The sandbox line end to end, seen from CallDeck's side: the real REST client places calls, a
/// local HTTP server receives the webhooks and a WebSocket server plays CallDeck's media server.
class TestSandboxLine : public QObject
{
    Q_OBJECT
private:
    QNetworkAccessManager m_network;

    std::unique_ptr<TwilioRestClient> client(const SandboxLine& line, const QString& token = {})
    {
        TwilioCredentials credentials = line.credentials();
        if (!token.isEmpty()) {
            credentials.password = token;
        }
        auto c = std::make_unique<TwilioRestClient>(m_network, line.apiBase(), credentials);
        c->setRetryPolicy(1, std::chrono::milliseconds(5));
        return c;
    }

    static QString twiml(const CallDeckEndpoint& calldeck, const QString& key, bool transcribe)
    {
        QString xml = QStringLiteral("<Response>");
        if (transcribe) {
            xml += QStringLiteral("<Start><Transcription statusCallbackUrl=\"%1\" track=\"inbound_track\"/></Start>")
                       .arg(calldeck.transcriptionUrl(key).toString().toHtmlEscaped());
        }
        xml += QStringLiteral("<Connect><Stream url=\"%1\"><Parameter name=\"token\" value=\"tok-%2\"/></Stream>"
                              "</Connect></Response>")
                   .arg(calldeck.mediaUrl().toString(), key);
        return xml;
    }

    static TwilioCallRequest request(const QString& to, const QString& twimlText, const QUrl& status)
    {
        return TwilioCallRequest{to, SandboxLine::fromNumber(), twimlText, status, 30, 0};
    }

    static bool allSigned(const QString& token, const QList<CallDeckEndpoint::Webhook>& hooks)
    {
        for (const auto& hook : hooks) {
            if (!TwilioSignature::validate(token, hook.url.toString(QUrl::FullyEncoded), hook.params,
                                           QString::fromLatin1(hook.signature))) {
                return false;
            }
        }
        return !hooks.isEmpty();
    }

private Q_SLOTS:
    void answeredCallStreamsSpeaksTranscribesAndHangsUp()
    {
        SandboxLine line;
        line.setTimeScale(0.1);
        QVERIFY(line.start().ok());
        CallDeckEndpoint calldeck;
        QSignalSpy said(&line, &SandboxLine::personaSaid);
        QSignalSpy ended(&line, &SandboxLine::callEnded);
        auto rest = client(line);

        const auto created = syncResult(rest->createCall(
            request(QStringLiteral("+15555550100"), twiml(calldeck, QStringLiteral("a"), true),
                    calldeck.statusUrl(QStringLiteral("a")))));
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        const QString sid = created.value().sid;
        QVERIFY(QRegularExpression(QStringLiteral("^CA[0-9a-f]{32}$")).match(sid).hasMatch());
        QCOMPARE(created.value().status, QStringLiteral("queued"));
        QCOMPARE(created.value().direction, QStringLiteral("outbound-api"));
        QCOMPARE(line.activeCalls(), 1);

        // The upgrade is signed like Twilio's: the ws URL, no parameters.
        QTRY_VERIFY_WITH_TIMEOUT(calldeck.stream(sid) != nullptr, kWaitMs);
        CallDeckEndpoint::Stream* stream = calldeck.stream(sid);
        QVERIFY(TwilioSignature::validate(line.authToken(), calldeck.mediaUrl().toString(), {},
                                          QString::fromLatin1(stream->signature)));

        const QJsonObject connected = stream->messages.at(0);
        QCOMPARE(connected.value(QStringLiteral("event")).toString(), QStringLiteral("connected"));
        QCOMPARE(connected.value(QStringLiteral("protocol")).toString(), QStringLiteral("Call"));
        QCOMPARE(connected.value(QStringLiteral("version")).toString(), QStringLiteral("1.0.0"));
        const QJsonObject startMessage = stream->messages.at(1);
        QCOMPARE(startMessage.value(QStringLiteral("event")).toString(), QStringLiteral("start"));
        QCOMPARE(startMessage.value(QStringLiteral("sequenceNumber")).toString(), QStringLiteral("1"));
        const QString streamSid = startMessage.value(QStringLiteral("streamSid")).toString();
        QVERIFY(QRegularExpression(QStringLiteral("^MZ[0-9a-f]{32}$")).match(streamSid).hasMatch());
        const QJsonObject start = startMessage.value(QStringLiteral("start")).toObject();
        QCOMPARE(start.value(QStringLiteral("accountSid")).toString(), line.credentials().accountSid);
        QCOMPARE(start.value(QStringLiteral("callSid")).toString(), sid);
        QCOMPARE(start.value(QStringLiteral("streamSid")).toString(), streamSid);
        QCOMPARE(start.value(QStringLiteral("tracks")).toArray(), QJsonArray{QStringLiteral("inbound")});
        QCOMPARE(start.value(QStringLiteral("customParameters")).toObject().value(QStringLiteral("token")).toString(),
                 QStringLiteral("tok-a"));
        const QJsonObject format = start.value(QStringLiteral("mediaFormat")).toObject();
        QCOMPARE(format.value(QStringLiteral("encoding")).toString(), QStringLiteral("audio/x-mulaw"));
        QCOMPARE(format.value(QStringLiteral("sampleRate")).toInt(), 8000);
        QCOMPARE(format.value(QStringLiteral("channels")).toInt(), 1);

        // Media: one 160-byte frame per 20 ms, counters as strings, nothing skipped.
        QTRY_VERIFY_WITH_TIMEOUT(stream->events(QStringLiteral("media")).size() >= 100, kWaitMs);
        const QList<QJsonObject> frames = stream->events(QStringLiteral("media"));
        for (int i = 0; i < 100; ++i) {
            const QJsonObject& frame = frames.at(i);
            QCOMPARE(frame.value(QStringLiteral("streamSid")).toString(), streamSid);
            QCOMPARE(frame.value(QStringLiteral("sequenceNumber")).toString(), QString::number(i + 2));
            const QJsonObject media = frame.value(QStringLiteral("media")).toObject();
            QCOMPARE(media.value(QStringLiteral("track")).toString(), QStringLiteral("inbound"));
            QCOMPARE(media.value(QStringLiteral("chunk")).toString(), QString::number(i + 1));
            QCOMPARE(media.value(QStringLiteral("timestamp")).toString(), QString::number(i * 20));
            QCOMPARE(QByteArray::fromBase64(media.value(QStringLiteral("payload")).toString().toLatin1()).size(), 160);
        }

        // The receptionist's greeting is audible and arrives as a transcript.
        const QString greeting = personaFile(QStringLiteral("dental")).value(QStringLiteral("greeting")).toString();
        QVERIFY(!greeting.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(frames.cbegin(), frames.cend(),
                                             [](const QJsonObject& f) { return payloadLevel(f) > -40.0f; }) ||
                                     [&] {
                                         const auto all = stream->events(QStringLiteral("media"));
                                         return std::any_of(all.cbegin(), all.cend(), [](const QJsonObject& f) {
                                             return payloadLevel(f) > -40.0f;
                                         });
                                     }(),
                                 kWaitMs);
        auto contentOf = [&] {
            QStringList texts;
            for (const auto& hook : calldeck.webhooks(QStringLiteral("/transcription"), QStringLiteral("a"))) {
                if (hook.value(QStringLiteral("TranscriptionEvent")) == QLatin1String("transcription-content")) {
                    texts.append(QJsonDocument::fromJson(hook.value(QStringLiteral("TranscriptionData")).toUtf8())
                                     .object()
                                     .value(QStringLiteral("transcript"))
                                     .toString());
                }
            }
            return texts;
        };
        QTRY_VERIFY_WITH_TIMEOUT(contentOf().contains(greeting), kWaitMs);
        QVERIFY(said.count() >= 1);
        QCOMPARE(said.first().at(0).toString(), sid);
        QCOMPARE(said.first().at(1).toString(), greeting);
        {
            const auto hooks = calldeck.webhooks(QStringLiteral("/transcription"), QStringLiteral("a"));
            QCOMPARE(hooks.first().value(QStringLiteral("TranscriptionEvent")), QStringLiteral("transcription-started"));
            const auto& content = hooks.at(1);
            QCOMPARE(content.value(QStringLiteral("Track")), QStringLiteral("inbound_track"));
            QCOMPARE(content.value(QStringLiteral("Final")), QStringLiteral("true"));
            QCOMPARE(content.value(QStringLiteral("CallSid")), sid);
            QCOMPARE(content.value(QStringLiteral("AccountSid")), line.credentials().accountSid);
            QVERIFY(content.value(QStringLiteral("TranscriptionSid")).startsWith(QLatin1String("GT")));
            QVERIFY(content.value(QStringLiteral("SequenceId")).toInt() >
                    hooks.first().value(QStringLiteral("SequenceId")).toInt());
            QVERIFY(QDateTime::fromString(content.value(QStringLiteral("Timestamp")), Qt::ISODateWithMs).isValid());
            QVERIFY(allSigned(line.authToken(), hooks));
        }

        {
            // Reported, not asserted: pacing depends on how busy the machine is.
            const QList<qint64>& arrivals = stream->mediaArrivalMs;
            qint64 worstLateMs = 0;
            for (int i = 0; i < arrivals.size(); ++i) {
                worstLateMs = std::max(worstLateMs, arrivals.at(i) - (arrivals.first() + 20 * i));
            }
            qInfo("media pacing: %lld frames in %lld ms (ideal %lld ms), worst lateness %lld ms",
                  qint64(arrivals.size()), arrivals.last() - arrivals.first(), qint64(arrivals.size() - 1) * 20,
                  worstLateMs);
        }

        // Hang-up through REST: the stream gets stop and closes, completed carries the duration.
        QVERIFY(syncResult(rest->hangUp(sid)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(stream->closed, kWaitMs);
        const QJsonObject stop = stream->messages.last();
        QCOMPARE(stop.value(QStringLiteral("event")).toString(), QStringLiteral("stop"));
        QCOMPARE(stop.value(QStringLiteral("stop")).toObject().value(QStringLiteral("callSid")).toString(), sid);
        QCOMPARE(stop.value(QStringLiteral("sequenceNumber")).toString().toInt(),
                 stream->messages.at(stream->messages.size() - 2).value(QStringLiteral("sequenceNumber")).toString().toInt() + 1);

        QTRY_COMPARE_WITH_TIMEOUT(statuses(calldeck.webhooks(QStringLiteral("/status"), QStringLiteral("a"))),
                                  (QStringList{QStringLiteral("initiated"), QStringLiteral("ringing"),
                                               QStringLiteral("in-progress"), QStringLiteral("completed")}),
                                  kWaitMs);
        const auto hooks = calldeck.webhooks(QStringLiteral("/status"), QStringLiteral("a"));
        QVERIFY(allSigned(line.authToken(), hooks));
        const QRegularExpression rfc2822(
            QStringLiteral("^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d\\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
                           "\\d{4} \\d\\d:\\d\\d:\\d\\d \\+0000$"));
        for (int i = 0; i < hooks.size(); ++i) {
            const auto& hook = hooks.at(i);
            QCOMPARE(hook.value(QStringLiteral("SequenceNumber")), QString::number(i));
            QCOMPARE(hook.value(QStringLiteral("CallSid")), sid);
            QCOMPARE(hook.value(QStringLiteral("AccountSid")), line.credentials().accountSid);
            QCOMPARE(hook.value(QStringLiteral("To")), QStringLiteral("+15555550100"));
            QCOMPARE(hook.value(QStringLiteral("Called")), QStringLiteral("+15555550100"));
            QCOMPARE(hook.value(QStringLiteral("From")), SandboxLine::fromNumber());
            QCOMPARE(hook.value(QStringLiteral("Caller")), SandboxLine::fromNumber());
            QCOMPARE(hook.value(QStringLiteral("Direction")), QStringLiteral("outbound-api"));
            QCOMPARE(hook.value(QStringLiteral("ApiVersion")), QStringLiteral("2010-04-01"));
            QCOMPARE(hook.value(QStringLiteral("CallbackSource")), QStringLiteral("call-progress-events"));
            QVERIFY2(rfc2822.match(hook.value(QStringLiteral("Timestamp"))).hasMatch(),
                     qPrintable(hook.value(QStringLiteral("Timestamp"))));
            QCOMPARE(hook.userAgent, QByteArray("TwilioProxy/1.1"));
        }
        QVERIFY(hooks.first().value(QStringLiteral("CallDuration")).isEmpty());
        // The greeting alone takes seconds of real time.
        QVERIFY(hooks.last().value(QStringLiteral("CallDuration")).toInt() >= 2);

        QTRY_VERIFY_WITH_TIMEOUT(calldeck.webhooks(QStringLiteral("/transcription"), QStringLiteral("a"))
                                         .last()
                                         .value(QStringLiteral("TranscriptionEvent")) ==
                                     QLatin1String("transcription-stopped"),
                                 kWaitMs);
        QCOMPARE(ended.count(), 1);
        QCOMPARE(ended.first().at(1).toString(), QStringLiteral("completed"));
        QCOMPARE(line.activeCalls(), 0);

        const auto fetched = syncResult(rest->fetchCall(sid));
        QVERIFY(fetched.ok());
        QCOMPARE(fetched.value().status, QStringLiteral("completed"));
        QVERIFY(fetched.value().durationSeconds >= 2);
    }

    void marksEchoAfterPlaybackAndAllAtOnceOnClear()
    {
        SandboxLine line;
        line.setTimeScale(0.1);
        QVERIFY(line.start().ok());
        CallDeckEndpoint calldeck;
        auto rest = client(line);
        const auto created = syncResult(rest->createCall(
            request(QStringLiteral("+15555550101"), twiml(calldeck, QStringLiteral("m"), false),
                    calldeck.statusUrl(QStringLiteral("m")))));
        QVERIFY(created.ok());
        const QString sid = created.value().sid;
        QTRY_VERIFY_WITH_TIMEOUT(calldeck.stream(sid) != nullptr, kWaitMs);
        CallDeckEndpoint::Stream* stream = calldeck.stream(sid);
        const QString streamSid = stream->streamSid();

        auto media = [&](const QByteArray& mulaw) {
            calldeck.send(sid, QJsonObject{{QStringLiteral("event"), QStringLiteral("media")},
                                           {QStringLiteral("streamSid"), streamSid},
                                           {QStringLiteral("media"),
                                            QJsonObject{{QStringLiteral("payload"), QString::fromLatin1(mulaw.toBase64())}}}});
        };
        auto mark = [&](const QString& name) {
            calldeck.send(sid, QJsonObject{{QStringLiteral("event"), QStringLiteral("mark")},
                                           {QStringLiteral("streamSid"), streamSid},
                                           {QStringLiteral("mark"), QJsonObject{{QStringLiteral("name"), name}}}});
        };

        // Half a second of (quiet) audio, then a mark: echoed once those 25 frames have played.
        const int before = int(stream->messages.size());
        media(QByteArray(4000, char(0xFF)));
        mark(QStringLiteral("r1:500"));
        QTRY_VERIFY_WITH_TIMEOUT(indexOfMark(stream->messages, QStringLiteral("r1:500")) >= 0, kWaitMs);
        const int echo = indexOfMark(stream->messages, QStringLiteral("r1:500"));
        QVERIFY2(mediaBetween(stream->messages, before, echo) >= 25,
                 qPrintable(QString::number(mediaBetween(stream->messages, before, echo))));
        QCOMPARE(stream->messages.at(echo).value(QStringLiteral("streamSid")).toString(), streamSid);
        QCOMPARE(stream->messages.at(echo).value(QStringLiteral("sequenceNumber")).toString().toInt(),
                 stream->messages.at(echo - 1).value(QStringLiteral("sequenceNumber")).toString().toInt() + 1);

        // Ten seconds queued, two marks, then clear: both come back at once, long before 10 s played.
        const int beforeClear = int(stream->messages.size());
        media(QByteArray(80000, char(0xFF)));
        mark(QStringLiteral("r2:10000"));
        mark(QStringLiteral("r2:end"));
        calldeck.send(sid, QJsonObject{{QStringLiteral("event"), QStringLiteral("clear")},
                                       {QStringLiteral("streamSid"), streamSid}});
        QTRY_VERIFY_WITH_TIMEOUT(indexOfMark(stream->messages, QStringLiteral("r2:end"), beforeClear) >= 0, kWaitMs);
        const int first = indexOfMark(stream->messages, QStringLiteral("r2:10000"), beforeClear);
        const int last = indexOfMark(stream->messages, QStringLiteral("r2:end"), beforeClear);
        QVERIFY(first >= 0 && first < last);
        QVERIFY2(mediaBetween(stream->messages, beforeClear, last) < 250,
                 qPrintable(QString::number(mediaBetween(stream->messages, beforeClear, last))));

        // With nothing queued a mark is echoed straight away; junk does not break the stream.
        calldeck.send(sid, QJsonObject{{QStringLiteral("event"), QStringLiteral("bogus")},
                                       {QStringLiteral("streamSid"), streamSid}});
        const int beforeIdle = int(stream->messages.size());
        mark(QStringLiteral("r3:0"));
        QTRY_VERIFY_WITH_TIMEOUT(indexOfMark(stream->messages, QStringLiteral("r3:0"), beforeIdle) >= 0, kWaitMs);
        QVERIFY(mediaBetween(stream->messages, beforeIdle, indexOfMark(stream->messages, QStringLiteral("r3:0"))) < 25);

        // CallDeck closing the socket ends the call: nothing follows <Connect>.
        calldeck.close(sid);
        QTRY_COMPARE_WITH_TIMEOUT(statuses(calldeck.webhooks(QStringLiteral("/status"), QStringLiteral("m"))).value(3),
                                  QStringLiteral("completed"), kWaitMs);
        QCOMPARE(line.activeCalls(), 0);
    }

    void personaTakesItsTurnWhenTheCallerStops()
    {
        SandboxLine line;
        line.setTimeScale(0.1);
        QVERIFY(line.start().ok());
        CallDeckEndpoint calldeck;
        QSignalSpy said(&line, &SandboxLine::personaSaid);
        auto rest = client(line);
        const auto created = syncResult(rest->createCall(
            request(QStringLiteral("+15555550101"), twiml(calldeck, QStringLiteral("t"), false),
                    calldeck.statusUrl(QStringLiteral("t")))));
        QVERIFY(created.ok());
        const QString sid = created.value().sid;
        QTRY_VERIFY_WITH_TIMEOUT(said.count() >= 1, kWaitMs); // the greeting has played
        const QString greeting = personaFile(QStringLiteral("garden")).value(QStringLiteral("greeting")).toString();
        QCOMPARE(said.first().at(1).toString(), greeting);
        CallDeckEndpoint::Stream* stream = calldeck.stream(sid);
        QVERIFY(stream);

        // The agent talks for one second, then goes quiet: the garden centre answers with turn 1.
        calldeck.send(sid, QJsonObject{{QStringLiteral("event"), QStringLiteral("media")},
                                       {QStringLiteral("streamSid"), stream->streamSid()},
                                       {QStringLiteral("media"),
                                        QJsonObject{{QStringLiteral("payload"),
                                                     QString::fromLatin1(toneMuLaw(1000).toBase64())}}}});
        const int afterTone = int(stream->messages.size());
        const QString expected = firstTurn(QStringLiteral("garden"));
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(said.cbegin(), said.cend(),
                                             [&](const QList<QVariant>& args) { return args.at(1).toString() == expected; }),
                                 kWaitMs);
        // Its answer was audible on the stream after the agent spoke.
        const auto messages = stream->messages.mid(afterTone);
        QVERIFY(std::any_of(messages.cbegin(), messages.cend(), [](const QJsonObject& m) {
            return m.value(QStringLiteral("event")).toString() == QLatin1String("media") && payloadLevel(m) > -40.0f;
        }));
        QVERIFY(syncResult(rest->hangUp(sid)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(stream->closed, kWaitMs);
    }

    void outcomesSendTwiliosCallbackSequences()
    {
        SandboxLine line;
        line.setTimeScale(0.1);
        QVERIFY(line.start().ok());
        QVERIFY(line.setPersonaForNumber(QStringLiteral("+14155550123"), QStringLiteral("busy")).ok());
        CallDeckEndpoint calldeck;
        QSignalSpy ended(&line, &SandboxLine::callEnded);
        auto rest = client(line);

        struct Case
        {
            QString key;
            QString to;
            QString twiml;
            QStringList expected;
            bool streams = false;
        };
        const QStringList answered{QStringLiteral("initiated"), QStringLiteral("ringing"), QStringLiteral("in-progress"),
                                   QStringLiteral("completed")};
        const QList<Case> cases{
            {QStringLiteral("busy"), QStringLiteral("+15555550103"), twiml(calldeck, QStringLiteral("busy"), false),
             {QStringLiteral("initiated"), QStringLiteral("busy")}},
            {QStringLiteral("routed"), QStringLiteral("+14155550123"), twiml(calldeck, QStringLiteral("routed"), false),
             {QStringLiteral("initiated"), QStringLiteral("busy")}},
            {QStringLiteral("noanswer"), QStringLiteral("+15555550104"),
             twiml(calldeck, QStringLiteral("noanswer"), false),
             {QStringLiteral("initiated"), QStringLiteral("ringing"), QStringLiteral("no-answer")}},
            {QStringLiteral("fail"), QStringLiteral("+15555550107"), twiml(calldeck, QStringLiteral("fail"), false),
             {QStringLiteral("initiated"), QStringLiteral("failed")}},
            {QStringLiteral("nourl"), QStringLiteral("+15555550100"),
             QStringLiteral("<Response><Connect><Stream/></Connect></Response>"),
             {QStringLiteral("initiated"), QStringLiteral("failed")}},
            {QStringLiteral("say"), QStringLiteral("+15555550100"),
             QStringLiteral("<Response><Say>Hello from the sandbox</Say><Pause length=\"1\"/><Hangup/></Response>"),
             answered},
            {QStringLiteral("refused"), QStringLiteral("+15555550100"),
             QStringLiteral("<Response><Connect><Stream url=\"ws://127.0.0.1:1/media\"/></Connect></Response>"),
             answered},
            {QStringLiteral("voicemail"), QStringLiteral("+15555550105"),
             twiml(calldeck, QStringLiteral("voicemail"), false), answered, true},
            {QStringLiteral("hangup"), QStringLiteral("+15555550106"), twiml(calldeck, QStringLiteral("hangup"), false),
             answered, true},
        };
        QHash<QString, QString> sids;
        for (const Case& c : cases) {
            const auto created = syncResult(rest->createCall(request(c.to, c.twiml, calldeck.statusUrl(c.key))));
            QVERIFY2(created.ok(), qPrintable(created.error().message));
            sids.insert(c.key, created.value().sid);
        }
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), int(cases.size()), 40000);
        for (const Case& c : cases) {
            QTRY_COMPARE_WITH_TIMEOUT(statuses(calldeck.webhooks(QStringLiteral("/status"), c.key)), c.expected, kWaitMs);
            const auto hooks = calldeck.webhooks(QStringLiteral("/status"), c.key);
            QVERIFY2(allSigned(line.authToken(), hooks), qPrintable(c.key));
            const int duration = hooks.last().value(QStringLiteral("CallDuration")).toInt();
            if (c.expected.size() < 4) {
                QCOMPARE(duration, 0); // never answered: nothing billed
            }
            if (c.streams) {
                CallDeckEndpoint::Stream* stream = calldeck.stream(sids.value(c.key));
                QVERIFY2(stream, qPrintable(c.key));
                QTRY_VERIFY_WITH_TIMEOUT(stream->closed, kWaitMs);
                QCOMPARE(stream->messages.last().value(QStringLiteral("event")).toString(), QStringLiteral("stop"));
            }
        }
        // The voicemail greeting plays in real time before the machine gives up.
        QVERIFY(calldeck.webhooks(QStringLiteral("/status"), QStringLiteral("voicemail"))
                    .last()
                    .value(QStringLiteral("CallDuration"))
                    .toInt() >= 4);
        const auto fetched = syncResult(rest->fetchCall(sids.value(QStringLiteral("noanswer"))));
        QVERIFY(fetched.ok());
        QCOMPARE(fetched.value().status, QStringLiteral("no-answer"));
        QCOMPARE(line.activeCalls(), 0);
    }

    void hangingUpWhileRingingCancels()
    {
        SandboxLine line;
        line.setTimeScale(0.1);
        QVERIFY(line.start().ok());
        CallDeckEndpoint calldeck;
        auto rest = client(line);
        const auto created = syncResult(rest->createCall(
            request(QStringLiteral("+15555550104"), twiml(calldeck, QStringLiteral("c"), false),
                    calldeck.statusUrl(QStringLiteral("c")))));
        QVERIFY(created.ok());
        QTRY_COMPARE_WITH_TIMEOUT(statuses(calldeck.webhooks(QStringLiteral("/status"), QStringLiteral("c"))).size(), 2,
                                  kWaitMs);
        QVERIFY(syncResult(rest->hangUp(created.value().sid)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(statuses(calldeck.webhooks(QStringLiteral("/status"), QStringLiteral("c"))),
                                  (QStringList{QStringLiteral("initiated"), QStringLiteral("ringing"),
                                               QStringLiteral("canceled")}),
                                  kWaitMs);
        const auto fetched = syncResult(rest->fetchCall(created.value().sid));
        QVERIFY(fetched.ok());
        QCOMPARE(fetched.value().status, QStringLiteral("canceled"));
        QCOMPARE(fetched.value().durationSeconds, 0);
    }

    void restRefusesLikeTwilio_data()
    {
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("from");
        QTest::addColumn<bool>("wrongToken");
        QTest::addColumn<int>("twimlChars");
        QTest::addColumn<int>("code");
        QTest::newRow("20003 wrong token") << QStringLiteral("+15555550100") << SandboxLine::fromNumber() << true << 0
                                           << 20003;
        QTest::newRow("21211 not E.164") << QStringLiteral("5555550100") << SandboxLine::fromNumber() << false << 0
                                         << 21211;
        QTest::newRow("21210 other From") << QStringLiteral("+15555550100") << QStringLiteral("+15005550009") << false
                                          << 0 << 21210;
        QTest::newRow("32018 long TwiML") << QStringLiteral("+15555550100") << SandboxLine::fromNumber() << false
                                          << 4001 << 32018;
        QTest::newRow("21214 magic number") << QStringLiteral("+15005550002") << SandboxLine::fromNumber() << false << 0
                                            << 21214;
    }
    void restRefusesLikeTwilio()
    {
        QFETCH(QString, to);
        QFETCH(QString, from);
        QFETCH(bool, wrongToken);
        QFETCH(int, twimlChars);
        QFETCH(int, code);
        SandboxLine line;
        QVERIFY(line.start().ok());
        auto rest = client(line, wrongToken ? QStringLiteral("0123456789abcdef0123456789abcdef") : QString());
        QString twimlText = QStringLiteral("<Response><Hangup/></Response>");
        if (twimlChars > 0) {
            twimlText = QStringLiteral("<Response><Say>%1</Say></Response>").arg(QString(twimlChars, QLatin1Char('a')));
        }
        const auto created = syncResult(rest->createCall(TwilioCallRequest{to, from, twimlText, QUrl(), 30, 0}));
        QVERIFY(!created.ok());
        QCOMPARE(created.error().remoteCode, code);
        QCOMPARE(line.activeCalls(), 0);
    }

    void unknownCallIs20404WithTwiliosErrorShape()
    {
        SandboxLine line;
        QVERIFY(line.start().ok());
        auto rest = client(line);
        const auto fetched = syncResult(rest->fetchCall(QStringLiteral("CA00000000000000000000000000000000")));
        QVERIFY(!fetched.ok());
        QCOMPARE(fetched.error().remoteCode, 20404);

        // The raw body is Twilio's {code, message, more_info, status}; a missing To is 21201.
        QNetworkRequest raw(line.apiBase().resolved(
            QUrl(QStringLiteral("/2010-04-01/Accounts/%1/Calls.json").arg(line.credentials().accountSid))));
        raw.setRawHeader("Authorization", "Basic " + (line.credentials().accountSid + QLatin1Char(':') + line.authToken())
                                                         .toUtf8()
                                                         .toBase64());
        raw.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        QNetworkReply* reply = m_network.post(raw, QByteArray("From=%2B15005550006&Twiml=%3CResponse%2F%3E"));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), kWaitMs);
        reply->deleteLater();
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(body.value(QStringLiteral("code")).toInt(), 21201);
        QCOMPARE(body.value(QStringLiteral("status")).toInt(), 400);
        QVERIFY(!body.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(body.value(QStringLiteral("more_info")).toString(), QStringLiteral("https://www.twilio.com/docs/errors/21201"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxLine)
#include "tst_sandbox_line.moc"
