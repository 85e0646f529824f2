#pragma once

#include <QElapsedTimer>
#include <QHttpServer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QWebSocket>
#include <QWebSocketServer>

namespace calldeck::tests {

/// The CallDeck end of a sandbox call, for tests: an HTTP server recording the webhooks the line
/// sends and a WebSocket server accepting its media streams, recording every message.
class CallDeckEndpoint : public QObject
{
    Q_OBJECT
public:
    struct Webhook
    {
        QString path;           ///< "/status" or "/transcription"
        QUrl url;               ///< as configured (what the signature covers)
        QList<QPair<QString, QString>> params;
        QByteArray signature;
        QByteArray userAgent;
        [[nodiscard]] QString value(const QString& name) const;
    };
    struct Stream
    {
        QPointer<QWebSocket> socket;
        QByteArray signature;   ///< X-Twilio-Signature of the upgrade
        QList<QJsonObject> messages;
        QList<qint64> mediaArrivalMs; ///< when each media message arrived (for reporting pacing)
        bool closed = false;
        int invalidJson = 0;
        [[nodiscard]] QString callSid() const;
        [[nodiscard]] QString streamSid() const;
        [[nodiscard]] QList<QJsonObject> events(const QString& event) const;
    };

    CallDeckEndpoint();
    ~CallDeckEndpoint() override;

    [[nodiscard]] QUrl statusUrl(const QString& key) const;
    [[nodiscard]] QUrl transcriptionUrl(const QString& key) const;
    [[nodiscard]] QUrl mediaUrl() const;

    /// Webhooks whose URL carries ?call=`key`, in arrival order.
    [[nodiscard]] QList<Webhook> webhooks(const QString& path, const QString& key) const;
    /// The stream whose start named `callSid`, or null.
    [[nodiscard]] Stream* stream(const QString& callSid);

    /// Sends a JSON message on the call's stream.
    void send(const QString& callSid, const QJsonObject& message);
    /// Closes the call's stream from CallDeck's side.
    void close(const QString& callSid);

private:
    QHttpServer m_http;
    QWebSocketServer m_ws;
    quint16 m_httpPort = 0;
    QList<Webhook> m_webhooks;
    QList<Stream*> m_streams;
    QElapsedTimer m_clock;
};

} // namespace calldeck::tests
