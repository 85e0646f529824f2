// Barge-in latency: from beginBargeIn() to `clear` on the wire, and to the first live frame on
// the wire, while the agent is talking. Repeats and prints percentiles.
//
//   bench_barge_in [rounds]
#include "fakes/TwilioMediaClient.h"
#include "media/MediaServer.h"
#include "media/MediaStream.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QLoggingCategory>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <numbers>
#include <vector>

using namespace calldeck;
using calldeck::fakes::TwilioMediaClient;
using namespace Qt::StringLiterals;

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

/// Runs the event loop for `ms`, sleeping between events (a processEvents() loop would take a
/// whole core from the media thread).
void spin(int ms)
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

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"calldeck.media.info=false"_s);
    const int rounds = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 50;
    const QByteArray key = "barge-bench-token";

    MediaServer server;
    if (const Status st = server.listen(QHostAddress::LocalHost, 0); !st.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(st.error().message));
        return 1;
    }
    server.setSigningKey(key);
    const QString token = server.openCall(u"barge"_s);
    QPointer<MediaStream> stream;
    QObject::connect(&server, &MediaServer::streamStarted, &server,
                     [&stream](const QString&, QPointer<MediaStream> s) { stream = s; });
    TwilioMediaClient client;
    client.open(server.mediaUrl(), QString::fromLatin1(key), {{u"token"_s, token}});
    client.startTone(440, 4000);
    QElapsedTimer wait;
    wait.start();
    while (!stream && wait.elapsed() < 15000)
        spin(20);
    if (!stream) {
        std::fprintf(stderr, "the stream did not start\n");
        return 1;
    }

    std::vector<qint16> agent(16000 * 2);
    for (size_t i = 0; i < agent.size(); ++i)
        agent[i] = qint16(std::lround(6000 * std::sin(2 * std::numbers::pi * 300.0 * double(i) / 16000.0)));
    const QByteArray agentBytes(reinterpret_cast<const char*>(agent.data()), qsizetype(agent.size() * 2));
    std::vector<qint16> mic(320);
    for (size_t i = 0; i < mic.size(); ++i)
        mic[i] = qint16(std::lround(6000 * std::sin(2 * std::numbers::pi * 1000.0 * double(i) / 16000.0)));

    std::vector<double> toClear;
    std::vector<double> toFirstLive;
    for (int r = 0; r < rounds; ++r) {
        stream->playAudio(agentBytes, stream->generation());
        spin(300 + (r * 37) % 200); // the agent is mid-sentence
        const qsizetype before = client.received().size();
        const qint64 t0 = nowNs();
        stream->beginBargeIn();
        stream->pushLiveAudio(mic.data(), int(mic.size())); // the first 20 ms from the microphone
        spin(100);
        const auto& rec = client.received();
        qint64 clearAt = 0;
        qint64 liveAt = 0;
        for (qsizetype i = before; i < rec.size(); ++i) {
            if (!clearAt && rec[i].event == u"clear")
                clearAt = rec[i].atNs;
            else if (clearAt && !liveAt && rec[i].event == u"media")
                liveAt = rec[i].atNs;
        }
        if (clearAt)
            toClear.push_back(double(clearAt - t0) / 1e6);
        if (liveAt)
            toFirstLive.push_back(double(liveAt - t0) / 1e6);
        stream->endBargeIn();
        spin(50);
    }
    std::printf("rounds %d (clear seen %zu, live frame seen %zu)\n", rounds, toClear.size(), toFirstLive.size());
    std::printf("beginBargeIn -> clear on the wire:      p50 %.2f ms  p99 %.2f ms  max %.2f ms\n",
                percentile(toClear, 0.5), percentile(toClear, 0.99), percentile(toClear, 1.0));
    std::printf("beginBargeIn -> first live frame:       p50 %.2f ms  p99 %.2f ms  max %.2f ms\n",
                percentile(toFirstLive, 0.5), percentile(toFirstLive, 0.99), percentile(toFirstLive, 1.0));
    return 0;
}
