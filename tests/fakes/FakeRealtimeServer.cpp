#include "fakes/FakeRealtimeServer.h"

#include "fakes/TwilioMediaClient.h"
#include "media/MuLaw.h"

#include <QJsonDocument>
#include <QUrlQuery>

#include <chrono>
#include <cmath>

using namespace Qt::StringLiterals;

namespace calldeck::fakes {

namespace {

constexpr int kChunkMs = 100;          // audio per delta
constexpr int kBytesPerMs = 8;         // μ-law 8 kHz

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

QJsonObject defaultSession()
{
    const QJsonObject pcm{{u"type"_s, u"audio/pcm"_s}, {u"rate"_s, 24000}};
    return QJsonObject{
        {u"type"_s, u"realtime"_s},
        {u"object"_s, u"realtime.session"_s},
        {u"model"_s, u"gpt-realtime"_s},
        {u"instructions"_s, u"You are a helpful assistant."_s},
        {u"output_modalities"_s, QJsonArray{u"audio"_s}},
        {u"audio"_s, QJsonObject{
            {u"input"_s, QJsonObject{{u"format"_s, pcm},
                                     {u"transcription"_s, QJsonValue::Null},
                                     {u"turn_detection"_s, QJsonObject{{u"type"_s, u"server_vad"_s},
                                                                       {u"threshold"_s, 0.5},
                                                                       {u"prefix_padding_ms"_s, 300},
                                                                       {u"silence_duration_ms"_s, 500},
                                                                       {u"create_response"_s, true},
                                                                       {u"interrupt_response"_s, true}}}}},
            {u"output"_s, QJsonObject{{u"format"_s, pcm}, {u"voice"_s, u"alloy"_s}}}}},
        {u"tools"_s, QJsonArray{}},
        {u"tool_choice"_s, u"auto"_s},
    };
}

/// session.update is partial: objects merge key by key, everything else replaces.
QJsonObject merge(QJsonObject base, const QJsonObject& update)
{
    for (auto it = update.begin(); it != update.end(); ++it) {
        if (it.value().isObject() && base.value(it.key()).isObject())
            base.insert(it.key(), merge(base.value(it.key()).toObject(), it.value().toObject()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

} // namespace

struct FakeRealtimeServer::Response
{
    QString id;
    QString itemId;
    Reply reply;
    int chunks = 0;        // audio deltas planned
    int sent = 0;
    bool held = false;
    bool toolSent = false;
    QString transcriptSoFar;
};

struct FakeRealtimeServer::Conn
{
    int index = 0;
    QPointer<QWebSocket> socket;
    QJsonObject session = defaultSession();
    bool ready = false;                 // session.created went out
    QStringList pending;                // events waiting for the first byte
    QByteArray appended;
    qint64 audioMs = 0;                 // appended audio so far
    bool speaking = false;
    qint64 silenceMs = 0;
    qint64 lastVoicedEndMs = 0;
    QString userItem;
    QString lastItem;
    std::unique_ptr<Response> response;
    QHash<QString, qint64> itemAudioMs;
    QTimer timer;
};

FakeRealtimeServer::FakeRealtimeServer(QObject* parent)
    : QObject(parent), m_server(u"fake-realtime"_s, QWebSocketServer::NonSecureMode)
{
    connect(&m_server, &QWebSocketServer::newConnection, this, &FakeRealtimeServer::onNewConnection);
    m_responseUsage = QJsonObject{
        {u"total_tokens"_s, 1650}, {u"input_tokens"_s, 1200}, {u"output_tokens"_s, 450},
        {u"input_token_details"_s, QJsonObject{{u"text_tokens"_s, 800}, {u"audio_tokens"_s, 400},
                                               {u"image_tokens"_s, 0}, {u"cached_tokens"_s, 640},
                                               {u"cached_tokens_details"_s, QJsonObject{{u"text_tokens"_s, 512},
                                                                                        {u"audio_tokens"_s, 128},
                                                                                        {u"image_tokens"_s, 0}}}}},
        {u"output_token_details"_s, QJsonObject{{u"text_tokens"_s, 90}, {u"audio_tokens"_s, 360}}},
    };
    m_transcriptionUsage = QJsonObject{
        {u"type"_s, u"tokens"_s}, {u"input_tokens"_s, 57}, {u"output_tokens"_s, 11}, {u"total_tokens"_s, 68},
        {u"input_token_details"_s, QJsonObject{{u"text_tokens"_s, 7}, {u"audio_tokens"_s, 50}}},
    };
}

FakeRealtimeServer::~FakeRealtimeServer()
{
    for (auto& conn : m_conns) {
        conn->timer.stop();
        if (conn->socket) {
            conn->socket->disconnect(this);
            conn->socket->abort();
            delete conn->socket;
        }
    }
    m_server.close();
}

bool FakeRealtimeServer::listen() { return m_server.listen(QHostAddress::LocalHost, 0); }

QUrl FakeRealtimeServer::apiBase() const
{
    return QUrl(u"http://127.0.0.1:%1/v1"_s.arg(m_server.serverPort()));
}

int FakeRealtimeServer::openConnections() const
{
    int open = 0;
    for (const auto& conn : m_conns)
        open += conn->socket && conn->socket->state() == QAbstractSocket::ConnectedState ? 1 : 0;
    return open;
}

QList<QJsonObject> FakeRealtimeServer::events(const QString& type) const
{
    if (type.isEmpty())
        return m_events;
    QList<QJsonObject> out;
    for (const QJsonObject& e : m_events)
        if (e.value(u"type"_s).toString() == type)
            out.append(e);
    return out;
}

FakeRealtimeServer::Conn* FakeRealtimeServer::newest() const { return m_conns.empty() ? nullptr : m_conns.back().get(); }

QJsonObject FakeRealtimeServer::session() const { return newest() ? newest()->session : QJsonObject{}; }

QByteArray FakeRealtimeServer::appendedAudio() const { return newest() ? newest()->appended : QByteArray{}; }

void FakeRealtimeServer::onNewConnection()
{
    while (QWebSocket* socket = m_server.nextPendingConnection()) {
        auto conn = std::make_unique<Conn>();
        Conn* c = conn.get();
        c->index = int(m_conns.size());
        c->socket = socket;
        socket->setParent(this);
        const QNetworkRequest request = socket->request();
        Connection info;
        info.path = request.url().path();
        info.model = QUrlQuery(request.url()).queryItemValue(u"model"_s);
        info.bearerOk = request.rawHeader("Authorization") == "Bearer " + m_apiKey.toUtf8();
        info.betaHeader = request.hasRawHeader("OpenAI-Beta");
        m_connections.append(info);
        c->timer.setSingleShot(true);
        connect(&c->timer, &QTimer::timeout, this, [this, c] { step(c); });
        connect(socket, &QWebSocket::textMessageReceived, this, [this, c](const QString& text) { onText(c, text); });
        m_conns.push_back(std::move(conn));
        Q_EMIT connectionOpened(c->index);

        c->ready = true;   // errors about the handshake go out at once
        if (info.betaHeader) {
            error(c, u"beta_api_shape_disabled"_s, u"The beta Realtime API shape is disabled; use the GA shape."_s,
                  u"invalid_request_error"_s);
            socket->close(QWebSocketProtocol::CloseCode(4000), u"beta_api_shape_disabled"_s);
            continue;
        }
        if (!info.bearerOk) {
            error(c, u"invalid_api_key"_s, u"Incorrect API key provided."_s, u"invalid_request_error"_s);
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, u"invalid_api_key"_s);
            continue;
        }
        if (info.path != u"/v1/realtime" || info.model.isEmpty()) {
            error(c, u"invalid_request"_s, u"Unknown path or missing model."_s, u"invalid_request_error"_s);
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, u"bad request"_s);
            continue;
        }
        c->session.insert(u"model"_s, info.model);
        c->ready = false;
        auto sendCreated = [this, c] {
            if (!c->socket)
                return;
            c->ready = true;
            send(c, QJsonObject{{u"type"_s, u"session.created"_s}, {u"session"_s, c->session}});
            const QStringList pending = std::exchange(c->pending, {});
            for (const QString& text : pending)
                onText(c, text);
        };
        if (m_firstByteDelayMs > 0)
            QTimer::singleShot(m_firstByteDelayMs, this, sendCreated);
        else
            sendCreated();
    }
}

void FakeRealtimeServer::send(Conn* conn, QJsonObject event)
{
    if (!conn->socket || conn->socket->state() != QAbstractSocket::ConnectedState)
        return;
    event.insert(u"event_id"_s, u"event_%1"_s.arg(++m_eventCounter));
    conn->socket->sendTextMessage(QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact)));
}

void FakeRealtimeServer::error(Conn* conn, const QString& code, const QString& message, const QString& type)
{
    send(conn, QJsonObject{{u"type"_s, u"error"_s},
                           {u"error"_s, QJsonObject{{u"type"_s, type}, {u"code"_s, code}, {u"message"_s, message},
                                                    {u"param"_s, QJsonValue::Null}}}});
}

void FakeRealtimeServer::onText(Conn* conn, const QString& text)
{
    if (!conn->ready) {
        // Before the first byte the server reads nothing yet; it will, in order.
        conn->pending.append(text);
        return;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (!doc.isObject()) {
        error(conn, u"invalid_json"_s, u"The event is not valid JSON."_s, u"invalid_request_error"_s);
        return;
    }
    const QJsonObject event = doc.object();
    m_events.append(event);
    Q_EMIT clientEvent(event.value(u"type"_s).toString());
    handle(conn, event);
    if (m_dropAfter > 0 && --m_dropAfter == 0) {
        m_dropAfter = -1;
        dropConnection();
    }
}

void FakeRealtimeServer::handle(Conn* conn, const QJsonObject& event)
{
    const QString type = event.value(u"type"_s).toString();
    if (type == u"input_audio_buffer.append") {
        onAppend(conn, QByteArray::fromBase64(event.value(u"audio"_s).toString().toLatin1()));
    } else if (type == u"session.update") {
        conn->session = merge(conn->session, event.value(u"session"_s).toObject());
        if (m_ignoreFormats) {
            const QJsonObject pcm{{u"type"_s, u"audio/pcm"_s}, {u"rate"_s, 24000}};
            conn->session = merge(conn->session, QJsonObject{{u"audio"_s, QJsonObject{
                {u"input"_s, QJsonObject{{u"format"_s, pcm}}}, {u"output"_s, QJsonObject{{u"format"_s, pcm}}}}}});
        }
        send(conn, QJsonObject{{u"type"_s, u"session.updated"_s}, {u"session"_s, conn->session}});
    } else if (type == u"response.create") {
        startResponse(conn);
    } else if (type == u"response.cancel") {
        if (conn->response)
            finishResponse(conn, u"cancelled"_s, u"client_cancelled"_s);
        else
            error(conn, u"response_cancel_not_active"_s, u"Cancellation failed: no active response found."_s,
                  u"invalid_request_error"_s);
    } else if (type == u"conversation.item.truncate") {
        const QString itemId = event.value(u"item_id"_s).toString();
        if (!conn->itemAudioMs.contains(itemId)) {
            error(conn, u"item_not_found"_s, u"Item %1 not found."_s.arg(itemId), u"invalid_request_error"_s);
            return;
        }
        const qint64 asked = event.value(u"audio_end_ms"_s).toInteger();
        const qint64 length = conn->itemAudioMs.value(itemId);
        if (asked > length)
            error(conn, u"invalid_value"_s,
                  u"Audio content of %1ms is already shorter than %2ms"_s.arg(length).arg(asked),
                  u"invalid_request_error"_s);
        send(conn, QJsonObject{{u"type"_s, u"conversation.item.truncated"_s}, {u"item_id"_s, itemId},
                               {u"content_index"_s, 0}, {u"audio_end_ms"_s, std::min(asked, length)}});
    } else if (type == u"conversation.item.create") {
        QJsonObject item = event.value(u"item"_s).toObject();
        if (!item.contains(u"id"_s))
            item.insert(u"id"_s, u"item_c%1"_s.arg(++m_itemCounter));
        item.insert(u"object"_s, u"realtime.item"_s);
        const QString previous = conn->lastItem.isEmpty() ? u"root"_s : conn->lastItem;
        conn->lastItem = item.value(u"id"_s).toString();
        send(conn, QJsonObject{{u"type"_s, u"conversation.item.added"_s}, {u"previous_item_id"_s, previous}, {u"item"_s, item}});
        send(conn, QJsonObject{{u"type"_s, u"conversation.item.done"_s}, {u"previous_item_id"_s, previous}, {u"item"_s, item}});
    } else if (type == u"input_audio_buffer.clear" || type == u"input_audio_buffer.commit") {
        return;
    } else {
        error(conn, u"unknown_event"_s, u"Unknown event type %1."_s.arg(type), u"invalid_request_error"_s);
    }
}

void FakeRealtimeServer::onAppend(Conn* conn, const QByteArray& mulaw)
{
    conn->appended.append(mulaw);
    const QJsonObject vad =
        conn->session.value(u"audio"_s).toObject().value(u"input"_s).toObject().value(u"turn_detection"_s).toObject();
    const double threshold = vad.value(u"threshold"_s).toDouble(0.5);
    const int padding = vad.value(u"prefix_padding_ms"_s).toInt(300);
    const int silenceNeeded = vad.value(u"silence_duration_ms"_s).toInt(500);
    // Energy VAD: a 20 ms frame is speech when louder than −50 dBFS + 40 dB × threshold.
    const double voicedDb = -50.0 + 40.0 * threshold;
    constexpr int kFrame = 160;
    for (qsizetype at = 0; at < mulaw.size(); at += kFrame) {
        const qsizetype n = std::min<qsizetype>(kFrame, mulaw.size() - at);
        double energy = 0;
        for (qsizetype i = 0; i < n; ++i) {
            const double s = MuLaw::decode(std::uint8_t(mulaw[at + i]));
            energy += s * s;
        }
        const double db = 10.0 * std::log10(std::max(1e-9, energy / double(n)) / (32768.0 * 32768.0));
        const qint64 frameStart = conn->audioMs;
        conn->audioMs += n / kBytesPerMs;
        if (vad.isEmpty())
            continue;
        if (db > voicedDb) {
            conn->silenceMs = 0;
            conn->lastVoicedEndMs = conn->audioMs;
            if (!conn->speaking)
                speechStarted(conn, std::max<qint64>(0, frameStart - padding));
        } else if (conn->speaking) {
            conn->silenceMs += n / kBytesPerMs;
            if (conn->silenceMs >= silenceNeeded)
                speechStopped(conn, conn->lastVoicedEndMs);
        }
    }
}

void FakeRealtimeServer::speechStarted(Conn* conn, qint64 startMs)
{
    conn->speaking = true;
    conn->userItem = u"item_u%1"_s.arg(++m_itemCounter);
    send(conn, QJsonObject{{u"type"_s, u"input_audio_buffer.speech_started"_s}, {u"audio_start_ms"_s, startMs},
                           {u"item_id"_s, conn->userItem}});
    Q_EMIT speechStartedSent(conn->index, steadyNs());
    const QJsonObject vad =
        conn->session.value(u"audio"_s).toObject().value(u"input"_s).toObject().value(u"turn_detection"_s).toObject();
    if (conn->response && vad.value(u"interrupt_response"_s).toBool(true)) {
        // Deltas already on the wire arrive after speech_started.
        for (int i = 0; i < m_lateDeltas && conn->response && conn->response->sent < conn->response->chunks; ++i)
            step(conn, true);
        if (conn->response)
            finishResponse(conn, u"cancelled"_s, u"turn_detected"_s);
    }
}

void FakeRealtimeServer::speechStopped(Conn* conn, qint64 endMs)
{
    conn->speaking = false;
    const QString item = conn->userItem;
    const QString previous = conn->lastItem.isEmpty() ? u"root"_s : conn->lastItem;
    conn->lastItem = item;
    send(conn, QJsonObject{{u"type"_s, u"input_audio_buffer.speech_stopped"_s}, {u"audio_end_ms"_s, endMs},
                           {u"item_id"_s, item}});
    send(conn, QJsonObject{{u"type"_s, u"input_audio_buffer.committed"_s}, {u"item_id"_s, item},
                           {u"previous_item_id"_s, previous}});
    const QJsonObject userItem{{u"id"_s, item}, {u"object"_s, u"realtime.item"_s}, {u"type"_s, u"message"_s},
                               {u"role"_s, u"user"_s},
                               {u"content"_s, QJsonArray{QJsonObject{{u"type"_s, u"input_audio"_s}}}}};
    send(conn, QJsonObject{{u"type"_s, u"conversation.item.added"_s}, {u"previous_item_id"_s, previous}, {u"item"_s, userItem}});
    const QString text = m_calleeTexts.empty() ? u"Hello?"_s : m_calleeTexts.front();
    if (!m_calleeTexts.empty())
        m_calleeTexts.pop_front();
    const QJsonObject vad =
        conn->session.value(u"audio"_s).toObject().value(u"input"_s).toObject().value(u"turn_detection"_s).toObject();
    if (vad.value(u"create_response"_s).toBool(true))
        startResponse(conn);
    // Transcription runs on its own model and may finish after the reply started (§1.4).
    const QString half = text.left(text.size() / 2);
    send(conn, QJsonObject{{u"type"_s, u"conversation.item.input_audio_transcription.delta"_s}, {u"item_id"_s, item},
                           {u"content_index"_s, 0}, {u"delta"_s, half}});
    send(conn, QJsonObject{{u"type"_s, u"conversation.item.input_audio_transcription.completed"_s}, {u"item_id"_s, item},
                           {u"content_index"_s, 0}, {u"transcript"_s, text}, {u"usage"_s, m_transcriptionUsage}});
}

void FakeRealtimeServer::startResponse(Conn* conn)
{
    if (conn->response) {
        error(conn, u"conversation_already_has_active_response"_s,
              u"Conversation already has an active response in progress."_s, u"invalid_request_error"_s);
        return;
    }
    if (m_rateLimitNext) {
        m_rateLimitNext = false;
        error(conn, u"rate_limit_exceeded"_s, u"Rate limit reached for requests. Please try again in 1s."_s,
              u"rate_limit_error"_s);
        return;
    }
    auto r = std::make_unique<Response>();
    r->id = u"resp_%1"_s.arg(++m_responseCounter);
    r->itemId = u"item_a%1"_s.arg(++m_itemCounter);
    r->reply = m_replies.empty() ? Reply{u"Okay."_s, 300, {}, {}} : m_replies.front();
    if (!m_replies.empty())
        m_replies.pop_front();
    r->chunks = r->reply.toolName.isEmpty() ? (r->reply.audioMs + kChunkMs - 1) / kChunkMs : 0;
    send(conn, QJsonObject{{u"type"_s, u"rate_limits.updated"_s},
                           {u"rate_limits"_s, QJsonArray{QJsonObject{{u"name"_s, u"tokens"_s}, {u"limit"_s, 40000},
                                                                     {u"remaining"_s, 39000}, {u"reset_seconds"_s, 1.5}}}}});
    send(conn, QJsonObject{{u"type"_s, u"response.created"_s},
                           {u"response"_s, QJsonObject{{u"id"_s, r->id}, {u"object"_s, u"realtime.response"_s},
                                                       {u"status"_s, u"in_progress"_s}}}});
    const QString previous = conn->lastItem.isEmpty() ? u"root"_s : conn->lastItem;
    conn->lastItem = r->itemId;
    QJsonObject item{{u"id"_s, r->itemId}, {u"object"_s, u"realtime.item"_s}};
    if (r->reply.toolName.isEmpty()) {
        item.insert(u"type"_s, u"message"_s);
        item.insert(u"role"_s, u"assistant"_s);
        conn->itemAudioMs.insert(r->itemId, 0);
    } else {
        item.insert(u"type"_s, u"function_call"_s);
        item.insert(u"name"_s, r->reply.toolName);
        item.insert(u"call_id"_s, QString(u"call_"_s + r->itemId));
        item.insert(u"arguments"_s, QString());
    }
    send(conn, QJsonObject{{u"type"_s, u"conversation.item.added"_s}, {u"previous_item_id"_s, previous}, {u"item"_s, item}});
    send(conn, QJsonObject{{u"type"_s, u"response.output_item.added"_s}, {u"response_id"_s, r->id},
                           {u"output_index"_s, 0}, {u"item"_s, item}});
    conn->response = std::move(r);
    conn->timer.start(m_chunkIntervalMs);
}

void FakeRealtimeServer::step(Conn* conn, bool ignoreHold)
{
    Response* r = conn->response.get();
    if (!r)
        return;
    const bool holding = m_holdAfterChunks >= 0 && !ignoreHold;
    if (holding && r->reply.toolName.isEmpty() && r->sent >= m_holdAfterChunks && r->sent < r->chunks) {
        r->held = true;
        return;
    }
    if (holding && !r->reply.toolName.isEmpty() && r->toolSent) {
        r->held = true;   // a function call waits after its arguments, before response.done
        return;
    }
    const QJsonObject ids{{u"response_id"_s, r->id}, {u"item_id"_s, r->itemId}, {u"output_index"_s, 0}};
    auto with = [&ids](QJsonObject o) {
        for (auto it = ids.begin(); it != ids.end(); ++it)
            o.insert(it.key(), it.value());
        return o;
    };
    if (!r->reply.toolName.isEmpty()) {
        if (!r->toolSent) {
            r->toolSent = true;
            const QString callId = u"call_"_s + r->itemId;
            send(conn, with({{u"type"_s, u"response.function_call_arguments.delta"_s}, {u"call_id"_s, callId},
                             {u"delta"_s, r->reply.toolArguments}}));
            send(conn, with({{u"type"_s, u"response.function_call_arguments.done"_s}, {u"call_id"_s, callId},
                             {u"name"_s, r->reply.toolName}, {u"arguments"_s, r->reply.toolArguments}}));
            conn->timer.start(m_chunkIntervalMs);
            return;
        }
        finishResponse(conn, u"completed"_s, {});
        return;
    }
    if (r->sent < r->chunks) {
        const int ms = std::min(kChunkMs, r->reply.audioMs - r->sent * kChunkMs);
        const QByteArray audio = replyAudio(r->reply.audioMs).mid(r->sent * kChunkMs * kBytesPerMs, ms * kBytesPerMs);
        conn->itemAudioMs[r->itemId] += audio.size() / kBytesPerMs;
        send(conn, with({{u"type"_s, u"response.output_audio.delta"_s}, {u"content_index"_s, 0},
                         {u"delta"_s, QString::fromLatin1(audio.toBase64())}}));
        Q_EMIT audioDeltaSent(conn->index, steadyNs());
        const QStringList words = r->reply.text.split(u' ');
        const int upTo = int(qsizetype((r->sent + 1) * words.size() / r->chunks));
        const QString soFar = QStringList(words.mid(0, upTo)).join(u' ');
        const QString delta = soFar.mid(r->transcriptSoFar.size());
        r->transcriptSoFar = soFar;
        if (!delta.isEmpty())
            send(conn, with({{u"type"_s, u"response.output_audio_transcript.delta"_s}, {u"content_index"_s, 0},
                             {u"delta"_s, delta}}));
        ++r->sent;
        conn->timer.start(m_chunkIntervalMs);
        return;
    }
    finishResponse(conn, u"completed"_s, {});
}

void FakeRealtimeServer::releaseHold()
{
    m_holdAfterChunks = -1;
    for (auto& conn : m_conns) {
        if (conn->response && conn->response->held) {
            conn->response->held = false;
            conn->timer.start(m_chunkIntervalMs);
        }
    }
}

void FakeRealtimeServer::finishResponse(Conn* conn, const QString& status, const QString& reason)
{
    std::unique_ptr<Response> r = std::move(conn->response);
    conn->timer.stop();
    const QJsonObject ids{{u"response_id"_s, r->id}, {u"item_id"_s, r->itemId}, {u"output_index"_s, 0}};
    QJsonObject item{{u"id"_s, r->itemId}, {u"object"_s, u"realtime.item"_s}, {u"status"_s, status == u"completed" ? u"completed"_s : u"incomplete"_s}};
    if (r->reply.toolName.isEmpty()) {
        item.insert(u"type"_s, u"message"_s);
        item.insert(u"role"_s, u"assistant"_s);
        const QString transcript = status == u"completed" ? r->reply.text : r->transcriptSoFar;
        item.insert(u"content"_s, QJsonArray{QJsonObject{{u"type"_s, u"output_audio"_s}, {u"transcript"_s, transcript}}});
        QJsonObject e = ids;
        e.insert(u"content_index"_s, 0);
        e.insert(u"type"_s, u"response.output_audio.done"_s);
        send(conn, e);
        e.insert(u"type"_s, u"response.output_audio_transcript.done"_s);
        e.insert(u"transcript"_s, transcript);
        send(conn, e);
    } else {
        item.insert(u"type"_s, u"function_call"_s);
        item.insert(u"name"_s, r->reply.toolName);
        item.insert(u"call_id"_s, QString(u"call_"_s + r->itemId));
        item.insert(u"arguments"_s, r->reply.toolArguments);
    }
    send(conn, QJsonObject{{u"type"_s, u"response.output_item.done"_s}, {u"response_id"_s, r->id},
                           {u"output_index"_s, 0}, {u"item"_s, item}});
    QJsonObject response{{u"id"_s, r->id}, {u"object"_s, u"realtime.response"_s}, {u"status"_s, status},
                         {u"output"_s, QJsonArray{item}}, {u"usage"_s, m_responseUsage}};
    if (!reason.isEmpty())
        response.insert(u"status_details"_s, QJsonObject{{u"type"_s, status}, {u"reason"_s, reason}});
    send(conn, QJsonObject{{u"type"_s, u"response.done"_s}, {u"response"_s, response}});
}

QByteArray FakeRealtimeServer::replyAudio(int audioMs)
{
    QByteArray audio;
    for (qint64 frame = 0; audio.size() < audioMs * kBytesPerMs; ++frame)
        audio += TwilioMediaClient::toneFrame(330.0, 6000.0, frame);
    audio.truncate(audioMs * kBytesPerMs);
    return audio;
}

void FakeRealtimeServer::dropAfterEvents(int events) { m_dropAfter = std::max(1, events); }

void FakeRealtimeServer::dropConnection()
{
    if (Conn* c = newest(); c && c->socket) {
        c->timer.stop();
        c->response.reset();
        c->socket->abort();
    }
}

void FakeRealtimeServer::shutDown()
{
    m_server.close();
    for (auto& conn : m_conns) {
        conn->timer.stop();
        conn->response.reset();
        if (conn->socket)
            conn->socket->abort();
    }
}

void FakeRealtimeServer::sendError(const QString& code, const QString& message, const QString& type)
{
    if (Conn* c = newest())
        error(c, code, message, type);
}

void FakeRealtimeServer::sendGarbage()
{
    Conn* c = newest();
    if (!c || !c->socket)
        return;
    c->socket->sendTextMessage(u"this is not JSON {"_s);
    c->socket->sendTextMessage(u"{\"no_type\":true}"_s);
    c->socket->sendTextMessage(u"[1,2,3]"_s);
    c->socket->sendBinaryMessage(QByteArray("\x00\x01\x02", 3));
}

} // namespace calldeck::fakes
