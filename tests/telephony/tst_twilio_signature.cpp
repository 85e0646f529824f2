#include "telephony/TwilioSignature.h"

#include <QtTest>

using calldeck::TwilioSignature;

namespace {

const QString kToken = QStringLiteral("12345");
const QString kUrlB = QStringLiteral("https://mycompany.com/myapp.php?foo=1&bar=2");

TwilioSignature::FormParams paramsB()
{
    return {{QStringLiteral("CallSid"), QStringLiteral("CA1234567890ABCDE")},
            {QStringLiteral("Digits"), QStringLiteral("1234")},
            {QStringLiteral("From"), QStringLiteral("+14158675309")},
            {QStringLiteral("To"), QStringLiteral("+18005551212")},
            {QStringLiteral("Caller"), QStringLiteral("+14158675309")}};
}

} // namespace

/// Vectors A–G from shared/protocols/twilio.md §3.
class TestTwilioSignature : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void vectorA_securityDoc()
    {
        const TwilioSignature::FormParams params{{QStringLiteral("CallSid"), QStringLiteral("CA1234567890ABCDE")},
                                                 {QStringLiteral("Caller"), QStringLiteral("+14158675310")},
                                                 {QStringLiteral("Digits"), QStringLiteral("1234")},
                                                 {QStringLiteral("From"), QStringLiteral("+14158675310")},
                                                 {QStringLiteral("To"), QStringLiteral("+18005551212")}};
        const QString url = QStringLiteral("https://example.com/myapp.php?foo=1&bar=2");
        QCOMPARE(TwilioSignature::compute(kToken, url, params), QStringLiteral("L/OH5YylLD5NRKLltdqwSvS0BnU="));
        QVERIFY(TwilioSignature::validate(kToken, url, params, QStringLiteral("L/OH5YylLD5NRKLltdqwSvS0BnU=")));
    }

    void vectorsBtoE_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("B") << kUrlB << QStringLiteral("RSOYDt4T1cUTdK1PDd93/VVr8B8=");
        QTest::newRow("C https :443") << QStringLiteral("https://mycompany.com:443/myapp.php?foo=1&bar=2")
                                      << QStringLiteral("kvajT1Ptam85bY51eRf/AJRuM3w=");
        QTest::newRow("D http :80") << QStringLiteral("http://mycompany.com:80/myapp.php?foo=1&bar=2")
                                    << QStringLiteral("0ZXoZLH/DfblKGATFgpif+LLRf4=");
        QTest::newRow("E http :1234") << QStringLiteral("http://mycompany.com:1234/myapp.php?foo=1&bar=2")
                                      << QStringLiteral("Zmvh+3yNM1Phv2jhDCwEM3q5ebU=");
    }
    void vectorsBtoE()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        QCOMPARE(TwilioSignature::compute(kToken, url, paramsB()), expected);
        QVERIFY(TwilioSignature::validate(kToken, url, paramsB(), expected));
    }

    void httpsPortIsStrippedOrDefaulted()
    {
        // Twilio drops the port of https URLs before signing; validators accept both forms.
        QVERIFY(TwilioSignature::validate(kToken, QStringLiteral("https://mycompany.com:1234/myapp.php?foo=1&bar=2"),
                                          paramsB(), QStringLiteral("RSOYDt4T1cUTdK1PDd93/VVr8B8=")));
        QVERIFY(TwilioSignature::validate(kToken, kUrlB, paramsB(), QStringLiteral("kvajT1Ptam85bY51eRf/AJRuM3w=")));
    }

    void vectorF_repeatedNamesSortedAndDeduplicated()
    {
        const TwilioSignature::FormParams params{{QStringLiteral("Sid"), QStringLiteral("CA123")},
                                                 {QStringLiteral("SidAccount"), QStringLiteral("AC123")},
                                                 {QStringLiteral("Digits"), QStringLiteral("5678")},
                                                 {QStringLiteral("Digits"), QStringLiteral("1234")},
                                                 {QStringLiteral("Digits"), QStringLiteral("1234")}};
        QCOMPARE(TwilioSignature::compute(kToken, kUrlB, params), QStringLiteral("IK+Dwps556ElfBT0I3Rgjkr1wJU="));
    }

    void vectorG_jsonBody()
    {
        const QString url = kUrlB +
            QStringLiteral("&bodySHA256=0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620");
        const QByteArray body = R"({"property": "value", "boolean": true})";
        QVERIFY(TwilioSignature::validateJsonBody(kToken, url, body, QStringLiteral("a9nBmqA0ju/hNViExpshrM61xv4=")));
        QVERIFY(!TwilioSignature::validateJsonBody(kToken, url, body + ' ', QStringLiteral("a9nBmqA0ju/hNViExpshrM61xv4=")));
    }

    void forgeriesAreRejected()
    {
        const QString good = QStringLiteral("RSOYDt4T1cUTdK1PDd93/VVr8B8=");
        QVERIFY(!TwilioSignature::validate(QStringLiteral("54321"), kUrlB, paramsB(), good));
        QVERIFY(!TwilioSignature::validate(kToken, kUrlB, paramsB(), QString()));
        QVERIFY(!TwilioSignature::validate(QString(), kUrlB, paramsB(), good));
        auto tampered = paramsB();
        tampered[2].second = QStringLiteral("+14158675300");
        QVERIFY(!TwilioSignature::validate(kToken, kUrlB, tampered, good));
        QVERIFY(!TwilioSignature::validate(kToken, kUrlB + QStringLiteral("&x=1"), paramsB(), good));
    }

    void parseFormDecodesPlusAndPercent()
    {
        const auto params = TwilioSignature::parseForm("CallSid=CA1&From=%2B14158675309&Text=hello+world&Empty=");
        QCOMPARE(params.size(), 4);
        QCOMPARE(params.at(1).second, QStringLiteral("+14158675309"));
        QCOMPARE(params.at(2).second, QStringLiteral("hello world"));
        QCOMPARE(params.at(3).second, QString());
    }
};

QTEST_GUILESS_MAIN(TestTwilioSignature)
#include "tst_twilio_signature.moc"
