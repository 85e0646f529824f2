#pragma once

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace calldeck::sandbox {

/// Sends one call's webhooks (status callbacks, transcription events) the way Twilio does: form
/// POSTs signed with X-Twilio-Signature, User-Agent TwilioProxy/1.1. Requests go out one after the
/// other so the receiver sees them in firing order; a failed delivery is logged and skipped.
class WebhookSender : public QObject
{
    Q_OBJECT
public:
    using FormParams = QList<QPair<QString, QString>>;

    WebhookSender(QNetworkAccessManager& network, QString authToken, QObject* parent = nullptr);

    /// Queues a signed POST of `params` to `url`.
    void post(const QUrl& url, const FormParams& params);
    /// True when nothing is queued or in flight.
    [[nodiscard]] bool idle() const { return m_queue.isEmpty() && !m_busy; }

Q_SIGNALS:
    /// The queue ran empty.
    void drained();

private:
    void sendNext();

    struct Pending
    {
        QUrl url;
        FormParams params;
    };
    QNetworkAccessManager& m_network;
    QString m_authToken;
    QList<Pending> m_queue;
    bool m_busy = false;
};

} // namespace calldeck::sandbox
