// Hostile input on the media server: refused connections and broken messages are counted and
// warned about, never crash anything, and never cost a well-behaved call a single frame.
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
const QByteArray kAuthToken = "hostile-test-auth-token";
} // namespace

class TestMediaHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<MediaServer>();
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0).ok());
        m_server->setSigningKey(kAuthToken);
        // The well-behaved call: sends a tone and receives agent audio throughout every test.
        m_goodToken = m_server->openCall(u"good"_s);
        QSignalSpy started(m_server.get(), &MediaServer::streamStarted);
        m_good = std::make_unique<TwilioMediaClient>();
        m_good->open(m_server->mediaUrl(), QString::fromLatin1(kAuthToken), {{u"token"_s, m_goodToken}});
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 15000);
        m_goodStream = started.at(0).at(1).value<QPointer<MediaStream>>();
        m_goodTap = std::make_shared<RecordingTap>();
        m_goodStream->addTap(m_goodTap);
        m_goodStream->playAudio(sine16k(800, 1500), m_goodStream->generation());
        m_goodStream->mark(u"end"_s, m_goodStream->generation());
        m_good->startTone(440.0, 6000.0);
    }

    void cleanup()
    {
        // Zero loss on the good call: every frame it sent reached the tap, every frame played to
        // it arrived, and the mark after the audio came back as played.
        QTRY_COMPARE_WITH_TIMEOUT(m_good->marksEchoed().size(), 1, 20000);
        m_good->stopAudio();
        const int sent = m_good->mediaSent();
        QVERIFY(sent >= 50);
        QTRY_COMPARE_WITH_TIMEOUT(int(m_goodStream->stats().inboundFrames), sent, 15000);
        QCOMPARE(m_goodStream->stats().rejectedMessages, 0u);
        QCOMPARE(m_goodStream->stats().inboundGaps, 0u);
        QCOMPARE(m_good->mediaReceivedCount(), 75);
        QCOMPARE(int(m_goodStream->stats().outboundFrames), 75);
        const auto pcm = m_goodTap->inbound();
        QVERIFY(std::abs(zeroCrossingHz(pcm.data() + 640, pcm.size() - 640, 16000) - 440.0) < 10.0);
        m_good.reset();
        m_server.reset();
    }

    void replayedTokenIsRefused()
    {
        QSignalSpy rejected(m_server.get(), &MediaServer::rejected);
        TwilioMediaClient replay;
        QSignalSpy closed(&replay, &TwilioMediaClient::closed);
        replay.open(m_server->mediaUrl(), QString::fromLatin1(kAuthToken), {{u"token"_s, m_goodToken}});
        QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(rejected.count() >= 1, 15000);
        QCOMPARE(m_server->stats().streamsRejected, 1u);
        QCOMPARE(m_server->stats().liveStreams, 1);
        QCOMPARE(m_server->stream(u"good"_s), m_goodStream);
    }

    void missingOrWrongTokenIsRefused_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("none") << QString();
        QTest::newRow("wrong") << u"not-a-token"_s;
    }
    void missingOrWrongTokenIsRefused()
    {
        QFETCH(QString, token);
        m_server->openCall(u"other"_s);
        TwilioMediaClient client;
        QSignalSpy closed(&client, &TwilioMediaClient::closed);
        QHash<QString, QString> params;
        if (!token.isEmpty())
            params.insert(u"token"_s, token);
        client.open(m_server->mediaUrl(), QString::fromLatin1(kAuthToken), params);
        QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->stats().streamsRejected, 1u, 15000);
        QVERIFY(!m_server->stream(u"other"_s));
    }

    void badHandshakeSignatureIsRefused_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("missing") << int(TwilioMediaClient::Signature::Missing);
        QTest::newRow("wrong") << int(TwilioMediaClient::Signature::Wrong);
    }
    void badHandshakeSignatureIsRefused()
    {
        QFETCH(int, mode);
        const QString token = m_server->openCall(u"unsigned"_s);
        TwilioMediaClient client;
        client.setSignature(TwilioMediaClient::Signature(mode));
        QSignalSpy closed(&client, &TwilioMediaClient::closed);
        client.open(m_server->mediaUrl(), QString::fromLatin1(kAuthToken), {{u"token"_s, token}});
        QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->stats().streamsRejected, 1u, 15000);
        QVERIFY(!m_server->stream(u"unsigned"_s));
    }

    void garbageIsCountedAndSurvived()
    {
        const QString token = m_server->openCall(u"noisy"_s);
        QSignalSpy started(m_server.get(), &MediaServer::streamStarted);
        TwilioMediaClient client;
        client.setAutoStart(false);
        client.open(m_server->mediaUrl(), QString::fromLatin1(kAuthToken), {{u"token"_s, token}});
        QSignalSpy opened(&client, &TwilioMediaClient::opened);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 15000);
        client.sendMedia(TwilioMediaClient::toneFrame(300, 3000, 0)); // media before start
        client.sendStart();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 15000);
        QPointer<MediaStream> stream = started.at(0).at(1).value<QPointer<MediaStream>>();
        QStringList warnings;
        connect(stream, &MediaStream::protocolWarning, this, [&warnings](const QString& w) { warnings << w; });
        auto tap = std::make_shared<RecordingTap>();
        stream->addTap(tap);

        const QString sid = client.streamSid();
        const QStringList garbage{
            u"this is not json"_s,
            u"[1,2,3]"_s,
            u"{\"event\":\"media\""_s,
            u"{\"streamSid\":\"%1\"}"_s.arg(sid),
            u"{\"event\":\"teleport\",\"streamSid\":\"%1\"}"_s.arg(sid),
            u"{\"event\":\"media\",\"streamSid\":\"MZ000\",\"media\":{\"timestamp\":\"0\",\"payload\":\"/////w==\"}}"_s,
            u"{\"event\":\"media\",\"streamSid\":\"%1\",\"media\":{\"timestamp\":\"0\"}}"_s.arg(sid),
            u"{\"event\":\"media\",\"streamSid\":\"%1\",\"media\":{\"timestamp\":\"0\",\"payload\":\"@@not base64@@\"}}"_s.arg(sid),
            u"{\"event\":\"media\",\"streamSid\":\"%1\",\"media\":{\"timestamp\":\"0\",\"payload\":\"\"}}"_s.arg(sid),
            u"{\"event\":\"media\",\"streamSid\":\"%1\",\"media\":{\"track\":\"outbound\",\"timestamp\":\"0\",\"payload\":\"/////w==\"}}"_s.arg(sid),
            u"{\"event\":\"dtmf\",\"streamSid\":\"%1\"}"_s.arg(sid),
            u"{\"event\":\"mark\",\"streamSid\":\"%1\",\"mark\":{\"name\":\"g99:never-sent\"}}"_s.arg(sid),
            u"{\"event\":\"start\",\"streamSid\":\"%1\",\"start\":{\"callSid\":\"CA1\",\"streamSid\":\"%1\"}}"_s.arg(sid),
        };
        for (const QString& g : garbage)
            client.sendText(g);
        client.sendBinary(QByteArray(160, '\xff'));
        client.sendBinary(QByteArray());
        // A payload of an odd size is still audio (Twilio does not promise 160 bytes).
        client.sendMedia(QByteArray(7, '\xff'));
        client.sendMedia(TwilioMediaClient::toneFrame(300, 3000, 1));
        // + the media before start, the two binary frames.
        const quint64 expected = quint64(garbage.size()) + 3;
        QTRY_COMPARE_WITH_TIMEOUT(stream->stats().rejectedMessages, expected, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(stream->stats().inboundFrames, 2u, 15000);
        QVERIFY(client.isOpen());
        // Every kind is warned about once, not once per message.
        QTRY_VERIFY_WITH_TIMEOUT(warnings.size() >= 9, 15000);
        QVERIFY(warnings.size() <= int(expected));
        QCOMPARE(QSet<QString>(warnings.cbegin(), warnings.cend()).size(), warnings.size());
        // The same kind again is counted, not warned.
        const qsizetype before = warnings.size();
        client.sendText(u"still not json"_s);
        QTRY_COMPARE_WITH_TIMEOUT(stream->stats().rejectedMessages, expected + 1, 15000);
        QCOMPARE(warnings.size(), before);
        QVERIFY(m_server->stats().messagesRejected >= expected + 1);
    }

    void giantFrameClosesOnlyThatStream()
    {
        const QString token = m_server->openCall(u"giant"_s);
        QSignalSpy started(m_server.get(), &MediaServer::streamStarted);
        QSignalSpy ended(m_server.get(), &MediaServer::streamEnded);
        TwilioMediaClient client;
        client.open(m_server->mediaUrl(), QString::fromLatin1(kAuthToken), {{u"token"_s, token}});
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 15000);
        QSignalSpy closed(&client, &TwilioMediaClient::closed);
        client.sendText(QString(200 * 1024, u'x'));
        QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 15000);
        QCOMPARE(ended.at(0).at(0).toString(), u"giant"_s);
        QCOMPARE(ended.at(0).at(1).toInt(), int(StreamEnd::ProtocolError));
        QVERIFY(m_server->stats().messagesRejected >= 1u);
    }

    void abruptDisconnectEndsWithSocketClosed()
    {
        const QString token = m_server->openCall(u"abrupt"_s);
        QSignalSpy started(m_server.get(), &MediaServer::streamStarted);
        QSignalSpy ended(m_server.get(), &MediaServer::streamEnded);
        TwilioMediaClient client;
        client.open(m_server->mediaUrl(), QString::fromLatin1(kAuthToken), {{u"token"_s, token}});
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 15000);
        QPointer<MediaStream> stream = started.at(0).at(1).value<QPointer<MediaStream>>();
        stream->playAudio(sine16k(500, 2000), stream->generation());
        client.startTone(300, 3000);
        QTest::qWait(100);
        client.abort();
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 15000);
        QCOMPARE(ended.at(0).at(0).toString(), u"abrupt"_s);
        QCOMPARE(ended.at(0).at(1).toInt(), int(StreamEnd::SocketClosed));
        // Calls on an ended stream are harmless.
        stream->playAudio(sine16k(500, 100), stream->generation());
        stream->beginBargeIn();
        stream->clear();
        QTRY_COMPARE_WITH_TIMEOUT(m_server->stats().liveStreams, 1, 15000);
    }

    void manyHostileConnectionsAtOnce()
    {
        std::vector<std::unique_ptr<TwilioMediaClient>> clients;
        for (int i = 0; i < 20; ++i) {
            auto c = std::make_unique<TwilioMediaClient>();
            c->setSignature(i % 2 ? TwilioMediaClient::Signature::Wrong : TwilioMediaClient::Signature::Valid);
            c->open(m_server->mediaUrl(), QString::fromLatin1(kAuthToken), {{u"token"_s, u"guess-%1"_s.arg(i)}});
            clients.push_back(std::move(c));
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_server->stats().streamsRejected, 20u, 20000);
        QCOMPARE(m_server->stats().liveStreams, 1);
    }

private:
    std::unique_ptr<MediaServer> m_server;
    std::unique_ptr<TwilioMediaClient> m_good;
    QString m_goodToken;
    QPointer<MediaStream> m_goodStream;
    std::shared_ptr<RecordingTap> m_goodTap;
};

QTEST_GUILESS_MAIN(TestMediaHostile)
#include "tst_media_hostile.moc"
