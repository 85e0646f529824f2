#include "telephony/TwilioSignature.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QUrlQuery>

#include <algorithm>

namespace calldeck {

namespace {

// Twilio sorts parameter names by plain code-unit order and, for repeated names, the values;
// duplicate name/value pairs count once (twilio-python's validator).
QByteArray signingPayload(const QString& url, const TwilioSignature::FormParams& params)
{
    TwilioSignature::FormParams sorted = params;
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first < b.first : a.second < b.second;
    });
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    QByteArray payload = url.toUtf8();
    for (const auto& [name, value] : sorted) {
        payload += name.toUtf8();
        payload += value.toUtf8();
    }
    return payload;
}

bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size()) {
        return false;
    }
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    }
    return diff == 0;
}

int defaultPort(const QString& scheme)
{
    if (scheme == QLatin1String("https") || scheme == QLatin1String("wss")) {
        return 443;
    }
    if (scheme == QLatin1String("http") || scheme == QLatin1String("ws")) {
        return 80;
    }
    return -1;
}

// The URL as configured, without its port, and with the scheme's default port added.
QStringList urlVariants(const QString& url)
{
    QStringList variants{url};
    const QUrl parsed(url);
    if (!parsed.isValid()) {
        return variants;
    }
    QUrl withoutPort = parsed;
    withoutPort.setPort(-1);
    withoutPort.setUserInfo(QString());
    QUrl withDefaultPort = withoutPort;
    withDefaultPort.setPort(defaultPort(parsed.scheme()));
    for (const QUrl& candidate : {withoutPort, withDefaultPort}) {
        const QString text = candidate.toString(QUrl::FullyEncoded);
        if (!variants.contains(text)) {
            variants << text;
        }
    }
    return variants;
}

} // namespace

QString TwilioSignature::compute(const QString& authToken, const QString& url, const FormParams& params)
{
    const QByteArray mac = QMessageAuthenticationCode::hash(signingPayload(url, params), authToken.toUtf8(),
                                                            QCryptographicHash::Sha1);
    return QString::fromLatin1(mac.toBase64());
}

bool TwilioSignature::validate(const QString& authToken, const QString& url, const FormParams& params,
                               const QString& signature)
{
    if (authToken.isEmpty() || signature.isEmpty()) {
        return false;
    }
    const QByteArray given = signature.toLatin1();
    bool match = false;
    // Every variant is checked (no early exit) so timing does not reveal which one matched.
    for (const QString& candidate : urlVariants(url)) {
        match = constantTimeEquals(compute(authToken, candidate, params).toLatin1(), given) || match;
    }
    return match;
}

bool TwilioSignature::validateJsonBody(const QString& authToken, const QString& url, const QByteArray& body,
                                       const QString& signature)
{
    const QUrlQuery query{QUrl(url)};
    const QByteArray expectedHash = query.queryItemValue(QStringLiteral("bodySHA256")).toLatin1().toLower();
    const QByteArray actualHash = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    const bool bodyOk = !expectedHash.isEmpty() && constantTimeEquals(expectedHash, actualHash);
    const bool urlOk = validate(authToken, url, {}, signature);
    return bodyOk && urlOk;
}

TwilioSignature::FormParams TwilioSignature::parseForm(const QByteArray& body)
{
    FormParams params;
    const QList<QByteArray> pairs = body.split('&');
    for (const QByteArray& pair : pairs) {
        if (pair.isEmpty()) {
            continue;
        }
        const qsizetype eq = pair.indexOf('=');
        QByteArray name = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        params.append({QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                       QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return params;
}

} // namespace calldeck
