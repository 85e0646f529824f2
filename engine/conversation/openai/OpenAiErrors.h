#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

namespace calldeck {

/// Turns failed OpenAI-compatible HTTP exchanges into Error values a user can act on.
class OpenAiErrors
{
public:
    /// An HTTP error answer. `body` is the server's JSON error (its message is quoted, with the
    /// API key masked should the server echo it); `model` names what was asked for.
    static Error http(int status, const QByteArray& body, const QUrl& url, const QString& model,
                      const QString& apiKey);
    /// No usable HTTP answer (refused, reset, DNS, TLS).
    static Error network(QNetworkReply::NetworkError error, const QString& errorString, const QUrl& url);
    /// Nothing arrived within `timeoutMs`.
    static Error timeout(const QUrl& url, int timeoutMs, bool firstByte);
    /// The stream ended before the answer was complete.
    static Error dropped(const QUrl& url);
    /// Seconds from a Retry-After header (delta-seconds or an HTTP date); −1 when absent or invalid.
    static int retryAfterMs(const QByteArray& headerValue);
    /// `text` with every occurrence of `secret` (and its first 8 characters) masked.
    static QString redact(QString text, const QString& secret);
};

} // namespace calldeck
