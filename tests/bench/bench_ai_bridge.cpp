// In-engine overhead of the OpenAI Realtime bridge at N concurrent AI calls: MediaServer + one
// fake Twilio media client + one RealtimeAgent per call, all against one FakeRealtimeServer. The
// callee talks in turns and barges into the agent's replies. Prints p50/p99 of
//   (a) AI audio delta received → its Twilio media frame sent (against the pacing schedule),
//   (b) Twilio media handed to the agent → input_audio_buffer.append sent (plus the media
//       server's own part: message received → taps done),
//   (c) caller speech start (the server's speech_started) → Twilio `clear` received.
//
//   bench_ai_bridge [calls=100] [seconds=20] [mediaThreads=1] [agentThreads=1]
#include "conversation/realtime/RealtimeAgent.h"
#include "fakes/FakeRealtimeServer.h"
#include "fakes/TwilioMediaClient.h"
#include "media/LatencyHistogram.h"
#include "media/MediaPacer.h"
#include "media/MediaServer.h"
#include "media/MediaStream.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QMutex>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace calldeck;
using calldeck::fakes::FakeRealtimeServer;
using calldeck::fakes::TwilioMediaClient;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kAuthToken = "ai-bench-auth-token";

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

void runEventsFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

/// AgentLine over one MediaStream, as the product's line does; the audio's ready time is when
/// the agent received the delta, so (a) includes the agent's own handling.
class BenchLine : public AgentLine
{
public:
    BenchLine(MediaStream* stream, RealtimeAgent* agent) : m_stream(stream), m_agent(agent) {}
    quint32 generation() const override { return m_stream->generation(); }
    void playMulaw(const QByteArray& mulaw, quint32 generation) override
    {
        m_stream->playMulaw(mulaw, generation, m_agent->handlingEventReceivedUs());
    }
    void playPcm16(const QByteArray& pcm16, quint32 generation) override { m_stream->playAudio(pcm16, generation); }
    void mark(const QString& label, quint32 generation) override { m_stream->mark(label, generation); }
    quint32 clear() override { return m_stream->clear(); }
    int pendingMs() const override { return m_stream->pendingMs(); }

private:
    MediaStream* m_stream;
    RealtimeAgent* m_agent;
};

/// Speech start and clear times per call, from the fake's and the clients' threads.
struct Timeline
{
    QMutex mutex;
    std::vector<std::vector<qint64>> speechNs;
    std::vector<std::vector<qint64>> clearNs;
};

/// The callees: one 20 ms clock for all; each talks 400 ms, pauses 900 ms (the agent replies
/// after 500 ms of silence, and the next turn barges into that reply).
class Callees : public QObject
{
public:
    QList<TwilioMediaClient*> clients;
    QTimer clock;
    qint64 tickCount = 0;
    Callees() { clock.setParent(this); }
    void open(const QUrl& url, const QStringList& tokens, Timeline* timeline)
    {
        for (int i = 0; i < tokens.size(); ++i) {
            auto* c = new TwilioMediaClient(this);
            c->setRecording(false);
            c->setExternalClock(true);
            c->open(url, QString::fromLatin1(kAuthToken), {{u"token"_s, tokens[i]}});
            c->startTone(440.0, 0.0);
            connect(c, &TwilioMediaClient::clearReceived, this, [timeline, i] {
                QMutexLocker lock(&timeline->mutex);
                timeline->clearNs[size_t(i)].push_back(steadyNs());
            });
            clients.append(c);
        }
        clock.setTimerType(Qt::PreciseTimer);
        clock.setInterval(20);
        connect(&clock, &QTimer::timeout, this, [this] {
            ++tickCount;
            for (int i = 0; i < clients.size(); ++i) {
                TwilioMediaClient* c = clients[i];
                if (!c->isOpen())
                    continue;
                // Staggered so the calls do not all speak in the same 20 ms.
                const qint64 phase = (tickCount + i * 7) % 65;
                c->startTone(440.0, phase < 20 ? 9000.0 : 0.0);
                c->tick();
            }
        });
        clock.start();
    }
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"calldeck.media.info=false\ncalldeck.realtime.info=false"_s);
    const int calls = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 100;
    const int seconds = argc > 2 ? std::max(2, QString::fromLocal8Bit(argv[2]).toInt()) : 20;
    const int mediaThreads = argc > 3 ? std::max(1, QString::fromLocal8Bit(argv[3]).toInt()) : 1;
    const int agentThreads = argc > 4 ? std::max(1, QString::fromLocal8Bit(argv[4]).toInt()) : 1;

    Timeline timeline;
    timeline.speechNs.resize(size_t(calls));
    timeline.clearNs.resize(size_t(calls));

    // The fake OpenAI server on a thread of its own, like a remote peer.
    // The peers (OpenAI's servers, Twilio's media clients) are other machines in production; here
    // they share the two cores, so they run at idle priority: they get whatever CallDeck leaves
    // and never delay the engine's own threads, which are what the figures measure.
    QThread fakeThread;
    fakeThread.start(QThread::IdlePriority);
    QObject fakeHome;
    fakeHome.moveToThread(&fakeThread);
    FakeRealtimeServer* fake = nullptr;
    QMetaObject::invokeMethod(&fakeHome, [&] {
        fake = new FakeRealtimeServer;
        fake->setChunkIntervalMs(20);
        for (int i = 0; i < calls * seconds; ++i)
            fake->addReply({u"Let me check that for you, one moment please."_s, 1500, {}, {}});
        fake->listen();
        QObject::connect(fake, &FakeRealtimeServer::speechStartedSent, fake, [fake, &timeline](int conn, qint64 ns) {
            // Each agent asks for a model named after its call, so the connection tells the call.
            const QString model = fake->connections().value(conn).model;
            const int call = model.section(u'-', -1).toInt();
            QMutexLocker lock(&timeline.mutex);
            if (call >= 0 && size_t(call) < timeline.speechNs.size())
                timeline.speechNs[size_t(call)].push_back(ns);
        });
    }, Qt::BlockingQueuedConnection);
    const QUrl apiBase = fake->apiBase();

    MediaServer server;
    server.setMediaThreadCount(mediaThreads);
    if (const Status st = server.listen(QHostAddress::LocalHost, 0); !st.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(st.error().message));
        return 1;
    }
    server.setSigningKey(kAuthToken);
    QStringList tokens;
    for (int i = 0; i < calls; ++i)
        tokens << server.openCall(u"ai-%1"_s.arg(i));

    // Agents spread over `agentThreads` threads, round robin by call, as the engine does.
    std::vector<std::unique_ptr<QThread>> agentThreadList;
    std::vector<std::unique_ptr<QObject>> agentHomes;
    for (int i = 0; i < agentThreads; ++i) {
        agentThreadList.push_back(std::make_unique<QThread>());
        agentThreadList.back()->start();
        agentHomes.push_back(std::make_unique<QObject>());
        agentHomes.back()->moveToThread(agentThreadList.back().get());
    }
    LatencyHistogram appendForwarding;
    std::vector<RealtimeAgent*> agents;
    std::vector<std::unique_ptr<BenchLine>> lines;
    QMutex agentsMutex;
    QObject::connect(&server, &MediaServer::streamStarted, &server, [&](const QString& key, QPointer<MediaStream> s) {
        MediaStream* stream = s.data();
        const int index = key.section(u'-', -1).toInt();
        QObject* home = agentHomes[size_t(index % agentThreads)].get();
        QMetaObject::invokeMethod(home, [&, stream, index, home] {
            AgentConfig config;
            config.callKey = u"ai-%1"_s.arg(index);
            config.apiBase = apiBase;
            config.apiKey = u"sk-test-fake"_s;
            config.realtimeModel = u"gpt-realtime-bench-%1"_s.arg(index);
            config.instructions = u"You are a benchmark."_s;
            auto* agent = new RealtimeAgent(config, home);
            agent->setInputForwardingHistogram(&appendForwarding);
            auto line = std::make_unique<BenchLine>(stream, agent);
            QObject::connect(stream, &MediaStream::markPlayed, agent, &RealtimeAgent::markPlayed);
            QObject::connect(stream, &MediaStream::markDiscarded, agent, &RealtimeAgent::markDiscarded);
            stream->addTap(agent->inputTap());
            agent->prepare();
            agent->attach(line.get(), nullptr, MediaPacer::nowUs());
            QMutexLocker lock(&agentsMutex);
            agents.push_back(agent);
            lines.push_back(std::move(line));
        });
    });

    QThread clientThread;
    clientThread.start(QThread::IdlePriority);
    auto* callees = new Callees;
    callees->moveToThread(&clientThread);
    const QUrl mediaUrl = server.mediaUrl();
    QMetaObject::invokeMethod(callees, [callees, mediaUrl, tokens, &timeline] { callees->open(mediaUrl, tokens, &timeline); });

    QElapsedTimer wait;
    wait.start();
    while (server.stats().liveStreams < calls && wait.elapsed() < 30000)
        runEventsFor(50);
    std::printf("calls: %d live streams, %d s measured, %d media thread(s), %d agent thread(s)\n",
                server.stats().liveStreams, seconds, mediaThreads, agentThreads);
    runEventsFor(3000);   // warm-up: sessions configured, openings played
    server.outboundLateness().reset();
    server.inboundForwarding().reset();
    appendForwarding.reset();
    const qint64 measureFromNs = steadyNs();
    runEventsFor(seconds * 1000);
    const qint64 measureToNs = steadyNs();

    std::vector<double> speechToClearMs;
    {
        QMutexLocker lock(&timeline.mutex);
        for (size_t call = 0; call < size_t(calls); ++call) {
            for (qint64 clearNs : timeline.clearNs[call]) {
                if (clearNs < measureFromNs || clearNs > measureToNs)
                    continue;
                const auto& starts = timeline.speechNs[call];
                const auto it = std::upper_bound(starts.begin(), starts.end(), clearNs);
                if (it != starts.begin() && clearNs - *(it - 1) < 1'000'000'000)
                    speechToClearMs.push_back(double(clearNs - *(it - 1)) / 1e6);
            }
        }
    }
    auto ms = [](qint64 us) { return double(us) / 1000.0; };
    const LatencyHistogram& out = server.outboundLateness();
    std::printf("(a) AI audio delta received -> Twilio media sent: p50 %.2f ms  p99 %.2f ms  max %.2f ms  (%llu messages)\n",
                ms(out.percentileUs(0.5)), ms(out.percentileUs(0.99)), ms(out.maxUs()),
                static_cast<unsigned long long>(out.count()));
    std::printf("(b) Twilio media at the agent -> append sent:     p50 %.2f ms  p99 %.2f ms  max %.2f ms  (%llu appends)\n",
                ms(appendForwarding.percentileUs(0.5)), ms(appendForwarding.percentileUs(0.99)),
                ms(appendForwarding.maxUs()), static_cast<unsigned long long>(appendForwarding.count()));
    const LatencyHistogram& in = server.inboundForwarding();
    std::printf("    media message received -> taps done:            p50 %.2f ms  p99 %.2f ms  max %.2f ms\n",
                ms(in.percentileUs(0.5)), ms(in.percentileUs(0.99)), ms(in.maxUs()));
    std::printf("(c) caller speech start -> Twilio clear received:  p50 %.2f ms  p99 %.2f ms  (%zu barge-ins)\n",
                percentile(speechToClearMs, 0.5), percentile(speechToClearMs, 0.99), speechToClearMs.size());
    std::fflush(stdout);

    QMetaObject::invokeMethod(callees, [callees] { callees->clock.stop(); delete callees; }, Qt::BlockingQueuedConnection);
    for (RealtimeAgent* agent : agents) {
        QMetaObject::invokeMethod(agent, [agent] {
            agent->stop();
            delete agent;
        }, Qt::BlockingQueuedConnection);
    }
    server.stop();
    QMetaObject::invokeMethod(&fakeHome, [&] { delete fake; }, Qt::BlockingQueuedConnection);
    clientThread.quit();
    for (auto& thread : agentThreadList)
        thread->quit();
    fakeThread.quit();
    clientThread.wait();
    for (auto& thread : agentThreadList)
        thread->wait();
    fakeThread.wait();
    return 0;
}
