#include "telephony/sandbox/SandboxTwiml.h"

#include <QtTest>

using namespace calldeck;
using namespace calldeck::sandbox;

/// The TwiML the sandbox line runs: what CallDeck sends must come out as the verbs Twilio would run.
class TestSandboxTwiml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void transcriptionThenStreamWithParameters()
    {
        const auto verbs = SandboxTwiml::parse(QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>"
            "<Start><Transcription statusCallbackUrl=\"https://x.example/t?call=1&amp;b=2\" track=\"inbound_track\"/></Start>"
            "<Connect><Stream url=\"wss://x.example/media\"><Parameter name=\"token\" value=\"abc\"/>"
            "<Parameter name=\"lang\" value=\"sv\"/></Stream></Connect></Response>"));
        QVERIFY2(verbs.ok(), qPrintable(verbs.error().message));
        QCOMPARE(verbs.value().size(), 2);
        const TwimlVerb& transcription = verbs.value().at(0);
        QCOMPARE(transcription.kind, TwimlVerb::Kind::StartTranscription);
        QCOMPARE(transcription.url, QUrl(QStringLiteral("https://x.example/t?call=1&b=2")));
        QCOMPARE(transcription.track, QStringLiteral("inbound_track"));
        const TwimlVerb& stream = verbs.value().at(1);
        QCOMPARE(stream.kind, TwimlVerb::Kind::ConnectStream);
        QCOMPARE(stream.url, QUrl(QStringLiteral("wss://x.example/media")));
        QCOMPARE(stream.parameters.size(), 2);
        QCOMPARE(stream.parameters.at(0), qMakePair(QStringLiteral("token"), QStringLiteral("abc")));
        QCOMPARE(stream.parameters.at(1), qMakePair(QStringLiteral("lang"), QStringLiteral("sv")));
    }

    void sayPauseHangupInOrder()
    {
        const auto verbs = SandboxTwiml::parse(
            QStringLiteral("<Response><Say voice=\"alice\">Hello there</Say><Pause length=\"3\"/><Hangup/></Response>"));
        QVERIFY(verbs.ok());
        QCOMPARE(verbs.value().size(), 3);
        QCOMPARE(verbs.value().at(0).kind, TwimlVerb::Kind::Say);
        QCOMPARE(verbs.value().at(0).text, QStringLiteral("Hello there"));
        QCOMPARE(verbs.value().at(1).kind, TwimlVerb::Kind::Pause);
        QCOMPARE(verbs.value().at(1).lengthSeconds, 3);
        QCOMPARE(verbs.value().at(2).kind, TwimlVerb::Kind::Hangup);
    }

    void transcriptionTrackDefaultsToInbound()
    {
        const auto verbs = SandboxTwiml::parse(
            QStringLiteral("<Response><Start><Transcription statusCallbackUrl=\"https://x.example/t\"/></Start></Response>"));
        QVERIFY(verbs.ok());
        QCOMPARE(verbs.value().at(0).track, QStringLiteral("inbound_track"));
    }

    void brokenInstructionsAreRefusedWithAReason_data()
    {
        QTest::addColumn<QString>("twiml");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("stream without url") << QStringLiteral("<Response><Connect><Stream/></Connect></Response>")
                                            << QStringLiteral("no url");
        QTest::newRow("https stream") << QStringLiteral("<Response><Connect><Stream url=\"https://x.example/m\"/></Connect></Response>")
                                      << QStringLiteral("31922");
        QTest::newRow("not xml") << QStringLiteral("<Response><Say>unclosed</Response>") << QStringLiteral("XML");
        QTest::newRow("no response") << QStringLiteral("<Say>hi</Say>") << QStringLiteral("<Response>");
    }
    void brokenInstructionsAreRefusedWithAReason()
    {
        QFETCH(QString, twiml);
        QFETCH(QString, mentions);
        const auto verbs = SandboxTwiml::parse(twiml);
        QVERIFY(!verbs.ok());
        QVERIFY2(verbs.error().message.contains(mentions), qPrintable(verbs.error().message));
    }
};

QTEST_GUILESS_MAIN(TestSandboxTwiml)
#include "tst_sandbox_twiml.moc"
