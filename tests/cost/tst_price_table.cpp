#include "calls/cost/PriceTable.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace calldeck;

/// The shipped prices, the user's overrides and what happens when their file is broken.
class TestPriceTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decimalStringsBecomeNanoDollars()
    {
        QCOMPARE(PriceTable::parseUsdNanos(QStringLiteral("0.000032")).value(), qint64(32000));
        QCOMPARE(PriceTable::parseUsdNanos(QStringLiteral("0.014")).value(), qint64(14'000'000));
        QCOMPARE(PriceTable::parseUsdNanos(QStringLiteral("0.000000075")).value(), qint64(75));
        QCOMPARE(PriceTable::parseUsdNanos(QStringLiteral("1.15")).value(), qint64(1'150'000'000));
        QCOMPARE(PriceTable::parseUsdNanos(QStringLiteral("0")).value(), qint64(0));
        QVERIFY(!PriceTable::parseUsdNanos(QStringLiteral("-1")).ok());
        QVERIFY(!PriceTable::parseUsdNanos(QStringLiteral("$0.01")).ok());
        QVERIFY(!PriceTable::parseUsdNanos(QStringLiteral("0.0000000001")).ok());
        QVERIFY(!PriceTable::parseUsdNanos(QStringLiteral("1e-6")).ok());
        QCOMPARE(PriceTable::formatNanos(32000), QStringLiteral("0.000032"));
        QCOMPARE(PriceTable::formatNanos(1'150'000'000), QStringLiteral("1.15"));
        QCOMPARE(PriceTable::formatNanos(0), QStringLiteral("0"));
    }

    void defaultsAreDatedAndComplete()
    {
        const PriceTable prices = PriceTable::defaults();
        QCOMPARE(prices.asOf(), QDate(2026, 8, 21));
        const QStringList required{
            QStringLiteral("twilio.outbound_minute"), QStringLiteral("twilio.media_stream_minute"),
            QStringLiteral("sandbox.minute"), QStringLiteral("espeak.character"),
            QStringLiteral("gpt-4o-mini.text_in"), QStringLiteral("gpt-4o-mini.text_cached"),
            QStringLiteral("gpt-4o-mini.text_out"), QStringLiteral("gpt-4.1-mini.text_out"),
            QStringLiteral("tts-1.character"), QStringLiteral("gpt-4o-mini-tts.minute"),
            QStringLiteral("gpt-4o-mini-transcribe.minute"), QStringLiteral("gpt-realtime-whisper.minute")};
        for (const QString& key : required) {
            QVERIFY2(prices.contains(key), qPrintable(key));
        }
        for (const QString& model : {QStringLiteral("gpt-realtime"), QStringLiteral("gpt-realtime-mini"),
                                     QStringLiteral("gpt-realtime-1.5"), QStringLiteral("gpt-4o-mini-realtime-preview")}) {
            for (const QString& item : {QStringLiteral("text_in"), QStringLiteral("text_cached"), QStringLiteral("text_out"),
                                        QStringLiteral("audio_in"), QStringLiteral("audio_cached"), QStringLiteral("audio_out")}) {
                const QString key = model + QLatin1Char('.') + item;
                QVERIFY2(prices.contains(key), qPrintable(key));
                QCOMPARE(prices.entry(key)->unit, QStringLiteral("token"));
            }
        }
        for (const QString& key : prices.keys()) {
            QVERIFY2(!prices.entry(key)->source.isEmpty(), qPrintable(key));
        }
        // Figures from realtime-ai.md §4.
        QCOMPARE(prices.entry(QStringLiteral("gpt-realtime.audio_in"))->nanosPerUnit, qint64(32000));
        QCOMPARE(prices.entry(QStringLiteral("gpt-realtime.text_cached"))->nanosPerUnit, qint64(400));
        QCOMPARE(prices.entry(QStringLiteral("gpt-4o-mini-realtime-preview.audio_out"))->nanosPerUnit, qint64(20000));
        QCOMPARE(prices.entry(QStringLiteral("twilio.outbound_minute"))->nanosPerUnit, qint64(14'000'000));
        QCOMPARE(prices.entry(QStringLiteral("sandbox.minute"))->nanosPerUnit, qint64(0));
        QVERIFY(prices.entry(QStringLiteral("gpt-realtime.audio_out"))->source.contains(QLatin1String("unconfirmed")));
    }

    void userFileOverridesEntryByEntry()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("prices.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"as_of":"2026-10-01","prices":{
            "twilio.outbound_minute":{"unit":"minute","usd":"0.0130","source":"my Twilio invoice"},
            "my-local-llm.text_out":{"unit":"token","usd":"0","source":"runs at home"}}})");
        file.close();
        QString problem;
        const PriceTable prices = PriceTable::load(path, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(prices.entry(QStringLiteral("twilio.outbound_minute"))->nanosPerUnit, qint64(13'000'000));
        QCOMPARE(prices.entry(QStringLiteral("twilio.outbound_minute"))->source, QStringLiteral("my Twilio invoice"));
        QCOMPARE(prices.entry(QStringLiteral("twilio.media_stream_minute"))->nanosPerUnit, qint64(4'000'000));
        QVERIFY(prices.contains(QStringLiteral("my-local-llm.text_out")));
        QCOMPARE(prices.asOf(), QDate(2026, 10, 1));
        // A missing user file is not a problem.
        problem.clear();
        const PriceTable plain = PriceTable::load(dir.filePath(QStringLiteral("none.json")), &problem);
        QVERIFY(problem.isEmpty());
        QCOMPARE(plain.entry(QStringLiteral("twilio.outbound_minute"))->nanosPerUnit, qint64(14'000'000));
    }

    void brokenFilesLeaveTheDefaultsInForce_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QByteArray("{\"prices\": {") << QStringLiteral("not valid JSON");
        QTest::newRow("bad amount") << QByteArray(R"({"prices":{"twilio.outbound_minute":{"unit":"minute","usd":"cheap"}}})")
                                    << QStringLiteral("twilio.outbound_minute");
        QTest::newRow("bad unit") << QByteArray(R"({"prices":{"x.y":{"unit":"hour","usd":"1"}}})") << QStringLiteral("hour");
        QTest::newRow("no prices") << QByteArray(R"({"as_of":"2026-01-01"})") << QStringLiteral("\"prices\"");
        QTest::newRow("bad date") << QByteArray(R"({"as_of":"yesterday","prices":{}})") << QStringLiteral("yesterday");
    }
    void brokenFilesLeaveTheDefaultsInForce()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("prices.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QString problem;
        const PriceTable prices = PriceTable::load(path, &problem);
        QVERIFY2(problem.contains(mentions), qPrintable(problem));
        QVERIFY(problem.contains(path));
        QCOMPARE(prices, PriceTable::defaults());
    }

    void saveAndLoadRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("prices.json"));
        PriceTable prices = PriceTable::defaults();
        QVERIFY(prices.set(QStringLiteral("twilio.outbound_minute"), QStringLiteral("minute"), QStringLiteral("0.02"),
                           QStringLiteral("edited")).ok());
        QVERIFY(!prices.set(QStringLiteral("twilio.outbound_minute"), QStringLiteral("minute"), QStringLiteral("-0.02"),
                            QString()).ok());
        QVERIFY(prices.save(path).ok());
        const PriceTable loaded = PriceTable::load(path);
        QCOMPARE(loaded.entry(QStringLiteral("twilio.outbound_minute"))->usd, QStringLiteral("0.02"));
        QCOMPARE(loaded.entry(QStringLiteral("twilio.outbound_minute"))->nanosPerUnit, qint64(20'000'000));
        QCOMPARE(loaded.keys(), prices.keys());
        QVERIFY(PriceTable::userFile().endsWith(QLatin1String("/prices.json")));
        QVERIFY(!prices.save(dir.filePath(QStringLiteral("missing-dir/prices.json"))).ok());
    }
};

QTEST_GUILESS_MAIN(TestPriceTable)
#include "tst_price_table.moc"
