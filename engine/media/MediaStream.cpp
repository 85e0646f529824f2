#include "media/MediaStream.h"

#include "media/AudioLevel.h"
#include "media/DtmfTone.h"
#include "media/InboundDecoder.h"
#include "media/MediaLog.h"
#include "media/MediaPacer.h"
#include "media/MediaTap.h"
#include "media/OutboundQueue.h"
#include "media/TwilioMessageParser.h"

#include <QMutex>
#include <QThread>
#include <QTimer>
#include <QWebSocket>

#include <array>
#include <deque>
#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace calldeck {

namespace {

/// Kinds of rejected input; each is warned about once per stream.
enum class Reject : quint32
{
    Binary = 1u << 0,
    NotJson = 1u << 1,
    MissingField = 1u << 2,
    UnknownEvent = 1u << 3,
    WrongStreamSid = 1u << 4,
    BeforeStart = 1u << 5,
    BadPayload = 1u << 6,
    WrongTrack = 1u << 7,
    DuplicateStart = 1u << 8,
    UnknownMark = 1u << 9,
    Oversized = 1u << 10,
};

QString describe(Reject kind)
{
    switch (kind) {
    case Reject::Binary: return MediaStream::tr("a binary frame (Twilio sends only text)");
    case Reject::NotJson: return MediaStream::tr("a message that is not a JSON object");
    case Reject::MissingField: return MediaStream::tr("a message without a required field");
    case Reject::UnknownEvent: return MediaStream::tr("a message with an unknown event");
    case Reject::WrongStreamSid: return MediaStream::tr("a message for another stream (wrong streamSid)");
    case Reject::BeforeStart: return MediaStream::tr("a message before the stream started");
    case Reject::BadPayload: return MediaStream::tr("audio that is not valid base64 μ-law of a sane size");
    case Reject::WrongTrack: return MediaStream::tr("audio on a track other than inbound");
    case Reject::DuplicateStart: return MediaStream::tr("a second start message");
    case Reject::UnknownMark: return MediaStream::tr("a mark echo CallDeck never sent");
    case Reject::Oversized: return MediaStream::tr("a message larger than 64 KiB");
    }
    return {};
}

enum class State { AwaitingStart, Live, Ended };

// The pacer's batch window: what is due this soon goes in the current wake-up.
constexpr qint64 kServiceSlackUs = MediaPacer::kBatchWindowUs;

} // namespace

struct MediaStream::Private
{
    QWebSocket* socket = nullptr;
    MediaPacer* pacer = nullptr;
    std::function<QString(const QString&)> claimToken;
    std::atomic<quint64>* serverRejected = nullptr;
    State state = State::AwaitingStart;

    mutable QMutex infoMutex;
    StreamInfo info;
    QString streamSid; // media thread copy, compared on every message

    InboundDecoder decoder;
    qint64 lastTimestampMs = -1;
    qint64 lastPayloadMs = 0;
    std::atomic<float> inboundLevel{kSilenceDb};
    std::atomic<float> outboundLevel{kSilenceDb};

    QMutex tapsMutex;
    std::vector<std::shared_ptr<MediaTap>> taps;

    OutboundQueue out;
    qint64 playheadUs = 0;     // when the audio already sent to Twilio runs out (monotonic)
    QString mediaMessage;      // reused buffer for outbound media JSON, one 20 ms frame
    QString mediaMessage2;     // the same for two frames (40 ms)
    qsizetype payloadOffset = 0;

    // Marks sent and not yet echoed, in order, with the agent audio sent before each.
    std::deque<std::pair<QString, qint64>> sentMarks;
    std::atomic<qint64> sentAgentMs{0};
    std::atomic<qint64> ackedAgentMs{0};

    std::atomic<bool> bargeIn{false};
    std::atomic<bool> humanMode{false};
    bool draining = false;
    QTimer drainTimer;

    std::atomic<quint64> inboundFrames{0};
    std::atomic<quint64> outboundFrames{0};
    std::atomic<quint64> inboundGaps{0};
    std::atomic<quint64> rejected{0};
    std::atomic<quint64> droppedOutbound{0};
    std::atomic<qint64> maxLatenessUs{0};
    quint32 warned = 0;

    void reject(MediaStream* q, Reject kind, const QString& extra = {})
    {
        rejected.fetch_add(1, std::memory_order_relaxed);
        if (serverRejected)
            serverRejected->fetch_add(1, std::memory_order_relaxed);
        if (warned & quint32(kind))
            return;
        warned |= quint32(kind);
        const QString detail = MediaStream::tr("Stream %1 rejected %2%3")
                                   .arg(streamSid.isEmpty() ? MediaStream::tr("(not started)") : streamSid,
                                        describe(kind), extra.isEmpty() ? QString() : u": "_s + extra);
        qCWarning(lcMedia).noquote() << detail << "(further ones are only counted)";
        Q_EMIT q->protocolWarning(detail);
    }

    void prepareMediaMessage()
    {
        const QString prefix = u"{\"event\":\"media\",\"streamSid\":\""_s + streamSid + u"\",\"media\":{\"payload\":\""_s;
        const QString suffix = u"\"}}"_s;
        payloadOffset = prefix.size();
        mediaMessage = prefix + QString(TwilioMessageParser::base64Length(audio_format::kTwilioFrameBytes), u'A') + suffix;
        mediaMessage2 =
            prefix + QString(TwilioMessageParser::base64Length(2 * audio_format::kTwilioFrameBytes), u'A') + suffix;
    }
};

MediaStream::MediaStream(QObject* parent) : QObject(parent), d(std::make_unique<Private>())
{
    d->drainTimer.setSingleShot(true);
    connect(&d->drainTimer, &QTimer::timeout, this, [this] {
        d->draining = false;
        Q_EMIT drained();
    });
}

MediaStream::~MediaStream()
{
    if (d->pacer)
        d->pacer->remove(this);
    if (d->socket) {
        d->socket->disconnect(this);
        d->socket->abort();
        delete d->socket;
    }
}

StreamInfo MediaStream::info() const
{
    QMutexLocker lock(&d->infoMutex);
    return d->info;
}

StreamStats MediaStream::stats() const
{
    StreamStats s;
    s.inboundFrames = d->inboundFrames.load(std::memory_order_relaxed);
    s.outboundFrames = d->outboundFrames.load(std::memory_order_relaxed);
    s.inboundGaps = d->inboundGaps.load(std::memory_order_relaxed);
    s.rejectedMessages = d->rejected.load(std::memory_order_relaxed);
    s.droppedOutbound = d->droppedOutbound.load(std::memory_order_relaxed);
    s.maxLatenessUs = d->maxLatenessUs.load(std::memory_order_relaxed);
    return s;
}

float MediaStream::inboundLevelDb() const { return d->inboundLevel.load(std::memory_order_relaxed); }
float MediaStream::outboundLevelDb() const { return d->outboundLevel.load(std::memory_order_relaxed); }

void MediaStream::addTap(std::shared_ptr<MediaTap> tap)
{
    QMutexLocker lock(&d->tapsMutex);
    d->taps.push_back(std::move(tap));
}

void MediaStream::removeTap(const std::shared_ptr<MediaTap>& tap)
{
    QMutexLocker lock(&d->tapsMutex);
    std::erase(d->taps, tap);
}

quint32 MediaStream::generation() const { return d->out.generation(); }

void MediaStream::playAudio(const QByteArray& pcm16, quint32 generation)
{
    if (d->bargeIn.load(std::memory_order_acquire))
        return;
    const std::span<const std::int16_t> samples(reinterpret_cast<const std::int16_t*>(pcm16.constData()),
                                                std::size_t(pcm16.size()) / sizeof(std::int16_t));
    const bool wasIdle = d->out.queuedAgentFrames() == 0;
    if (d->out.pushAgent(samples, generation, MediaPacer::nowUs()) && wasIdle && d->pacer)
        d->pacer->requestService(this);
}

void MediaStream::playMulaw(const QByteArray& mulaw, quint32 generation)
{
    playMulaw(mulaw, generation, MediaPacer::nowUs());
}

void MediaStream::playMulaw(const QByteArray& mulaw, quint32 generation, qint64 readyAtUs)
{
    if (d->bargeIn.load(std::memory_order_acquire))
        return;
    const std::span<const std::uint8_t> codes(reinterpret_cast<const std::uint8_t*>(mulaw.constData()),
                                              std::size_t(mulaw.size()));
    const bool wasIdle = d->out.queuedAgentFrames() == 0;
    if (d->out.pushAgentMulaw(codes, generation, readyAtUs) && wasIdle && d->pacer)
        d->pacer->requestService(this);
}

void MediaStream::mark(const QString& label, quint32 generation)
{
    if (d->out.pushMark(label, generation, MediaPacer::nowUs()) && d->pacer)
        d->pacer->requestService(this);
}

quint32 MediaStream::clear()
{
    const OutboundQueue::Cleared cleared = d->out.clearAgent();
    runOnMediaThread([this, cleared] { sendClearNow(cleared.droppedMarks, cleared.droppedFrames); });
    return cleared.generation;
}

int MediaStream::pendingMs() const
{
    const qint64 unacked = d->sentAgentMs.load(std::memory_order_relaxed) - d->ackedAgentMs.load(std::memory_order_relaxed);
    return int(d->out.queuedAgentFrames() * audio_format::kFrameMs + std::max<qint64>(0, unacked));
}

void MediaStream::beginBargeIn()
{
    if (d->bargeIn.exchange(true, std::memory_order_acq_rel))
        return;
    const OutboundQueue::Cleared cleared = d->out.clearAgent();
    runOnMediaThread([this, cleared] {
        sendClearNow(cleared.droppedMarks, cleared.droppedFrames);
        Q_EMIT bargeInChanged(true);
    });
}

void MediaStream::endBargeIn()
{
    if (!d->bargeIn.exchange(false, std::memory_order_acq_rel))
        return;
    if (!d->humanMode.load(std::memory_order_acquire))
        d->droppedOutbound.fetch_add(quint64(d->out.clearLive()), std::memory_order_relaxed);
    runOnMediaThread([this] { Q_EMIT bargeInChanged(false); });
}

bool MediaStream::bargeInActive() const { return d->bargeIn.load(std::memory_order_acquire); }

void MediaStream::pushLiveAudio(const qint16* samples, int count)
{
    if (count <= 0 || !(d->bargeIn.load(std::memory_order_acquire) || d->humanMode.load(std::memory_order_acquire)))
        return;
    d->out.pushLive(std::span<const std::int16_t>(samples, std::size_t(count)), MediaPacer::nowUs());
    if (d->pacer)
        d->pacer->requestService(this);
}

void MediaStream::setHumanMode(bool on) { d->humanMode.store(on, std::memory_order_release); }

void MediaStream::playDtmf(const QString& digits)
{
    const QList<qint16> tones = DtmfTone::render(digits, audio_format::kEngineRate);
    if (tones.isEmpty())
        return;
    d->out.pushLive(std::span<const std::int16_t>(tones.constData(), std::size_t(tones.size())), MediaPacer::nowUs());
    if (d->pacer)
        d->pacer->requestService(this);
}

void MediaStream::drain(std::chrono::milliseconds cap)
{
    d->out.flushAgent(MediaPacer::nowUs());
    if (d->pacer)
        d->pacer->requestService(this);
    runOnMediaThread([this, cap] {
        d->draining = true;
        d->drainTimer.start(int(cap.count()));
        checkDrained();
    });
}

void MediaStream::close()
{
    runOnMediaThread([this] { end(StreamEnd::ClosedByUs); });
}

void MediaStream::runOnMediaThread(std::function<void()> work)
{
    if (QThread::currentThread() == thread())
        work();
    else
        QMetaObject::invokeMethod(this, std::move(work), Qt::QueuedConnection);
}

// ---- media thread ------------------------------------------------------------------------------

void MediaStream::attach(QWebSocket* socket, MediaPacer* pacer, std::function<QString(const QString&)> claimToken,
                         std::atomic<quint64>* serverRejectedCounter)
{
    d->socket = socket;
    d->pacer = pacer;
    d->claimToken = std::move(claimToken);
    d->serverRejected = serverRejectedCounter;
    socket->setParent(nullptr);
    connect(socket, &QWebSocket::textMessageReceived, this, &MediaStream::onText);
    connect(socket, &QWebSocket::binaryMessageReceived, this, &MediaStream::onBinary);
    connect(socket, &QWebSocket::disconnected, this, &MediaStream::onDisconnected);
    // Twilio must prove its token within a few seconds, or the socket is closed.
    QTimer::singleShot(10'000, this, [this] {
        if (d->state == State::AwaitingStart)
            end(StreamEnd::ProtocolError);
    });
}

void MediaStream::onBinary()
{
    d->reject(this, Reject::Binary);
}

void MediaStream::onDisconnected()
{
    if (d->socket && d->socket->closeCode() == QWebSocketProtocol::CloseCodeTooMuchData) {
        d->reject(this, Reject::Oversized);
        end(StreamEnd::ProtocolError);
        return;
    }
    end(StreamEnd::SocketClosed);
}

void MediaStream::onText(const QString& text)
{
    const qint64 receivedUs = MediaPacer::nowUs();
    TwilioMediaView media;
    TwilioMessage message;
    bool isMedia = TwilioMessageParser::parseMedia(text, media);
    if (!isMedia) {
        const auto error = TwilioMessageParser::parse(text, message);
        switch (error) {
        case TwilioMessageParser::Error::NotJson: d->reject(this, Reject::NotJson); return;
        case TwilioMessageParser::Error::NoEvent: d->reject(this, Reject::MissingField, u"event"_s); return;
        case TwilioMessageParser::Error::UnknownEvent: d->reject(this, Reject::UnknownEvent, message.eventName.left(40)); return;
        case TwilioMessageParser::Error::MissingField: d->reject(this, Reject::MissingField, message.eventName); return;
        case TwilioMessageParser::Error::None: break;
        }
        using Event = TwilioMessage::Event;
        if (message.event == Event::Connected)
            return;
        if (message.event == Event::Start) {
            if (d->state != State::AwaitingStart) {
                d->reject(this, Reject::DuplicateStart);
                return;
            }
            const QString token = message.customParameters.value(u"token"_s);
            const QString callKey = token.isEmpty() || !d->claimToken ? QString() : d->claimToken(token);
            if (callKey.isEmpty()) {
                // The token itself is a secret: say only that it was wrong.
                qCWarning(lcMedia) << "Media stream" << message.streamSid << "refused: missing, unknown or used token";
                Q_EMIT protocolWarning(tr("A media stream was refused: its token was missing, unknown or already used."));
                end(StreamEnd::ProtocolError);
                return;
            }
            message.customParameters.remove(u"token"_s);
            {
                QMutexLocker lock(&d->infoMutex);
                d->info = StreamInfo{callKey, message.streamSid, message.callSid, message.accountSid,
                                     message.customParameters};
            }
            d->streamSid = message.streamSid;
            d->prepareMediaMessage();
            d->state = State::Live;
            if (d->pacer)
                d->pacer->add(this);
            qCInfo(lcMedia) << "Media stream" << d->streamSid << "started for call" << callKey;
            Q_EMIT started(info());
            return;
        }
        if (d->state == State::AwaitingStart) {
            d->reject(this, Reject::BeforeStart, message.eventName);
            return;
        }
        if (message.streamSid != d->streamSid) {
            d->reject(this, Reject::WrongStreamSid);
            return;
        }
        switch (message.event) {
        case Event::Media:
            media = TwilioMediaView{message.streamSid, message.track, message.payload, message.timestampMs};
            isMedia = true;
            break;
        case Event::Dtmf: Q_EMIT dtmfReceived(message.digit); return;
        case Event::Mark: onMarkEcho(message.markName); return;
        case Event::Stop: end(StreamEnd::Stopped); return;
        default: return;
        }
    }

    if (d->state != State::Live) {
        d->reject(this, Reject::BeforeStart, u"media"_s);
        return;
    }
    if (media.streamSid != d->streamSid) {
        d->reject(this, Reject::WrongStreamSid);
        return;
    }
    if (!media.track.isEmpty() && media.track != u"inbound") {
        d->reject(this, Reject::WrongTrack);
        return;
    }
    const int bytes = d->decoder.push(media.payload);
    if (bytes < 0) {
        d->reject(this, Reject::BadPayload);
        return;
    }
    const qint64 payloadMs = bytes / (audio_format::kTwilioRate / 1000);
    if (d->lastTimestampMs >= 0 && media.timestampMs > d->lastTimestampMs + d->lastPayloadMs + audio_format::kFrameMs)
        d->inboundGaps.fetch_add(1, std::memory_order_relaxed);
    d->lastTimestampMs = media.timestampMs;
    d->lastPayloadMs = payloadMs;
    d->inboundFrames.fetch_add(quint64(std::max<qint64>(1, payloadMs / audio_format::kFrameMs)), std::memory_order_relaxed);

    bool delivered = false;
    QMutexLocker lock(&d->tapsMutex);
    for (const auto& tap : d->taps)
        tap->inboundPayload(media.payload, media.timestampMs);
    while (const std::int16_t* frame = d->decoder.nextFrame()) {
        d->inboundLevel.store(levelDbfs(frame, audio_format::kEngineFrameSamples), std::memory_order_relaxed);
        for (const auto& tap : d->taps)
            tap->inboundFrame(frame, audio_format::kEngineFrameSamples, media.timestampMs);
        delivered = true;
    }
    lock.unlock();
    if (delivered && d->pacer)
        d->pacer->inboundForwarding().record(MediaPacer::nowUs() - receivedUs);
}

qint64 MediaStream::serviceOutbound(qint64 nowUs)
{
    if (d->state != State::Live || !d->socket)
        return std::numeric_limits<qint64>::max();
    OutboundItem item;
    OutboundItem second;
    for (;;) {
        qint64 nextDue = 0;
        const qint64 notBefore = d->playheadUs - MediaPacer::kLeadUs;
        if (!d->out.takeIfDue(notBefore, nowUs + kServiceSlackUs, item, nextDue)) {
            checkDrained();
            return nextDue;
        }
        if (item.kind == OutboundItem::Kind::Clear) {
            // Queued by clearAgent(), so it leaves before any audio pushed after the clear.
            d->socket->sendTextMessage(u"{\"event\":\"clear\",\"streamSid\":\""_s + d->streamSid + u"\"}"_s);
            // Twilio dropped what it had queued: the next frame starts a fresh schedule.
            d->playheadUs = 0;
            continue;
        }
        if (item.kind == OutboundItem::Kind::Mark) {
            d->socket->sendTextMessage(u"{\"event\":\"mark\",\"streamSid\":\""_s + d->streamSid +
                                       u"\",\"mark\":{\"name\":\""_s + item.markName + u"\"}}"_s);
            d->sentMarks.emplace_back(item.markName, d->sentAgentMs.load(std::memory_order_relaxed));
            continue;
        }
        const qint64 sendNow = MediaPacer::nowUs();
        // Lateness of the message, measured on its first frame's schedule.
        const qint64 lateness = std::max<qint64>(0, sendNow - std::max(notBefore, item.enqueuedUs));
        if (d->pacer)
            d->pacer->outboundLateness().record(lateness);
        if (lateness > d->maxLatenessUs.load(std::memory_order_relaxed))
            d->maxLatenessUs.store(lateness, std::memory_order_relaxed);

        // Agent audio that is already here rides along as a second frame (40 ms per message, half
        // the sends, as pipecat does); live audio keeps 20 ms messages so it leaves the moment it
        // exists, and a mark or a clear in between keeps its exact place.
        const bool paired = !item.live && d->out.takeFollowingAgentFrame(nowUs, second);
        if (paired) {
            // 160 bytes is not a multiple of 3, so the two frames are encoded as one payload.
            std::array<std::uint8_t, 2 * audio_format::kTwilioFrameBytes> both{};
            std::copy(item.mulaw.begin(), item.mulaw.end(), both.begin());
            std::copy(second.mulaw.begin(), second.mulaw.end(), both.begin() + audio_format::kTwilioFrameBytes);
            TwilioMessageParser::encodeBase64(both.data(), int(both.size()), d->mediaMessage2.data() + d->payloadOffset);
            d->socket->sendTextMessage(d->mediaMessage2);
        } else {
            TwilioMessageParser::encodeBase64(item.mulaw.data(), int(item.mulaw.size()),
                                              d->mediaMessage.data() + d->payloadOffset);
            d->socket->sendTextMessage(d->mediaMessage);
        }
        const int frames = paired ? 2 : 1;
        d->playheadUs = std::max(d->playheadUs, sendNow) + frames * MediaPacer::kFrameUs;
        d->outboundFrames.fetch_add(quint64(frames), std::memory_order_relaxed);
        if (!item.live)
            d->sentAgentMs.fetch_add(frames * audio_format::kFrameMs, std::memory_order_relaxed);
        QMutexLocker lock(&d->tapsMutex);
        for (const auto& tap : d->taps)
            tap->outboundFrame(item.pcm.data(), int(item.pcm.size()));
        if (paired) {
            for (const auto& tap : d->taps)
                tap->outboundFrame(second.pcm.data(), int(second.pcm.size()));
        }
        lock.unlock();
        const OutboundItem& last = paired ? second : item;
        d->outboundLevel.store(levelDbfs(last.pcm.data(), int(last.pcm.size())), std::memory_order_relaxed);
    }
}

void MediaStream::sendClearNow(const QStringList& droppedMarks, int droppedFrames)
{
    d->droppedOutbound.fetch_add(quint64(droppedFrames), std::memory_order_relaxed);
    // The `clear` itself waits in the outbound queue; sending it now keeps barge-in prompt.
    if (d->pacer)
        d->pacer->serviceNow(this);
    d->ackedAgentMs.store(d->sentAgentMs.load(std::memory_order_relaxed), std::memory_order_relaxed);
    for (const QString& name : droppedMarks) {
        const qsizetype colon = name.indexOf(u':');
        Q_EMIT markDiscarded(name.mid(1, colon - 1).toUInt(), name.mid(colon + 1));
    }
    checkDrained();
}

void MediaStream::onMarkEcho(const QString& name)
{
    const auto it = std::find_if(d->sentMarks.begin(), d->sentMarks.end(),
                                 [&name](const auto& m) { return m.first == name; });
    const qsizetype colon = name.indexOf(u':');
    bool ok = false;
    const quint32 gen = name.startsWith(u'g') && colon > 1 ? name.mid(1, colon - 1).toUInt(&ok) : 0;
    if (it == d->sentMarks.end() || !ok) {
        d->reject(this, Reject::UnknownMark);
        return;
    }
    const qint64 heardMs = it->second;
    d->sentMarks.erase(it);
    if (heardMs > d->ackedAgentMs.load(std::memory_order_relaxed))
        d->ackedAgentMs.store(heardMs, std::memory_order_relaxed);
    const QString label = name.mid(colon + 1);
    if (gen == d->out.generation())
        Q_EMIT markPlayed(gen, label);
    else
        Q_EMIT markDiscarded(gen, label);
    checkDrained();
}

void MediaStream::checkDrained()
{
    if (!d->draining || !d->out.empty() || !d->sentMarks.empty())
        return;
    d->draining = false;
    d->drainTimer.stop();
    Q_EMIT drained();
}

void MediaStream::end(StreamEnd reason)
{
    if (d->state == State::Ended)
        return;
    const bool wasLive = d->state == State::Live;
    d->state = State::Ended;
    if (d->pacer)
        d->pacer->remove(this);
    if (d->draining) {
        d->draining = false;
        d->drainTimer.stop();
        Q_EMIT drained();
    }
    if (d->socket && reason != StreamEnd::SocketClosed && d->socket->state() == QAbstractSocket::ConnectedState) {
        const auto code = reason == StreamEnd::ProtocolError ? QWebSocketProtocol::CloseCodePolicyViolated
                                                             : QWebSocketProtocol::CloseCodeNormal;
        d->socket->close(code);
    }
    if (wasLive)
        qCInfo(lcMedia) << "Media stream" << d->streamSid << "ended, reason" << int(reason);
    Q_EMIT ended(reason);
}

} // namespace calldeck
