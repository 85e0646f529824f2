#include "conversation/realtime/RealtimeAgent.h"

#include "conversation/realtime/RealtimeClient.h"
#include "conversation/realtime/RealtimeInputTap.h"
#include "conversation/realtime/RealtimeLog.h"
#include "conversation/realtime/RealtimeUsage.h"
#include "media/LatencyHistogram.h"
#include "media/MediaPacer.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <array>

using namespace Qt::StringLiterals;

namespace calldeck {

namespace {

/// Backoff between reconnect attempts; the call gives up after the last one.
constexpr std::array<int, 5> kRetryDelaysMs{250, 500, 1000, 2000, 2000};
/// Caller audio kept while the session is being set up (5 s of 20 ms messages).
constexpr std::size_t kMaxHeldMessages = 250;

bool isFatal(const QString& code, const QString& type)
{
    static const QSet<QString> fatal{u"invalid_api_key"_s, u"beta_api_shape_disabled"_s, u"insufficient_quota"_s,
                                     u"model_not_found"_s, u"unsupported_model"_s, u"session_expired"_s};
    return fatal.contains(code) || type == u"authentication_error";
}

} // namespace

RealtimeAgent::RealtimeAgent(AgentConfig config, QObject* parent)
    : VoiceAgent(parent), m_config(std::move(config)), m_transcript(m_config.callKey)
{
    m_tap = std::make_shared<RealtimeInputTap>(this);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &RealtimeAgent::connectNow);
    m_recycleTimer.setSingleShot(true);
    connect(&m_recycleTimer, &QTimer::timeout, this, [this] {
        m_recycleDue = true;
        maybeRecycle();
    });
}

RealtimeAgent::~RealtimeAgent()
{
    m_tap->release();
}

QString RealtimeAgent::kind() const { return u"realtime"_s; }

std::shared_ptr<MediaTap> RealtimeAgent::inputTap() { return m_tap; }

// ---- life cycle --------------------------------------------------------------------------------

void RealtimeAgent::prepare()
{
    if (m_phase != Phase::Idle)
        return;
    if (!RealtimeClient::realtimeUrl(m_config.apiBase, m_config.realtimeModel).isValid()) {
        fail(tr("The AI base URL \"%1\" is not an http(s) address.").arg(m_config.apiBase.toString()));
        return;
    }
    if (m_config.apiKey.isEmpty()) {
        fail(tr("No OpenAI API key is set, so the Realtime agent cannot connect."));
        return;
    }
    connectNow();
}

void RealtimeAgent::connectNow()
{
    if (m_phase == Phase::Failed || m_phase == Phase::Stopped)
        return;
    if (m_client) {
        m_client->disconnect(this);
        m_client->deleteLater();
    }
    m_client = new RealtimeClient(this);
    connect(m_client, &RealtimeClient::connected, this, &RealtimeAgent::onConnected);
    connect(m_client, &RealtimeClient::disconnected, this, &RealtimeAgent::onDisconnected);
    connect(m_client, &RealtimeClient::eventReceived, this, &RealtimeAgent::onEvent);
    connect(m_client, &RealtimeClient::garbageReceived, this, [this](const QString& detail) { Q_EMIT warning(detail); });
    m_phase = Phase::Connecting;
    m_client->open(m_config.apiBase, m_config.realtimeModel, m_config.apiKey);
}

void RealtimeAgent::attach(AgentLine* line, AgentToolHost* tools, qint64 answeredAtUs)
{
    m_line = line;
    m_tools = tools;
    m_answeredAtUs = answeredAtUs;
    m_openingWanted = true;
    if (m_phase == Phase::Idle)
        prepare();
    else if (m_phase == Phase::Ready)
        startOpening();
}

void RealtimeAgent::detach()
{
    m_line = nullptr;
    m_tools = nullptr;
    m_playback.reset();
}

void RealtimeAgent::stop()
{
    if (m_phase == Phase::Stopped)
        return;
    // No signal after stop(): the engine may already be tearing the call down.
    blockSignals(true);
    m_phase = Phase::Stopped;
    m_tap->release();
    m_retryTimer.stop();
    m_recycleTimer.stop();
    if (m_client)
        m_client->close();
    m_line = nullptr;
    m_tools = nullptr;
}

void RealtimeAgent::fail(const QString& message)
{
    if (m_phase == Phase::Failed || m_phase == Phase::Stopped)
        return;
    m_phase = Phase::Failed;
    m_retryTimer.stop();
    m_recycleTimer.stop();
    if (m_client)
        m_client->close();
    qCWarning(lcRealtime).noquote() << "Realtime agent failed:" << message;
    Q_EMIT failed(message);
}

bool RealtimeAgent::send(const QJsonObject& event)
{
    return m_client && m_client->send(event);
}

// ---- connection --------------------------------------------------------------------------------

void RealtimeAgent::onConnected()
{
    m_phase = Phase::Configuring;
    m_sessionOffsetMs = -1;
    m_timeline.clear();
    // The update may go before session.created (a slow first byte must not delay the call).
    send(RealtimeSessionConfig::sessionUpdate(m_config, replies()));
}

void RealtimeAgent::onDisconnected()
{
    if (m_phase == Phase::Failed || m_phase == Phase::Stopped)
        return;
    const int code = m_client ? m_client->closeCode() : 0;
    if (code == 4000) {
        fail(tr("The Realtime server refused the connection (%1).").arg(m_client->closeReason()));
        return;
    }
    m_activeResponseId.clear();
    m_playback.reset();
    m_calleeSpeaking = false;
    m_turnPending = false;
    m_phase = Phase::Connecting;
    if (m_switching) {
        m_switching = false;
        connectNow();
        return;
    }
    qCWarning(lcRealtime) << "Realtime connection lost, close code" << code;
    if (m_everConfigured)
        m_rejoinKind = u"reconnect"_s;
    scheduleReconnect();
}

void RealtimeAgent::scheduleReconnect()
{
    if (m_attempt >= int(kRetryDelaysMs.size())) {
        fail(tr("The connection to the AI was lost and could not be restored after %n attempt(s).", nullptr,
                int(kRetryDelaysMs.size())));
        return;
    }
    m_retryTimer.start(kRetryDelaysMs[std::size_t(m_attempt++)]);
}

void RealtimeAgent::maybeRecycle()
{
    if (!m_recycleDue || m_phase != Phase::Ready || !m_activeResponseId.isEmpty() || m_playback.playing() ||
        m_calleeSpeaking || m_toolsPending > 0)
        return;
    // Between turns: nobody speaks, nothing is generated or queued, so the switch loses nothing.
    m_recycleDue = false;
    m_switching = true;
    m_rejoinKind = u"recycle"_s;
    qCInfo(lcRealtime) << "Recycling the Realtime session before its time cap";
    m_client->close();
}

void RealtimeAgent::onSessionUpdated(const QJsonObject& session)
{
    if (const QString mismatch = RealtimeSessionConfig::formatMismatch(session); !mismatch.isEmpty()) {
        Q_EMIT agentEvent(u"format"_s, mismatch);
        fail(mismatch);
        return;
    }
    if (m_phase != Phase::Configuring)
        return;
    m_phase = Phase::Ready;
    m_attempt = 0;
    m_recycleTimer.start(std::max(1, m_config.sessionRecycleSeconds) * 1000);
    if (!m_rejoinKind.isEmpty()) {
        // The new session knows nothing: give it the conversation so far as text.
        const QJsonArray replay = m_transcript.replayEvents();
        for (const QJsonValue& event : replay)
            send(event.toObject());
        Q_EMIT agentEvent(m_rejoinKind, tr("%n conversation item(s) replayed", nullptr, int(replay.size())));
        m_rejoinKind.clear();
        for (const auto& [name, output] : m_toolNotes) {
            const QJsonObject item{
                {u"type"_s, u"message"_s},
                {u"role"_s, u"system"_s},
                {u"content"_s, QJsonArray{QJsonObject{{u"type"_s, u"input_text"_s},
                                                      {u"text"_s, u"The tool %1 you called before the connection dropped "
                                                                  u"returned: %2"_s.arg(name, output)}}}},
            };
            send(QJsonObject{{u"type"_s, u"conversation.item.create"_s}, {u"item"_s, item}});
        }
        if (!m_toolNotes.empty() && m_toolsPending == 0 && !m_ended && !holding())
            send(QJsonObject{{u"type"_s, u"response.create"_s}});
        m_toolNotes.clear();
    } else if (!m_everConfigured) {
        Q_EMIT agentEvent(u"connected"_s, m_config.realtimeModel);
    }
    m_everConfigured = true;
    for (const auto& [payload, streamMs] : m_heldAudio)
        appendNow(payload, streamMs, MediaPacer::nowUs());
    m_heldAudio.clear();
    if (m_openingWanted && !m_openingRequested)
        startOpening();
}

// ---- caller audio ------------------------------------------------------------------------------

void RealtimeAgent::sendCallerAudio(const QString& base64Mulaw, qint64 streamMs, qint64 tapUs)
{
    if (m_phase == Phase::Failed || m_phase == Phase::Stopped)
        return;
    m_latestMediaTs = streamMs;
    if (m_phase != Phase::Ready) {
        if (m_heldAudio.size() < kMaxHeldMessages)
            m_heldAudio.emplace_back(base64Mulaw, streamMs);
        return;
    }
    appendNow(base64Mulaw, streamMs, tapUs);
}

void RealtimeAgent::appendNow(const QString& base64Mulaw, qint64 streamMs, qint64 tapUs)
{
    if (m_sessionOffsetMs < 0)
        m_sessionOffsetMs = streamMs;
    // Base64 needs no JSON escaping: the event is assembled without building a document.
    static const QString prefix = u"{\"type\":\"input_audio_buffer.append\",\"audio\":\""_s;
    QString json;
    json.reserve(prefix.size() + base64Mulaw.size() + 2);
    json.append(prefix).append(base64Mulaw).append(u"\"}"_s);
    if (!m_client->sendText(json))
        return;
    const qint64 sentUs = MediaPacer::nowUs();
    m_timeline.record(streamMs, tapUs, sentUs);
    if (m_inputForwarding)
        m_inputForwarding->record(sentUs - tapUs);
}

// ---- server events -----------------------------------------------------------------------------

void RealtimeAgent::onEvent(const QJsonObject& event, qint64 receivedUs)
{
    if (m_phase == Phase::Failed || m_phase == Phase::Stopped)
        return;
    m_eventReceivedUs = receivedUs;
    const QString type = event.value(u"type"_s).toString();
    if (type == u"response.output_audio.delta") {
        onAudioDelta(event);
    } else if (type == u"response.output_audio_transcript.delta") {
        onTranscriptDelta(event, false);
    } else if (type == u"response.output_audio_transcript.done") {
        onTranscriptDelta(event, true);
    } else if (type == u"input_audio_buffer.speech_started") {
        onSpeechStarted(event);
    } else if (type == u"input_audio_buffer.speech_stopped") {
        onSpeechStopped(event);
    } else if (type == u"input_audio_buffer.committed") {
        m_transcript.setPrevious(event.value(u"item_id"_s).toString(), event.value(u"previous_item_id"_s).toString());
    } else if (type == u"conversation.item.added" || type == u"conversation.item.created" ||
               type == u"conversation.item.done") {
        const QString id = event.value(u"item"_s).toObject().value(u"id"_s).toString();
        m_transcript.setPrevious(id, event.value(u"previous_item_id"_s).toString());
        if (m_transcript.contains(id))
            emitSegment(m_transcript.segment(id));
    } else if (type == u"conversation.item.input_audio_transcription.delta") {
        emitSegment(m_transcript.calleeDelta(event.value(u"item_id"_s).toString(), event.value(u"delta"_s).toString()));
    } else if (type == u"conversation.item.input_audio_transcription.completed") {
        emitSegment(m_transcript.calleeFinal(event.value(u"item_id"_s).toString(),
                                             event.value(u"transcript"_s).toString()));
        if (event.contains(u"usage"_s))
            Q_EMIT usage(RealtimeUsage::fromTranscription(event.value(u"usage"_s).toObject(),
                                                          m_config.transcriptionModel));
    } else if (type == u"conversation.item.input_audio_transcription.failed") {
        qCInfo(lcRealtime) << "Input transcription failed for" << event.value(u"item_id"_s).toString();
    } else if (type == u"conversation.item.truncated") {
        Q_EMIT agentEvent(u"truncate"_s, tr("%1 cut at %2 ms")
                                             .arg(event.value(u"item_id"_s).toString())
                                             .arg(event.value(u"audio_end_ms"_s).toInteger()));
    } else if (type == u"response.created") {
        const QString id = event.value(u"response"_s).toObject().value(u"id"_s).toString();
        m_activeResponseId = id;
        if (m_openingRequested && m_openingResponseId.isEmpty())
            m_openingResponseId = id;
        if (holding() || m_ended) {
            // A reply the server started on its own while it must stay quiet.
            m_droppedResponses.insert(id);
            send(QJsonObject{{u"type"_s, u"response.cancel"_s}, {u"response_id"_s, id}});
        }
    } else if (type == u"response.done") {
        onResponseDone(event.value(u"response"_s).toObject());
    } else if (type == u"session.updated") {
        onSessionUpdated(event.value(u"session"_s).toObject());
    } else if (type == u"error") {
        onError(event.value(u"error"_s).toObject());
    }
}

void RealtimeAgent::onAudioDelta(const QJsonObject& event)
{
    const QString responseId = event.value(u"response_id"_s).toString();
    const QString itemId = event.value(u"item_id"_s).toString();
    if (!m_line || m_ended || holding() || m_droppedResponses.contains(responseId) || m_droppedItems.contains(itemId))
        return;
    const QByteArray mulaw = QByteArray::fromBase64(event.value(u"delta"_s).toString().toLatin1());
    if (mulaw.isEmpty())
        return;
    const bool firstOfItem = itemId != m_playback.itemId();
    const QString label = m_playback.addDelta(itemId, mulaw.size(), m_latestMediaTs);
    const quint32 generation = m_line->generation();
    m_line->playMulaw(mulaw, generation);
    m_line->mark(label, generation);
    if (firstOfItem && m_turnPending) {
        m_turnPending = false;
        const qint64 handedUs = MediaPacer::nowUs();
        Q_EMIT turnLatency(TurnLatency{++m_turn, handedUs - m_turnEndUs,
                                       m_turnAppendDelayUs + (handedUs - m_eventReceivedUs)});
    }
}

void RealtimeAgent::onTranscriptDelta(const QJsonObject& event, bool done)
{
    const QString itemId = event.value(u"item_id"_s).toString();
    if (m_droppedItems.contains(itemId) || m_transcript.isCut(itemId))
        return;
    const bool playing = itemId == m_playback.itemId();
    const qint64 startMs = playing ? m_playback.startTs() : m_latestMediaTs;
    const qint64 endMs = playing ? startMs + m_playback.sentMs() : startMs;
    if (done)
        emitSegment(m_transcript.agentFinal(itemId, event.value(u"transcript"_s).toString(), endMs));
    else
        emitSegment(m_transcript.agentDelta(itemId, event.value(u"delta"_s).toString(), startMs, endMs));
}

void RealtimeAgent::onSpeechStarted(const QJsonObject& event)
{
    m_calleeSpeaking = true;
    m_turnPending = false;
    const qint64 startMs = std::max<qint64>(0, m_sessionOffsetMs) + event.value(u"audio_start_ms"_s).toInteger();
    emitSegment(m_transcript.calleeStarted(event.value(u"item_id"_s).toString(), startMs));
    Q_EMIT calleeSpeechStarted();
    if (holding() || openingProtected())
        return;
    // Server VAD cancels the response itself (interrupt_response); the agent cuts the audio.
    interrupt(false);
}

void RealtimeAgent::onSpeechStopped(const QJsonObject& event)
{
    m_calleeSpeaking = false;
    const qint64 audioEndMs = event.value(u"audio_end_ms"_s).toInteger();
    const qint64 streamMs = std::max<qint64>(0, m_sessionOffsetMs) + audioEndMs;
    emitSegment(m_transcript.calleeStopped(event.value(u"item_id"_s).toString(), streamMs));
    Q_EMIT calleeTurnEnded();
    if (const auto entry = m_timeline.find(streamMs); entry && !holding()) {
        m_turnPending = true;
        m_turnEndUs = entry->tapUs;
        m_turnAppendDelayUs = entry->sentUs - entry->tapUs;
    }
    maybeRecycle();
}

void RealtimeAgent::interrupt(bool cancel)
{
    if (!m_activeResponseId.isEmpty()) {
        m_droppedResponses.insert(m_activeResponseId);
        if (cancel)
            send(QJsonObject{{u"type"_s, u"response.cancel"_s}, {u"response_id"_s, m_activeResponseId}});
    }
    const auto cut = m_playback.cut(m_latestMediaTs);
    if (!cut)
        return;
    m_droppedItems.insert(cut->itemId);
    send(QJsonObject{{u"type"_s, u"conversation.item.truncate"_s},
                     {u"item_id"_s, cut->itemId},
                     {u"content_index"_s, 0},
                     {u"audio_end_ms"_s, cut->audioEndMs}});
    if (m_line)
        m_line->clear();
    emitSegment(m_transcript.agentCut(cut->itemId, cut->audioEndMs, cut->sentMs));
    qCInfo(lcRealtime) << "Barge-in: cut" << cut->itemId << "at" << cut->audioEndMs << "ms of" << cut->sentMs;
}

// ---- opening -----------------------------------------------------------------------------------

void RealtimeAgent::startOpening()
{
    if (m_openingRequested || m_phase != Phase::Ready)
        return;
    m_openingRequested = true;
    if (!m_config.uninterruptibleOpening)
        m_openingDone = true;
    send(QJsonObject{{u"type"_s, u"response.create"_s}});
}

bool RealtimeAgent::openingProtected() const
{
    return m_config.uninterruptibleOpening && m_openingRequested && !m_openingDone;
}

void RealtimeAgent::checkOpeningDone()
{
    if (m_openingDone || !m_openingRequested || m_openingResponseId.isEmpty())
        return;
    // Done when generated and heard: response.done comes long before the audio has played.
    if (m_activeResponseId == m_openingResponseId || m_playback.playing())
        return;
    m_openingDone = true;
    sendTurnDetection();
}

// ---- responses and tools -----------------------------------------------------------------------

void RealtimeAgent::onResponseDone(const QJsonObject& response)
{
    const QString id = response.value(u"id"_s).toString();
    const QString status = response.value(u"status"_s).toString();
    if (response.contains(u"usage"_s))
        Q_EMIT usage(RealtimeUsage::fromResponse(response.value(u"usage"_s).toObject(), m_config.realtimeModel));
    if (id == m_activeResponseId)
        m_activeResponseId.clear();
    QJsonArray calls;
    for (const QJsonValue& item : response.value(u"output"_s).toArray())
        if (item.toObject().value(u"type"_s).toString() == u"function_call")
            calls.append(item);
    if (!calls.isEmpty()) {
        // Arguments also arrive for cancelled responses; side effects only for completed ones.
        if (status == u"completed" && !m_droppedResponses.contains(id) && !m_ended)
            runTools(calls);
        else
            Q_EMIT agentEvent(u"tool"_s, tr("%n tool call(s) of a %1 response not run", nullptr, int(calls.size()))
                                             .arg(status));
    }
    m_droppedResponses.remove(id);
    checkOpeningDone();
    maybeRecycle();
}

void RealtimeAgent::runTools(const QJsonArray& calls)
{
    for (const QJsonValue& value : calls) {
        const QJsonObject item = value.toObject();
        ToolCall call;
        call.callId = item.value(u"call_id"_s).toString();
        call.name = item.value(u"name"_s).toString();
        QJsonParseError error{};
        const QJsonDocument args = QJsonDocument::fromJson(item.value(u"arguments"_s).toString().toUtf8(), &error);
        if (!args.isObject()) {
            call.argumentsError = error.error != QJsonParseError::NoError ? error.errorString()
                                                                          : tr("the arguments are not a JSON object");
            ++m_toolsPending;
            sendToolOutput(call.callId, call.name, QString::fromUtf8(QJsonDocument(QJsonObject{
                {u"error"_s, QString(u"invalid arguments: "_s + call.argumentsError)}}).toJson(QJsonDocument::Compact)));
            continue;
        }
        call.arguments = args.object();
        Q_EMIT agentEvent(u"tool"_s, call.name);
        if (!m_tools) {
            ++m_toolsPending;
            sendToolOutput(call.callId, call.name, u"{\"error\":\"the call has ended\"}"_s);
            continue;
        }
        ++m_toolsPending;
        m_tools->invoke(this, call, [this, call](const ToolResult& result) {
            if (result.endCall && !m_ended) {
                m_ended = true;
                Q_EMIT endCallRequested(call.arguments.value(u"summary"_s).toString(),
                                        call.arguments.value(u"objective_met"_s).toBool());
                sendTurnDetection();
            }
            sendToolOutput(call.callId, call.name, result.output);
        });
    }
}

void RealtimeAgent::sendToolOutput(const QString& callId, const QString& name, const QString& output)
{
    if (m_phase != Phase::Ready) {
        // Reconnecting: keep the answer (an approval can take minutes) and give it after the replay.
        m_toolNotes.emplace_back(name, output);
        if (--m_toolsPending <= 0)
            m_toolsPending = 0;
        return;
    }
    send(QJsonObject{{u"type"_s, u"conversation.item.create"_s},
                     {u"item"_s, QJsonObject{{u"type"_s, u"function_call_output"_s},
                                             {u"call_id"_s, callId},
                                             {u"output"_s, output}}}});
    if (--m_toolsPending > 0)
        return;
    m_toolsPending = 0;
    // The model does not speak a tool result by itself; after end_call it says nothing more.
    if (!m_ended && !holding())
        send(QJsonObject{{u"type"_s, u"response.create"_s}});
    maybeRecycle();
}

void RealtimeAgent::onError(const QJsonObject& error)
{
    const QString code = error.value(u"code"_s).toString();
    const QString type = error.value(u"type"_s).toString();
    const QString message = error.value(u"message"_s).toString();
    if (isFatal(code, type)) {
        fail(tr("The Realtime server refused to go on: %1").arg(message.isEmpty() ? code : message));
        return;
    }
    if (code == u"rate_limit_exceeded" || type.contains(u"rate_limit")) {
        Q_EMIT warning(tr("The AI provider is rate limiting this call; it goes on (%1).").arg(message));
        return;
    }
    // Overshooting truncations are clamped by the server; cancelling a finished response is a no-op.
    if (message.contains(u"already shorter") || code == u"response_cancel_not_active") {
        qCInfo(lcRealtime).noquote() << "Realtime server note:" << message;
        return;
    }
    Q_EMIT warning(tr("The AI reported a problem: %1").arg(message.isEmpty() ? code : message));
}

// ---- line and supervisor -----------------------------------------------------------------------

void RealtimeAgent::markPlayed(quint32 generation, const QString& label)
{
    Q_UNUSED(generation)
    m_playback.markPlayed(label);
    checkOpeningDone();
    maybeRecycle();
}

void RealtimeAgent::markDiscarded(quint32 generation, const QString& label)
{
    Q_UNUSED(generation)
    Q_UNUSED(label)
}

void RealtimeAgent::lineTranscript(const QString& track, const QString& text, bool isFinal, double confidence)
{
    // The Realtime server transcribes the callee itself; the line's transcription is not needed.
    Q_UNUSED(track)
    Q_UNUSED(text)
    Q_UNUSED(isFinal)
    Q_UNUSED(confidence)
}

void RealtimeAgent::supervisorBargeIn(bool active, const QString& supervisorWords)
{
    setHold(m_holdSupervisor, active, supervisorWords, u"[Supervisor to the callee]: "_s);
}

void RealtimeAgent::humanTakeover(bool active, const QString& humanWords)
{
    setHold(m_holdHuman, active, humanWords, u"[Human agent to the callee]: "_s);
}

void RealtimeAgent::setHold(bool& flag, bool active, const QString& words, const QString& prefix)
{
    if (flag == active)
        return;
    const bool wasHolding = holding();
    flag = active;
    if (active) {
        if (wasHolding)
            return;
        // A human has the floor: the opening loses its protection too.
        m_openingDone = true;
        m_turnPending = false;
        interrupt(true);
        sendTurnDetection();
        return;
    }
    if (!holding())
        sendTurnDetection();
    if (words.trimmed().isEmpty())
        return;
    // Kept for the replay after a reconnect; the call session shows the words in the transcript.
    (void)m_transcript.spoken(u"supervisor"_s, words, m_latestMediaTs);
    const QJsonObject item{
        {u"type"_s, u"message"_s},
        {u"role"_s, u"system"_s},
        {u"content"_s, QJsonArray{QJsonObject{{u"type"_s, u"input_text"_s}, {u"text"_s, QString(prefix + words.trimmed())}}}},
    };
    send(QJsonObject{{u"type"_s, u"conversation.item.create"_s}, {u"item"_s, item}});
}

RealtimeSessionConfig::Replies RealtimeAgent::replies() const
{
    RealtimeSessionConfig::Replies r;
    if (holding() || m_ended) {
        r.createResponse = false;
        r.interruptResponse = false;
    } else if (m_config.uninterruptibleOpening && !m_openingDone) {
        r.interruptResponse = false;
    }
    return r;
}

void RealtimeAgent::sendTurnDetection()
{
    send(RealtimeSessionConfig::turnDetectionUpdate(m_config, replies()));
}

void RealtimeAgent::emitSegment(const TranscriptSegment& segment)
{
    if (!segment.id.isEmpty())
        Q_EMIT this->segment(segment);
}

} // namespace calldeck
