// μ-law passthrough through MediaServer/MediaStream against the protocol-faithful Twilio client:
// agent μ-law leaves byte for byte (partial frames wait, padded with μ-law silence at a mark),
// callee payloads reach taps exactly as Twilio sent them, ahead of their decoded frames.
#include "fakes/TwilioMediaClient.h"
#include "media/MediaServer.h"
#include "media/MediaStream.h"
#include "media/MediaTap.h"

#include <QMutex>
#include <QSignalSpy>
#include <QTest>

using namespace calldeck;
using calldeck::fakes::TwilioMediaClient;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kAuthToken = "passthrough-auth-token";

/// Records, in order, what a stream hands its taps (media thread).
class PayloadTap : public MediaTap
{
public:
    void inboundFrame(const qint16* samples, int count, qint64 streamMs) override
    {
        Q_UNUSED(samples)
        QMutexLocker lock(&m_mutex);
        m_log << u"frame %1 %2"_s.arg(count).arg(streamMs);
    }
    void outboundFrame(const qint16* samples, int count) override
    {
        QMutexLocker lock(&m_mutex);
        m_outboundSamples.insert(m_outboundSamples.end(), samples, samples + count);
        ++m_outboundFrames;
    }
    void inboundPayload(QStringView base64Mulaw, qint64 streamMs) override
    {
        QMutexLocker lock(&m_mutex);
        m_log << u"payload %1 "_s.arg(streamMs) + base64Mulaw.toString();
    }
    QStringList log() const { QMutexLocker lock(&m_mutex); return m_log; }
    int outboundFrames() const { QMutexLocker lock(&m_mutex); return m_outboundFrames; }
    std::vector<qint16> outbound() const { QMutexLocker lock(&m_mutex); return m_outboundSamples; }

private:
    mutable QMutex m_mutex;
    QStringList m_log;
    std::vector<qint16> m_outboundSamples;
    int m_outboundFrames = 0;
};

QByteArray ramp(int bytes, int seed)
{
    QByteArray out(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i)
        out[i] = char((i * 7 + seed) & 0x7F);   // every μ-law code class, distinct per call
    return out;
}

} // namespace

class TestMediaMulawPassthrough : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<MediaServer>();
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0).ok());
        m_server->setSigningKey(kAuthToken);
        const QString token = m_server->openCall(u"call-mulaw"_s);
        QSignalSpy started(m_server.get(), &MediaServer::streamStarted);
        m_client = std::make_unique<TwilioMediaClient>();
        m_client->open(m_server->mediaUrl(), QString::fromLatin1(kAuthToken), {{u"token"_s, token}});
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 15000);
        m_stream = started.at(0).at(1).value<QPointer<MediaStream>>();
        QVERIFY(m_stream);
        m_tap = std::make_shared<PayloadTap>();
        m_stream->addTap(m_tap);
    }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void agentMulawLeavesByteForByte()
    {
        const QByteArray a = ramp(400, 1);   // 2.5 frames: half a frame waits
        const QByteArray b = ramp(240, 2);   // completes the fourth frame
        const quint32 g = m_stream->generation();
        m_stream->playMulaw(a, g);
        m_stream->playMulaw(b, g);
        m_stream->mark(u"m1"_s, g);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->marksEchoed().size(), 1, 15000);
        QCOMPARE(m_client->receivedAudio(), a + b);

        // A partial frame before a mark is padded with μ-law silence (0xFF).
        const QByteArray c = ramp(100, 3);
        m_stream->playMulaw(c, g);
        m_stream->mark(u"m2"_s, g);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->marksEchoed().size(), 2, 15000);
        QCOMPARE(m_client->receivedAudio(), a + b + c + QByteArray(60, char(0xFF)));
        QCOMPARE(m_client->marksReceived(), (QStringList{u"g%1:m1"_s.arg(g), u"g%1:m2"_s.arg(g)}));

        // Taps hear the same audio at the engine rate: 5 frames of 320 samples.
        QTRY_COMPARE_WITH_TIMEOUT(m_tap->outboundFrames(), 5, 15000);
        QCOMPARE(m_tap->outbound().size(), size_t(5 * 320));
        QVERIFY(m_stream->stats().outboundFrames >= 5u);
    }

    void clearDropsAWaitingPartialFrame()
    {
        const quint32 g = m_stream->generation();
        m_stream->playMulaw(ramp(100, 4), g);
        const quint32 next = m_stream->clear();
        QVERIFY(next != g);
        m_stream->playMulaw(ramp(50, 5), g);   // stale generation: dropped
        const QByteArray fresh = ramp(160, 6);
        m_stream->playMulaw(fresh, next);
        m_stream->mark(u"after"_s, next);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->marksEchoed().size(), 1, 15000);
        QCOMPARE(m_client->receivedAudio(), fresh);
    }

    void calleePayloadsReachTapsUntouchedAndFirst()
    {
        QStringList sent;
        for (int i = 0; i < 3; ++i) {
            const QByteArray frame = TwilioMediaClient::toneFrame(440, 6000, i);
            sent << QString::fromLatin1(frame.toBase64());
            m_client->sendMedia(frame);
        }
        QTRY_VERIFY_WITH_TIMEOUT(m_tap->log().filter(u"frame"_s).size() >= 2, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(m_tap->log().filter(u"payload"_s).size(), 3, 15000);
        const QStringList log = m_tap->log();
        QCOMPARE(log.first(), u"payload 0 "_s + sent[0]);
        for (int i = 0; i < 3; ++i) {
            const qsizetype at = log.indexOf(u"payload %1 "_s.arg(i * 20) + sent[i]);
            QVERIFY2(at >= 0, qPrintable(log.join(u'\n')));
            // Every frame logged after this payload (and before the next) carries its timestamp.
            for (qsizetype j = at + 1; j < log.size() && !log[j].startsWith(u"payload"); ++j)
                QCOMPARE(log[j], u"frame 320 %1"_s.arg(i * 20));
        }
    }

private:
    std::unique_ptr<MediaServer> m_server;
    std::unique_ptr<TwilioMediaClient> m_client;
    QPointer<MediaStream> m_stream;
    std::shared_ptr<PayloadTap> m_tap;
};

QTEST_GUILESS_MAIN(TestMediaMulawPassthrough)
#include "tst_media_mulaw_passthrough.moc"
