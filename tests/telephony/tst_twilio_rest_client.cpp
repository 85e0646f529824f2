#include "core/SyncWait.h"
#include "fakes/FakeTwilioApi.h"
#include "telephony/TwilioRestClient.h"

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QUrlQuery>
#include <QtTest>

using namespace calldeck;
using fakes::FakeTwilioApi;

namespace {
const QString kSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QString kToken = QStringLiteral("token-for-tests");
} // namespace

/// The real REST client against a loopback server that answers like Twilio.
class TestTwilioRestClient : public QObject
{
    Q_OBJECT
private:
    QNetworkAccessManager m_network;

    std::unique_ptr<TwilioRestClient> client(const QUrl& base, const QString& token = kToken)
    {
        auto c = std::make_unique<TwilioRestClient>(m_network, base, TwilioCredentials{kSid, kSid, token});
        c->setRetryPolicy(3, std::chrono::milliseconds(5));
        return c;
    }

    static TwilioCallRequest request()
    {
        return TwilioCallRequest{QStringLiteral("+14155550123"), QStringLiteral("+15005550006"),
                                 QStringLiteral("<Response><Connect><Stream url=\"wss://x.example/media\"/></Connect></Response>"),
                                 QUrl(QStringLiteral("https://x.example/twilio/status?call=1")), 30, 0};
    }

private Q_SLOTS:
    void createCallSendsTwimlAndAllFourEvents()
    {
        FakeTwilioApi api(kSid, kToken);
        auto c = client(api.start());
        const Result<TwilioCall> r = syncResult(c->createCall(request()));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QVERIFY(r.value().sid.startsWith(QLatin1String("CA")));
        QCOMPARE(r.value().status, QStringLiteral("queued"));

        QCOMPARE(api.requests().size(), 1);
        const auto& sent = api.requests().first();
        QCOMPARE(sent.method, QByteArray("POST"));
        QCOMPARE(sent.path, QStringLiteral("/2010-04-01/Accounts/%1/Calls.json").arg(kSid));
        QCOMPARE(sent.contentType, QByteArray("application/x-www-form-urlencoded"));
        const QUrlQuery form(QString::fromUtf8(sent.body));
        QCOMPARE(form.queryItemValue(QStringLiteral("To"), QUrl::FullyDecoded), QStringLiteral("+14155550123"));
        QCOMPARE(form.queryItemValue(QStringLiteral("Twiml"), QUrl::FullyDecoded), request().twiml);
        QCOMPARE(form.allQueryItemValues(QStringLiteral("StatusCallbackEvent")),
                 (QStringList{QStringLiteral("initiated"), QStringLiteral("ringing"), QStringLiteral("answered"),
                              QStringLiteral("completed")}));
        QCOMPARE(form.queryItemValue(QStringLiteral("StatusCallback"), QUrl::FullyDecoded),
                 QStringLiteral("https://x.example/twilio/status?call=1"));
    }

    void errorsCarryTwilioCodeAndReadableMessage_data()
    {
        QTest::addColumn<int>("http");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("21211") << 400 << 21211 << QStringLiteral("not a valid phone number");
        QTest::newRow("21210") << 400 << 21210 << QStringLiteral("caller number");
        QTest::newRow("21219") << 400 << 21219 << QStringLiteral("verified");
        QTest::newRow("20003") << 401 << 20003 << QStringLiteral("credentials");
    }
    void errorsCarryTwilioCodeAndReadableMessage()
    {
        QFETCH(int, http);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        FakeTwilioApi api(kSid, kToken);
        api.queueAnswer(FakeTwilioApi::twilioError(http, code, QStringLiteral("from the fake")));
        auto c = client(api.start());
        const auto r = syncResult(c->createCall(request()));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Remote);
        QCOMPARE(r.error().remoteCode, code);
        QVERIFY2(r.error().message.contains(mentions, Qt::CaseInsensitive), qPrintable(r.error().message));
        QCOMPARE(api.requests().size(), 1); // client errors are never retried
    }

    void wrongTokenIsAuthenticationFailure()
    {
        FakeTwilioApi api(kSid, kToken);
        auto c = client(api.start(), QStringLiteral("wrong"));
        const auto r = syncResult(c->fetchCall(QStringLiteral("CA1")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().remoteCode, 20003);
    }

    void tooManyRequestsIsRetriedWithBackoff()
    {
        FakeTwilioApi api(kSid, kToken);
        auto busy = FakeTwilioApi::twilioError(429, 20429, QStringLiteral("Too Many Requests"));
        busy.retryAfter = "0";
        api.queueAnswer(busy);
        api.queueAnswer(FakeTwilioApi::twilioError(503, 20500, QStringLiteral("Service Unavailable")));
        auto c = client(api.start());
        const auto r = syncResult(c->createCall(request()));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(api.requests().size(), 3);
    }

    void serverErrorsGiveUpAfterTheLastAttempt()
    {
        FakeTwilioApi api(kSid, kToken);
        for (int i = 0; i < 3; ++i) {
            api.queueAnswer(FakeTwilioApi::twilioError(500, 20500, QStringLiteral("Internal Server Error")));
        }
        auto c = client(api.start());
        const auto r = syncResult(c->createCall(request()));
        QVERIFY(!r.ok());
        QCOMPARE(api.requests().size(), 3);
        QVERIFY(r.error().message.contains(QLatin1String("3")));
    }

    void hangUpPostsCompletedAndTreats20404AsEnded()
    {
        FakeTwilioApi api(kSid, kToken);
        auto c = client(api.start());
        QVERIFY(syncResult(c->hangUp(QStringLiteral("CA42"))).ok());
        QCOMPARE(api.requests().last().body, QByteArray("Status=completed"));
        QCOMPARE(api.requests().last().path, QStringLiteral("/2010-04-01/Accounts/%1/Calls/CA42.json").arg(kSid));

        api.queueAnswer(FakeTwilioApi::twilioError(404, 20404, QStringLiteral("not found")));
        QVERIFY(syncResult(c->hangUp(QStringLiteral("CA43"))).ok());
    }

    void unreachableApiIsNetworkError()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there any more
        auto c = client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        const auto r = syncResult(c->fetchCall(QStringLiteral("CA1")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Network);
    }
};

QTEST_GUILESS_MAIN(TestTwilioRestClient)
#include "tst_twilio_rest_client.moc"
