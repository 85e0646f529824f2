// TwilioMessageParser: the fast media scanner agrees with the full parser on Twilio's messages,
// refuses what it does not understand, and base64 is strict.
#include "media/TwilioMessageParser.h"

#include <QTest>

using namespace calldeck;
using namespace Qt::StringLiterals;

class TestTwilioMessageParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fastPathReadsTwiliosMediaMessage()
    {
        // twilio.md §5.2 example shape; streamSid after media, numbers as strings.
        const QString text =
            uR"({"event":"media","sequenceNumber":"4","media":{"track":"inbound","chunk":"2","timestamp":"25","payload":"/////w=="},"streamSid":"MZ18ad3ab5a668481ce02b83e7395059f0"})"_s;
        TwilioMediaView v;
        QVERIFY(TwilioMessageParser::parseMedia(text, v));
        QCOMPARE(v.streamSid.toString(), u"MZ18ad3ab5a668481ce02b83e7395059f0"_s);
        QCOMPARE(v.track.toString(), u"inbound"_s);
        QCOMPARE(v.timestampMs, 25);
        QCOMPARE(v.payload.toString(), u"/////w=="_s);
        TwilioMessage m;
        QCOMPARE(TwilioMessageParser::parse(text, m), TwilioMessageParser::Error::None);
        QCOMPARE(m.event, TwilioMessage::Event::Media);
        QCOMPARE(m.timestampMs, 25);
        QCOMPARE(m.payload, u"/////w=="_s);
    }

    void fastPathDefersWhatItDoesNotUnderstand_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("other event") << uR"({"event":"mark","streamSid":"MZ1","mark":{"name":"a"}})"_s;
        QTest::newRow("escaped string") << uR"({"event":"media","streamSid":"MZ\u0031","media":{"timestamp":"0","payload":"AA=="}})"_s;
        QTest::newRow("no payload") << uR"({"event":"media","streamSid":"MZ1","media":{"timestamp":"0"}})"_s;
        QTest::newRow("truncated") << uR"({"event":"media","streamSid":"MZ1","media":{"timestamp":"0","payload":"AA==")"_s;
        QTest::newRow("trailing junk") << uR"({"event":"media","streamSid":"MZ1","media":{"timestamp":"0","payload":"AA=="}} x)"_s;
        QTest::newRow("not json") << u"media"_s;
    }
    void fastPathDefersWhatItDoesNotUnderstand()
    {
        QFETCH(QString, text);
        TwilioMediaView v;
        QVERIFY(!TwilioMessageParser::parseMedia(text, v));
    }

    void fullParserReadsStart()
    {
        const QString text =
            uR"({"event":"start","sequenceNumber":"1","start":{"accountSid":"AC1","streamSid":"MZ1","callSid":"CA1","tracks":["inbound"],"customParameters":{"token":"t0k","persona":"dental"},"mediaFormat":{"encoding":"audio/x-mulaw","sampleRate":8000,"channels":1}},"streamSid":"MZ1"})"_s;
        TwilioMessage m;
        QCOMPARE(TwilioMessageParser::parse(text, m), TwilioMessageParser::Error::None);
        QCOMPARE(m.event, TwilioMessage::Event::Start);
        QCOMPARE(m.callSid, u"CA1"_s);
        QCOMPARE(m.customParameters.value(u"token"_s), u"t0k"_s);
        QCOMPARE(m.sampleRate, 8000);
        QCOMPARE(m.encoding, u"audio/x-mulaw"_s);
    }

    void fullParserNamesTheProblem()
    {
        TwilioMessage m;
        QCOMPARE(TwilioMessageParser::parse(u"{"_s, m), TwilioMessageParser::Error::NotJson);
        QCOMPARE(TwilioMessageParser::parse(u"{}"_s, m), TwilioMessageParser::Error::NoEvent);
        QCOMPARE(TwilioMessageParser::parse(uR"({"event":"hello"})"_s, m), TwilioMessageParser::Error::UnknownEvent);
        QCOMPARE(TwilioMessageParser::parse(uR"({"event":"mark","streamSid":"MZ1"})"_s, m),
                 TwilioMessageParser::Error::MissingField);
        QCOMPARE(TwilioMessageParser::parse(uR"({"event":"dtmf","streamSid":"MZ1","dtmf":{"digit":"7"}})"_s, m),
                 TwilioMessageParser::Error::None);
        QCOMPARE(m.digit, u"7"_s);
    }

    void base64RoundTripAndStrictness()
    {
        std::uint8_t bytes[160];
        for (int i = 0; i < 160; ++i)
            bytes[i] = std::uint8_t(i * 7);
        for (int n : {0, 1, 2, 3, 158, 160}) {
            QString encoded(TwilioMessageParser::base64Length(n), u' ');
            TwilioMessageParser::encodeBase64(bytes, n, encoded.data());
            QCOMPARE(encoded, QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(bytes), n).toBase64()));
            std::uint8_t back[160];
            QCOMPARE(TwilioMessageParser::decodeBase64(encoded, back, 160), n);
            QVERIFY(std::equal(bytes, bytes + n, back));
        }
        std::uint8_t out[8];
        QCOMPARE(TwilioMessageParser::decodeBase64(u"/6mgqf8pICk="_s, out, 8), 8); // twilio.md §6 vector
        QCOMPARE(out[0], 0xFF);
        QCOMPARE(out[1], 0xA9);
        QCOMPARE(TwilioMessageParser::decodeBase64(u"abc"_s, out, 8), -1);       // not a multiple of 4
        QCOMPARE(TwilioMessageParser::decodeBase64(u"ab=c"_s, out, 8), -1);      // padding inside
        QCOMPARE(TwilioMessageParser::decodeBase64(u"a b="_s, out, 8), -1);      // bad character
        QCOMPARE(TwilioMessageParser::decodeBase64(u"AAAAAAAAAAAA"_s, out, 8), -1); // too long for the buffer
    }
};

QTEST_GUILESS_MAIN(TestTwilioMessageParser)
#include "tst_twilio_message_parser.moc"
