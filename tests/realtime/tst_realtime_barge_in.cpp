// Barge-in on a Realtime call: the agent's item is truncated at what the callee heard (marks the
// line acknowledged, clamped to the audio sent), the line is cleared, late audio of the response
// is dropped; supervisor barge-in and human takeover hold the AI and hand the context back.
#include "RealtimeRig.h"

#include <QTest>

using namespace calldeck;
using namespace calldeck::test;
using namespace Qt::StringLiterals;

namespace {

const QString kReply = u"one two three four five six seven eight nine ten"_s;

/// A call past its opening, with the agent's second reply (1000 ms) stopped after five 100 ms
/// deltas; the line acknowledges nothing by itself from then on.
void callUntilReplyPlays(RealtimeRig& rig, const AgentConfig& config)
{
    rig.server.addReply({u"Hello."_s, 200, {}, {}});
    rig.server.addReply({kReply, 1000, {}, {}});
    rig.call(config);
    QTRY_VERIFY_WITH_TIMEOUT(rig.interruptionsOn(), 15000);
    rig.line.autoAck = false;
    rig.server.setHoldAfterChunks(5);
    rig.caller->speak(200);
    rig.caller->silence(300);
    QTRY_COMPARE_WITH_TIMEOUT(rig.line.deltas, 2 + 5, 15000);
}

} // namespace

class TestRealtimeBargeIn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void truncatesAtTheHeardPosition_data()
    {
        QTest::addColumn<int>("acked");        // marks (100 ms each) Twilio echoed
        QTest::addColumn<int>("elapsedMs");    // stream time since the reply's audio started
        QTest::addColumn<int>("expectedMs");
        QTest::newRow("stream clock overshoots: first unheard mark") << 3 << 1020 << 400;
        QTest::newRow("no echo yet: clamped to the audio sent") << 0 << 5000 << 500;
        QTest::newRow("echoes beat the stream clock") << 3 << 120 << 300;
        QTest::newRow("no echo, inside the audio sent") << 0 << 260 << 260;
    }
    void truncatesAtTheHeardPosition()
    {
        QFETCH(int, acked);
        QFETCH(int, elapsedMs);
        QFETCH(int, expectedMs);
        RealtimeRig rig;
        rig.server.setLateDeltasOnSpeech(2);
        callUntilReplyPlays(rig, testConfig(rig.server));
        const qint64 startTs = rig.caller->lastMs();
        rig.line.ackMarks(acked);
        rig.caller->silence(elapsedMs - 20);
        rig.caller->speak(20);   // stream time startTs + elapsedMs
        QCOMPARE(rig.caller->lastMs(), startTs + elapsedMs);

        QTRY_COMPARE_WITH_TIMEOUT(rig.sent(u"conversation.item.truncate"_s).size(), 1, 15000);
        const QJsonObject truncate = rig.sent(u"conversation.item.truncate"_s).at(0);
        QCOMPARE(truncate.value(u"audio_end_ms"_s).toInt(), expectedMs);
        QCOMPARE(truncate.value(u"content_index"_s).toInt(), 0);
        QCOMPARE(rig.line.clears, 1);
        QTRY_VERIFY_WITH_TIMEOUT(rig.hasEvent(u"truncate: "_s), 15000);

        const TranscriptSegment cut = rig.lastSegment(truncate.value(u"item_id"_s).toString());
        QCOMPARE(cut.speaker, u"agent"_s);
        QVERIFY(cut.interrupted);
        QVERIFY(cut.isFinal);
        QVERIFY(kReply.startsWith(cut.text));
        QCOMPARE(cut.endMs - cut.startMs, expectedMs);
        if (expectedMs == 400)
            QCOMPARE(cut.text, u"one two three four"_s);

        // The two deltas already in flight and everything after them never reach the callee.
        rig.caller->speak(100);
        rig.caller->silence(300);
        QTRY_COMPARE_WITH_TIMEOUT(rig.turnsEnded, 2, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(rig.line.audioSinceClear > 0, 15000);   // the next reply plays
        QCOMPARE(rig.line.audioSinceClear, 300 * 8);                     // and only it ("Okay.", 300 ms)
        QCOMPARE(rig.lastSegment(cut.id).text, cut.text);
        QVERIFY(rig.warnings.isEmpty());
    }

    void supervisorBargeInCancelsAndHandsTheWordsBack()
    {
        RealtimeRig rig;
        callUntilReplyPlays(rig, testConfig(rig.server));
        rig.line.ackMarks(2);
        const int responsesBefore = rig.server.responsesStarted();

        rig.agent->supervisorBargeIn(true, {});
        QTRY_COMPARE_WITH_TIMEOUT(rig.sent(u"response.cancel"_s).size(), 1, 15000);
        QCOMPARE(rig.sent(u"conversation.item.truncate"_s).size(), 1);
        QCOMPARE(rig.line.clears, 1);
        const QJsonObject held = turnDetectionOf(rig.sent(u"session.update"_s).last());
        QCOMPARE(held.value(u"create_response"_s).toBool(true), false);
        QCOMPARE(held.value(u"interrupt_response"_s).toBool(true), false);

        // The callee answers the supervisor: transcribed, but the AI keeps quiet.
        rig.caller->speak(200);
        rig.caller->silence(300);
        QTRY_COMPARE_WITH_TIMEOUT(rig.turnsEnded, 2, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(rig.finals(u"callee"_s).size(), 2, 15000);
        QCOMPARE(rig.server.responsesStarted(), responsesBefore);
        QCOMPARE(rig.line.audioSinceClear, 0);

        rig.agent->supervisorBargeIn(false, u"We can do Tuesday at ten."_s);
        QTRY_VERIFY_WITH_TIMEOUT(rig.interruptionsOn(), 15000);
        const auto items = rig.sent(u"conversation.item.create"_s);
        QCOMPARE(items.size(), 1);
        const QJsonObject item = items[0].value(u"item"_s).toObject();
        QCOMPARE(item.value(u"role"_s).toString(), u"system"_s);
        QCOMPARE(item.value(u"content"_s).toArray().at(0).toObject().value(u"text"_s).toString(),
                 u"[Supervisor to the callee]: We can do Tuesday at ten."_s);
        // The words are the call session's to show (it transcribed them); the agent adds no row.
        QCOMPARE(rig.finals(u"supervisor"_s).size(), 0);
    }

    void humanTakeoverAndHandBack()
    {
        RealtimeRig rig;
        callUntilReplyPlays(rig, testConfig(rig.server));
        rig.agent->humanTakeover(true, {});
        QTRY_COMPARE_WITH_TIMEOUT(rig.sent(u"response.cancel"_s).size(), 1, 15000);
        QCOMPARE(rig.line.clears, 1);
        const int responsesBefore = rig.server.responsesStarted();
        for (int turn = 0; turn < 2; ++turn) {
            rig.caller->speak(200);
            rig.caller->silence(300);
        }
        QTRY_COMPARE_WITH_TIMEOUT(rig.turnsEnded, 3, 15000);
        QCOMPARE(rig.server.responsesStarted(), responsesBefore);
        // A supervisor barging in and leaving during the takeover does not end the hold.
        rig.agent->supervisorBargeIn(true, {});
        rig.agent->supervisorBargeIn(false, {});
        QVERIFY(!rig.interruptionsOn());

        rig.agent->humanTakeover(false, u"I'll hand you back to the assistant."_s);
        QTRY_VERIFY_WITH_TIMEOUT(rig.interruptionsOn(), 15000);
        const auto items = rig.sent(u"conversation.item.create"_s);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].value(u"item"_s).toObject().value(u"content"_s).toArray().at(0).toObject()
                     .value(u"text"_s).toString(),
                 u"[Human agent to the callee]: I'll hand you back to the assistant."_s);
        rig.line.autoAck = true;
        rig.caller->speak(200);
        rig.caller->silence(300);
        QTRY_COMPARE_WITH_TIMEOUT(rig.server.responsesStarted(), responsesBefore + 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(rig.line.audioSinceClear, 300 * 8, 15000);
    }
};

QTEST_GUILESS_MAIN(TestRealtimeBargeIn)
#include "tst_realtime_barge_in.moc"
