#include "fakes/FakeOpenAiServer.h"

#include "audio/WavFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <cmath>
#include <numbers>
#include <memory>

namespace calldeck::fakes {

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 404: return "Not Found";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    default: return "Error";
    }
}

QByteArray chunked(const QByteArray& data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

// Multipart form fields by name; the boundary comes from the Content-Type header.
QHash<QString, QByteArray> parseMultipart(const QByteArray& contentType, const QByteArray& body)
{
    QHash<QString, QByteArray> fields;
    const qsizetype at = contentType.indexOf("boundary=");
    if (at < 0)
        return fields;
    QByteArray boundary = contentType.mid(at + 9).trimmed();
    if (boundary.startsWith('"'))
        boundary = boundary.mid(1, boundary.indexOf('"', 1) - 1);
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.indexOf(delimiter);
    while (pos >= 0) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            break;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", pos);
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), headersEnd);
        if (headersEnd < 0 || next < 0)
            break;
        const QByteArray headers = body.mid(pos, headersEnd - pos);
        const qsizetype nameAt = headers.indexOf("name=\"");
        if (nameAt >= 0) {
            const qsizetype nameEnd = headers.indexOf('"', nameAt + 6);
            fields.insert(QString::fromUtf8(headers.mid(nameAt + 6, nameEnd - nameAt - 6)),
                          body.mid(headersEnd + 4, next - headersEnd - 4));
        }
        pos = next + 2;
    }
    return fields;
}

} // namespace

FakeOpenAiServer::FakeOpenAiServer(QString apiKey, QObject* parent) : QObject(parent), m_apiKey(std::move(apiKey))
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeOpenAiServer::onNewConnection);
}

QUrl FakeOpenAiServer::start()
{
    if (!m_server.isListening())
        m_server.listen(QHostAddress::LocalHost, 0);
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_server.serverPort()));
}

void FakeOpenAiServer::queueFailure(Endpoint endpoint, int httpStatus, int retryAfterSeconds)
{
    m_failures[endpoint].append(Failure{httpStatus, retryAfterSeconds});
}

QList<FakeOpenAiServer::Recorded> FakeOpenAiServer::requests(Endpoint endpoint) const
{
    QList<Recorded> out;
    for (const Recorded& r : m_requests)
        if (r.endpoint == endpoint)
            out.append(r);
    return out;
}

void FakeOpenAiServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeOpenAiServer::onReadyRead(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    Recorded request;
    qsizetype contentLength = 0;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.path = QString::fromUtf8(requestLine.value(1));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length")
            contentLength = value.toLongLong();
        else if (name == "authorization")
            request.authorization = value;
        else if (name == "content-type")
            request.contentType = value;
    }
    if (buffer.size() < headerEnd + 4 + contentLength)
        return;
    request.body = buffer.mid(headerEnd + 4, contentLength);
    buffer.clear();
    // Each connection carries one request: answers say "Connection: close".
    socket->disconnect(this);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    m_buffers.remove(socket);
    if (request.path.endsWith(QLatin1String("/audio/transcriptions")))
        request.endpoint = Endpoint::Transcriptions;
    else if (request.path.endsWith(QLatin1String("/audio/speech")))
        request.endpoint = Endpoint::Speech;
    if (request.contentType.startsWith("multipart/form-data"))
        request.fields = parseMultipart(request.contentType, request.body);
    else
        request.json = QJsonDocument::fromJson(request.body).object();
    m_requests.append(request);

    QPointer<QTcpSocket> guard(socket);
    if (m_firstByteDelayMs > 0) {
        QTimer::singleShot(m_firstByteDelayMs, this, [this, guard, request] {
            if (guard)
                handle(guard, request);
        });
    } else {
        handle(socket, request);
    }
}

void FakeOpenAiServer::handle(QTcpSocket* socket, Recorded request)
{
    if (request.method != "POST" || !request.path.startsWith(QLatin1String("/v1/")) ||
        !(request.path == QLatin1String("/v1/chat/completions") || request.endpoint != Endpoint::Chat)) {
        sendError(socket, 404, QStringLiteral("invalid_request_error"),
                  QStringLiteral("Invalid URL (%1 %2)").arg(QString::fromUtf8(request.method), request.path));
        return;
    }
    if (request.authorization != "Bearer " + m_apiKey.toUtf8()) {
        sendError(socket, 401, QStringLiteral("invalid_request_error"),
                  QStringLiteral("Incorrect API key provided: %1.").arg(QString::fromUtf8(request.authorization.mid(7, 3)) +
                                                                         QStringLiteral("****")));
        return;
    }
    QList<Failure>& failures = m_failures[request.endpoint];
    if (!failures.isEmpty()) {
        const Failure failure = failures.takeFirst();
        const QByteArray retry = failure.retryAfterSeconds >= 0
                                     ? "Retry-After: " + QByteArray::number(failure.retryAfterSeconds) + "\r\n"
                                     : QByteArray();
        sendError(socket, failure.httpStatus,
                  failure.httpStatus == 429 ? QStringLiteral("rate_limit_exceeded") : QStringLiteral("server_error"),
                  failure.httpStatus == 429 ? QStringLiteral("Rate limit reached for requests.")
                                            : QStringLiteral("The server had an error processing your request."),
                  retry);
        return;
    }
    respond(socket, request);
}

void FakeOpenAiServer::respond(QTcpSocket* socket, const Recorded& request)
{
    switch (request.endpoint) {
    case Endpoint::Transcriptions: {
        const QByteArray model = request.fields.value(QStringLiteral("model"));
        const Result<WavClip> wav = WavFile::parse(request.fields.value(QStringLiteral("file")), QStringLiteral("file"));
        if (model.isEmpty() || !wav.ok() || wav.value().pcm16.isEmpty()) {
            sendError(socket, 400, QStringLiteral("invalid_request_error"),
                      model.isEmpty() ? QStringLiteral("you must provide a model parameter")
                                      : QStringLiteral("Invalid file format."));
            return;
        }
        const double seconds = std::round(double(wav.value().pcm16.size()) / 2.0 / wav.value().channels /
                                          wav.value().sampleRate * 100.0) / 100.0;
        m_sttSeconds.append(seconds);
        const QString text = m_transcriptions.isEmpty() ? QString() : m_transcriptions.takeFirst();
        sendJson(socket, 200,
                 QJsonObject{{QStringLiteral("text"), text},
                             {QStringLiteral("usage"), QJsonObject{{QStringLiteral("type"), QStringLiteral("duration")},
                                                                   {QStringLiteral("seconds"), seconds}}}});
        return;
    }
    case Endpoint::Chat: {
        const QString model = request.json.value(QLatin1String("model")).toString();
        if (model.isEmpty() || request.json.value(QLatin1String("messages")).toArray().isEmpty() ||
            !request.json.value(QLatin1String("stream")).toBool()) {
            sendError(socket, 400, QStringLiteral("invalid_request_error"),
                      QStringLiteral("model, messages and stream are required"));
            return;
        }
        const ChatReply reply = m_chats.isEmpty() ? ChatReply{QStringLiteral("Okay."), {}, 1} : m_chats.takeFirst();
        bool stall = false;
        QList<QByteArray> chunks = chatChunks(reply, model, stall);
        stream(socket, "text/event-stream", chunks, Endpoint::Chat, stall);
        return;
    }
    case Endpoint::Speech: {
        const QString input = request.json.value(QLatin1String("input")).toString();
        if (input.isEmpty() || request.json.value(QLatin1String("model")).toString().isEmpty() ||
            request.json.value(QLatin1String("response_format")).toString() != QLatin1String("pcm")) {
            sendError(socket, 400, QStringLiteral("invalid_request_error"),
                      QStringLiteral("input, model and response_format pcm are required"));
            return;
        }
        const int samples = 24 * m_speechMsPerChar * int(input.size());
        QByteArray pcm(samples * 2, Qt::Uninitialized);
        auto* s = reinterpret_cast<qint16*>(pcm.data());
        for (int i = 0; i < samples; ++i)
            s[i] = qint16(std::lround(6000.0 * std::sin(2.0 * std::numbers::pi * 300.0 * i / 24000.0)));
        m_speechBytes.append(pcm.size());
        QList<QByteArray> chunks;
        // 4801 bytes: chunks that end in the middle of a sample, as real sockets do.
        for (qsizetype at = 0; at < pcm.size(); at += 4801)
            chunks.append(pcm.mid(at, 4801));
        stream(socket, "audio/pcm", chunks, Endpoint::Speech, false);
        return;
    }
    }
}

QByteArray FakeOpenAiServer::sse(const QJsonObject& json)
{
    return "data: " + QJsonDocument(json).toJson(QJsonDocument::Compact) + "\n\n";
}

QList<QByteArray> FakeOpenAiServer::chatChunks(const ChatReply& reply, const QString& model, bool& stall)
{
    const QString id = QStringLiteral("chatcmpl-fake%1").arg(++m_completionCounter);
    auto chunk = [&](const QJsonObject& delta, const QJsonValue& finish) {
        return sse(QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
            {QStringLiteral("created"), 1767225600},
            {QStringLiteral("model"), model},
            {QStringLiteral("choices"),
             QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                    {QStringLiteral("delta"), delta},
                                    {QStringLiteral("finish_reason"), finish}}}}});
    };
    QList<QByteArray> events;
    events.append(chunk(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                    {QStringLiteral("content"), QString()}},
                        QJsonValue::Null));
    const int pieces = std::max(1, reply.pieces);
    const qsizetype step = (reply.text.size() + pieces - 1) / pieces;
    int sent = 0;
    for (qsizetype at = 0; step > 0 && at < reply.text.size(); at += step) {
        if (reply.stallAfterPieces >= 0 && sent >= reply.stallAfterPieces) {
            stall = true;
            return events;
        }
        events.append(chunk(QJsonObject{{QStringLiteral("content"), reply.text.mid(at, step)}}, QJsonValue::Null));
        ++sent;
        if (m_garbage) {
            events.append(": keep-alive\n\n");
            events.append("data: {\"choices\": [ this is not json\n\n");
            events.append("x-unknown-field: 1\r\n\r\n");
        }
    }
    if (reply.stallAfterPieces >= 0) {
        stall = true;
        return events;
    }
    for (int i = 0; i < reply.toolCalls.size(); ++i) {
        const ToolCallScript& call = reply.toolCalls.at(i);
        events.append(chunk(
            QJsonObject{{QStringLiteral("tool_calls"),
                         QJsonArray{QJsonObject{{QStringLiteral("index"), i},
                                                {QStringLiteral("id"), call.id},
                                                {QStringLiteral("type"), QStringLiteral("function")},
                                                {QStringLiteral("function"),
                                                 QJsonObject{{QStringLiteral("name"), call.name},
                                                             {QStringLiteral("arguments"), QString()}}}}}}},
            QJsonValue::Null));
        const qsizetype argStep = std::max<qsizetype>(1, (call.arguments.size() + 2) / 3);
        for (qsizetype at = 0; at < call.arguments.size(); at += argStep) {
            events.append(chunk(
                QJsonObject{{QStringLiteral("tool_calls"),
                             QJsonArray{QJsonObject{
                                 {QStringLiteral("index"), i},
                                 {QStringLiteral("function"),
                                  QJsonObject{{QStringLiteral("arguments"),
                                               QString::fromUtf8(call.arguments.mid(at, argStep))}}}}}}},
                QJsonValue::Null));
        }
    }
    events.append(chunk(QJsonObject{}, reply.toolCalls.isEmpty() ? QStringLiteral("stop") : QStringLiteral("tool_calls")));
    events.append(sse(QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
        {QStringLiteral("model"), model},
        {QStringLiteral("choices"), QJsonArray{}},
        {QStringLiteral("usage"),
         QJsonObject{{QStringLiteral("prompt_tokens"), reply.promptTokens},
                     {QStringLiteral("completion_tokens"), reply.completionTokens},
                     {QStringLiteral("total_tokens"), reply.promptTokens + reply.completionTokens},
                     {QStringLiteral("prompt_tokens_details"),
                      QJsonObject{{QStringLiteral("cached_tokens"), reply.cachedTokens}}}}}}));
    events.append("data: [DONE]\n\n");
    // Each event goes out as two body chunks split mid-line: readers must reassemble lines.
    QList<QByteArray> chunks;
    for (const QByteArray& event : std::as_const(events)) {
        const qsizetype half = event.size() / 2;
        chunks.append(event.left(half));
        chunks.append(event.mid(half));
    }
    return chunks;
}

void FakeOpenAiServer::stream(QTcpSocket* socket, const QByteArray& contentType, QList<QByteArray> chunks,
                              Endpoint endpoint, bool stallAtEnd)
{
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: " + contentType +
                  "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
    const int dropAfter = m_drops.take(endpoint);
    const bool drop = dropAfter > 0;
    auto queue = std::make_shared<QList<QByteArray>>(std::move(chunks));
    auto sentCount = std::make_shared<int>(0);
    auto* timer = new QTimer(socket);
    timer->setInterval(m_chunkIntervalMs);
    connect(timer, &QTimer::timeout, socket, [socket, timer, queue, sentCount, drop, dropAfter, stallAtEnd] {
        if (drop && *sentCount >= dropAfter) {
            timer->stop();
            socket->abort();
            return;
        }
        if (queue->isEmpty()) {
            timer->stop();
            if (!stallAtEnd) {
                socket->write("0\r\n\r\n");
                socket->disconnectFromHost();
            }
            return;
        }
        socket->write(chunked(queue->takeFirst()));
        ++*sentCount;
    });
    timer->start();
}

void FakeOpenAiServer::sendJson(QTcpSocket* socket, int status, const QJsonObject& json, const QByteArray& extraHeaders)
{
    const QByteArray body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) +
                  "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
                  "\r\n" + extraHeaders + "Connection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
}

void FakeOpenAiServer::sendError(QTcpSocket* socket, int status, const QString& type, const QString& message,
                                 const QByteArray& extraHeaders)
{
    sendJson(socket, status,
             QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), message},
                                                               {QStringLiteral("type"), type},
                                                               {QStringLiteral("param"), QJsonValue::Null},
                                                               {QStringLiteral("code"), QJsonValue::Null}}}},
             extraHeaders);
}

} // namespace calldeck::fakes
