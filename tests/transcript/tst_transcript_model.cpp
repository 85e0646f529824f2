// TranscriptModel: a partial is replaced in place by its final, rows stay in conversation order
// however late a segment arrives (start time, arrival, previousId), stored calls load at once,
// and search finds rows regardless of case.
#include "models/TranscriptModel.h"

#include <QSignalSpy>
#include <QtTest>

using namespace calldeck;

namespace {

TranscriptSegment seg(const QString& id, const QString& speaker, qint64 startMs, const QString& text,
                      bool isFinal = true, const QString& previousId = {})
{
    TranscriptSegment s;
    s.callKey = QStringLiteral("c-1");
    s.id = id;
    s.speaker = speaker;
    s.startMs = startMs;
    s.text = text;
    s.isFinal = isFinal;
    s.previousId = previousId;
    return s;
}

QStringList ids(const TranscriptModel& model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row) {
        list.append(model.data(model.index(row), TranscriptModel::IdRole).toString());
    }
    return list;
}

} // namespace

class TestTranscriptModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void partialIsReplacedByFinal()
    {
        TranscriptModel model;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.upsert(seg(QStringLiteral("c1"), QStringLiteral("callee"), 2000, QStringLiteral("Do you have"), false));
        model.upsert(seg(QStringLiteral("c1"), QStringLiteral("callee"), 2000, QStringLiteral("Do you have any"), false));
        model.upsert(seg(QStringLiteral("c1"), QStringLiteral("callee"), 2000,
                         QStringLiteral("Do you have anything on Tuesday?")));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 2);
        const QModelIndex row = model.index(0);
        QCOMPARE(row.data(TranscriptModel::TextRole).toString(), QStringLiteral("Do you have anything on Tuesday?"));
        QVERIFY(row.data(TranscriptModel::IsFinalRole).toBool());
        QCOMPARE(row.data(TranscriptModel::SpeakerRole).toString(), QStringLiteral("callee"));
        QCOMPARE(row.data(TranscriptModel::SpeakerNameRole).toString(), QStringLiteral("Callee"));
        QCOMPARE(row.data(Qt::DisplayRole).toString(), QStringLiteral("Callee: Do you have anything on Tuesday?"));
    }

    void lateSegmentsLandInConversationOrder()
    {
        TranscriptModel model;
        model.upsert(seg(QStringLiteral("a1"), QStringLiteral("agent"), 0, QStringLiteral("Hello")));
        model.upsert(seg(QStringLiteral("a2"), QStringLiteral("agent"), 6000, QStringLiteral("Tuesday at ten?")));
        // The callee's transcription completes after the agent already answered.
        model.upsert(seg(QStringLiteral("c1"), QStringLiteral("callee"), 2500, QStringLiteral("Any slot Tuesday?")));
        QCOMPARE(ids(model), (QStringList{QStringLiteral("a1"), QStringLiteral("c1"), QStringLiteral("a2")}));

        // Same start time: arrival order.
        model.upsert(seg(QStringLiteral("s1"), QStringLiteral("system"), 6000, QStringLiteral("Recording")));
        QCOMPARE(ids(model).constLast(), QStringLiteral("s1"));

        // A partial whose start estimate is corrected by the final moves to its place.
        model.upsert(seg(QStringLiteral("c2"), QStringLiteral("callee"), 9000, QStringLiteral("Ten is"), false));
        model.upsert(seg(QStringLiteral("c2"), QStringLiteral("callee"), 1000, QStringLiteral("Ten is fine")));
        QCOMPARE(ids(model), (QStringList{QStringLiteral("a1"), QStringLiteral("c2"), QStringLiteral("c1"),
                                          QStringLiteral("a2"), QStringLiteral("s1")}));
    }

    void startTimesWinOverAContradictingLink()
    {
        // The callee spoke at 00:34 while the agent's 00:40 turn was already shown; the callee's
        // final arrives late and names the agent's turn as the one it follows.
        TranscriptModel model;
        model.upsert(seg(QStringLiteral("a1"), QStringLiteral("agent"), 30000, QStringLiteral("Hello.")));
        model.upsert(seg(QStringLiteral("a2"), QStringLiteral("agent"), 40000, QStringLiteral("Anything else?")));
        model.upsert(seg(QStringLiteral("c1"), QStringLiteral("callee"), 34000, QStringLiteral("Tuesday works."), true,
                         QStringLiteral("a2")));
        QCOMPARE(ids(model), (QStringList{QStringLiteral("a1"), QStringLiteral("c1"), QStringLiteral("a2")}));
        // A later turn that the agent's segment says it follows still goes by its own time.
        model.upsert(seg(QStringLiteral("a3"), QStringLiteral("agent"), 45000, QStringLiteral("Bye."), true,
                         QStringLiteral("c1")));
        QCOMPARE(ids(model).constLast(), QStringLiteral("a3"));
    }

    void previousIdOrdersWhenTheClockCannot()
    {
        TranscriptModel model;
        model.upsert(seg(QStringLiteral("a1"), QStringLiteral("agent"), 0, QStringLiteral("Hi")));
        // The agent's reply names the callee item it follows, which is transcribed later.
        model.upsert(seg(QStringLiteral("a2"), QStringLiteral("agent"), 0, QStringLiteral("Sure."), true,
                         QStringLiteral("c1")));
        model.upsert(seg(QStringLiteral("c1"), QStringLiteral("callee"), 0, QStringLiteral("Can you help?"), true,
                         QStringLiteral("a1")));
        QCOMPARE(ids(model), (QStringList{QStringLiteral("a1"), QStringLiteral("c1"), QStringLiteral("a2")}));
        model.upsert(seg(QStringLiteral("c2"), QStringLiteral("callee"), 0, QStringLiteral("Thanks"), true,
                         QStringLiteral("a2")));
        QCOMPARE(ids(model).constLast(), QStringLiteral("c2"));
    }

    void rolesCarryTheSegment()
    {
        TranscriptModel model;
        TranscriptSegment s = seg(QStringLiteral("a1"), QStringLiteral("agent"), 61000, QStringLiteral("We have Tue"));
        s.endMs = 62500;
        s.interrupted = true;
        s.confidence = 0.91;
        model.upsert(s);
        const QModelIndex row = model.index(0);
        QCOMPARE(row.data(TranscriptModel::StartMsRole).toLongLong(), 61000);
        QCOMPARE(row.data(TranscriptModel::EndMsRole).toLongLong(), 62500);
        QVERIFY(row.data(TranscriptModel::InterruptedRole).toBool());
        QCOMPARE(row.data(TranscriptModel::ConfidenceRole).toDouble(), 0.91);
        QVERIFY(model.roleNames().contains(TranscriptModel::InterruptedRole));
        QCOMPARE(model.segmentAt(0).text, QStringLiteral("We have Tue"));
        QCOMPARE(model.rowOf(QStringLiteral("a1")), 0);
        QCOMPARE(model.rowOf(QStringLiteral("zz")), -1);
    }

    void setSegmentsAndSearch()
    {
        TranscriptModel model;
        model.upsert(seg(QStringLiteral("x"), QStringLiteral("agent"), 0, QStringLiteral("old call")));
        model.setSegments({seg(QStringLiteral("a1"), QStringLiteral("agent"), 0, QStringLiteral("Is Tuesday OK?")),
                           seg(QStringLiteral("c1"), QStringLiteral("callee"), 3000, QStringLiteral("Yes")),
                           seg(QStringLiteral("a2"), QStringLiteral("agent"), 5000,
                               QStringLiteral("Great, TUESDAY at ten then."))});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(QStringLiteral("x")), -1);
        QCOMPARE(model.search(QStringLiteral("tuesday")), (QList<int>{0, 2}));
        QCOMPARE(model.search(QStringLiteral("  yes ")), (QList<int>{1}));
        QVERIFY(model.search(QStringLiteral("friday")).isEmpty());
        QVERIFY(model.search(QString()).isEmpty());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestTranscriptModel)
#include "tst_transcript_model.moc"
