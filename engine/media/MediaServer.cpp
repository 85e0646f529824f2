#include "media/MediaServer.h"

#include "media/MediaHost.h"
#include "media/MediaLog.h"
#include "media/MediaServerState.h"
#include "media/MediaStream.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace calldeck {

struct MediaServer::Private
{
    MediaServerState state;
    QThread thread;
    MediaHost* host = nullptr; // lives on `thread`
};

MediaServer::MediaServer(QObject* parent) : QObject(parent), d(std::make_unique<Private>())
{
    qRegisterMetaType<CallStatusEvent>();
    qRegisterMetaType<TranscriptionEvent>();
    qRegisterMetaType<StreamInfo>();
    qRegisterMetaType<StreamEnd>();
    qRegisterMetaType<QPointer<MediaStream>>();

    d->thread.setObjectName(u"calldeck-media"_s);
    d->host = new MediaHost(&d->state);
    d->host->moveToThread(&d->thread);
    d->thread.start(QThread::HighPriority);

    // Queued: the host emits on the media thread, users get the signals on ours.
    connect(d->host, &MediaHost::callStatus, this, &MediaServer::callStatus, Qt::QueuedConnection);
    connect(d->host, &MediaHost::transcription, this, &MediaServer::transcription, Qt::QueuedConnection);
    connect(d->host, &MediaHost::streamStarted, this, &MediaServer::streamStarted, Qt::QueuedConnection);
    connect(d->host, &MediaHost::streamEnded, this, &MediaServer::streamEnded, Qt::QueuedConnection);
    connect(d->host, &MediaHost::rejected, this, &MediaServer::rejected, Qt::QueuedConnection);
}

MediaServer::~MediaServer()
{
    stop();
    // Deleted on its own thread, so its sockets and timers are torn down where they live.
    QMetaObject::invokeMethod(d->host, [host = d->host] { delete host; }, Qt::BlockingQueuedConnection);
    d->thread.quit();
    d->thread.wait();
}

Status MediaServer::listen(const QHostAddress& address, quint16 port)
{
    Status result;
    // Blocks the caller once, at start-up, until the media thread has bound the port.
    QMetaObject::invokeMethod(
        d->host, [this, &result, address, port] { result = d->host->listen(address, port); },
        Qt::BlockingQueuedConnection);
    return result;
}

void MediaServer::stop()
{
    if (d->thread.isRunning())
        QMetaObject::invokeMethod(d->host, [this] { d->host->shutdown(); }, Qt::BlockingQueuedConnection);
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
    if (stream)
        QMetaObject::invokeMethod(d->host, [host = d->host, stream] { host->closeStream(stream); }, Qt::QueuedConnection);
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

LatencyHistogram& MediaServer::outboundLateness() const { return d->host->pacer().outboundLateness(); }
LatencyHistogram& MediaServer::inboundForwarding() const { return d->host->pacer().inboundForwarding(); }

} // namespace calldeck
