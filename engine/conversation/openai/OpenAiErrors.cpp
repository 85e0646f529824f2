#include "conversation/openai/OpenAiErrors.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace calldeck {

namespace {

QString where(const QUrl& url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
}

} // namespace

QString OpenAiErrors::redact(QString text, const QString& secret)
{
    if (secret.size() >= 8) {
        text.replace(secret, QStringLiteral("***"));
        text.replace(secret.left(8), QStringLiteral("***"));
    }
    return text;
}

Error OpenAiErrors::http(int status, const QByteArray& body, const QUrl& url, const QString& model,
                         const QString& apiKey)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    const QString serverMessage = redact(error.value(QLatin1String("message")).toString(), apiKey).left(300);
    QString message;
    if (status == 401) {
        message = QCoreApplication::translate("OpenAiClient", "The AI provider rejected the API key (HTTP 401). Check the OpenAI API key in Settings; "
                     "copied keys often carry stray spaces.");
    } else if (status == 403) {
        message = QCoreApplication::translate("OpenAiClient", "The AI provider refused access (HTTP 403): this key or project may not use this model.");
    } else if (status == 404) {
        message = QCoreApplication::translate("OpenAiClient", "The AI provider does not know the model \"%1\" or the address %2 (HTTP 404). Check the "
                     "model name and the API base URL.")
                      .arg(model, where(url));
    } else if (status == 429) {
        message = QCoreApplication::translate("OpenAiClient", "The AI provider's rate limit or quota was reached (HTTP 429); try again in a moment or "
                     "check the account's usage limits.");
    } else if (status >= 500) {
        message = QCoreApplication::translate("OpenAiClient", "The AI provider had a server error (HTTP %1).").arg(status);
    } else {
        message = QCoreApplication::translate("OpenAiClient", "The AI provider refused the request (HTTP %1).").arg(status);
    }
    if (!serverMessage.isEmpty())
        message += QLatin1Char(' ') + QCoreApplication::translate("OpenAiClient", "It says: %1").arg(serverMessage);
    return Error{status == 429 || status >= 500 ? ErrorCode::Remote : ErrorCode::InvalidArgument, message, status};
}

Error OpenAiErrors::network(QNetworkReply::NetworkError error, const QString& errorString, const QUrl& url)
{
    if (error == QNetworkReply::ConnectionRefusedError) {
        return Error{ErrorCode::Network,
                     QCoreApplication::translate("OpenAiClient", "Could not connect to the AI provider at %1: the connection was refused. Is the server "
                        "running?")
                         .arg(where(url))};
    }
    if (error == QNetworkReply::RemoteHostClosedError)
        return dropped(url);
    return Error{ErrorCode::Network, QCoreApplication::translate("OpenAiClient", "Could not reach the AI provider at %1: %2").arg(where(url), errorString)};
}

Error OpenAiErrors::timeout(const QUrl& url, int timeoutMs, bool firstByte)
{
    const QString seconds = QLocale::c().toString(timeoutMs / 1000.0, 'g', 3);
    return Error{ErrorCode::Network,
                 firstByte ? QCoreApplication::translate("OpenAiClient", "The AI provider at %1 did not answer within %2 s.").arg(where(url), seconds)
                           : QCoreApplication::translate("OpenAiClient", "The AI provider at %1 stopped sending for %2 s in the middle of an answer.")
                                 .arg(where(url), seconds)};
}

Error OpenAiErrors::dropped(const QUrl& url)
{
    return Error{ErrorCode::Network,
                 QCoreApplication::translate("OpenAiClient", "The connection to the AI provider at %1 dropped in the middle of an answer.").arg(where(url))};
}

int OpenAiErrors::retryAfterMs(const QByteArray& headerValue)
{
    const QByteArray value = headerValue.trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = value.toDouble(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(seconds * 1000.0);
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!at.isValid())
        return -1;
    return int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(at)));
}

} // namespace calldeck
