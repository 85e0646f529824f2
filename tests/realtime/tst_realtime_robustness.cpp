// The Realtime agent when things go wrong: formats the server ignores, a wrong key, a dropped
// socket mid-call (reconnect and replay), a server gone for good, session recycling, error and
// rate-limit events, garbage frames and a slow first byte.
#include "RealtimeRig.h"

#include <QTest>

using namespace calldeck;
using namespace calldeck::test;
using calldeck::fakes::FakeRealtimeServer;
using namespace Qt::StringLiterals;

namespace {

/// The role and text of each replayed conversation item, "role: text".
QStringList replayed(const QList<QJsonObject>& creates)
{
    QStringList out;
    for (const QJsonObject& e : creates) {
        const QJsonObject item = e.value(u"item"_s).toObject();
        if (item.value(u"type"_s).toString() != u"message")
            continue;
        const QJsonObject content = item.value(u"content"_s).toArray().at(0).toObject();
        out << item.value(u"role"_s).toString() + u": "_s + content.value(u"type"_s).toString() + u": "_s +
                   content.value(u"text"_s).toString();
    }
    return out;
}

} // namespace

class TestRealtimeRobustness : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ignoredFormatsFailLoudly()
    {
        RealtimeRig rig;
        rig.server.setIgnoreFormats(true);
        rig.call(testConfig(rig.server));
        QTRY_COMPARE_WITH_TIMEOUT(rig.failures.size(), 1, 15000);
        QVERIFY2(rig.failures[0].contains(u"audio/pcm 24000 Hz"_s), qPrintable(rig.failures[0]));
        QVERIFY(rig.hasEvent(u"format: "_s));
        rig.caller->speak(100);
        QTest::qWait(200);
        QCOMPARE(rig.sent(u"response.create"_s).size(), 0);
        QCOMPARE(rig.sent(u"input_audio_buffer.append"_s).size(), 0);
        QCOMPARE(rig.line.audio.size(), 0);
    }

    void wrongKeyFails()
    {
        RealtimeRig rig;
        AgentConfig config = testConfig(rig.server);
        config.apiKey = u"sk-wrong"_s;
        rig.call(config);
        QTRY_COMPARE_WITH_TIMEOUT(rig.failures.size(), 1, 15000);
        QVERIFY(rig.failures[0].contains(u"Incorrect API key"_s));
        QVERIFY2(!rig.failures[0].contains(u"sk-wrong"_s), "the key never shows up in messages");
        QTest::qWait(600);
        QCOMPARE(rig.server.connections().size(), 1);   // no retry against a refused key
    }

    void reconnectsMidCallAndReplaysTheConversation()
    {
        RealtimeRig rig;
        rig.server.addReply({u"Hello, I am calling for Alex."_s, 300, {}, {}});
        rig.server.addReply({u"Tuesday at ten works."_s, 300, {}, {}});
        rig.server.addCalleeTranscript(u"Do you have time on Tuesday?"_s);
        rig.call(testConfig(rig.server));
        QTRY_VERIFY_WITH_TIMEOUT(rig.interruptionsOn(), 15000);
        rig.caller->speak(300);
        rig.caller->silence(300);
        QTRY_COMPARE_WITH_TIMEOUT(rig.finals(u"agent"_s).size(), 2, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(rig.finals(u"callee"_s).size(), 1, 15000);
        const int eventsBefore = int(rig.server.events().size());

        rig.server.dropConnection();
        QTRY_VERIFY_WITH_TIMEOUT(rig.hasEvent(u"reconnect: "_s), 15000);
        QCOMPARE(rig.server.connections().size(), 2);
        QVERIFY(rig.failures.isEmpty());
        const QList<QJsonObject> after = rig.server.events().mid(eventsBefore);
        QCOMPARE(after.first().value(u"type"_s).toString(), u"session.update"_s);
        QCOMPARE(replayed(rig.server.events(u"conversation.item.create"_s)),
                 (QStringList{u"assistant: output_text: Hello, I am calling for Alex."_s,
                              u"user: input_text: Do you have time on Tuesday?"_s,
                              u"assistant: output_text: Tuesday at ten works."_s}));
        // The opening is not said again; the call goes on when the callee speaks.
        QCOMPARE(rig.server.responsesStarted(), 2);
        rig.caller->speak(200);
        rig.caller->silence(300);
        QTRY_COMPARE_WITH_TIMEOUT(rig.server.responsesStarted(), 3, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(rig.line.audio.size(), (300 + 300 + 300) * 8, 15000);
    }

    void approvalAnsweredDuringAReconnectIsNotLost()
    {
        RealtimeRig rig;
        rig.server.addReply({u"Hello."_s, 200, {}, {}});
        rig.server.addReply({{}, 0, u"request_approval"_s, u"{\"amount_cents\":12000,\"description\":\"Cleaning\"}"_s});
        rig.server.addReply({u"Alex agreed to the price."_s, 300, {}, {}});
        rig.call(testConfig(rig.server));
        QTRY_VERIFY_WITH_TIMEOUT(rig.interruptionsOn(), 15000);
        rig.caller->speak(200);
        rig.caller->silence(300);
        QTRY_COMPARE_WITH_TIMEOUT(rig.host.heldApprovals(), 1, 15000);

        // The socket drops while the user thinks; the answer comes back before the new session is up.
        rig.server.setFirstByteDelayMs(1500);
        rig.server.dropConnection();
        QTest::qWait(400);
        rig.host.answerApproval(true, u"fine"_s);
        QTRY_VERIFY_WITH_TIMEOUT(rig.hasEvent(u"reconnect: "_s), 15000);
        // After the replay the answer follows as text, and the model is asked to go on.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const QJsonObject& e : rig.server.events(u"conversation.item.create"_s)) {
                    const QString text = e.value(u"item"_s).toObject().value(u"content"_s).toArray().at(0).toObject()
                                             .value(u"text"_s).toString();
                    if (text.contains(u"request_approval"_s) && text.contains(u"\"approved\":true"_s))
                        return true;
                }
                return false;
            }(),
            15000);
        QTRY_COMPARE_WITH_TIMEOUT(rig.server.responsesStarted(), 3, 15000);
        QVERIFY(rig.failures.isEmpty());
    }

    void givesUpWhenTheServerIsGone()
    {
        RealtimeRig rig;
        rig.server.addReply({u"Hello."_s, 200, {}, {}});
        rig.call(testConfig(rig.server));
        QTRY_VERIFY_WITH_TIMEOUT(rig.hasEvent(u"connected: "_s), 15000);
        // Every reconnect attempt is refused: 0.25 + 0.5 + 1 + 2 + 2 s, then the agent gives up.
        rig.server.shutDown();
        QTRY_COMPARE_WITH_TIMEOUT(rig.failures.size(), 1, 20000);
        QVERIFY2(rig.failures[0].contains(u"5 attempt"_s), qPrintable(rig.failures[0]));
        QCOMPARE(rig.server.connections().size(), 1);
    }

    void recyclesBetweenTurns()
    {
        RealtimeRig rig;
        rig.server.addReply({u"Hello, I am calling for Alex."_s, 300, {}, {}});
        AgentConfig config = testConfig(rig.server);
        config.sessionRecycleSeconds = 1;
        rig.call(config);
        QTRY_VERIFY_WITH_TIMEOUT(rig.hasEvent(u"recycle: "_s), 15000);
        QCOMPARE(rig.server.connections().size(), 2);
        QCOMPARE(replayed(rig.server.events(u"conversation.item.create"_s)),
                 QStringList{u"assistant: output_text: Hello, I am calling for Alex."_s});
        QVERIFY(rig.failures.isEmpty());
        rig.caller->speak(200);
        rig.caller->silence(300);
        QTRY_COMPARE_WITH_TIMEOUT(rig.server.responsesStarted(), 2, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(rig.line.audio.size(), (300 + 300) * 8, 15000);
    }

    void errorsGarbageAndRateLimitsAreTolerated()
    {
        RealtimeRig rig;
        rig.server.addReply({u"Hello."_s, 200, {}, {}});
        rig.call(testConfig(rig.server));
        QTRY_VERIFY_WITH_TIMEOUT(rig.interruptionsOn(), 15000);

        rig.server.sendGarbage();
        rig.server.sendGarbage();
        rig.server.sendError(u"server_error"_s, u"The server had an error while processing your request."_s,
                             u"server_error"_s);
        QTRY_COMPARE_WITH_TIMEOUT(rig.warnings.size(), 2, 15000);   // garbage once, the error once
        QVERIFY(rig.warnings[1].contains(u"processing your request"_s));

        rig.server.setRateLimitNextResponse(true);
        rig.caller->speak(200);
        rig.caller->silence(300);
        QTRY_COMPARE_WITH_TIMEOUT(rig.warnings.size(), 3, 15000);
        QVERIFY(rig.warnings[2].contains(u"rate limit"_s));
        rig.caller->speak(200);
        rig.caller->silence(300);
        QTRY_COMPARE_WITH_TIMEOUT(rig.line.audio.size(), (200 + 300) * 8, 15000);
        QVERIFY(rig.failures.isEmpty());

        rig.server.sendError(u"invalid_api_key"_s, u"Incorrect API key provided."_s);
        QTRY_COMPARE_WITH_TIMEOUT(rig.failures.size(), 1, 15000);
    }

    void slowFirstByteLosesNoCallerAudio()
    {
        RealtimeRig rig;
        rig.server.setFirstByteDelayMs(1500);
        rig.server.addReply({u"Hello."_s, 200, {}, {}});
        rig.call(testConfig(rig.server));
        rig.caller->silence(200);   // the callee's line is live before the session is
        QTRY_COMPARE_WITH_TIMEOUT(rig.line.audio.size(), 200 * 8, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(rig.server.appendedAudio(), rig.caller->fed, 15000);
        QVERIFY(rig.failures.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRealtimeRobustness)
#include "tst_realtime_robustness.moc"
