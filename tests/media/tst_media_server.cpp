// MediaServer webhooks: signed callbacks become events; anything unsigned, forged or for a call
// that is not open gets refused; /healthz proves which server answers.
#include "media/MediaServer.h"
#include "telephony/TwilioSignature.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

using namespace calldeck;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kAuthToken = "media-test-auth-token";

struct Reply
{
    int status = 0;
    QByteArray body;
};

Reply send(QNetworkAccessManager& nam, const QUrl& target, const TwilioSignature::FormParams& form,
           const QString& signature, bool post = true)
{
    QNetworkRequest request(target);
    QUrlQuery body;
    for (const auto& [k, v] : form)
        body.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    if (!signature.isEmpty())
        request.setRawHeader("X-Twilio-Signature", signature.toLatin1());
    QNetworkReply* reply = post ? nam.post(request, body.toString(QUrl::FullyEncoded).toLatin1()) : nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    Reply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return r;
}

/// Where the request physically goes: the local server, even when Twilio was given a public URL.
QUrl local(const MediaServer& server, const QUrl& publicUrl)
{
    QUrl u = server.localUrl();
    u.setPath(publicUrl.path());
    u.setQuery(publicUrl.query());
    return u;
}

TwilioSignature::FormParams statusForm()
{
    return {{u"CallSid"_s, u"CA0123456789abcdef0123456789abcdef"_s},
            {u"AccountSid"_s, u"AC0123456789abcdef0123456789abcdef"_s},
            {u"CallStatus"_s, u"completed"_s},
            {u"SequenceNumber"_s, u"3"_s},
            {u"CallDuration"_s, u"42"_s},
            {u"AnsweredBy"_s, u"human"_s},
            {u"SipResponseCode"_s, u"200"_s},
            {u"Timestamp"_s, u"Tue, 31 Aug 2010 20:36:28 +0000"_s},
            {u"CallbackSource"_s, u"call-progress-events"_s}};
}

} // namespace

class TestMediaServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<MediaServer>();
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0).ok());
        m_server->setSigningKey(kAuthToken);
    }
    void cleanup() { m_server.reset(); }

    void healthzNamesThisInstance()
    {
        QUrl url = m_server->localUrl();
        url.setPath(u"/healthz"_s);
        const Reply r = send(m_nam, url, {}, {}, false);
        QCOMPARE(r.status, 200);
        QCOMPARE(QString::fromUtf8(r.body), u"calldeck "_s + m_server->instanceId());
    }

    void urlsFollowThePublicBase()
    {
        QCOMPARE(m_server->mediaUrl().scheme(), u"ws"_s);
        m_server->setPublicUrl(QUrl(u"https://calls.example.org/cd"_s));
        QCOMPARE(m_server->mediaUrl().toString(), u"wss://calls.example.org/cd/media"_s);
        QCOMPARE(m_server->statusCallbackUrl(u"k 1"_s).toString(QUrl::FullyEncoded),
                 u"https://calls.example.org/cd/twilio/status?call=k%201"_s);
    }

    void signedStatusCallbackBecomesEvent()
    {
        m_server->openCall(u"call-7"_s);
        QSignalSpy events(m_server.get(), &MediaServer::callStatus);
        const QUrl url = m_server->statusCallbackUrl(u"call-7"_s);
        const auto form = statusForm();
        const Reply r = send(m_nam, url, form,
                             TwilioSignature::compute(QString::fromLatin1(kAuthToken), url.toString(QUrl::FullyEncoded), form));
        QCOMPARE(r.status, 204);
        QTRY_COMPARE_WITH_TIMEOUT(events.count(), 1, 15000);
        const auto e = events.at(0).at(0).value<CallStatusEvent>();
        QCOMPARE(e.callKey, u"call-7"_s);
        QCOMPARE(e.callSid, u"CA0123456789abcdef0123456789abcdef"_s);
        QCOMPARE(e.callStatus, u"completed"_s);
        QCOMPARE(e.sequenceNumber, 3);
        QCOMPARE(e.callDurationSeconds, 42);
        QCOMPARE(e.answeredBy, u"human"_s);
        QCOMPARE(e.sipResponseCode, u"200"_s);
        QCOMPARE(e.timestamp, QDateTime(QDate(2010, 8, 31), QTime(20, 36, 28), Qt::UTC));
        QCOMPARE(m_server->stats().webhooksAccepted, 1u);
    }

    void signedTranscriptionBecomesEvent()
    {
        m_server->openCall(u"call-8"_s);
        QSignalSpy events(m_server.get(), &MediaServer::transcription);
        const QUrl url = m_server->transcriptionCallbackUrl(u"call-8"_s);
        const TwilioSignature::FormParams form{
            {u"AccountSid"_s, u"AC0123456789abcdef0123456789abcdef"_s},
            {u"CallSid"_s, u"CA0123456789abcdef0123456789abcdef"_s},
            {u"TranscriptionSid"_s, u"GT0123456789abcdef0123456789abcdef"_s},
            {u"TranscriptionEvent"_s, u"transcription-content"_s},
            {u"Timestamp"_s, u"2024-06-25T18:45:21.454203Z"_s},
            {u"SequenceId"_s, u"5"_s},
            {u"Track"_s, u"inbound_track"_s},
            {u"Final"_s, u"false"_s},
            {u"LanguageCode"_s, u"en-US"_s},
            {u"TranscriptionData"_s, uR"({"transcript":"Hello, this is Bright Smile Dental.","confidence":0.9956335})"_s}};
        const Reply r = send(m_nam, url, form,
                             TwilioSignature::compute(QString::fromLatin1(kAuthToken), url.toString(QUrl::FullyEncoded), form));
        QCOMPARE(r.status, 204);
        QTRY_COMPARE_WITH_TIMEOUT(events.count(), 1, 15000);
        const auto e = events.at(0).at(0).value<TranscriptionEvent>();
        QCOMPARE(e.callKey, u"call-8"_s);
        QCOMPARE(e.event, u"transcription-content"_s);
        QCOMPARE(e.transcriptionSid, u"GT0123456789abcdef0123456789abcdef"_s);
        QCOMPARE(e.track, u"inbound_track"_s);
        QCOMPARE(e.sequenceId, 5);
        QCOMPARE(e.isFinal, false);
        QCOMPARE(e.text, u"Hello, this is Bright Smile Dental."_s);
        QVERIFY(std::abs(e.confidence - 0.9956335) < 1e-6);
        QCOMPARE(e.timestamp.date(), QDate(2024, 6, 25));
        QCOMPARE(e.timestamp.time().msec(), 454);
    }

    void forgedOrMissingSignatureGets403_data()
    {
        QTest::addColumn<QString>("signature");
        QTest::newRow("missing") << QString();
        QTest::newRow("wrong key") << u"wrong"_s;
        QTest::newRow("garbage") << u"not-base64!"_s;
    }
    void forgedOrMissingSignatureGets403()
    {
        QFETCH(QString, signature);
        m_server->openCall(u"call-9"_s);
        QSignalSpy events(m_server.get(), &MediaServer::callStatus);
        QSignalSpy rejected(m_server.get(), &MediaServer::rejected);
        const QUrl url = m_server->statusCallbackUrl(u"call-9"_s);
        const auto form = statusForm();
        const QString sig = signature == u"wrong"
                                ? TwilioSignature::compute(u"another-token"_s, url.toString(QUrl::FullyEncoded), form)
                                : signature;
        QCOMPARE(send(m_nam, url, form, sig).status, 403);
        QTRY_COMPARE_WITH_TIMEOUT(rejected.count(), 1, 15000);
        QCOMPARE(events.count(), 0);
        QCOMPARE(m_server->stats().webhooksRejected, 1u);
    }

    void tamperedBodyGets403()
    {
        m_server->openCall(u"call-10"_s);
        const QUrl url = m_server->statusCallbackUrl(u"call-10"_s);
        auto form = statusForm();
        const QString sig = TwilioSignature::compute(QString::fromLatin1(kAuthToken), url.toString(QUrl::FullyEncoded), form);
        form[2].second = u"in-progress"_s;
        QCOMPARE(send(m_nam, url, form, sig).status, 403);
    }

    void signatureIsCheckedAgainstThePublicUrl()
    {
        m_server->setPublicUrl(QUrl(u"https://calls.example.org"_s));
        m_server->openCall(u"call-11"_s);
        QSignalSpy events(m_server.get(), &MediaServer::callStatus);
        const QUrl publicUrl = m_server->statusCallbackUrl(u"call-11"_s);
        const auto form = statusForm();
        // Signed for the local URL the server sees: that is not what Twilio signs.
        const QUrl localUrl = local(*m_server, publicUrl);
        QCOMPARE(send(m_nam, localUrl, form,
                      TwilioSignature::compute(QString::fromLatin1(kAuthToken), localUrl.toString(QUrl::FullyEncoded), form))
                     .status,
                 403);
        QCOMPARE(send(m_nam, localUrl, form,
                      TwilioSignature::compute(QString::fromLatin1(kAuthToken), publicUrl.toString(QUrl::FullyEncoded), form))
                     .status,
                 204);
        QTRY_COMPARE_WITH_TIMEOUT(events.count(), 1, 15000);
    }

    void unknownCallIsRefusedButLateWebhooksOfAClosedCallAreAccepted()
    {
        QSignalSpy events(m_server.get(), &MediaServer::callStatus);
        const auto form = statusForm();
        const QUrl unknown = m_server->statusCallbackUrl(u"never-opened"_s);
        QCOMPARE(send(m_nam, unknown, form,
                      TwilioSignature::compute(QString::fromLatin1(kAuthToken), unknown.toString(QUrl::FullyEncoded), form))
                     .status,
                 404);
        // Twilio's last callbacks may arrive after CallDeck closed the call: still signed, still ours.
        m_server->openCall(u"call-12"_s, QByteArrayLiteral("carrier-key"), QUrl(u"https://tunnel.example"_s));
        m_server->closeCall(u"call-12"_s);
        const QUrl closed = m_server->statusCallbackUrl(u"call-12"_s);
        QCOMPARE(closed.host(), u"tunnel.example"_s);
        QUrl local = m_server->localUrl(); // the tunnel delivers it here
        local.setPath(closed.path());
        local.setQuery(closed.query());
        QCOMPARE(send(m_nam, local, form,
                      TwilioSignature::compute(QString::fromLatin1(kAuthToken), closed.toString(QUrl::FullyEncoded), form))
                     .status,
                 403); // signed with the wrong carrier's key
        QCOMPARE(send(m_nam, local, form,
                      TwilioSignature::compute(u"carrier-key"_s, closed.toString(QUrl::FullyEncoded), form))
                     .status,
                 204);
        QTRY_COMPARE_WITH_TIMEOUT(events.count(), 1, 15000);
        QCOMPARE(m_server->stats().webhooksRejected, 2u);
    }

    void noSigningKeyRefusesEverything()
    {
        MediaServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        server.openCall(u"c"_s);
        const QUrl url = server.statusCallbackUrl(u"c"_s);
        const auto form = statusForm();
        QCOMPARE(send(m_nam, url, form, TwilioSignature::compute(QString(), url.toString(QUrl::FullyEncoded), form)).status,
                 403);
    }

    void busyPortIsAReadableError()
    {
        MediaServer other;
        const Status s = other.listen(QHostAddress::LocalHost, m_server->port());
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QString::number(m_server->port())));
    }

private:
    std::unique_ptr<MediaServer> m_server;
    QNetworkAccessManager m_nam;
};

QTEST_GUILESS_MAIN(TestMediaServer)
#include "tst_media_server.moc"
