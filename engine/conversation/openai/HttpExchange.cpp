#include "conversation/openai/HttpExchange.h"

#include "conversation/openai/OpenAiErrors.h"
#include "conversation/openai/OpenAiLog.h"

#include <QNetworkReply>

namespace calldeck {

HttpExchange::HttpExchange(Sender sender, QUrl url, QString model, QString apiKey, OpenAiClientOptions options,
                           bool idempotent, QObject* parent)
    : QObject(parent)
    , m_sender(std::move(sender))
    , m_url(std::move(url))
    , m_model(std::move(model))
    , m_apiKey(std::move(apiKey))
    , m_options(options)
    , m_idempotent(idempotent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpExchange::onTimeout);
}

HttpExchange::~HttpExchange()
{
    dropReply();
}

void HttpExchange::start()
{
    m_running = true;
    send();
}

void HttpExchange::cancel()
{
    m_running = false;
    m_timer.stop();
    dropReply();
}

void HttpExchange::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void HttpExchange::send()
{
    if (!m_running)
        return;
    ++m_attempts;
    m_status = 0;
    m_gotHeaders = false;
    m_errorBody.clear();
    m_reply = m_sender();
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpExchange::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpExchange::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpExchange::onFinished);
    m_timer.start(m_options.firstByteTimeoutMs);
}

void HttpExchange::onMetaData()
{
    if (m_gotHeaders || !m_reply)
        return;
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return;
    m_gotHeaders = true;
    m_status = status.toInt();
    m_timer.start(m_options.idleTimeoutMs);
    if (m_status >= 200 && m_status < 300)
        Q_EMIT answering();
}

void HttpExchange::onReadyRead()
{
    if (!m_reply)
        return;
    onMetaData();
    m_timer.start(m_options.idleTimeoutMs);
    const QByteArray data = m_reply->readAll();
    if (data.isEmpty())
        return;
    if (m_status >= 200 && m_status < 300) {
        m_deliveredBody = true;
        Q_EMIT bytes(data);
    } else if (m_errorBody.size() < 64 * 1024) {
        m_errorBody += data;
    }
}

void HttpExchange::onFinished()
{
    if (!m_reply)
        return;
    onReadyRead();
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    m_timer.stop();
    const QNetworkReply::NetworkError error = reply->error();

    if (m_status == 0) {
        qCWarning(lcOpenAi) << "no answer from" << m_url.toDisplayString(QUrl::RemoveUserInfo) << error;
        finish(OpenAiErrors::network(error, reply->errorString(), m_url));
        return;
    }
    if (m_status == 429 && m_idempotent && !m_deliveredBody && m_attempts <= m_options.maxRetries) {
        int delayMs = OpenAiErrors::retryAfterMs(reply->rawHeader("Retry-After"));
        if (delayMs < 0)
            delayMs = m_options.defaultRetryDelayMs * m_attempts;
        if (delayMs <= m_options.maxRetryAfterMs) {
            qCInfo(lcOpenAi) << "rate limited by" << m_url.path() << "- retrying in" << delayMs << "ms";
            QTimer::singleShot(delayMs, this, &HttpExchange::send);
            return;
        }
    }
    if (m_status < 200 || m_status >= 300) {
        qCWarning(lcOpenAi) << "HTTP" << m_status << "from" << m_url.path();
        finish(OpenAiErrors::http(m_status, m_errorBody, m_url, m_model, m_apiKey));
        return;
    }
    if (error != QNetworkReply::NoError) {
        qCWarning(lcOpenAi) << "answer from" << m_url.path() << "ended with" << error;
        finish(OpenAiErrors::dropped(m_url));
        return;
    }
    finish(Status());
}

void HttpExchange::onTimeout()
{
    const bool firstByte = !m_gotHeaders;
    qCWarning(lcOpenAi) << (firstByte ? "no first byte from" : "stalled answer from") << m_url.path();
    dropReply();
    finish(OpenAiErrors::timeout(m_url, firstByte ? m_options.firstByteTimeoutMs : m_options.idleTimeoutMs,
                                 firstByte));
}

void HttpExchange::finish(const Status& status)
{
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT finished(status);
}

} // namespace calldeck
