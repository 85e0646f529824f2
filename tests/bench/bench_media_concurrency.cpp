// N simulated Twilio calls over loopback through the whole media path. Twilio's side runs on its
// own thread; the engine side's CPU is measured per thread (media thread + the agent feeder).
//
//   bench_media_concurrency [--seconds S] N1 N2 ...
#include "fakes/TwilioMediaClient.h"
#include "media/LatencyHistogram.h"
#include "media/MediaServer.h"
#include "media/MediaStream.h"
#include "media/MediaTap.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QFile>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <numbers>
#include <vector>

using namespace calldeck;
using calldeck::fakes::TwilioMediaClient;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kAuthToken = "bench-auth-token";

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

/// Runs the event loop for `ms` while sleeping between events. A processEvents() loop would spin
/// a whole core and take it from the media and client threads on a 2-core machine.
void runEventsFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

double rssMb()
{
    QFile f(u"/proc/self/statm"_s);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.size() > 1 ? double(parts[1].toLongLong()) * 4096.0 / (1024.0 * 1024.0) : 0.0;
}

/// Like the recorder: copies every frame into a 2 s ring buffer per direction.
class RecorderTap : public MediaTap
{
public:
    void inboundFrame(const qint16* s, int n, qint64) override { copy(m_in, m_inPos, s, n); }
    void outboundFrame(const qint16* s, int n) override { copy(m_out, m_outPos, s, n); }

private:
    static void copy(std::vector<qint16>& ring, size_t& pos, const qint16* s, int n)
    {
        for (int i = 0; i < n; ++i) {
            ring[pos] = s[i];
            pos = (pos + 1) % ring.size();
        }
    }
    std::vector<qint16> m_in = std::vector<qint16>(32000);
    std::vector<qint16> m_out = std::vector<qint16>(32000);
    size_t m_inPos = 0;
    size_t m_outPos = 0;
};

/// Like an AI agent's input: copies caller frames into a small queue and tracks energy.
class AgentTap : public MediaTap
{
public:
    void inboundFrame(const qint16* s, int n, qint64) override
    {
        double e = 0;
        for (int i = 0; i < n; ++i)
            e += double(s[i]) * s[i];
        m_energy.store(e, std::memory_order_relaxed);
        std::copy_n(s, n, m_buffer.begin());
    }
    void outboundFrame(const qint16*, int) override {}

private:
    std::atomic<double> m_energy{0};
    std::vector<qint16> m_buffer = std::vector<qint16>(320);
};

/// Twilio's side: N clients driven by one 20 ms clock, on the client thread.
class Twilio : public QObject
{
public:
    QList<TwilioMediaClient*> clients;
    QTimer clock;
    Twilio() { clock.setParent(this); } // moves with this object to the client thread
    void open(const QUrl& url, const QStringList& tokens)
    {
        for (const QString& t : tokens) {
            auto* c = new TwilioMediaClient(this);
            c->setRecording(false);
            c->setExternalClock(true);
            c->open(url, QString::fromLatin1(kAuthToken), {{u"token"_s, t}});
            c->startTone(440.0, 6000.0);
            clients.append(c);
        }
        clock.setTimerType(Qt::PreciseTimer);
        clock.setInterval(20);
        connect(&clock, &QTimer::timeout, this, [this] {
            for (auto* c : std::as_const(clients))
                if (c->isOpen())
                    c->tick();
        });
        clock.start();
    }
    void stopAudio()
    {
        clock.stop();
    }
    qint64 sent() const
    {
        qint64 n = 0;
        for (auto* c : clients)
            n += c->mediaSent();
        return n;
    }
    qint64 received() const
    {
        qint64 n = 0;
        for (auto* c : clients)
            n += c->mediaReceivedCount();
        return n;
    }
};

struct Row
{
    int calls = 0;
    qint64 inboundLost = 0;
    qint64 outboundLost = 0;
    quint64 gaps = 0;
    double p50LateMs = 0;
    double p99LateMs = 0;
    double maxLateMs = 0;
    double p99InboundMs = 0;
    double cpuMsPerStreamSecond = 0;
    double feederMsPerStreamSecond = 0;
    double rssPerCallMb = 0;
    int started = 0;
};

Row run(int calls, int seconds)
{
    Row row;
    row.calls = calls;
    const double rssBefore = rssMb();
    MediaServer server;
    if (const Status st = server.listen(QHostAddress::LocalHost, 0); !st.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(st.error().message));
        return row;
    }
    server.setSigningKey(kAuthToken);

    QStringList tokens;
    for (int i = 0; i < calls; ++i)
        tokens << server.openCall(u"call-%1"_s.arg(i));

    QList<QPointer<MediaStream>> streams;
    std::vector<std::shared_ptr<MediaTap>> taps;
    QObject::connect(&server, &MediaServer::streamStarted, &server,
                     [&](const QString&, QPointer<MediaStream> s) {
                         auto rec = std::make_shared<RecorderTap>();
                         auto agent = std::make_shared<AgentTap>();
                         s->addTap(rec);
                         s->addTap(agent);
                         taps.push_back(rec);
                         taps.push_back(agent);
                         streams.append(s);
                     });

    QThread clientThread;
    clientThread.start();
    auto* twilio = new Twilio;
    twilio->moveToThread(&clientThread);
    const QUrl url = server.mediaUrl();
    QMetaObject::invokeMethod(twilio, [twilio, url, tokens] { twilio->open(url, tokens); });

    QElapsedTimer wait;
    wait.start();
    while (streams.size() < calls && wait.elapsed() < 60000)
        runEventsFor(50);
    row.started = int(streams.size());

    // The agent: keeps ~200 ms queued per call, 100 ms at a time, a mark per chunk.
    QByteArray chunk(1600 * 2, Qt::Uninitialized);
    for (int i = 0; i < 1600; ++i)
        reinterpret_cast<qint16*>(chunk.data())[i] =
            qint16(std::lround(5000 * std::sin(2 * std::numbers::pi * 300.0 * i / 16000.0)));
    double feederCpuMs = 0;
    QTimer feeder;
    feeder.setTimerType(Qt::PreciseTimer);
    QObject::connect(&feeder, &QTimer::timeout, &feeder, [&] {
        const double t0 = threadCpuMs();
        int k = 0;
        for (const auto& s : std::as_const(streams)) {
            if (s && s->pendingMs() < 200) {
                s->playAudio(chunk, s->generation());
                s->mark(u"c%1"_s.arg(k), s->generation());
            }
            ++k;
        }
        feederCpuMs += threadCpuMs() - t0;
    });
    feeder.start(20);

    auto mediaCpu = [&] {
        double ms = 0;
        if (!streams.isEmpty() && streams.first())
            QMetaObject::invokeMethod(streams.first(), [&ms] { ms = threadCpuMs(); }, Qt::BlockingQueuedConnection);
        return ms;
    };

    // Warm up, then measure a clean window.
    QElapsedTimer t;
    t.start();
    runEventsFor(2000);
    server.outboundLateness().reset();
    server.inboundForwarding().reset();
    const double rssRunning = rssMb();
    const double cpu0 = mediaCpu();
    feederCpuMs = 0;
    t.restart();
    runEventsFor(seconds * 1000);
    const double elapsedS = t.elapsed() / 1000.0;
    const double cpu = mediaCpu() - cpu0 + feederCpuMs;
    feeder.stop();
    QMetaObject::invokeMethod(twilio, [twilio] { twilio->stopAudio(); }, Qt::BlockingQueuedConnection);
    // Let everything in flight arrive.
    runEventsFor(1500);

    qint64 sent = 0;
    qint64 received = 0;
    QMetaObject::invokeMethod(twilio, [&] { sent = twilio->sent(); received = twilio->received(); },
                              Qt::BlockingQueuedConnection);
    qint64 inbound = 0;
    qint64 outbound = 0;
    for (const auto& s : std::as_const(streams)) {
        if (!s)
            continue;
        const StreamStats st = s->stats();
        inbound += qint64(st.inboundFrames);
        outbound += qint64(st.outboundFrames);
        row.gaps += st.inboundGaps;
    }
    row.inboundLost = sent - inbound;
    row.outboundLost = outbound - received;
    row.p50LateMs = server.outboundLateness().percentileUs(0.50) / 1000.0;
    row.p99LateMs = server.outboundLateness().percentileUs(0.99) / 1000.0;
    row.maxLateMs = server.outboundLateness().maxUs() / 1000.0;
    row.p99InboundMs = server.inboundForwarding().percentileUs(0.99) / 1000.0;
    row.cpuMsPerStreamSecond = cpu / (calls * elapsedS);
    row.feederMsPerStreamSecond = feederCpuMs / (calls * elapsedS);
    row.rssPerCallMb = (rssRunning - rssBefore) / calls;

    QMetaObject::invokeMethod(twilio, [twilio] { delete twilio; }, Qt::BlockingQueuedConnection);
    clientThread.quit();
    clientThread.wait();
    return row;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"calldeck.media.info=false\ncalldeck.media.warning=true"_s);
    int seconds = 10;
    QList<int> counts;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == u"--seconds" && i + 1 < args.size())
            seconds = args[++i].toInt();
        else
            counts << args[i].toInt();
    }
    if (counts.isEmpty())
        counts = {50, 100, 200, 300};

    std::printf("calls started  in_lost out_lost gaps  late_p50_ms late_p99_ms late_max_ms  in_p99_ms  "
                "cpu_ms/stream_s (agent feed)  rss_mb/call\n");
    int best = 0;
    for (int n : counts) {
        const Row r = run(n, seconds);
        std::printf("%5d %7d %8lld %8lld %4llu %12.2f %11.2f %11.2f %10.2f %16.3f (%.3f) %12.2f\n", r.calls, r.started,
                    static_cast<long long>(r.inboundLost), static_cast<long long>(r.outboundLost),
                    static_cast<unsigned long long>(r.gaps), r.p50LateMs, r.p99LateMs, r.maxLateMs, r.p99InboundMs,
                    r.cpuMsPerStreamSecond, r.feederMsPerStreamSecond, r.rssPerCallMb);
        std::fflush(stdout);
        if (r.started == n && r.inboundLost == 0 && r.outboundLost == 0 && r.p99LateMs <= 5.0)
            best = std::max(best, n);
    }
    std::printf("largest N with zero drops and p99 lateness <= 5 ms: %d\n", best);
    return 0;
}
