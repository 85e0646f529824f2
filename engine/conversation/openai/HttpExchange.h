#pragma once

#include "conversation/openai/OpenAiTypes.h"
#include "core/Result.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace calldeck {

/// One request to an OpenAI-compatible server, with its timeouts and retries: the body of a
/// successful answer is handed on as it arrives (bytes()); failures end as readable Errors. A 429
/// is retried after Retry-After (at most OpenAiClientOptions::maxRetries times) when the request
/// is idempotent and no body byte was handed on yet.
class HttpExchange : public QObject
{
    Q_OBJECT
public:
    /// Creates the QNetworkReply for one attempt (called again for each retry).
    using Sender = std::function<QNetworkReply*()>;

    HttpExchange(Sender sender, QUrl url, QString model, QString apiKey, OpenAiClientOptions options,
                 bool idempotent, QObject* parent = nullptr);
    ~HttpExchange() override;

    /// Sends the first attempt.
    void start();
    /// Aborts the request; no signal is emitted afterwards.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    /// How many attempts were sent so far.
    [[nodiscard]] int attempts() const { return m_attempts; }

Q_SIGNALS:
    /// The response headers of a successful answer arrived (the server started answering).
    void answering();
    /// Body bytes of a successful (2xx) answer, in order.
    void bytes(const QByteArray& data);
    /// The exchange is over: success (the whole body was handed on) or the reason it failed.
    void finished(const calldeck::Status& status);

private:
    void send();
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void onTimeout();
    void finish(const Status& status);
    void dropReply();

    Sender m_sender;
    QUrl m_url;
    QString m_model;
    QString m_apiKey;
    OpenAiClientOptions m_options;
    bool m_idempotent = false;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    QByteArray m_errorBody;
    int m_status = 0;
    int m_attempts = 0;
    bool m_gotHeaders = false;
    bool m_deliveredBody = false;
    bool m_running = false;
};

} // namespace calldeck
