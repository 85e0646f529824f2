#include "media/MediaServerState.h"

#include "media/MediaStream.h"

#include <QRandomGenerator>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace calldeck {

namespace {

QString randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(raw.data()), bytes / 4);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QUrl withPath(QUrl base, const QString& path)
{
    QString prefix = base.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    base.setPath(prefix + path);
    base.setQuery(QString());
    base.setFragment(QString());
    return base;
}

} // namespace

MediaServerState::MediaServerState() : m_instanceId(randomToken(12)) {}

void MediaServerState::setPort(quint16 port)
{
    QMutexLocker lock(&m_mutex);
    m_port = port;
}

quint16 MediaServerState::port() const
{
    QMutexLocker lock(&m_mutex);
    return m_port;
}

QUrl MediaServerState::localUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port());
    return url;
}

void MediaServerState::setPublicUrl(const QUrl& base)
{
    QMutexLocker lock(&m_mutex);
    m_publicUrl = base;
}

QUrl MediaServerState::publicUrl() const
{
    QMutexLocker lock(&m_mutex);
    return m_publicUrl;
}

QUrl MediaServerState::baseUrl() const
{
    const QUrl pub = publicUrl();
    return pub.isEmpty() ? localUrl() : pub;
}

QUrl MediaServerState::mediaUrl() const
{
    QUrl url = withPath(baseUrl(), u"/media"_s);
    url.setScheme(url.scheme() == u"https" ? u"wss"_s : u"ws"_s);
    return url;
}

QUrl MediaServerState::mediaUrl(const QString& callKey) const
{
    QUrl base;
    {
        QMutexLocker lock(&m_mutex);
        base = m_calls.value(callKey).base;
    }
    if (base.isEmpty())
        return mediaUrl();
    QUrl url = withPath(base, u"/media"_s);
    url.setScheme(url.scheme() == u"https" ? u"wss"_s : u"ws"_s);
    return url;
}

QUrl MediaServerState::callbackUrl(const QString& path, const QString& callKey) const
{
    QUrl base;
    {
        QMutexLocker lock(&m_mutex);
        base = m_calls.contains(callKey) ? m_calls.value(callKey).base : m_closed.value(callKey).base;
    }
    QUrl url = withPath(base.isEmpty() ? baseUrl() : base, path);
    QUrlQuery query;
    query.addQueryItem(u"call"_s, QString::fromLatin1(QUrl::toPercentEncoding(callKey)));
    url.setQuery(query);
    return url;
}

void MediaServerState::setSigningKey(const QByteArray& key)
{
    QMutexLocker lock(&m_mutex);
    m_signingKey = QString::fromUtf8(key);
}

QString MediaServerState::signingKey() const
{
    QMutexLocker lock(&m_mutex);
    return m_signingKey;
}

QString MediaServerState::signingKeyFor(const QString& callKey) const
{
    QMutexLocker lock(&m_mutex);
    const QString own = m_calls.contains(callKey) ? m_calls.value(callKey).signingKey : m_closed.value(callKey).signingKey;
    return own.isEmpty() ? m_signingKey : own;
}

QList<QPair<QString, QString>> MediaServerState::handshakeCandidates() const
{
    QList<QPair<QString, QString>> out;
    QList<QPair<QString, QUrl>> carriers;
    {
        QMutexLocker lock(&m_mutex);
        carriers.append({m_signingKey, QUrl()});
        for (const Call& call : m_calls)
            carriers.append({call.signingKey.isEmpty() ? m_signingKey : call.signingKey, call.base});
    }
    for (const auto& [key, base] : carriers) {
        if (key.isEmpty())
            continue;
        QUrl url = base.isEmpty() ? mediaUrl() : withPath(base, u"/media"_s);
        url.setScheme(url.scheme() == u"https" || url.scheme() == u"wss" ? u"wss"_s : u"ws"_s);
        const QPair<QString, QString> pair{key, url.toString(QUrl::FullyEncoded)};
        if (!out.contains(pair))
            out.append(pair);
    }
    return out;
}

QString MediaServerState::openCall(const QString& callKey)
{
    return openCall(callKey, QString(), QUrl());
}

QString MediaServerState::openCall(const QString& callKey, const QString& signingKey, const QUrl& baseUrl)
{
    const QString token = randomToken(24);
    QMutexLocker lock(&m_mutex);
    Call& call = m_calls[callKey];
    call.signingKey = signingKey;
    call.base = baseUrl;
    if (!call.token.isEmpty())
        m_tokens.remove(call.token);
    call.token = token;
    m_tokens.insert(token, callKey);
    return token;
}

QPointer<MediaStream> MediaServerState::closeCall(const QString& callKey)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_calls.find(callKey);
    if (it == m_calls.end())
        return {};
    m_tokens.remove(it->token);
    QPointer<MediaStream> stream = it->stream;
    Call closed;
    closed.signingKey = it->signingKey;
    closed.base = it->base;
    m_closed.insert(callKey, closed);
    m_closedOrder.append(callKey);
    constexpr qsizetype kRememberClosed = 256;
    while (m_closedOrder.size() > kRememberClosed)
        m_closed.remove(m_closedOrder.takeFirst());
    m_calls.erase(it);
    return stream;
}

bool MediaServerState::knowsCall(const QString& callKey) const
{
    QMutexLocker lock(&m_mutex);
    return m_calls.contains(callKey) || m_closed.contains(callKey);
}

bool MediaServerState::hasCall(const QString& callKey) const
{
    QMutexLocker lock(&m_mutex);
    return m_calls.contains(callKey);
}

QString MediaServerState::claimToken(const QString& token)
{
    QMutexLocker lock(&m_mutex);
    const QString key = m_tokens.take(token);
    if (key.isEmpty())
        return {};
    const auto it = m_calls.find(key);
    if (it == m_calls.end())
        return {};
    it->token.clear();
    return key;
}

void MediaServerState::setStream(const QString& callKey, MediaStream* stream)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_calls.find(callKey);
    if (it != m_calls.end())
        it->stream = stream;
}

QPointer<MediaStream> MediaServerState::stream(const QString& callKey) const
{
    QMutexLocker lock(&m_mutex);
    return m_calls.value(callKey).stream;
}

} // namespace calldeck
