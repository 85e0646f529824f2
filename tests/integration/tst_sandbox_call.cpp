// End to end over loopback: the Engine places a call on the built-in sandbox line through the real
// Twilio REST client, the sandbox sends signed status callbacks and connects to CallDeck's media
// server exactly as Twilio does, a persona answers through espeak-ng, and the test checks the state
// sequence, audio both ways, marks, `clear` on barge-in and a clean teardown.
#include "calls/Engine.h"
#include "core/Settings.h"
#include "fakes/MemoryCredentialStore.h"
#include "fakes/ScriptedAudioInput.h"
#include "media/AudioFormat.h"
#include "media/MediaServer.h"
#include "media/MediaStream.h"
#include "telephony/TwilioSignature.h"
#include "telephony/sandbox/SandboxLine.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <numbers>

using namespace calldeck;

namespace {

QByteArray toneAt16k(int durationMs, double hz = 600.0)
{
    const int samples = audio_format::kEngineRate * durationMs / 1000;
    QByteArray pcm(samples * 2, Qt::Uninitialized);
    auto* out = reinterpret_cast<qint16*>(pcm.data());
    for (int i = 0; i < samples; ++i)
        out[i] = qint16(std::lround(6000.0 * std::sin(2.0 * std::numbers::pi * hz * i / audio_format::kEngineRate)));
    return pcm;
}

struct Fixture
{
    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    MemoryCredentialStore credentials;
    std::unique_ptr<Engine> engine;
    fakes::ScriptedAudioInput* mic = nullptr;
    fakes::CapturingAudioOutput* speaker = nullptr;
    QList<CallSnapshot> updates;
    QList<TranscriptSegment> transcript;
    QStringList events;

    Fixture()
    {
        settings.setValue(SettingKeys::ListenAddress, QStringLiteral("127.0.0.1:0"));
        engine = std::make_unique<Engine>(settings, credentials);
        auto input = std::make_unique<fakes::ScriptedAudioInput>();
        mic = input.get();
        engine->setAudioInput(std::move(input));
        auto output = std::make_unique<fakes::CapturingAudioOutput>();
        speaker = output.get();
        engine->setAudioOutput(std::move(output));
        QObject::connect(engine.get(), &Engine::callUpdated, engine.get(),
                         [this](const CallSnapshot& s) { updates.append(s); });
        QObject::connect(engine.get(), &Engine::transcript, engine.get(),
                         [this](const TranscriptSegment& l) { transcript.append(l); });
        QObject::connect(engine.get(), &Engine::callEvent, engine.get(),
                         [this](const QString&, const QString& kind, const QString& detail) {
                             events.append(kind + QStringLiteral(": ") + detail);
                         });
    }

    bool start()
    {
        auto future = engine->start();
        if (!QTest::qWaitFor([&] { return future.isFinished(); }, 10000))
            return false;
        engine->sandbox().setTimeScale(0.2);
        return future.result().ok();
    }

    QString place(const QString& to, const QString& persona)
    {
        CallRequest request;
        request.to = to;
        request.provider = QStringLiteral("sandbox");
        request.persona = persona;
        request.agent = QStringLiteral("human");
        auto future = engine->placeCall(request);
        if (!QTest::qWaitFor([&] { return future.isFinished(); }, 10000))
            return {};
        return future.result().ok() ? future.result().value() : QString();
    }

    QList<CallState> statesOf(const QString& key) const
    {
        QList<CallState> states;
        for (const auto& s : updates)
            if (s.callKey == key && (states.isEmpty() || states.last() != s.state))
                states.append(s.state);
        return states;
    }
};

} // namespace

class TestSandboxCall : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void humanCallEndToEnd()
    {
        Fixture f;
        QVERIFY(f.start());
        QCOMPARE(f.engine->defaultProvider(), QStringLiteral("sandbox"));
        const QString key = f.place(QStringLiteral("+1 555 555 0100"), QStringLiteral("dental"));
        QVERIFY2(!key.isEmpty(), qPrintable(f.events.join(u'\n')));

        QTRY_VERIFY_WITH_TIMEOUT(f.engine->snapshot(key).mediaConnected, 20000);
        QPointer<MediaStream> stream = f.engine->mediaServer().stream(key);
        QVERIFY(stream);
        QVERIFY(stream->info().callSid.startsWith(u"CA"));

        // The receptionist's greeting: heard on the headset and transcribed by the line.
        QTRY_VERIFY_WITH_TIMEOUT(!f.transcript.isEmpty(), 20000);
        QCOMPARE(f.transcript.first().speaker, QStringLiteral("callee"));
        QTRY_VERIFY_WITH_TIMEOUT(f.speaker->audibleSamples() > audio_format::kEngineRate / 2, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(f.engine->levels(key).callee > -60.0f || stream->stats().inboundFrames > 100, 5000);

        // The agent speaks (headset microphone); when they stop, the persona takes its turn.
        const qsizetype linesBefore = f.transcript.size();
        f.mic->speak(1500);
        QTRY_VERIFY_WITH_TIMEOUT(f.transcript.size() > linesBefore, 30000);
        QVERIFY(stream->stats().outboundFrames >= 60); // ≥ 1.2 s of microphone frames went out

        // Hang up: Ending, then Twilio's terminal callback ends it; everything is torn down.
        f.engine->hangUp(key);
        QTRY_COMPARE_WITH_TIMEOUT(f.engine->snapshot(key).state, CallState::Ended, 20000);
        QCOMPARE(f.engine->snapshot(key).outcome, QStringLiteral("completed"));
        const QList<CallState> expected{CallState::Dialling, CallState::Ringing, CallState::Connected,
                                        CallState::Ending, CallState::Ended};
        QCOMPARE(f.statesOf(key), expected);
        QTRY_COMPARE_WITH_TIMEOUT(f.engine->mediaServer().stats().liveStreams, 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(f.engine->sandbox().activeCalls(), 0, 10000);
        QCOMPARE(f.engine->mediaServer().stats().webhooksRejected, quint64(0));
    }

    void agentAudioMarksAndBargeIn()
    {
        // A call without the headset: audio comes from the agent hook (what the AI drives), the
        // supervisor barges in with the microphone and hands the call back.
        Fixture f;
        QVERIFY(f.start());
        CallRequest request;
        request.to = QStringLiteral("+15555550102");
        request.provider = QStringLiteral("sandbox");
        request.persona = QStringLiteral("prospect");
        request.agent = QStringLiteral("human");
        auto placed = f.engine->placeCall(request);
        QTRY_VERIFY_WITH_TIMEOUT(placed.isFinished(), 10000);
        QVERIFY2(placed.result().ok(), qPrintable(placed.result().error().message));
        const QString key = placed.result().value();
        QTRY_VERIFY_WITH_TIMEOUT(f.engine->snapshot(key).mediaConnected, 20000);
        QPointer<MediaStream> stream = f.engine->mediaServer().stream(key);
        QVERIFY(stream);
        // Drive the stream as an agent would: the headset microphone stays out of the call.
        f.engine->setMuted(key, true);
        stream->setHumanMode(false);

        // Agent audio with a mark comes back as played.
        QList<QPair<quint32, QString>> played;
        QList<QPair<quint32, QString>> discarded;
        connect(stream, &MediaStream::markPlayed, this,
                [&](quint32 g, const QString& l) { played.append({g, l}); }, Qt::QueuedConnection);
        connect(stream, &MediaStream::markDiscarded, this,
                [&](quint32 g, const QString& l) { discarded.append({g, l}); }, Qt::QueuedConnection);
        quint32 generation = stream->generation();
        stream->playAudio(toneAt16k(300), generation);
        stream->mark(QStringLiteral("short"), generation);
        QTRY_VERIFY_WITH_TIMEOUT(played.contains(qMakePair(generation, QStringLiteral("short"))), 10000);

        // Barge-in while five seconds of agent audio are queued: `clear` reaches the line, which
        // echoes the pending mark at once, and it is reported as discarded, not played.
        generation = stream->generation();
        stream->playAudio(toneAt16k(5000), generation);
        stream->mark(QStringLiteral("long"), generation);
        QTest::qWait(300);
        f.engine->setBargeIn(key, true);
        QVERIFY(f.engine->snapshot(key).bargeIn);
        QTRY_VERIFY_WITH_TIMEOUT(discarded.contains(qMakePair(generation, QStringLiteral("long"))), 5000);
        QVERIFY(!played.contains(qMakePair(generation, QStringLiteral("long"))));
        QVERIFY(stream->generation() != generation);
        const quint64 sentBefore = stream->stats().outboundFrames;
        f.mic->speak(400);
        QTRY_VERIFY_WITH_TIMEOUT(stream->stats().outboundFrames >= sentBefore + 15, 5000);
        f.engine->setBargeIn(key, false);
        QVERIFY(!f.engine->snapshot(key).bargeIn);

        f.engine->hangUp(key);
        QTRY_COMPARE_WITH_TIMEOUT(f.engine->snapshot(key).state, CallState::Ended, 20000);
        QCOMPARE(f.engine->snapshot(key).outcome, QStringLiteral("completed"));
        QTRY_COMPARE_WITH_TIMEOUT(f.engine->mediaServer().stats().liveStreams, 0, 10000);
    }

    void busyAndNoAnswerEndWithoutMedia_data()
    {
        QTest::addColumn<QString>("persona");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("busy") << QStringLiteral("busy") << QStringLiteral("busy");
        QTest::newRow("no-answer") << QStringLiteral("no-answer") << QStringLiteral("no-answer");
        QTest::newRow("fail") << QStringLiteral("fail") << QStringLiteral("failed");
    }
    void busyAndNoAnswerEndWithoutMedia()
    {
        QFETCH(QString, persona);
        QFETCH(QString, outcome);
        Fixture f;
        QVERIFY(f.start());
        const QString key = f.place(QStringLiteral("+15555550199"), persona);
        QVERIFY2(!key.isEmpty(), qPrintable(f.events.join(u'\n')));
        QTRY_COMPARE_WITH_TIMEOUT(f.engine->snapshot(key).state, CallState::Ended, 60000);
        QCOMPARE(f.engine->snapshot(key).outcome, outcome);
        QVERIFY(!f.engine->snapshot(key).endReason.isEmpty());
        QVERIFY(!f.engine->snapshot(key).connectedAt.isValid());
    }

    void forgedCallbackDoesNotDisturbALiveCall()
    {
        Fixture f;
        QVERIFY(f.start());
        const QString key = f.place(QStringLiteral("+15555550100"), QStringLiteral("dental"));
        QVERIFY(!key.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(f.engine->snapshot(key).mediaConnected, 20000);

        // A forged "completed" for the live call, signed with the wrong key.
        const QUrl url = f.engine->mediaServer().statusCallbackUrl(key);
        QList<QPair<QString, QString>> params{{QStringLiteral("CallSid"), f.engine->snapshot(key).callSid},
                                              {QStringLiteral("CallStatus"), QStringLiteral("completed")},
                                              {QStringLiteral("SequenceNumber"), QStringLiteral("9")}};
        QByteArray body;
        for (const auto& [k, v] : params)
            body += (body.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
        QNetworkAccessManager nam;
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        request.setRawHeader("X-Twilio-Signature", TwilioSignature::compute(QStringLiteral("not-the-token"),
                                                                            url.toString(), params)
                                                       .toLatin1());
        QNetworkReply* reply = nam.post(request, body);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 403);
        reply->deleteLater();

        QTest::qWait(500);
        QCOMPARE(f.engine->snapshot(key).state, CallState::Connected);
        QPointer<MediaStream> stream = f.engine->mediaServer().stream(key);
        QVERIFY(stream);
        const quint64 before = stream->stats().inboundFrames;
        QTRY_VERIFY_WITH_TIMEOUT(stream->stats().inboundFrames > before + 20, 5000);
        f.engine->hangUp(key);
        QTRY_COMPARE_WITH_TIMEOUT(f.engine->snapshot(key).state, CallState::Ended, 20000);
    }
};

QTEST_GUILESS_MAIN(TestSandboxCall)
#include "tst_sandbox_call.moc"
