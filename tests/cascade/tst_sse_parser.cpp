#include "conversation/openai/SseParser.h"

#include <QtTest>

using namespace calldeck;

/// The incremental event-stream parser under the chat completions stream.
class TestSseParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eventsSplitAcrossReadsComeOutWhole()
    {
        const QByteArray stream = "data: {\"a\":1}\n\ndata: {\"b\":2}\n\ndata: [DONE]\n\n";
        // Every possible split point, byte by byte included.
        for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
            SseParser parser;
            QList<QByteArray> events = parser.feed(QByteArrayView(stream).first(cut));
            events += parser.feed(QByteArrayView(stream).sliced(cut));
            QCOMPARE(events, (QList<QByteArray>{"{\"a\":1}", "{\"b\":2}", "[DONE]"}));
            QVERIFY(!parser.hasPartialEvent());
        }
        SseParser bytewise;
        QList<QByteArray> events;
        for (const char c : stream)
            events += bytewise.feed(QByteArrayView(&c, 1));
        QCOMPARE(events.size(), 3);
    }

    void crlfAndCrLineEndsWorkEvenWhenSplit()
    {
        SseParser parser;
        QList<QByteArray> events = parser.feed("data: one\r");
        QVERIFY(events.isEmpty());
        events += parser.feed("\n\r\ndata: two\r\rdata:three\n\n");
        QCOMPARE(events, (QList<QByteArray>{"one", "two", "three"}));
    }

    void commentsAndStandardFieldsAreIgnored()
    {
        SseParser parser;
        const QList<QByteArray> events =
            parser.feed(": keep-alive\n\nevent: message\nid: 7\nretry: 100\ndata: x\n\n:\n\n");
        QCOMPARE(events, (QList<QByteArray>{"x"}));
        QCOMPARE(parser.skippedLines(), 0);
    }

    void multiLineDataIsJoinedWithNewline()
    {
        SseParser parser;
        QCOMPARE(parser.feed("data: first\ndata: second\n\n"), (QList<QByteArray>{"first\nsecond"}));
    }

    void garbageLinesAreSkippedAndCounted()
    {
        SseParser parser;
        const QList<QByteArray> events = parser.feed("HTTP/1.1 junk\nx-unknown: 1\ndata: ok\n\n");
        QCOMPARE(events, (QList<QByteArray>{"ok"}));
        QCOMPARE(parser.skippedLines(), 2);
    }

    void unfinishedEventIsReportedAsPartial()
    {
        SseParser parser;
        QVERIFY(parser.feed("data: {\"cut\":").isEmpty());
        QVERIFY(parser.hasPartialEvent());
    }
};

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sse_parser.moc"
