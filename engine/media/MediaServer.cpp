#include "media/MediaServer.h"

#include "media/MediaHost.h"
#include "media/MediaLog.h"
#include "media/MediaServerState.h"
#include "media/MediaStream.h"

#include <QThread>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;

namespace calldeck {

namespace {
constexpr int kMaxMediaThreads = 8;

/// SO_REUSEPORT would let a second CallDeck of the same user join our port and take half its
/// connections. Every instance that shares a port first binds this abstract-namespace socket,
/// which only one process can hold and the kernel releases when it exits; -1 when it is taken.
int lockPort(quint16 port)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    const QByteArray name = "calldeck-media-port-" + QByteArray::number(port);
    // sun_path[0] stays 0: the abstract namespace, no file on disk.
    std::memcpy(addr.sun_path + 1, name.constData(), std::size_t(name.size()));
    const auto length = socklen_t(offsetof(sockaddr_un, sun_path) + 1 + std::size_t(name.size()));
    if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), length) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}
} // namespace

struct MediaServer::Private
{
    struct Lane
    {
        QThread thread;
        MediaHost* host = nullptr; // lives on `thread`
    };
    MediaServerState state;
    std::vector<std::unique_ptr<Lane>> lanes; // lanes[0] exists from construction on
    int portLock = -1;                        // lockPort() while the port is shared
    // One by default: with several, a call's webhooks and its stream may be served by different
    // threads, so a late status callback can overtake the stream's end and find its call closed
    // (docs/performance.md). Opt in with setMediaThreadCount().
    int threadCount = 1;
};

MediaServer::MediaServer(QObject* parent) : QObject(parent), d(std::make_unique<Private>())
{
    qRegisterMetaType<CallStatusEvent>();
    qRegisterMetaType<TranscriptionEvent>();
    qRegisterMetaType<StreamInfo>();
    qRegisterMetaType<StreamEnd>();
    qRegisterMetaType<QPointer<MediaStream>>();
    addLane();
}

void MediaServer::addLane()
{
    auto lane = std::make_unique<Private::Lane>();
    const auto index = d->lanes.size();
    lane->thread.setObjectName(index == 0 ? u"calldeck-media"_s : u"calldeck-media-%1"_s.arg(index + 1));
    lane->host = new MediaHost(&d->state);
    if (index > 0)
        lane->host->pacer().shareHistogramsWith(d->lanes.front()->host->pacer());
    lane->host->moveToThread(&lane->thread);
    lane->thread.start(QThread::HighPriority);

    // Queued: the host emits on the media thread, users get the signals on ours.
    MediaHost* host = lane->host;
    connect(host, &MediaHost::callStatus, this, &MediaServer::callStatus, Qt::QueuedConnection);
    connect(host, &MediaHost::transcription, this, &MediaServer::transcription, Qt::QueuedConnection);
    connect(host, &MediaHost::streamStarted, this, &MediaServer::streamStarted, Qt::QueuedConnection);
    connect(host, &MediaHost::streamEnded, this, &MediaServer::streamEnded, Qt::QueuedConnection);
    connect(host, &MediaHost::rejected, this, &MediaServer::rejected, Qt::QueuedConnection);
    d->lanes.push_back(std::move(lane));
}

MediaServer::~MediaServer()
{
    stop();
    for (auto& lane : d->lanes) {
        // Deleted on its own thread, so its sockets and timers are torn down where they live.
        QMetaObject::invokeMethod(lane->host, [host = lane->host] { delete host; }, Qt::BlockingQueuedConnection);
        lane->thread.quit();
        lane->thread.wait();
    }
}

void MediaServer::setMediaThreadCount(int count) { d->threadCount = std::clamp(count, 1, kMaxMediaThreads); }
int MediaServer::mediaThreadCount() const { return d->threadCount; }

Status MediaServer::listen(const QHostAddress& address, quint16 port)
{
    while (int(d->lanes.size()) < d->threadCount)
        addLane();
    const bool shared = d->lanes.size() > 1;
    auto portInUse = [&](quint16 p) {
        return Status::failure(ErrorCode::Network,
                               tr("The media server could not listen on %1 port %2; is the port in use?")
                                   .arg(address.toString())
                                   .arg(p));
    };
    if (shared && port != 0 && (d->portLock = lockPort(port)) < 0)
        return portInUse(port);
    // Blocks the caller once, at start-up, until each media thread has bound the port. The first
    // picks the port when `port` is 0; the others join it.
    for (auto& lane : d->lanes) {
        Status result;
        MediaHost* host = lane->host;
        const quint16 want = &lane == &d->lanes.front() ? port : d->state.port();
        QMetaObject::invokeMethod(
            host, [host, &result, address, want, shared] { result = host->listen(address, want, shared); },
            Qt::BlockingQueuedConnection);
        if (!result.ok()) {
            stop();
            return result;
        }
        // A port the kernel picked is new to everyone; lock it before the other threads join.
        if (shared && port == 0 && d->portLock < 0 && (d->portLock = lockPort(d->state.port())) < 0) {
            stop();
            return portInUse(d->state.port());
        }
    }
    return {};
}

void MediaServer::stop()
{
    for (auto& lane : d->lanes) {
        if (lane->thread.isRunning())
            QMetaObject::invokeMethod(lane->host, [host = lane->host] { host->shutdown(); }, Qt::BlockingQueuedConnection);
    }
    if (d->portLock >= 0) {
        ::close(d->portLock);
        d->portLock = -1;
    }
}

quint16 MediaServer::port() const { return d->state.port(); }
QUrl MediaServer::localUrl() const { return d->state.localUrl(); }
void MediaServer::setPublicUrl(const QUrl& base) { d->state.setPublicUrl(base); }
QUrl MediaServer::publicUrl() const { return d->state.publicUrl(); }
void MediaServer::setSigningKey(const QByteArray& authToken) { d->state.setSigningKey(authToken); }
QUrl MediaServer::mediaUrl() const { return d->state.mediaUrl(); }

QUrl MediaServer::statusCallbackUrl(const QString& callKey) const
{
    return d->state.callbackUrl(u"/twilio/status"_s, callKey);
}

QUrl MediaServer::transcriptionCallbackUrl(const QString& callKey) const
{
    return d->state.callbackUrl(u"/twilio/transcription"_s, callKey);
}

QString MediaServer::instanceId() const { return d->state.instanceId(); }

QString MediaServer::openCall(const QString& callKey) { return d->state.openCall(callKey); }

QString MediaServer::openCall(const QString& callKey, const QByteArray& signingKey, const QUrl& baseUrl)
{
    return d->state.openCall(callKey, QString::fromUtf8(signingKey), baseUrl);
}

QUrl MediaServer::mediaUrl(const QString& callKey) const { return d->state.mediaUrl(callKey); }

void MediaServer::closeCall(const QString& callKey)
{
    QPointer<MediaStream> stream = d->state.closeCall(callKey);
    if (!stream)
        return;
    // The stream lives on the thread of the host that accepted it.
    QThread* const thread = stream->thread();
    for (auto& lane : d->lanes) {
        if (&lane->thread == thread) {
            QMetaObject::invokeMethod(lane->host, [host = lane->host, stream] { host->closeStream(stream); },
                                      Qt::QueuedConnection);
            return;
        }
    }
}

QPointer<MediaStream> MediaServer::stream(const QString& callKey) const { return d->state.stream(callKey); }

MediaServerStats MediaServer::stats() const
{
    MediaServerStats s;
    s.webhooksAccepted = d->state.webhooksAccepted.load(std::memory_order_relaxed);
    s.webhooksRejected = d->state.webhooksRejected.load(std::memory_order_relaxed);
    s.streamsAccepted = d->state.streamsAccepted.load(std::memory_order_relaxed);
    s.streamsRejected = d->state.streamsRejected.load(std::memory_order_relaxed);
    s.messagesRejected = d->state.messagesRejected.load(std::memory_order_relaxed);
    s.liveStreams = d->state.liveStreams.load(std::memory_order_relaxed);
    return s;
}

LatencyHistogram& MediaServer::outboundLateness() const { return d->lanes.front()->host->pacer().outboundLateness(); }
LatencyHistogram& MediaServer::inboundForwarding() const { return d->lanes.front()->host->pacer().inboundForwarding(); }

} // namespace calldeck
