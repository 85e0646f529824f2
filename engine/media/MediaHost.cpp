#include "media/MediaHost.h"

#include "media/MediaLog.h"
#include "media/MediaServerState.h"
#include "media/WebhookParser.h"
#include "telephony/TwilioSignature.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QTcpServer>
#include <QUrlQuery>
#include <QWebSocket>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace calldeck {

namespace {
constexpr qint64 kMaxMessageBytes = 64 * 1024;

/// A listening TCP socket with SO_REUSEPORT (Linux spreads incoming connections over every socket
/// listening on the port this way); -1 on failure.
int sharedListeningSocket(const QHostAddress& address, quint16 port)
{
    sockaddr_storage storage{};
    socklen_t length = 0;
    int family = AF_INET;
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto* in6 = reinterpret_cast<sockaddr_in6*>(&storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, &bytes, sizeof(bytes));
        family = AF_INET6;
        length = sizeof(sockaddr_in6);
    } else {
        auto* in4 = reinterpret_cast<sockaddr_in*>(&storage);
        in4->sin_family = AF_INET;
        in4->sin_port = htons(port);
        in4->sin_addr.s_addr = htonl(address.isNull() ? INADDR_ANY : address.toIPv4Address());
        length = sizeof(sockaddr_in);
    }
    const int fd = ::socket(family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0)
        return -1;
    const int on = 1;
    if (::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof(on)) != 0 ||
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &on, sizeof(on)) != 0 ||
        ::bind(fd, reinterpret_cast<sockaddr*>(&storage), length) != 0 || ::listen(fd, 128) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}
} // namespace

MediaHost::MediaHost(MediaServerState* state, QObject* parent) : QObject(parent), m_state(state)
{
    m_pacer.setParent(this);
}

MediaHost::~MediaHost()
{
    shutdown();
}

Status MediaHost::listen(const QHostAddress& address, quint16 port, bool sharedPort)
{
    m_http = std::make_unique<QHttpServer>();
    m_http->route(u"/healthz"_s, [this] {
        return QHttpServerResponse("text/plain", "calldeck " + m_state->instanceId().toUtf8());
    });
    m_http->route(u"/twilio/status"_s, QHttpServerRequest::Method::Post,
                  [this](const QHttpServerRequest& r) { return handleWebhook(Hook::CallStatus, r); });
    m_http->route(u"/twilio/transcription"_s, QHttpServerRequest::Method::Post,
                  [this](const QHttpServerRequest& r) { return handleWebhook(Hook::Transcription, r); });
    // Qt 6.4 upgrades a WebSocket only when a route handled the request and wrote nothing; a
    // plain GET without the upgrade gets 426.
    m_http->route(u"/media"_s, [](const QHttpServerRequest& r, QHttpServerResponder&& responder) {
        if (r.value("Upgrade").compare("websocket", Qt::CaseInsensitive) != 0)
            responder.write(QHttpServerResponder::StatusCode::UpgradeRequired);
    });
    connect(m_http.get(), &QAbstractHttpServer::newWebSocketConnection, this, &MediaHost::onNewWebSocket);

    quint16 bound = 0;
    if (sharedPort) {
        const int fd = sharedListeningSocket(address, port);
        auto* tcp = new QTcpServer(m_http.get());
        if (fd >= 0 && tcp->setSocketDescriptor(fd)) {
            m_http->bind(tcp);
            bound = tcp->serverPort();
        } else if (fd >= 0) {
            ::close(fd);
        }
    } else {
        bound = m_http->listen(address, port);
    }
    if (bound == 0) {
        m_http.reset();
        return Status::failure(ErrorCode::Network,
                               tr("The media server could not listen on %1 port %2; is the port in use?")
                                   .arg(address.toString())
                                   .arg(port));
    }
    m_state->setPort(bound);
    qCInfo(lcMedia) << "Media server listening on" << address.toString() << bound;
    return {};
}

void MediaHost::shutdown()
{
    const QList<MediaStream*> streams = m_streams;
    m_streams.clear();
    for (MediaStream* s : streams) {
        s->end(StreamEnd::ClosedByUs);
        delete s;
    }
    m_pacer.stop();
    m_http.reset();
}

void MediaHost::closeStream(QPointer<MediaStream> stream)
{
    if (!stream)
        return;
    stream->end(StreamEnd::ClosedByUs);
    m_streams.removeAll(stream.data());
    stream->deleteLater();
}

QHttpServerResponse MediaHost::handleWebhook(Hook hook, const QHttpServerRequest& request)
{
    const QString callKey = QUrlQuery(request.url()).queryItemValue(u"call"_s, QUrl::FullyDecoded);
    const QString path = hook == Hook::CallStatus ? u"/twilio/status"_s : u"/twilio/transcription"_s;
    // Sign against the URL exactly as it was handed to Twilio, not the local one we see.
    const QString url = m_state->callbackUrl(path, callKey).toString(QUrl::FullyEncoded);
    const QString signature = QString::fromLatin1(request.value("X-Twilio-Signature"));
    const QString key = m_state->signingKeyFor(callKey);
    const auto form = TwilioSignature::parseForm(request.body());
    auto refuse = [&](QHttpServerResponse::StatusCode code, const QString& detail) {
        m_state->webhooksRejected.fetch_add(1, std::memory_order_relaxed);
        qCWarning(lcMedia).noquote() << detail;
        Q_EMIT rejected(detail);
        return QHttpServerResponse("text/plain", QByteArray(), code);
    };
    if (signature.isEmpty() || key.isEmpty() || !TwilioSignature::validate(key, url, form, signature)) {
        return refuse(QHttpServerResponse::StatusCode::Forbidden,
                      tr("Refused a webhook to %1 from %2: %3")
                          .arg(path, request.remoteAddress().toString(),
                               key.isEmpty()         ? tr("no auth token is set to check X-Twilio-Signature")
                               : signature.isEmpty() ? tr("no X-Twilio-Signature")
                                                     : tr("wrong X-Twilio-Signature")));
    }
    if (callKey.isEmpty() || !m_state->knowsCall(callKey))
        return refuse(QHttpServerResponse::StatusCode::NotFound,
                      tr("Refused a signed webhook to %1 for a call that is not open.").arg(path));

    if (hook == Hook::CallStatus) {
        auto event = WebhookParser::callStatus(form, callKey);
        if (!event)
            return refuse(QHttpServerResponse::StatusCode::BadRequest, event.error().message);
        m_state->webhooksAccepted.fetch_add(1, std::memory_order_relaxed);
        Q_EMIT callStatus(event.value());
    } else {
        auto event = WebhookParser::transcription(form, callKey);
        if (!event)
            return refuse(QHttpServerResponse::StatusCode::BadRequest, event.error().message);
        m_state->webhooksAccepted.fetch_add(1, std::memory_order_relaxed);
        Q_EMIT transcription(event.value());
    }
    return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
}

void MediaHost::rejectConnection(const QString& detail)
{
    m_state->streamsRejected.fetch_add(1, std::memory_order_relaxed);
    qCWarning(lcMedia).noquote() << detail;
    Q_EMIT rejected(detail);
}

void MediaHost::onNewWebSocket()
{
    while (m_http && m_http->hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = m_http->nextPendingWebSocketConnection();
        if (!socket)
            continue;
        socket->setMaxAllowedIncomingMessageSize(kMaxMessageBytes);
        socket->setMaxAllowedIncomingFrameSize(kMaxMessageBytes);
        const QString peer = socket->peerAddress().toString();
        if (!socket->requestUrl().path().endsWith(u"/media")) {
            rejectConnection(tr("Refused a WebSocket from %1 to an unknown path.").arg(peer));
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
            socket.release()->deleteLater();
            continue;
        }
        // Twilio signs the wss:// URL of <Stream url> with no parameters; its notes say a trailing
        // slash may be part of it.
        const QString signature = QString::fromLatin1(socket->request().rawHeader("X-Twilio-Signature"));
        bool signedOk = false;
        if (!signature.isEmpty()) {
            // The carrier is not known until the token arrives, so any open call's key and URL may
            // have signed it; the token then pins the stream to exactly one call.
            for (const auto& [key, url] : m_state->handshakeCandidates()) {
                if (TwilioSignature::validate(key, url, {}, signature) ||
                    TwilioSignature::validate(key, url + u'/', {}, signature)) {
                    signedOk = true;
                    break;
                }
            }
        }
        if (!signedOk) {
            rejectConnection(tr("Refused a media WebSocket from %1: %2")
                                 .arg(peer, signature.isEmpty() ? tr("no X-Twilio-Signature")
                                                                : tr("wrong X-Twilio-Signature")));
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
            socket.release()->deleteLater();
            continue;
        }

        auto* stream = new MediaStream(this);
        m_streams.append(stream);
        stream->attach(socket.release(), &m_pacer,
                       [this](const QString& token) { return m_state->claimToken(token); },
                       &m_state->messagesRejected);
        connect(stream, &MediaStream::started, this, [this, stream](const StreamInfo& info) {
            m_state->setStream(info.callKey, stream);
            m_state->streamsAccepted.fetch_add(1, std::memory_order_relaxed);
            m_state->liveStreams.fetch_add(1, std::memory_order_relaxed);
            Q_EMIT streamStarted(info.callKey, QPointer<MediaStream>(stream));
        });
        connect(stream, &MediaStream::ended, this, [this, stream](StreamEnd reason) {
            const QString callKey = stream->info().callKey;
            if (callKey.isEmpty()) {
                // Never proved a token: nobody holds a pointer to it.
                rejectConnection(tr("Refused a media stream: its token was missing, unknown or already used."));
                m_streams.removeAll(stream);
                stream->deleteLater();
                return;
            }
            m_state->liveStreams.fetch_sub(1, std::memory_order_relaxed);
            Q_EMIT streamEnded(callKey, int(reason));
        });
    }
}

} // namespace calldeck
