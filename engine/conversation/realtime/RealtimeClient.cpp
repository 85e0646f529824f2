#include "conversation/realtime/RealtimeClient.h"

#include "conversation/realtime/RealtimeLog.h"
#include "media/MediaPacer.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace calldeck {

RealtimeClient::RealtimeClient(QObject* parent) : QObject(parent)
{
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        m_open = true;
        Q_EMIT connected();
    });
    connect(&m_socket, &QWebSocket::disconnected, this, &RealtimeClient::onGone);
    // A refused or failed connection may not say `disconnected`; report it once either way.
    connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, [this](QAbstractSocket::SocketError) {
        if (!m_open && m_socket.state() == QAbstractSocket::UnconnectedState)
            onGone();
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &RealtimeClient::onText);
    connect(&m_socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray&) {
        if (m_garbage++ == 0)
            Q_EMIT garbageReceived(tr("The Realtime server sent a binary frame; it was ignored."));
    });
}

RealtimeClient::~RealtimeClient()
{
    m_socket.disconnect(this);
    m_socket.abort();
}

QUrl RealtimeClient::realtimeUrl(const QUrl& apiBase, const QString& model)
{
    QUrl url(apiBase);
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        url.setScheme(u"wss"_s);
    else if (scheme == u"http")
        url.setScheme(u"ws"_s);
    else if (scheme != u"wss" && scheme != u"ws")
        return {};
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/realtime"_s);
    QUrlQuery query;
    query.addQueryItem(u"model"_s, model);
    url.setQuery(query);
    url.setFragment({});
    return url;
}

void RealtimeClient::open(const QUrl& apiBase, const QString& model, const QString& apiKey)
{
    m_garbage = 0;
    m_closeCode = 0;
    m_closeReason.clear();
    QNetworkRequest request(realtimeUrl(apiBase, model));
    request.setRawHeader("Authorization", "Bearer " + apiKey.toUtf8());
    qCInfo(lcRealtime) << "Connecting to" << request.url().toString(QUrl::RemoveUserInfo);
    m_active = true;
    m_socket.open(request);
}

void RealtimeClient::onGone()
{
    if (!m_active)
        return;
    m_active = false;
    m_open = false;
    m_closeCode = int(m_socket.closeCode());
    m_closeReason = m_socket.closeReason();
    Q_EMIT disconnected();
}

void RealtimeClient::close()
{
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        return;
    m_socket.close(QWebSocketProtocol::CloseCodeNormal);
}

bool RealtimeClient::isOpen() const { return m_open; }

bool RealtimeClient::send(const QJsonObject& event)
{
    return sendText(QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact)));
}

bool RealtimeClient::sendText(const QString& json)
{
    if (!m_open)
        return false;
    return m_socket.sendTextMessage(json) > 0;
}

void RealtimeClient::onText(const QString& text)
{
    const qint64 receivedUs = MediaPacer::nowUs();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (!doc.isObject() || !doc.object().value(u"type"_s).isString()) {
        if (m_garbage++ == 0) {
            const QString detail = tr("The Realtime server sent an unreadable event; it was ignored (%1).")
                                       .arg(error.error != QJsonParseError::NoError ? error.errorString()
                                                                                     : tr("no event type"));
            qCWarning(lcRealtime).noquote() << detail << "(further ones are only counted)";
            Q_EMIT garbageReceived(detail);
        }
        return;
    }
    Q_EMIT eventReceived(doc.object(), receivedUs);
}

} // namespace calldeck
