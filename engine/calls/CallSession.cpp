#include "calls/CallSession.h"
#include "core/FutureWatch.h"

#include "calls/CallAudioTaps.h"
#include "calls/MicRouter.h"
#include "media/MediaServer.h"
#include "media/MediaStream.h"
#include "telephony/TelephonyProvider.h"
#include "telephony/TwimlBuilder.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QPromise>

Q_LOGGING_CATEGORY(lcCall, "calldeck.call")

namespace calldeck {

namespace {
constexpr int kRingTimeoutSeconds = 30;
constexpr auto kDrainCap = std::chrono::milliseconds(2000);
constexpr int kPollIntervalMs = 5000;
constexpr qint64 kCallbackSilenceMs = 8000;   // no callback for this long → ask Twilio directly
} // namespace

CallSession::CallSession(Setup setup, TelephonyProvider& provider, MediaServer& server, MicRouter& mic,
                         QObject* parent)
    : QObject(parent), m_provider(provider), m_server(server), m_mic(mic),
      m_transcriptionLanguage(setup.transcriptionLanguage), m_levels(std::make_shared<LevelTap>())
{
    m_snapshot.callKey = setup.callKey;
    m_snapshot.to = setup.to;
    m_snapshot.persona = setup.persona;
    m_snapshot.provider = provider.name();
    m_snapshot.humanMode = setup.humanMode;
    m_snapshot.placedAt = QDateTime::currentDateTimeUtc();
    m_pollTimer.setInterval(kPollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &CallSession::pollStatus);
}

CallSession::~CallSession()
{
    if (m_stream)
        m_mic.remove(m_stream.data());
}

QFuture<Result<QString>> CallSession::place(const QUrl& baseUrl)
{
    auto promise = std::make_shared<QPromise<Result<QString>>>();
    promise->start();
    const QString key = m_snapshot.callKey;
    const QString token = m_server.openCall(key, m_provider.signingKey(), baseUrl);

    TwimlBuilder twiml;
    twiml.stream(m_server.mediaUrl(key)).parameter(QStringLiteral("token"), token);
    if (m_snapshot.humanMode) // AI calls get their transcript from the AI itself
        twiml.transcription(m_server.transcriptionCallbackUrl(key), m_transcriptionLanguage);
    const Result<QString> xml = twiml.build();
    if (!xml) {
        m_server.closeCall(key);
        finish(QStringLiteral("failed"), xml.error().message);
        promise->addResult(xml.error());
        promise->finish();
        return promise->future();
    }

    TwilioCallRequest request;
    request.to = m_snapshot.to;
    request.from = m_provider.fromNumber();
    request.twiml = xml.value();
    request.statusCallback = m_server.statusCallbackUrl(key);
    request.ringTimeoutSeconds = kRingTimeoutSeconds;
    m_lastCallbackMs = QDateTime::currentMSecsSinceEpoch();
    Q_EMIT event(QStringLiteral("placing"),
                 tr("Calling %1 through %2").arg(m_snapshot.to, m_provider.name()));

    whenFinished(this, m_provider.place(request), [this, promise, key](const Result<TwilioCall>& result) {
        if (!result) {
            m_server.closeCall(key);
            finish(QStringLiteral("failed"), result.error().message);
            promise->addResult(result.error());
            promise->finish();
            return;
        }
        m_snapshot.callSid = result.value().sid;
        Q_EMIT event(QStringLiteral("placed"), tr("Call %1 accepted by %2").arg(m_snapshot.callSid, m_provider.name()));
        applyStatus(result.value().status);
        m_pollTimer.start();
        promise->addResult(key);
        promise->finish();
        if (m_hangUpRequested) // the user hung up while the request was in flight
            requestHangUp();
    });
    return promise->future();
}

void CallSession::handleStatus(const CallStatusEvent& event)
{
    m_lastCallbackMs = QDateTime::currentMSecsSinceEpoch();
    if (m_snapshot.callSid.isEmpty())
        m_snapshot.callSid = event.callSid;
    if (m_tracker.applyCallback(event.callStatus, event.sequenceNumber) == CallStatusTracker::Applied::Ignored) {
        qCDebug(lcCall) << m_snapshot.callKey << "ignored stale or repeated status" << event.callStatus
                        << event.sequenceNumber;
        return;
    }
    Q_EMIT this->event(QStringLiteral("status"), event.callStatus);
    applyStatus(QString()); // tracker already advanced
}

void CallSession::applyStatus(const QString& restStatus)
{
    if (!restStatus.isEmpty() && m_tracker.applyRest(restStatus) == CallStatusTracker::Applied::Ignored)
        return;
    const QString status = m_tracker.status();
    m_snapshot.twilioStatus = status;
    if (CallStatusTracker::isTerminalStatus(status)) {
        finish(status, reasonFor(status));
        return;
    }
    if (status == u"ringing") {
        if (m_snapshot.state != CallState::Ending)
            m_snapshot.state = CallState::Ringing;
    } else if (status == u"in-progress") {
        if (m_snapshot.state != CallState::Ending)
            m_snapshot.state = CallState::Connected;
        if (!m_snapshot.connectedAt.isValid())
            m_snapshot.connectedAt = QDateTime::currentDateTimeUtc();
    }
    publish();
}

void CallSession::handleTranscription(const TranscriptionEvent& event)
{
    if (event.event != u"transcription-content" || event.text.trimmed().isEmpty())
        return;
    TranscriptSegment line;
    line.callKey = m_snapshot.callKey;
    line.speaker = event.track == u"outbound_track" ? QStringLiteral("agent") : QStringLiteral("callee");
    line.text = event.text.trimmed();
    line.isFinal = event.isFinal;
    line.startMs = m_snapshot.connectedAt.isValid() ? m_snapshot.connectedAt.msecsTo(QDateTime::currentDateTimeUtc())
                                                     : 0;
    Q_EMIT transcript(line);
}

void CallSession::attachStream(QPointer<MediaStream> stream)
{
    if (!stream || !isLive())
        return;
    m_stream = stream;
    m_snapshot.mediaConnected = true;
    stream->addTap(m_levels);
    if (m_headsetOutput && m_snapshot.humanMode) {
        m_headset = std::make_shared<ListenTap>(*m_headsetOutput, false);
        stream->addTap(m_headset);
    }
    if (m_snapshot.humanMode)
        stream->setHumanMode(true);
    connect(stream.data(), &MediaStream::dtmfReceived, this,
            [this](const QString& digit) { Q_EMIT event(QStringLiteral("dtmf"), digit); }, Qt::QueuedConnection);
    connect(stream.data(), &MediaStream::protocolWarning, this,
            [this](const QString& detail) { Q_EMIT event(QStringLiteral("warning"), detail); }, Qt::QueuedConnection);
    connect(stream.data(), &MediaStream::bargeInChanged, this,
            [this](bool active) { Q_EMIT bargeInChanged(active); }, Qt::QueuedConnection);
    connect(stream.data(), &MediaStream::drained, this, &CallSession::requestHangUp, Qt::QueuedConnection);
    updateMicRouting();
    Q_EMIT event(QStringLiteral("media"), tr("Audio connected (stream %1)").arg(stream->info().streamSid));
    publish();
    if (m_hangUpRequested)
        hangUp();
}

void CallSession::handleStreamEnded(int reason)
{
    if (m_stream)
        m_mic.remove(m_stream.data());
    m_stream.clear();
    m_levels->reset();
    m_snapshot.mediaConnected = false;
    m_snapshot.bargeIn = false;
    QString why;
    switch (StreamEnd(reason)) {
    case StreamEnd::Stopped:
        why = tr("the carrier ended the stream");
        break;
    case StreamEnd::SocketClosed:
        why = tr("the connection dropped without a stop message");
        break;
    case StreamEnd::ClosedByUs:
        why = tr("closed by CallDeck");
        break;
    case StreamEnd::ProtocolError:
        why = tr("protocol error");
        break;
    }
    Q_EMIT event(QStringLiteral("media"), tr("Audio stream closed: %1").arg(why));
    if (isLive())
        publish();
}

void CallSession::setHeadset(AudioOutput* output)
{
    m_headsetOutput = output;
}

void CallSession::setListening(AudioOutput* output)
{
    if (m_listen && m_stream)
        m_stream->removeTap(m_listen);
    m_listen.reset();
    if (output && m_stream && isLive()) {
        m_listen = std::make_shared<ListenTap>(*output, true);
        m_stream->addTap(m_listen);
    }
    m_snapshot.listening = output != nullptr && isLive();
    publish();
}

void CallSession::setBargeIn(bool on)
{
    if (!m_stream || !isLive() || m_snapshot.bargeIn == on)
        return;
    m_snapshot.bargeIn = on;
    if (on) {
        m_mic.add(m_stream.data()); // route first, so the first mic frame after clear goes out
        m_stream->beginBargeIn();
    } else {
        m_stream->endBargeIn();
    }
    updateMicRouting();
    Q_EMIT event(QStringLiteral("barge-in"), on ? tr("Supervisor microphone in the call") : tr("Call handed back"));
    publish();
}

void CallSession::setMuted(bool on)
{
    if (m_snapshot.muted == on)
        return;
    m_snapshot.muted = on;
    updateMicRouting();
    publish();
}

void CallSession::sendDigits(const QString& digits)
{
    if (m_stream && isLive()) {
        m_stream->playDtmf(digits);
        Q_EMIT event(QStringLiteral("dtmf-sent"), digits);
    }
}

void CallSession::updateMicRouting()
{
    if (!m_stream)
        return;
    const bool wanted = m_snapshot.bargeIn || (m_snapshot.humanMode && !m_snapshot.muted);
    if (wanted)
        m_mic.add(m_stream.data());
    else
        m_mic.remove(m_stream.data());
}

void CallSession::hangUp()
{
    if (!isLive())
        return;
    m_hangUpRequested = true;
    if (m_snapshot.callSid.isEmpty())
        return; // place() finishes first and comes back here
    m_snapshot.state = CallState::Ending;
    publish();
    if (m_stream) {
        m_stream->drain(kDrainCap); // let the goodbye play; drained() → requestHangUp()
        QTimer::singleShot(kDrainCap + std::chrono::milliseconds(500), this, &CallSession::requestHangUp);
    } else {
        requestHangUp();
    }
}

void CallSession::requestHangUp()
{
    if (!m_hangUpRequested || m_hangUpSent || !isLive() || m_snapshot.callSid.isEmpty())
        return;
    m_hangUpSent = true;
    Q_EMIT event(QStringLiteral("hangup"), tr("Hanging up"));
    whenFinished(this, m_provider.hangUp(m_snapshot.callSid), [this](const Status& status) {
        if (!status) {
            m_hangUpSent = false; // let the user try again
            m_snapshot.state = CallState::Connected;
            Q_EMIT event(QStringLiteral("warning"), status.error().message);
            publish();
        }
        pollStatus(); // the terminal callback normally follows; if it does not, the poll ends the call
    });
}

void CallSession::pollStatus()
{
    if (!isLive() || m_snapshot.callSid.isEmpty())
        return;
    const qint64 silentMs = QDateTime::currentMSecsSinceEpoch() - m_lastCallbackMs;
    if (silentMs < kCallbackSilenceMs && !m_hangUpSent)
        return;
    if (!m_warnedNoCallbacks && !m_hangUpSent && m_tracker.rank(m_tracker.status()) <= 0) {
        m_warnedNoCallbacks = true;
        Q_EMIT event(QStringLiteral("warning"),
                     tr("No status callbacks have arrived for %1 s; asking Twilio directly. Check the public "
                        "URL or tunnel.").arg(silentMs / 1000));
    }
    whenFinished(this, m_provider.fetch(m_snapshot.callSid), [this](const Result<TwilioCall>& result) {
        if (result && isLive())
            applyStatus(result.value().status);
    });
}

void CallSession::finish(const QString& outcome, const QString& reason)
{
    if (!isLive())
        return;
    m_pollTimer.stop();
    m_snapshot.state = CallState::Ended;
    m_snapshot.outcome = outcome;
    m_snapshot.endReason = reason;
    m_snapshot.endedAt = QDateTime::currentDateTimeUtc();
    m_snapshot.bargeIn = false;
    m_snapshot.listening = false;
    if (m_stream) {
        m_mic.remove(m_stream.data());
        m_stream->removeTap(m_levels);
        if (m_listen)
            m_stream->removeTap(m_listen);
        if (m_headset)
            m_stream->removeTap(m_headset);
    }
    m_levels->reset();
    m_server.closeCall(m_snapshot.callKey);
    Q_EMIT event(QStringLiteral("ended"), outcome + QStringLiteral(": ") + reason);
    publish();
}

QString CallSession::reasonFor(const QString& outcome)
{
    if (outcome == u"completed")
        return tr("The call ended normally.");
    if (outcome == u"busy")
        return tr("The line was busy.");
    if (outcome == u"no-answer")
        return tr("Nobody answered.");
    if (outcome == u"canceled")
        return tr("The call was cancelled before it was answered.");
    return tr("The call could not be connected.");
}

CallLevels CallSession::levels() const
{
    return {m_levels->calleeDb(), m_levels->agentDb()};
}

void CallSession::publish()
{
    Q_EMIT updated(m_snapshot);
}

} // namespace calldeck
