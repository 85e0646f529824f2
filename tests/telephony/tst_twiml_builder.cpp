// TwimlBuilder: the inline TwiML Twilio gets — stream URL, token parameter, transcription before
// <Connect>, escaping, and Twilio's limits.
#include "telephony/TwimlBuilder.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace calldeck;

class TestTwimlBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void streamWithTokenParameter()
    {
        const auto xml = TwimlBuilder()
                             .stream(QUrl(QStringLiteral("wss://abc.ngrok-free.app/media")))
                             .parameter(QStringLiteral("token"), QStringLiteral("t0k&<\"n"))
                             .build();
        QVERIFY(xml.ok());
        QXmlStreamReader reader(xml.value());
        QStringList path;
        QString url;
        QString token;
        while (!reader.atEnd()) {
            if (reader.readNext() == QXmlStreamReader::StartElement) {
                path << reader.name().toString();
                if (reader.name() == u"Stream")
                    url = reader.attributes().value(QStringLiteral("url")).toString();
                if (reader.name() == u"Parameter" && reader.attributes().value(QStringLiteral("name")) == u"token")
                    token = reader.attributes().value(QStringLiteral("value")).toString();
            }
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(path, (QStringList{QStringLiteral("Response"), QStringLiteral("Connect"), QStringLiteral("Stream"),
                                    QStringLiteral("Parameter")}));
        QCOMPARE(url, QStringLiteral("wss://abc.ngrok-free.app/media"));
        QCOMPARE(token, QStringLiteral("t0k&<\"n")); // escaped on the way in, intact on the way out
    }

    void transcriptionComesBeforeConnect()
    {
        const auto xml = TwimlBuilder()
                             .stream(QUrl(QStringLiteral("wss://h.example/media")))
                             .transcription(QUrl(QStringLiteral("https://h.example/twilio/transcription?call=c-1&x=2")),
                                            QStringLiteral("en-US"))
                             .build();
        QVERIFY(xml.ok());
        const QString text = xml.value();
        QVERIFY(text.indexOf(u"<Start><Transcription") < text.indexOf(u"<Connect>"));
        QVERIFY(text.contains(u"track=\"inbound_track\""));
        QVERIFY(text.contains(u"call=c-1&amp;x=2"));
    }

    void rejectsWhatTwilioRejects_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("https") << QStringLiteral("https://h.example/media");
        QTest::newRow("query string") << QStringLiteral("wss://h.example/media?token=1");
        QTest::newRow("empty") << QString();
    }
    void rejectsWhatTwilioRejects()
    {
        QFETCH(QString, url);
        const auto xml = TwimlBuilder().stream(QUrl(url)).build();
        QVERIFY(!xml.ok());
        QCOMPARE(xml.error().code, ErrorCode::InvalidArgument);
    }

    void enforcesInlineLimit()
    {
        TwimlBuilder builder;
        builder.stream(QUrl(QStringLiteral("wss://h.example/media")));
        for (int i = 0; i < 20; ++i)
            builder.parameter(QStringLiteral("p%1").arg(i), QString(300, QLatin1Char('x')));
        const auto xml = builder.build();
        QVERIFY(!xml.ok());
        QCOMPARE(xml.error().remoteCode, 32018);
        QVERIFY(!TwimlBuilder()
                     .stream(QUrl(QStringLiteral("wss://h.example/media")))
                     .parameter(QStringLiteral("big"), QString(600, QLatin1Char('y')))
                     .build()
                     .ok());
    }
};

QTEST_GUILESS_MAIN(TestTwimlBuilder)
#include "tst_twiml_builder.moc"
