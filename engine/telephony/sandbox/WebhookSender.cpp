#include "telephony/sandbox/WebhookSender.h"

#include "telephony/TwilioSignature.h"
#include "telephony/sandbox/SandboxLog.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace calldeck::sandbox {

namespace {

// Twilio waits about 15 s for a webhook answer before giving up (error 11205).
constexpr int kWebhookTimeoutMs = 15000;

QByteArray formBody(const WebhookSender::FormParams& params)
{
    QByteArray body;
    for (const auto& [name, value] : params) {
        if (!body.isEmpty()) {
            body += '&';
        }
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

} // namespace

WebhookSender::WebhookSender(QNetworkAccessManager& network, QString authToken, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_authToken(std::move(authToken))
{
}

void WebhookSender::post(const QUrl& url, const FormParams& params)
{
    if (!url.isValid() || url.isEmpty()) {
        return;
    }
    m_queue.append(Pending{url, params});
    if (!m_busy) {
        sendNext();
    }
}

void WebhookSender::sendNext()
{
    if (m_queue.isEmpty()) {
        m_busy = false;
        Q_EMIT drained();
        return;
    }
    m_busy = true;
    const Pending pending = m_queue.takeFirst();
    // The signature covers the URL exactly as the caller configured it.
    const QString signedUrl = pending.url.toString(QUrl::FullyEncoded);
    QNetworkRequest request(pending.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("TwilioProxy/1.1"));
    request.setRawHeader("Accept", "*/*");
    request.setRawHeader("X-Twilio-Signature",
                         TwilioSignature::compute(m_authToken, signedUrl, pending.params).toLatin1());
    request.setTransferTimeout(kWebhookTimeoutMs);
    QNetworkReply* reply = m_network.post(request, formBody(pending.params));
    connect(reply, &QNetworkReply::finished, this, [this, reply, url = pending.url] {
        reply->deleteLater();
        const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (http < 200 || http >= 300) {
            // Twilio logs 11200 (HTTP retrieval failure) and carries on with the call.
            qCWarning(lcSandbox).noquote() << "Webhook to" << url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)
                                           << "failed (error 11200):" << (http ? QString::number(http) : reply->errorString());
        }
        sendNext();
    });
}

} // namespace calldeck::sandbox
