#include "fakes/FakeTwilioApi.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace calldeck::fakes {

FakeTwilioApi::FakeTwilioApi(QString accountSid, QString authToken)
    : m_accountSid(std::move(accountSid))
    , m_authToken(std::move(authToken))
{
    m_server.route(QStringLiteral("/2010-04-01/Accounts/<arg>/<arg>"),
                   [this](const QString&, const QString&, const QHttpServerRequest& request) { return handle(request); });
    m_server.route(QStringLiteral("/2010-04-01/Accounts/<arg>/Calls/<arg>"),
                   [this](const QString&, const QString&, const QHttpServerRequest& request) { return handle(request); });
}

QUrl FakeTwilioApi::start()
{
    const quint16 port = m_server.listen(QHostAddress::LocalHost, 0);
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

FakeTwilioApi::Answer FakeTwilioApi::twilioError(int httpStatus, int code, const QString& message)
{
    const QJsonObject body{{QStringLiteral("code"), code},
                           {QStringLiteral("message"), message},
                           {QStringLiteral("more_info"), QStringLiteral("https://www.twilio.com/docs/errors/%1").arg(code)},
                           {QStringLiteral("status"), httpStatus}};
    return Answer{httpStatus, QJsonDocument(body).toJson(QJsonDocument::Compact), {}};
}

QByteArray FakeTwilioApi::callJson(const QString& sid, const QString& status) const
{
    const QJsonObject body{{QStringLiteral("sid"), sid},
                           {QStringLiteral("account_sid"), m_accountSid},
                           {QStringLiteral("status"), status},
                           {QStringLiteral("direction"), QStringLiteral("outbound-api")},
                           {QStringLiteral("to"), QStringLiteral("+14155550123")},
                           {QStringLiteral("from"), QStringLiteral("+15005550006")},
                           {QStringLiteral("duration"), QJsonValue::Null},
                           {QStringLiteral("answered_by"), QJsonValue::Null},
                           {QStringLiteral("api_version"), QStringLiteral("2010-04-01")}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QHttpServerResponse FakeTwilioApi::handle(const QHttpServerRequest& request)
{
    Recorded recorded;
    recorded.method = request.method() == QHttpServerRequest::Method::Get ? QByteArray("GET") : QByteArray("POST");
    recorded.path = request.url().path();
    recorded.authorization = request.value("Authorization");
    recorded.contentType = request.value("Content-Type");
    recorded.body = request.body();
    m_requests.append(recorded);

    const QByteArray expectedAuth = "Basic " + (m_accountSid + QLatin1Char(':') + m_authToken).toUtf8().toBase64();
    if (recorded.authorization != expectedAuth) {
        const Answer denied = twilioError(401, 20003, QStringLiteral("Authenticate"));
        return QHttpServerResponse(QByteArrayLiteral("application/json"), denied.json,
                                   QHttpServerResponse::StatusCode::Unauthorized);
    }

    Answer answer;
    if (!m_answers.isEmpty()) {
        answer = m_answers.takeFirst();
    } else if (recorded.path.endsWith(QLatin1String("/Calls.json"))) {
        answer = Answer{201, callJson(QStringLiteral("CA%1").arg(++m_callCounter, 32, 10, QLatin1Char('0')),
                                      QStringLiteral("queued")),
                        {}};
    } else {
        const QString sid = recorded.path.section(QLatin1Char('/'), -1).section(QLatin1Char('.'), 0, 0);
        const bool hangUp = QUrlQuery(QString::fromUtf8(recorded.body)).queryItemValue(QStringLiteral("Status")) ==
                            QLatin1String("completed");
        answer = Answer{200, callJson(sid, hangUp ? QStringLiteral("completed") : QStringLiteral("in-progress")), {}};
    }
    QHttpServerResponse response(QByteArrayLiteral("application/json"), answer.json,
                                 static_cast<QHttpServerResponse::StatusCode>(answer.httpStatus));
    if (!answer.retryAfter.isEmpty()) {
        response.setHeader("Retry-After", answer.retryAfter);
    }
    return response;
}

} // namespace calldeck::fakes
