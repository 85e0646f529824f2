#include "calls/CallSession.h"
#include "core/FutureWatch.h"

#include "calls/CallAgent.h"
#include "calls/CallAudioTaps.h"
#include "calls/CallTools.h"
#include "calls/cost/CostMeter.h"
#include "calls/cost/LatencyStats.h"
#include "media/AudioFormat.h"
#include "media/MediaPacer.h"
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
// After end_call the agent's goodbye may still be queued (AI audio arrives faster than real time).
constexpr auto kGoodbyeDrainCap = std::chrono::milliseconds(12000);
constexpr int kCostTickMs = 1000;
} // namespace

CallSession::CallSession(Setup setup, TelephonyProvider& provider, MediaServer& server, MicRouter& mic,
                         const PriceTable& prices, QObject* parent)
    : QObject(parent), m_provider(provider), m_server(server), m_mic(mic),
      m_transcriptionLanguage(setup.transcriptionLanguage), m_levels(std::make_shared<LevelTap>()),
      m_fallbackToHuman(setup.fallbackToHuman), m_clock(setup.clock ? setup.clock : systemClock()), m_cost(std::make_unique<CostMeter>(prices)),
      m_latencyStats(std::make_unique<LatencyStats>()), m_clip(std::make_shared<ClipTap>())
{
    m_snapshot.agentKind = setup.agentKind;
    m_snapshot.estimatedCostMicros = setup.estimatedCostMicros;
    m_costTimer.setInterval(kCostTickMs);
    connect(&m_costTimer, &QTimer::timeout, this, [this] {
        updateCost();
        publish();
    });
    m_snapshot.callKey = setup.callKey;
    m_snapshot.to = setup.to;
    m_snapshot.persona = setup.persona;
    m_snapshot.provider = provider.name();
    m_snapshot.humanMode = setup.humanMode;
    m_snapshot.placedAt = now();
    m_pollTimer.setInterval(kPollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &CallSession::pollStatus);
}

CallSession::~CallSession()
{
    if (m_agent)
        m_agent->stop();
    if (m_stream)
        m_mic.remove(m_stream.data());
}

void CallSession::setAgent(CallAgent* agent, CallTools* tools)
{
    m_agent = agent;
    m_tools = tools;
    agent->setParent(this);
    tools->setParent(this);
    m_snapshot.agentKind = agent->kind();
    m_snapshot.humanMode = false;
    agent->setToolRunner([this](const ToolCall& call, CallTools::Reply reply) {
        if (m_tools)
            m_tools->run(call, std::move(reply));
    });
    connect(agent, &CallAgent::segment, this, &CallSession::addSegment);
    connect(agent, &CallAgent::usage, this, &CallSession::onUsage);
    connect(agent, &CallAgent::turnLatency, this, &CallSession::onTurnLatency);
    connect(agent, &CallAgent::endCallRequested, this, [this](const QString& summary, bool met) {
        if (!summary.isEmpty())
            m_snapshot.summary = summary;
        Q_EMIT event(QStringLiteral("agent"), met ? tr("The agent ended the call: objective met.")
                                                  : tr("The agent ended the call: objective not met."));
        hangUpAfter(kGoodbyeDrainCap);
    });
    connect(agent, &CallAgent::agentEvent, this,
            [this](const QString& kind, const QString& detail) { Q_EMIT event(QStringLiteral("agent"), kind + QStringLiteral(": ") + detail); });
    connect(agent, &CallAgent::warning, this,
            [this](const QString& message) { Q_EMIT event(QStringLiteral("warning"), message); });
    connect(agent, &CallAgent::failed, this, &CallSession::onAgentFailed);
    connect(tools, &CallTools::logged, this, [this](const QString& kind, const QString& detail) {
        Q_EMIT event(QStringLiteral("agent"), kind + QStringLiteral(": ") + detail);
    });
    connect(tools, &CallTools::fieldRecorded, this, [this](const RecordedField& field) {
        Q_EMIT event(QStringLiteral("field"), field.key + QStringLiteral(" = ") + field.value);
    });
    connect(tools, &CallTools::endCall, this, [this](const QString& summary, bool) { m_snapshot.summary = summary; });
    connect(tools, &CallTools::approvalRequested, this,
            [this](const QString& id, qint64 cents, const QString& description) {
                m_snapshot.pendingApprovalId = id;
                m_snapshot.pendingApprovalCents = cents;
                m_snapshot.pendingApprovalText = description;
                Q_EMIT event(QStringLiteral("approval"),
                             tr("Approval needed: %1 (%2)").arg(description).arg(double(cents) / 100.0, 0, 'f', 2));
                Q_EMIT approvalRequested(id, cents, description);
                publish();
            });
    connect(tools, &CallTools::approvalResolved, this, [this](const QString& id, bool approved, const QString& note) {
        if (m_snapshot.pendingApprovalId == id) {
            m_snapshot.pendingApprovalId.clear();
            m_snapshot.pendingApprovalText.clear();
            m_snapshot.pendingApprovalCents = 0;
        }
        Q_EMIT event(QStringLiteral("approval"), (approved ? tr("Approved") : tr("Declined")) +
                                                     (note.isEmpty() ? QString() : QStringLiteral(": ") + note));
        publish();
    });
    agent->prepare();
}

void CallSession::setTakeover(bool on)
{
    if (!m_agent || !isLive() || m_snapshot.takenOver == on)
        return;
    m_snapshot.takenOver = on;
    m_snapshot.humanMode = on;
    if (on) {
        m_clip->arm();
        m_agent->humanTakeover(true, QString());
    } else {
        handBackWords(false);
    }
    if (m_stream) {
        if (on)
            m_stream->clear(); // the AI's queued words stop at once
        m_stream->setHumanMode(on);
        if (on && m_headsetOutput && !m_headset) {
            m_headset = std::make_shared<ListenTap>(*m_headsetOutput, false);
            m_stream->addTap(m_headset);
        } else if (!on && m_headset) {
            m_stream->removeTap(m_headset);
            m_headset.reset();
        }
    }
    updateMicRouting();
    Q_EMIT event(QStringLiteral("takeover"), on ? tr("You have the call; the AI agent holds.")
                                                : tr("Call handed back to the AI agent."));
    publish();
}

bool CallSession::answerApproval(const QString& id, bool approved, const QString& note)
{
    return m_tools && m_tools->answerApproval(id, approved, note);
}

void CallSession::addSegment(const TranscriptSegment& incoming)
{
    TranscriptSegment segment = incoming;
    segment.callKey = m_snapshot.callKey;
    auto it = std::find_if(m_segments.begin(), m_segments.end(),
                           [&segment](const TranscriptSegment& s) { return s.id == segment.id; });
    if (it != m_segments.end())
        *it = segment;
    else
        m_segments.append(segment);
    Q_EMIT transcript(segment);
}

void CallSession::handBackWords(bool supervisor)
{
    const QByteArray pcm = m_clip->take();
    const qint64 spokeMs = qint64(pcm.size() / qsizetype(sizeof(qint16))) * 1000 / audio_format::kEngineRate;
    const qint64 endMs = m_snapshot.connectedAt.isValid()
                             ? m_snapshot.connectedAt.msecsTo(now()) : 0;
    const QString id = QStringLiteral("%1-%2").arg(supervisor ? QStringLiteral("supervisor") : QStringLiteral("human"))
                           .arg(++m_handBackCounter);
    auto deliver = [this, supervisor, id, spokeMs, endMs](const QString& words, bool transcribed) {
        if (m_agent) {
            if (supervisor)
                m_agent->supervisorBargeIn(false, words);
            else
                m_agent->humanTakeover(false, words);
        }
        if (transcribed && !words.trimmed().isEmpty()) {
            TranscriptSegment segment;
            segment.id = id;
            segment.speaker = supervisor ? QStringLiteral("supervisor") : QStringLiteral("agent");
            segment.startMs = std::max<qint64>(0, endMs - spokeMs);
            segment.endMs = endMs;
            segment.text = words.trimmed();
            addSegment(segment);
        }
    };
    if (spokeMs < 300 || !m_speechToText) {
        deliver(spokeMs < 300 ? QString()
                              : tr("(They spoke to the callee for %1 s; no transcript is available.)")
                                    .arg(double(spokeMs) / 1000.0, 0, 'f', 1),
                false);
        return;
    }
    // The agent holds a moment longer while the words are transcribed.
    whenFinished(this, m_speechToText(pcm), [deliver, spokeMs, this](const Result<Transcription>& text) {
        if (!text) {
            Q_EMIT event(QStringLiteral("warning"), tr("Could not transcribe what was said: %1").arg(text.error().message));
            deliver(tr("(They spoke to the callee for %1 s; no transcript is available.)")
                        .arg(double(spokeMs) / 1000.0, 0, 'f', 1),
                    false);
            return;
        }
        onUsage(text.value().usage);
        deliver(text.value().text, true);
    });
}

void CallSession::onUsage(const AiUsage& usage)
{
    m_cost->add(usage);
    updateCost();
    publish();
}

void CallSession::onTurnLatency(const TurnLatency& latency)
{
    m_latencies.append(latency);
    m_latencyStats->add(latency);
    m_snapshot.latencyTurns = int(m_latencies.size());
    m_snapshot.latencyP50Ms = int(m_latencyStats->p50TotalMs());
    m_snapshot.latencyP95Ms = int(m_latencyStats->p95TotalMs());
    publish();
}

void CallSession::onAgentFailed(const QString& message)
{
    Q_EMIT event(QStringLiteral("warning"), tr("The AI agent stopped: %1").arg(message));
    if (!isLive())
        return;
    if (m_fallbackToHuman) {
        setTakeover(true);
    } else {
        hangUp();
    }
}

void CallSession::updateCost()
{
    qint64 seconds = 0;
    if (m_snapshot.connectedAt.isValid()) {
        const QDateTime end = m_snapshot.endedAt.isValid() ? m_snapshot.endedAt : now();
        seconds = m_snapshot.connectedAt.secsTo(end);
    }
    m_cost->setTelephony(m_snapshot.provider, seconds);
    m_snapshot.costMicros = m_cost->cost().totalMicros();
}

CallCost CallSession::cost() const
{
    return m_cost->cost();
}

QFuture<Result<QString>> CallSession::place(const QUrl& baseUrl)
{
    auto promise = std::make_shared<QPromise<Result<QString>>>();
    promise->start();
    const QString key = m_snapshot.callKey;
    const QString token = m_server.openCall(key, m_provider.signingKey(), baseUrl);

    TwimlBuilder twiml;
    twiml.stream(m_server.mediaUrl(key)).parameter(QStringLiteral("token"), token);
    // Realtime and cascade agents transcribe the callee themselves; the human and offline agents
    // rely on the line's transcription.
    if (m_snapshot.humanMode || m_snapshot.agentKind == u"offline")
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
        if (!m_snapshot.connectedAt.isValid()) {
            m_snapshot.connectedAt = now();
            if (m_tools)
                m_tools->setCallClockStart(m_snapshot.connectedAt.toMSecsSinceEpoch());
            m_costTimer.start();
        }
    }
    publish();
}

void CallSession::handleTranscription(const TranscriptionEvent& event)
{
    if (event.event != u"transcription-content" || event.text.trimmed().isEmpty())
        return;
    if (m_agent && !m_snapshot.takenOver) {
        m_agent->lineTranscript(event.track, event.text.trimmed(), event.isFinal, event.confidence);
        return;
    }
    const bool agentSide = event.track == u"outbound_track";
    TranscriptSegment segment;
    segment.speaker = agentSide ? QStringLiteral("agent") : QStringLiteral("callee");
    // Partials and their final share one id; the next utterance gets the next number.
    segment.id = QStringLiteral("line-%1-%2").arg(segment.speaker).arg(m_lineSegmentCounter);
    if (event.isFinal)
        ++m_lineSegmentCounter;
    segment.text = event.text.trimmed();
    segment.isFinal = event.isFinal;
    segment.confidence = event.confidence;
    const qint64 nowMs = m_snapshot.connectedAt.isValid()
                             ? m_snapshot.connectedAt.msecsTo(now()) : 0;
    segment.startMs = nowMs;
    for (const TranscriptSegment& s : std::as_const(m_segments)) {
        if (s.id == segment.id) {
            segment.startMs = s.startMs; // a partial's start stays the utterance's start
            break;
        }
    }
    if (event.isFinal)
        segment.endMs = std::max(segment.startMs, nowMs);
    addSegment(segment);
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
    if (m_agent) {
        m_agent->attach(stream.data(), MediaPacer::nowUs());
        stream->addTap(m_clip);
    }
    connect(stream.data(), &MediaStream::dtmfReceived, this, [this](const QString& digit) {
        Q_EMIT event(QStringLiteral("dtmf"), digit);
        if (m_agent)
            m_agent->dtmf(digit);
    }, Qt::QueuedConnection);
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
    if (m_agent)
        m_agent->detach();
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
    if (m_agent && !m_snapshot.takenOver) {
        if (on) {
            m_clip->arm();
            m_agent->supervisorBargeIn(true, QString());
        } else {
            handBackWords(true);
        }
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
    hangUpAfter(kDrainCap);
}

void CallSession::hangUpAfter(std::chrono::milliseconds drainCap)
{
    if (!isLive())
        return;
    m_hangUpRequested = true;
    if (m_snapshot.callSid.isEmpty())
        return; // place() finishes first and comes back here
    m_snapshot.state = CallState::Ending;
    publish();
    if (m_stream) {
        m_stream->drain(drainCap); // let the goodbye play; drained() → requestHangUp()
        QTimer::singleShot(drainCap + std::chrono::milliseconds(500), this, &CallSession::requestHangUp);
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
    m_costTimer.stop();
    if (m_tools)
        m_tools->cancelPending(tr("The call ended before you answered."));
    if (m_agent)
        m_agent->stop();
    m_snapshot.state = CallState::Ended;
    m_snapshot.outcome = outcome;
    m_snapshot.endReason = reason;
    m_snapshot.endedAt = now();
    updateCost();
    m_snapshot.bargeIn = false;
    m_snapshot.listening = false;
    if (m_stream) {
        m_mic.remove(m_stream.data());
        m_stream->removeTap(m_levels);
        if (m_listen)
            m_stream->removeTap(m_listen);
        if (m_headset)
            m_stream->removeTap(m_headset);
        m_stream->removeTap(m_clip);
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
