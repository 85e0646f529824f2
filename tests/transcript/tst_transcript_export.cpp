// TranscriptExport: what lands on the clipboard and in exported files: readable lines with
// times, speakers and cut-off marks, and JSON with every field (null when unknown).
#include "models/TranscriptExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace calldeck;

namespace {

QList<TranscriptSegment> conversation()
{
    TranscriptSegment hello;
    hello.id = QStringLiteral("a1");
    hello.speaker = QStringLiteral("agent");
    hello.startMs = 0;
    hello.endMs = 2400;
    hello.text = QStringLiteral("Hi, I'm calling for Dana  Reyes\nabout a cleaning.");
    TranscriptSegment question;
    question.id = QStringLiteral("c1");
    question.speaker = QStringLiteral("callee");
    question.startMs = 65000;
    question.endMs = 67000;
    question.confidence = 0.93;
    question.text = QStringLiteral("Sure, which day?");
    TranscriptSegment cut;
    cut.id = QStringLiteral("a2");
    cut.speaker = QStringLiteral("agent");
    cut.startMs = 3725000;
    cut.text = QStringLiteral("Tuesday at");
    cut.interrupted = true;
    TranscriptSegment partial;
    partial.id = QStringLiteral("s1");
    partial.speaker = QStringLiteral("supervisor");
    partial.startMs = 3726000;
    partial.text = QStringLiteral("Let me take");
    partial.isFinal = false;
    return {hello, question, cut, partial};
}

} // namespace

class TestTranscriptExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clockText()
    {
        QCOMPARE(TranscriptExport::clockText(0), QStringLiteral("00:00"));
        QCOMPARE(TranscriptExport::clockText(65999), QStringLiteral("01:05"));
        QCOMPARE(TranscriptExport::clockText(3725000), QStringLiteral("1:02:05"));
        QCOMPARE(TranscriptExport::clockText(-5), QStringLiteral("00:00"));
    }

    void plainText()
    {
        QCOMPARE(TranscriptExport::toPlainText(conversation()),
                 QStringLiteral("[00:00] Agent: Hi, I'm calling for Dana Reyes about a cleaning.\n"
                                "[01:05] Callee: Sure, which day?\n"
                                "[1:02:05] Agent: Tuesday at [cut off]\n"
                                "[1:02:06] Supervisor: Let me take…\n"));
        QCOMPARE(TranscriptExport::toPlainText({}), QString());
        QCOMPARE(TranscriptExport::render(TranscriptExport::Format::PlainText, {}, conversation()),
                 TranscriptExport::toPlainText(conversation()).toUtf8());
    }

    void json()
    {
        const QByteArray bytes = TranscriptExport::render(TranscriptExport::Format::Json, QStringLiteral("c-42"),
                                                          conversation());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject root = doc.object();
        QCOMPARE(root.value(QStringLiteral("callKey")).toString(), QStringLiteral("c-42"));
        const QJsonArray segments = root.value(QStringLiteral("segments")).toArray();
        QCOMPARE(segments.size(), 4);
        const QJsonObject first = segments.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("a1"));
        QCOMPARE(first.value(QStringLiteral("speaker")).toString(), QStringLiteral("agent"));
        QCOMPARE(first.value(QStringLiteral("endMs")).toInteger(), 2400);
        QCOMPARE(first.value(QStringLiteral("text")).toString(),
                 QStringLiteral("Hi, I'm calling for Dana  Reyes\nabout a cleaning.")); // verbatim
        QVERIFY(first.value(QStringLiteral("confidence")).isNull());
        QCOMPARE(segments.at(1).toObject().value(QStringLiteral("confidence")).toDouble(), 0.93);
        const QJsonObject cut = segments.at(2).toObject();
        QVERIFY(cut.value(QStringLiteral("interrupted")).toBool());
        QVERIFY(cut.value(QStringLiteral("endMs")).isNull());
        QCOMPARE(cut.value(QStringLiteral("startMs")).toInteger(), 3725000);
        QVERIFY(!segments.at(3).toObject().value(QStringLiteral("isFinal")).toBool());
    }
};

QTEST_GUILESS_MAIN(TestTranscriptExport)
#include "tst_transcript_export.moc"
