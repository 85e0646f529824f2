#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace calldeck {

/// Computes and checks Twilio's X-Twilio-Signature (HMAC-SHA1 over the URL and the sorted form
/// parameters, keyed with the account's auth token, Base64).
class TwilioSignature
{
public:
    using FormParams = QList<QPair<QString, QString>>;

    /// The signature Twilio would send for `url` and form `params` (empty for GET / JSON bodies).
    static QString compute(const QString& authToken, const QString& url, const FormParams& params);

    /// True when `signature` matches `url` + `params`, also trying the URL with the port removed
    /// or the scheme's default port added, as Twilio's own validators do. Constant-time compare.
    static bool validate(const QString& authToken, const QString& url, const FormParams& params,
                         const QString& signature);

    /// Validates a JSON-body webhook: the URL carries `bodySHA256` (lower-case hex SHA-256 of the
    /// raw body); the URL is signed without parameters and the body hash must match too.
    static bool validateJsonBody(const QString& authToken, const QString& url, const QByteArray& body,
                                 const QString& signature);

    /// Parses an application/x-www-form-urlencoded body into ordered pairs ('+' is a space).
    static FormParams parseForm(const QByteArray& body);
};

} // namespace calldeck
