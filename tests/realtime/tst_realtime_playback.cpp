// RealtimePlayback: where a barge-in cuts the assistant's item, from the stream clock, the audio
// sent and the marks Twilio acknowledged.
#include "conversation/realtime/RealtimePlayback.h"

#include <QTest>

using namespace calldeck;
using namespace Qt::StringLiterals;

class TestRealtimePlayback : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nothingToCutWhenEverythingWasHeard()
    {
        RealtimePlayback p;
        QVERIFY(!p.cut(1000));
        const QString label = p.addDelta(u"item_a"_s, 800, 100);
        QVERIFY(p.playing());
        p.markPlayed(label);
        QVERIFY(!p.playing());
        QVERIFY(!p.cut(5000));
    }

    void startAtStreamTimeZeroIsAStart()
    {
        RealtimePlayback p;
        p.addDelta(u"item_a"_s, 1600, 0);
        const auto cut = p.cut(120);
        QVERIFY(cut);
        QCOMPARE(cut->audioEndMs, 120);
        QCOMPARE(cut->sentMs, 200);
        QVERIFY(!p.playing());
    }

    void aNewItemStartsAfresh()
    {
        RealtimePlayback p;
        p.markPlayed(p.addDelta(u"item_a"_s, 800, 0));
        p.addDelta(u"item_b"_s, 800, 500);
        p.markPlayed(u"item_a@800"_s);   // a late echo of the old item changes nothing
        const auto cut = p.cut(2000);
        QVERIFY(cut);
        QCOMPARE(cut->itemId, u"item_b"_s);
        QCOMPARE(cut->audioEndMs, 100);
    }

    void echoesBoundTheEstimate()
    {
        RealtimePlayback p;
        QStringList labels;
        for (int i = 0; i < 5; ++i)
            labels << p.addDelta(u"item_a"_s, 800, 1000);
        p.markPlayed(labels[0]);
        p.markPlayed(labels[1]);
        // Overshooting stream clock: cut at the first unacknowledged mark.
        RealtimePlayback copy = p;
        QCOMPARE(copy.cut(1000 + 900)->audioEndMs, 300);
        // Lagging stream clock: at least what was acknowledged.
        copy = p;
        QCOMPARE(copy.cut(1000 + 50)->audioEndMs, 200);
        copy = p;
        QCOMPARE(copy.cut(1000 + 250)->audioEndMs, 250);
    }
};

QTEST_GUILESS_MAIN(TestRealtimePlayback)
#include "tst_realtime_playback.moc"
