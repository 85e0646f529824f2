#include "conversation/TurnDetector.h"

#include <QTest>

using namespace calldeck;

/// The energy turn detector the cascade and offline agents take turns with.
class TestTurnDetector : public QObject
{
    Q_OBJECT
private:
    static constexpr float kLoud = -20.0f;
    static constexpr float kQuiet = -70.0f;

    /// Feeds `frames` 20 ms frames of one level from `startMs`; returns the events seen with their times.
    static QList<QPair<TurnDetector::Event, qint64>> feed(TurnDetector& d, float level, int frames, qint64& nowMs)
    {
        QList<QPair<TurnDetector::Event, qint64>> events;
        for (int i = 0; i < frames; ++i, nowMs += 20) {
            if (const auto e = d.feed(level, nowMs); e != TurnDetector::Event::None)
                events.append({e, nowMs});
        }
        return events;
    }

private Q_SLOTS:
    void speechThenSilenceEndsTheTurn()
    {
        TurnDetector d(0.5, 500, 60);
        qint64 now = 1000;
        QVERIFY(feed(d, kQuiet, 10, now).isEmpty());
        const auto start = feed(d, kLoud, 25, now); // 500 ms of speech
        QCOMPARE(start.size(), 1);
        QCOMPARE(start.first().first, TurnDetector::Event::SpeechStarted);
        QCOMPARE(d.speechStartMs(), 1200); // backdated to the first voiced frame
        QVERIFY(d.speaking());
        const auto end = feed(d, kQuiet, 40, now);
        QCOMPARE(end.size(), 1);
        QCOMPARE(end.first().first, TurnDetector::Event::TurnEnded);
        QCOMPARE(d.speechEndMs(), 1700);
        // The turn ends once 500 ms of quiet followed the last voiced frame.
        QCOMPARE(end.first().second + 20 - d.speechEndMs(), 500);
        QVERIFY(!d.speaking());
    }

    void shortPausesDoNotEndTheTurn()
    {
        TurnDetector d(0.5, 500, 60);
        qint64 now = 0;
        feed(d, kLoud, 10, now);
        QVERIFY(feed(d, kQuiet, 10, now).isEmpty()); // 200 ms breath
        QVERIFY(feed(d, kLoud, 10, now).isEmpty());   // still the same turn, no second start
        QVERIFY(d.speaking());
    }

    void clicksAreNotSpeech()
    {
        TurnDetector d(0.5, 500, 60);
        qint64 now = 0;
        for (int i = 0; i < 20; ++i) {
            QVERIFY(feed(d, kLoud, 2, now).isEmpty()); // 40 ms bursts are below the 60 ms minimum
            QVERIFY(feed(d, kQuiet, 3, now).isEmpty());
        }
        QVERIFY(!d.speaking());
    }

    void thresholdFollowsTheSetting()
    {
        QCOMPARE(TurnDetector(0.0).thresholdDb(), -60.0f);
        QCOMPARE(TurnDetector(0.5).thresholdDb(), -40.0f);
        QCOMPARE(TurnDetector(1.0).thresholdDb(), -20.0f);
        // A level between the two thresholds is speech for the sensitive detector only.
        TurnDetector sensitive(0.2);
        TurnDetector strict(0.8);
        qint64 a = 0;
        qint64 b = 0;
        QCOMPARE(feed(sensitive, -45.0f, 10, a).size(), 1);
        QCOMPARE(feed(strict, -45.0f, 10, b).size(), 0);
    }

    void resetForgetsTheTurn()
    {
        TurnDetector d;
        qint64 now = 0;
        feed(d, kLoud, 10, now);
        QVERIFY(d.speaking());
        d.reset();
        QVERIFY(!d.speaking());
        QVERIFY(feed(d, kQuiet, 50, now).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTurnDetector)
#include "tst_turn_detector.moc"
