// MediaStream end to end against a protocol-faithful Twilio client: start, inbound audio to taps,
// paced outbound frames, marks and generations, clear, barge-in, DTMF both ways, drain, stop.
#include "MediaTestSupport.h"
#include "fakes/TwilioMediaClient.h"
#include "media/MediaServer.h"
#include "media/MediaStream.h"

#include <QSignalSpy>
#include <QTest>

using namespace calldeck;
using namespace calldeck::test;
using calldeck::fakes::TwilioMediaClient;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kAuthToken = "stream-test-auth-token";

/// Collects a stream's signals on the test thread (they are emitted on the media thread).
struct Events : QObject
{
    QStringList log; // "played g:label", "discarded g:label", "dtmf d", "barge 1", "drained", "ended n"
    void watch(MediaStream* s)
    {
        connect(s, &MediaStream::markPlayed, this,
                [this](quint32 g, const QString& l) { log << u"played %1:%2"_s.arg(g).arg(l); });
        connect(s, &MediaStream::markDiscarded, this,
                [this](quint32 g, const QString& l) { log << u"discarded %1:%2"_s.arg(g).arg(l); });
        connect(s, &MediaStream::dtmfReceived, this, [this](const QString& d) { log << u"dtmf "_s + d; });
        connect(s, &MediaStream::bargeInChanged, this, [this](bool on) { log << u"barge %1"_s.arg(int(on)); });
        connect(s, &MediaStream::drained, this, [this] { log << u"drained"_s; });
        connect(s, &MediaStream::ended, this, [this](StreamEnd r) { log << u"ended %1"_s.arg(int(r)); });
    }
};

/// Index of the first received message that is not media, after `from`.
qsizetype indexOf(const QList<TwilioMediaClient::Received>& r, QStringView event, qsizetype from = 0)
{
    for (qsizetype i = from; i < r.size(); ++i)
        if (r[i].event == event)
            return i;
    return -1;
}

/// 20 ms frames of media in the messages before index `end`.
int framesBefore(const QList<TwilioMediaClient::Received>& r, qsizetype end)
{
    int frames = 0;
    for (qsizetype i = 0; i < end; ++i)
        if (r[i].event == u"media")
            frames += int(r[i].payload.size() / 160);
    return frames;
}

/// When the message carrying 20 ms frame number `frame` (0-based) arrived.
qint64 arrivalOfFrame(const QList<TwilioMediaClient::Received>& r, int frame)
{
    int seen = 0;
    for (const auto& m : r) {
        if (m.event != u"media")
            continue;
        seen += int(m.payload.size() / 160);
        if (seen > frame)
            return m.atNs;
    }
    return -1;
}

} // namespace

class TestMediaStream : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<MediaServer>();
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0).ok());
        m_server->setSigningKey(kAuthToken);
        const QString token = m_server->openCall(u"call-1"_s);
        QSignalSpy started(m_server.get(), &MediaServer::streamStarted);
        m_client = std::make_unique<TwilioMediaClient>();
        m_client->open(m_server->mediaUrl(), QString::fromLatin1(kAuthToken),
                       {{u"token"_s, token}, {u"persona"_s, u"dental"_s}});
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 15000);
        QCOMPARE(started.at(0).at(0).toString(), u"call-1"_s);
        m_stream = started.at(0).at(1).value<QPointer<MediaStream>>();
        QVERIFY(m_stream);
        QCOMPARE(m_server->stream(u"call-1"_s), m_stream);
        m_events = std::make_unique<Events>();
        m_events->watch(m_stream);
        m_tap = std::make_shared<RecordingTap>();
        m_stream->addTap(m_tap);
    }
    void cleanup()
    {
        m_client.reset();
        m_events.reset();
        m_server.reset();
    }

    void startCarriesTwilioIdentifiers()
    {
        const StreamInfo info = m_stream->info();
        QCOMPARE(info.callKey, u"call-1"_s);
        QCOMPARE(info.streamSid, m_client->streamSid());
        QCOMPARE(info.callSid, m_client->callSid());
        QVERIFY(info.accountSid.startsWith(u"AC"));
        QCOMPARE(info.customParameters.value(u"persona"_s), u"dental"_s);
        QVERIFY2(!info.customParameters.contains(u"token"_s), "the one-time token is not handed on");
        QCOMPARE(m_server->stats().liveStreams, 1);
    }

    void inboundToneReachesTapsAt16kHz()
    {
        m_client->startTone(440.0, 8000.0);
        QTRY_VERIFY_WITH_TIMEOUT(m_tap->inboundFrames() >= 50, 20000);
        m_client->stopAudio();
        for (int size : m_tap->inboundSizes())
            QCOMPARE(size, 320);
        const auto pcm = m_tap->inbound();
        const double hz = zeroCrossingHz(pcm.data() + 640, pcm.size() - 640, 16000);
        QVERIFY2(std::abs(hz - 440.0) < 10.0, qPrintable(QString::number(hz)));
        QVERIFY(m_stream->inboundLevelDb() > -20.0f);
        QVERIFY(m_stream->stats().inboundFrames >= 50u);
        QCOMPARE(m_stream->stats().inboundGaps, 0u);
    }

    void timestampJumpsCountAsGaps()
    {
        m_client->sendMedia(TwilioMediaClient::toneFrame(300, 4000, 0));
        m_client->skipMs(200);
        m_client->sendMedia(TwilioMediaClient::toneFrame(300, 4000, 1));
        m_client->sendMedia(TwilioMediaClient::toneFrame(300, 4000, 2));
        QTRY_COMPARE_WITH_TIMEOUT(m_stream->stats().inboundFrames, 3u, 15000);
        QCOMPARE(m_stream->stats().inboundGaps, 1u);
    }

    void outboundAudioArrivesAsPacedFramesInOrder()
    {
        // 500 ms at 500 Hz, then 500 ms at 1500 Hz: order shows in the frequencies.
        const quint32 gen = m_stream->generation();
        m_stream->playAudio(sine16k(500, 500), gen);
        m_stream->playAudio(sine16k(1500, 500), gen);
        QVERIFY(m_stream->pendingMs() >= 900);
        QTRY_VERIFY_WITH_TIMEOUT(m_client->mediaReceivedCount() >= 49, 20000);
        const auto& received = m_client->received();
        int doubles = 0;
        for (const auto& r : received) {
            QVERIFY2(r.payload.size() == 160 || r.payload.size() == 320, qPrintable(QString::number(r.payload.size())));
            doubles += r.payload.size() == 320 ? 1 : 0;
        }
        // Agent audio that is already queued leaves two frames (40 ms) per message: half the sends.
        QVERIFY2(doubles * 3 >= int(received.size()) * 2, qPrintable(u"%1 of %2"_s.arg(doubles).arg(received.size())));
        const QByteArray audio = m_client->receivedAudio();
        const auto first = decodeMuLaw(audio.mid(2 * 160, 320));
        const auto last = decodeMuLaw(audio.mid(46 * 160, 320));
        QVERIFY(std::abs(zeroCrossingHz(first.data(), first.size(), 8000) - 500) < 50);
        QVERIFY(std::abs(zeroCrossingHz(last.data(), last.size(), 8000) - 1500) < 75);
        // Paced, not burst: 49 frames with at most ~120 ms lead cannot arrive in under ~0.8 s.
        const qint64 spanMs = (arrivalOfFrame(received, 48) - received[0].atNs) / 1'000'000;
        QVERIFY2(spanMs >= 740, qPrintable(QString::number(spanMs)));
        QTRY_COMPARE_WITH_TIMEOUT(m_tap->outboundFrames(), m_client->mediaReceivedCount(), 15000);
        QCOMPARE(m_stream->stats().outboundFrames, quint64(m_client->mediaReceivedCount()));
    }

    void marksCarryGenerationAndComeBackInOrder()
    {
        const quint32 gen = m_stream->generation();
        m_stream->playAudio(sine16k(700, 200), gen);
        m_stream->mark(u"first"_s, gen);
        m_stream->playAudio(sine16k(700, 200), gen);
        m_stream->mark(u"second"_s, gen);
        QTRY_COMPARE_WITH_TIMEOUT(m_events->log.size(), 2, 15000);
        QCOMPARE(m_events->log, QStringList({u"played %1:first"_s.arg(gen), u"played %1:second"_s.arg(gen)}));
        const auto& r = m_client->received();
        const qsizetype firstMark = indexOf(r, u"mark");
        QCOMPARE(r[firstMark].markName, u"g%1:first"_s.arg(gen));
        QCOMPARE(framesBefore(r, firstMark), 10); // after exactly the 200 ms queued before it
        QCOMPARE(framesBefore(r, indexOf(r, u"mark", firstMark + 1)), 20);
        QTRY_COMPARE_WITH_TIMEOUT(m_stream->pendingMs(), 0, 15000);
    }

    void clearDropsAudioAndStaleEchoesAreDiscarded()
    {
        const quint32 gen = m_stream->generation();
        // Clear the moment Twilio has the first mark, while it still plays the audio before it.
        quint32 next = 0;
        connect(m_client.get(), &TwilioMediaClient::markReceived, this, [this, &next] {
            if (next == 0)
                next = m_stream->clear();
        });
        m_stream->playAudio(sine16k(600, 80), gen);
        m_stream->mark(u"sent"_s, gen);     // reaches Twilio at once, pending in its playback
        m_stream->playAudio(sine16k(600, 3000), gen);
        m_stream->mark(u"queued"_s, gen);   // still queued here when clear() comes
        QTRY_VERIFY_WITH_TIMEOUT(next != 0, 15000);
        QCOMPARE(next, gen + 1);
        QCOMPARE(m_stream->generation(), next);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->clearCount(), 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(m_events->log.size(), 2, 15000);
        QVERIFY(m_events->log.contains(u"discarded %1:queued"_s.arg(gen)));
        QVERIFY(m_events->log.contains(u"discarded %1:sent"_s.arg(gen)));
        // Audio for the old generation is refused; nothing old follows the clear on the wire.
        m_stream->playAudio(sine16k(600, 500), gen);
        QTest::qWait(300);
        const auto& r = m_client->received();
        QCOMPARE(indexOf(r, u"media", indexOf(r, u"clear")), -1);
        QVERIFY(m_stream->stats().droppedOutbound >= 100u);
        QCOMPARE(m_stream->pendingMs(), 0);
        // The new generation plays and its marks count as played.
        m_stream->playAudio(sine16k(600, 100), next);
        m_stream->mark(u"fresh"_s, next);
        QTRY_VERIFY_WITH_TIMEOUT(m_events->log.contains(u"played %1:fresh"_s.arg(next)), 15000);
    }

    void bargeInClearsThenSendsLiveAudio()
    {
        const quint32 gen = m_stream->generation();
        m_stream->playAudio(sine16k(600, 3000), gen);
        QTRY_VERIFY_WITH_TIMEOUT(m_client->mediaReceivedCount() >= 5, 15000);
        m_stream->beginBargeIn();
        QVERIFY(m_stream->bargeInActive());
        QTRY_COMPARE_WITH_TIMEOUT(m_client->clearCount(), 1, 15000);
        const int beforeLive = m_client->mediaReceivedCount();
        // Agent audio is refused during a barge-in; the supervisor's microphone goes out.
        m_stream->playAudio(sine16k(600, 500), m_stream->generation());
        const QByteArray mic = sine16k(1000, 200);
        for (int off = 0; off < mic.size(); off += 640)
            m_stream->pushLiveAudio(reinterpret_cast<const qint16*>(mic.constData() + off), 320);
        QTRY_VERIFY_WITH_TIMEOUT(m_client->mediaReceivedCount() >= beforeLive + 9, 15000);
        QTest::qWait(200);
        QVERIFY(m_client->mediaReceivedCount() <= beforeLive + 10);
        const auto& r = m_client->received();
        const qsizetype clearAt = indexOf(r, u"clear");
        // Live audio leaves in 20 ms messages, each the moment it exists.
        for (qsizetype i = clearAt + 1; i < r.size(); ++i)
            QCOMPARE(r[i].payload.size(), 160);
        const auto live = decodeMuLaw(r[clearAt + 3].payload + r[clearAt + 4].payload);
        QVERIFY(std::abs(zeroCrossingHz(live.data(), live.size(), 8000) - 1000) < 60);
        m_stream->endBargeIn();
        QVERIFY(!m_stream->bargeInActive());
        const QStringList barge{u"barge 1"_s, u"barge 0"_s};
        QTRY_COMPARE_WITH_TIMEOUT(m_events->log, barge, 15000);
        // Live audio without barge-in or human mode is not sent.
        const int afterEnd = m_client->mediaReceivedCount();
        m_stream->pushLiveAudio(reinterpret_cast<const qint16*>(mic.constData()), 3200);
        QTest::qWait(200);
        QCOMPARE(m_client->mediaReceivedCount(), afterEnd);
        m_stream->setHumanMode(true);
        m_stream->pushLiveAudio(reinterpret_cast<const qint16*>(mic.constData()), 3200);
        QTRY_VERIFY_WITH_TIMEOUT(m_client->mediaReceivedCount() >= afterEnd + 9, 15000);
    }

    void bargeInMicrophoneNeverPrecedesTheClear()
    {
        // A clear drops whatever Twilio holds, so a microphone frame that overtook it would be
        // lost: every round, the first live frame must come after the clear and be the microphone.
        const QByteArray mic = sine16k(1000, 20);
        for (int round = 0; round < 8; ++round) {
            m_stream->playAudio(sine16k(600, 1000), m_stream->generation());
            const int before = m_client->mediaReceivedCount();
            QTRY_VERIFY_WITH_TIMEOUT(m_client->mediaReceivedCount() >= before + 4, 15000);
            QTest::qWait(7 * round); // a different point in the pacing cycle each round
            const qsizetype from = m_client->received().size();
            m_stream->beginBargeIn();
            m_stream->pushLiveAudio(reinterpret_cast<const qint16*>(mic.constData()), 320);
            QTRY_COMPARE_WITH_TIMEOUT(m_client->clearCount(), round + 1, 15000);
            const auto& r = m_client->received();
            const qsizetype clearAt = indexOf(r, u"clear", from);
            QTRY_VERIFY_WITH_TIMEOUT(indexOf(m_client->received(), u"media", clearAt) > clearAt, 15000);
            const auto& after = m_client->received();
            const qsizetype liveAt = indexOf(after, u"media", clearAt);
            QCOMPARE(after[liveAt].payload.size(), 160);
            const auto live = decodeMuLaw(after[liveAt].payload);
            QVERIFY2(std::abs(zeroCrossingHz(live.data() + 40, live.size() - 40, 8000) - 1000) < 150,
                     qPrintable(QString::number(zeroCrossingHz(live.data() + 40, live.size() - 40, 8000))));
            m_stream->endBargeIn();
        }
    }

    void dtmfInbound()
    {
        m_client->sendDtmf(u'5');
        m_client->sendDtmf(u'#');
        const QStringList digits{u"dtmf 5"_s, u"dtmf #"_s};
        QTRY_COMPARE_WITH_TIMEOUT(m_events->log, digits, 15000);
    }

    void dtmfOutboundIsTheStandardDualTone()
    {
        m_stream->playDtmf(u"1"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_client->mediaReceivedCount() >= 7, 15000);
        const auto pcm = decodeMuLaw(m_client->receivedAudio());
        const qint16* tone = pcm.data() + 80; // inside the 100 ms tone
        const size_t n = 560;
        const double row = goertzel(tone, n, 8000, 697);
        const double column = goertzel(tone, n, 8000, 1209);
        const double otherRow = goertzel(tone, n, 8000, 941);
        const double otherColumn = goertzel(tone, n, 8000, 1477);
        QVERIFY(row > 20 * otherRow);
        QVERIFY(column > 20 * otherColumn);
    }

    void drainWaitsForTheLastMark()
    {
        const quint32 gen = m_stream->generation();
        m_stream->playAudio(sine16k(400, 300), gen);
        m_stream->mark(u"goodbye"_s, gen);
        m_stream->drain(std::chrono::seconds(15));
        QTRY_VERIFY_WITH_TIMEOUT(m_events->log.contains(u"drained"_s), 15000);
        QCOMPARE(m_events->log, QStringList({u"played %1:goodbye"_s.arg(gen), u"drained"_s}));
        QCOMPARE(m_stream->pendingMs(), 0);
    }

    void drainGivesUpAtTheCap()
    {
        const quint32 gen = m_stream->generation();
        m_stream->playAudio(sine16k(400, 5000), gen);
        m_stream->mark(u"never-heard"_s, gen);
        m_stream->drain(std::chrono::milliseconds(300));
        QTRY_VERIFY_WITH_TIMEOUT(m_events->log.contains(u"drained"_s), 15000);
        QVERIFY(!m_events->log.contains(u"played %1:never-heard"_s.arg(gen)));
    }

    void stopEndsTheStream()
    {
        QSignalSpy ended(m_server.get(), &MediaServer::streamEnded);
        m_client->sendStop();
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 15000);
        QCOMPARE(ended.at(0).at(0).toString(), u"call-1"_s);
        QCOMPARE(ended.at(0).at(1).toInt(), int(StreamEnd::Stopped));
        QCOMPARE(m_events->log, QStringList({u"ended %1"_s.arg(int(StreamEnd::Stopped))}));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->stats().liveStreams, 0, 15000);
    }

    void closeCallClosesTheSocket()
    {
        QSignalSpy closed(m_client.get(), &TwilioMediaClient::closed);
        m_server->closeCall(u"call-1"_s);
        QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_server->stream(u"call-1"_s), 15000);
    }

private:
    std::unique_ptr<MediaServer> m_server;
    std::unique_ptr<TwilioMediaClient> m_client;
    QPointer<MediaStream> m_stream;
    std::unique_ptr<Events> m_events;
    std::shared_ptr<RecordingTap> m_tap;
};

QTEST_GUILESS_MAIN(TestMediaStream)
#include "tst_media_stream.moc"
