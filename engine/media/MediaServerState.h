#pragma once

#include "media/MediaServer.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QMutex>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <atomic>

namespace calldeck {

class MediaStream;

/// What MediaServer (owner thread) and MediaHost (media thread) share: URLs, the signing key, the
/// live calls with their one-time tokens, and the counters. Every function is thread-safe.
class MediaServerState
{
public:
    MediaServerState();

    void setPort(quint16 port);
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] QUrl localUrl() const;
    void setPublicUrl(const QUrl& base);
    [[nodiscard]] QUrl publicUrl() const;
    /// The public base, or the local one when none is set.
    [[nodiscard]] QUrl baseUrl() const;
    [[nodiscard]] QUrl mediaUrl() const;
    /// The media URL handed to `callKey`'s carrier (its own base when it has one).
    [[nodiscard]] QUrl mediaUrl(const QString& callKey) const;
    [[nodiscard]] QUrl callbackUrl(const QString& path, const QString& callKey) const;

    void setSigningKey(const QByteArray& key);
    /// Empty when none was set; every signature check then fails (closed by default).
    [[nodiscard]] QString signingKey() const;
    /// The key `callKey`'s carrier signs with (its own when it has one, else signingKey()).
    [[nodiscard]] QString signingKeyFor(const QString& callKey) const;
    /// Every (key, media URL) pair a media handshake may be signed with: one per distinct carrier
    /// of the open calls, plus the server-wide key and URL.
    [[nodiscard]] QList<QPair<QString, QString>> handshakeCandidates() const;
    [[nodiscard]] QString instanceId() const { return m_instanceId; }

    /// Registers a call (or renews its token) and returns the new one-time media token.
    QString openCall(const QString& callKey);
    /// Same, for a call whose carrier signs with `signingKey` and reaches us at `baseUrl`
    /// (the sandbox line on loopback and Twilio through a tunnel can then run side by side).
    QString openCall(const QString& callKey, const QString& signingKey, const QUrl& baseUrl);
    /// Forgets the call; returns its stream, if any, so the caller can close it.
    QPointer<MediaStream> closeCall(const QString& callKey);
    [[nodiscard]] bool hasCall(const QString& callKey) const;
    /// Open, or closed recently enough that late webhooks (a repeated terminal status, the last
    /// transcription events) are still expected and accepted.
    [[nodiscard]] bool knowsCall(const QString& callKey) const;
    /// Consumes a token: returns its call key, or an empty string when the token is unknown,
    /// already used or its call was closed.
    QString claimToken(const QString& token);
    void setStream(const QString& callKey, MediaStream* stream);
    [[nodiscard]] QPointer<MediaStream> stream(const QString& callKey) const;

    std::atomic<quint64> webhooksAccepted{0};
    std::atomic<quint64> webhooksRejected{0};
    std::atomic<quint64> streamsAccepted{0};
    std::atomic<quint64> streamsRejected{0};
    std::atomic<quint64> messagesRejected{0};
    std::atomic<int> liveStreams{0};

private:
    struct Call
    {
        QString token;  // empty once used
        QPointer<MediaStream> stream;
        QString signingKey; // empty = the server-wide key
        QUrl base;          // empty = the server-wide base
    };

    mutable QMutex m_mutex;
    quint16 m_port = 0;
    QUrl m_publicUrl;
    QString m_signingKey;
    const QString m_instanceId;
    QHash<QString, Call> m_calls;      // call key → call
    QHash<QString, QString> m_tokens;  // unused token → call key
    QHash<QString, Call> m_closed;     // recently closed calls (key and base only), oldest first in m_closedOrder
    QList<QString> m_closedOrder;
};

} // namespace calldeck
