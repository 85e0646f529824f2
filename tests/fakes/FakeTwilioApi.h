#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QHttpServer>
#include <QList>
#include <QUrl>

namespace calldeck::fakes {

/// A loopback HTTP server answering like Twilio's REST API (2010-04-01): Basic auth checked, form
/// bodies recorded, Call resource JSON or Twilio's error JSON returned. Tests queue the answers.
class FakeTwilioApi
{
public:
    struct Recorded
    {
        QByteArray method;
        QString path;
        QByteArray authorization;
        QByteArray contentType;
        QByteArray body;
    };
    struct Answer
    {
        int httpStatus = 201;
        QByteArray json;
        QByteArray retryAfter; ///< Retry-After header value when not empty
    };

    FakeTwilioApi(QString accountSid, QString authToken);

    /// Listens on 127.0.0.1 with a free port; returns the base URL ("http://127.0.0.1:PORT").
    QUrl start();

    /// Answers to give, in order; once exhausted every request gets a normal Call resource.
    void queueAnswer(Answer answer) { m_answers.append(std::move(answer)); }
    static Answer twilioError(int httpStatus, int code, const QString& message);

    [[nodiscard]] const QList<Recorded>& requests() const { return m_requests; }

private:
    QHttpServerResponse handle(const QHttpServerRequest& request);
    QByteArray callJson(const QString& sid, const QString& status) const;

    QString m_accountSid;
    QString m_authToken;
    QHttpServer m_server;
    QList<Answer> m_answers;
    QList<Recorded> m_requests;
    int m_callCounter = 0;
};

} // namespace calldeck::fakes
