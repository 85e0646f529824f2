#include "CallDeckEndpoint.h"

#include "telephony/TwilioSignature.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace calldeck::tests {

QString CallDeckEndpoint::Webhook::value(const QString& name) const
{
    for (const auto& [key, v] : params) {
        if (key == name) {
            return v;
        }
    }
    return {};
}

QString CallDeckEndpoint::Stream::callSid() const
{
    const auto starts = events(QStringLiteral("start"));
    return starts.isEmpty() ? QString()
                            : starts.first().value(QStringLiteral("start")).toObject().value(QStringLiteral("callSid")).toString();
}

QString CallDeckEndpoint::Stream::streamSid() const
{
    const auto starts = events(QStringLiteral("start"));
    return starts.isEmpty() ? QString() : starts.first().value(QStringLiteral("streamSid")).toString();
}

QList<QJsonObject> CallDeckEndpoint::Stream::events(const QString& event) const
{
    QList<QJsonObject> result;
    for (const QJsonObject& message : messages) {
        if (message.value(QStringLiteral("event")).toString() == event) {
            result.append(message);
        }
    }
    return result;
}

CallDeckEndpoint::CallDeckEndpoint()
    : m_ws(QStringLiteral("calldeck-test"), QWebSocketServer::NonSecureMode)
{
    auto record = [this](const QString& path, const QHttpServerRequest& request) {
        Webhook hook;
        hook.path = path;
        // Rebuild the URL the line was told to call (its query identifies the call).
        hook.url = QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_httpPort).arg(path));
        hook.url.setQuery(request.url().query(QUrl::FullyEncoded), QUrl::StrictMode);
        hook.params = TwilioSignature::parseForm(request.body());
        hook.signature = request.value("X-Twilio-Signature");
        hook.userAgent = request.value("User-Agent");
        m_webhooks.append(hook);
        return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
    };
    m_http.route(QStringLiteral("/status"),
                 [record](const QHttpServerRequest& request) { return record(QStringLiteral("/status"), request); });
    m_http.route(QStringLiteral("/transcription"), [record](const QHttpServerRequest& request) {
        return record(QStringLiteral("/transcription"), request);
    });
    m_clock.start();
    m_httpPort = m_http.listen(QHostAddress::LocalHost, 0);
    m_ws.listen(QHostAddress::LocalHost, 0);

    connect(&m_ws, &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket* socket = m_ws.nextPendingConnection()) {
            auto* stream = new Stream;
            stream->socket = socket;
            stream->signature = socket->request().rawHeader("X-Twilio-Signature");
            m_streams.append(stream);
            connect(socket, &QWebSocket::textMessageReceived, this, [this, stream](const QString& text) {
                const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
                if (document.isObject()) {
                    stream->messages.append(document.object());
                    if (document.object().value(QStringLiteral("event")).toString() == QLatin1String("media")) {
                        stream->mediaArrivalMs.append(m_clock.elapsed());
                    }
                } else {
                    ++stream->invalidJson;
                }
            });
            connect(socket, &QWebSocket::disconnected, this, [stream] { stream->closed = true; });
        }
    });
}

CallDeckEndpoint::~CallDeckEndpoint()
{
    for (Stream* stream : std::as_const(m_streams)) {
        if (stream->socket) {
            stream->socket->abort();
            delete stream->socket;
        }
        delete stream;
    }
}

QUrl CallDeckEndpoint::statusUrl(const QString& key) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/status?call=%2").arg(m_httpPort).arg(key));
}

QUrl CallDeckEndpoint::transcriptionUrl(const QString& key) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/transcription?call=%2").arg(m_httpPort).arg(key));
}

QUrl CallDeckEndpoint::mediaUrl() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1/media").arg(m_ws.serverPort()));
}

QList<CallDeckEndpoint::Webhook> CallDeckEndpoint::webhooks(const QString& path, const QString& key) const
{
    QList<Webhook> result;
    for (const Webhook& hook : m_webhooks) {
        if (hook.path == path && QUrlQuery(hook.url).queryItemValue(QStringLiteral("call")) == key) {
            result.append(hook);
        }
    }
    return result;
}

CallDeckEndpoint::Stream* CallDeckEndpoint::stream(const QString& callSid)
{
    for (Stream* stream : std::as_const(m_streams)) {
        if (stream->callSid() == callSid) {
            return stream;
        }
    }
    return nullptr;
}

void CallDeckEndpoint::send(const QString& callSid, const QJsonObject& message)
{
    Stream* s = stream(callSid);
    if (s && s->socket) {
        s->socket->sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    }
}

void CallDeckEndpoint::close(const QString& callSid)
{
    Stream* s = stream(callSid);
    if (s && s->socket) {
        s->socket->close();
    }
}

} // namespace calldeck::tests
