// The Realtime agent against the fake server: the session it configures, μ-law passing through
// untouched both ways, the uninterruptible opening, tools (approval held until the user answers,
// end_call, cancelled responses), usage figures, the transcript and per-turn latency.
#include "RealtimeRig.h"

#include <QTest>

using namespace calldeck;
using namespace calldeck::test;
using calldeck::fakes::FakeRealtimeServer;
using namespace Qt::StringLiterals;

class TestRealtimeAgent : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sessionUpdateHasTheGaShape()
    {
        RealtimeRig rig;
        rig.create(testConfig(rig.server));
        rig.agent->prepare();
        QTRY_VERIFY_WITH_TIMEOUT(rig.hasEvent(u"connected"_s), 15000);
        QCOMPARE(rig.agent->kind(), u"realtime"_s);

        const auto connections = rig.server.connections();
        QCOMPARE(connections.size(), 1);
        QCOMPARE(connections[0].path, u"/v1/realtime"_s);
        QCOMPARE(connections[0].model, u"gpt-realtime"_s);
        QVERIFY2(connections[0].bearerOk, "Authorization: Bearer <key>");
        QVERIFY2(!connections[0].betaHeader, "the beta header gets the socket closed");

        const auto updates = rig.sent(u"session.update"_s);
        QCOMPARE(updates.size(), 1);
        const QJsonObject session = updates[0].value(u"session"_s).toObject();
        QCOMPARE(session.value(u"type"_s).toString(), u"realtime"_s);
        QCOMPARE(session.value(u"instructions"_s).toString(), testConfig(rig.server).instructions);
        QCOMPARE(session.value(u"output_modalities"_s).toArray(), QJsonArray{u"audio"_s});
        const QJsonObject audio = session.value(u"audio"_s).toObject();
        const QJsonObject input = audio.value(u"input"_s).toObject();
        const QJsonObject output = audio.value(u"output"_s).toObject();
        QCOMPARE(input.value(u"format"_s).toObject(), (QJsonObject{{u"type"_s, u"audio/pcmu"_s}}));
        QCOMPARE(output.value(u"format"_s).toObject(), (QJsonObject{{u"type"_s, u"audio/pcmu"_s}}));
        QCOMPARE(output.value(u"voice"_s).toString(), u"marin"_s);
        QCOMPARE(input.value(u"transcription"_s).toObject(),
                 (QJsonObject{{u"model"_s, u"gpt-4o-mini-transcribe"_s}, {u"language"_s, u"de"_s}}));
        const QJsonObject vad = input.value(u"turn_detection"_s).toObject();
        QCOMPARE(vad.value(u"type"_s).toString(), u"server_vad"_s);
        QCOMPARE(vad.value(u"threshold"_s).toDouble(), 0.6);
        QCOMPARE(vad.value(u"prefix_padding_ms"_s).toInt(), 100);
        QCOMPARE(vad.value(u"silence_duration_ms"_s).toInt(), 200);
        QCOMPARE(vad.value(u"create_response"_s).toBool(), true);
        QVERIFY2(!vad.value(u"interrupt_response"_s).toBool(true), "the opening is not interruptible");
        const QJsonArray tools = session.value(u"tools"_s).toArray();
        QCOMPARE(tools.size(), 5);
        QStringList names;
        for (const QJsonValue& t : tools) {
            QCOMPARE(t.toObject().value(u"type"_s).toString(), u"function"_s);
            QVERIFY(t.toObject().value(u"parameters"_s).toObject().contains(u"properties"_s));
            names << t.toObject().value(u"name"_s).toString();
        }
        QCOMPARE(names, (QStringList{u"log_call_event"_s, u"end_call"_s, u"record_field"_s, u"request_approval"_s,
                                     u"lookup_contact"_s}));
        QCOMPARE(session.value(u"tool_choice"_s).toString(), u"auto"_s);
        // Ringing: nothing is said before the callee answers.
        QCOMPARE(rig.sent(u"response.create"_s).size(), 0);
        QVERIFY(rig.failures.isEmpty());
    }

    void audioPassesThroughUntouchedBothWays()
    {
        RealtimeRig rig;
        rig.server.addReply({u"Hello, this is Alex Morgan's AI assistant."_s, 700, {}, {}});
        rig.call(testConfig(rig.server));
        QTRY_COMPARE_WITH_TIMEOUT(rig.line.audio.size(), 700 * 8, 15000);
        QCOMPARE(rig.line.audio, FakeRealtimeServer::replyAudio(700));
        QCOMPARE(rig.line.deltas, 7);
        QCOMPARE(rig.line.pcmCalls, 0);

        rig.caller->speak(200);
        rig.caller->silence(300);
        QTRY_COMPARE_WITH_TIMEOUT(rig.server.appendedAudio().size(), rig.caller->fed.size(), 15000);
        QCOMPARE(rig.server.appendedAudio(), rig.caller->fed);
        QCOMPARE(rig.sent(u"input_audio_buffer.append"_s).size(), 25);
    }

    void openingCannotBeInterrupted()
    {
        RealtimeRig rig;
        rig.server.addReply({u"Hi, I am an AI assistant calling for Alex Morgan. This call is recorded."_s, 1000, {}, {}});
        rig.server.setHoldAfterChunks(3);
        rig.line.autoAck = false;
        rig.call(testConfig(rig.server));
        QTRY_COMPARE_WITH_TIMEOUT(rig.line.deltas, 3, 15000);
        rig.line.ackMarks(2);

        rig.caller->speak(100);
        QTRY_COMPARE_WITH_TIMEOUT(rig.speechStarts, 1, 15000);
        rig.server.releaseHold();
        QTRY_COMPARE_WITH_TIMEOUT(rig.line.audio.size(), 1000 * 8, 15000);
        QCOMPARE(rig.line.clears, 0);
        QCOMPARE(rig.sent(u"conversation.item.truncate"_s).size(), 0);
        QCOMPARE(rig.sent(u"response.cancel"_s).size(), 0);
        QVERIFY(!rig.interruptionsOn());

        // Heard to the end: interruptions are switched back on.
        rig.line.ackMarks(rig.line.unacked());
        QTRY_VERIFY_WITH_TIMEOUT(rig.interruptionsOn(), 15000);
        const auto opening = rig.finals(u"agent"_s);
        QCOMPARE(opening.size(), 1);
        QVERIFY(!opening[0].interrupted);
        QCOMPARE(opening[0].text, u"Hi, I am an AI assistant calling for Alex Morgan. This call is recorded."_s);
    }

    void approvalWaitsForTheUserThenTheCallGoesOn()
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
        const ToolCall call = rig.host.calls.at(0);
        QCOMPARE(call.name, u"request_approval"_s);
        QCOMPARE(call.arguments.value(u"amount_cents"_s).toInt(), 12000);
        QCOMPARE(call.arguments.value(u"description"_s).toString(), u"Cleaning"_s);
        QVERIFY(call.argumentsError.isEmpty());
        // Holding: no output and no new response until the user answers.
        QTest::qWait(300);
        QCOMPARE(rig.sent(u"conversation.item.create"_s).size(), 0);
        const int responsesBefore = rig.sent(u"response.create"_s).size();

        rig.host.answerApproval(true, u"fine"_s);
        QTRY_COMPARE_WITH_TIMEOUT(rig.sent(u"conversation.item.create"_s).size(), 1, 15000);
        const QJsonObject item = rig.sent(u"conversation.item.create"_s).at(0).value(u"item"_s).toObject();
        QCOMPARE(item.value(u"type"_s).toString(), u"function_call_output"_s);
        QCOMPARE(item.value(u"call_id"_s).toString(), call.callId);
        QCOMPARE(item.value(u"output"_s).toString(), u"{\"approved\":true,\"note\":\"fine\"}"_s);
        QTRY_COMPARE_WITH_TIMEOUT(rig.sent(u"response.create"_s).size(), responsesBefore + 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(rig.line.audio.size(), (200 + 300) * 8, 15000);
    }

    void endCallSaysNothingMore()
    {
        RealtimeRig rig;
        rig.server.addReply({u"Hello."_s, 200, {}, {}});
        rig.server.addReply({{}, 0, u"end_call"_s, u"{\"summary\":\"Booked Tuesday 10:00\",\"objective_met\":true}"_s});
        rig.call(testConfig(rig.server));
        QTRY_VERIFY_WITH_TIMEOUT(rig.interruptionsOn(), 15000);
        const int responsesBefore = rig.sent(u"response.create"_s).size();
        rig.caller->speak(200);
        rig.caller->silence(300);
        QTRY_COMPARE_WITH_TIMEOUT(rig.endCalls.size(), 1, 15000);
        QCOMPARE(rig.endCalls[0].first, u"Booked Tuesday 10:00"_s);
        QCOMPARE(rig.endCalls[0].second, true);
        QTRY_COMPARE_WITH_TIMEOUT(rig.sent(u"conversation.item.create"_s).size(), 1, 15000);
        // The model gets no new response, and server VAD may not start one either.
        QCOMPARE(rig.sent(u"response.create"_s).size(), responsesBefore);
        const auto updates = rig.sent(u"session.update"_s);
        QVERIFY(!turnDetectionOf(updates.last()).value(u"create_response"_s).toBool(true));
        const qsizetype audioBefore = rig.line.audio.size();
        rig.caller->speak(200);
        rig.caller->silence(300);
        QTRY_COMPARE_WITH_TIMEOUT(rig.turnsEnded, 2, 15000);
        QCOMPARE(rig.line.audio.size(), audioBefore);
    }

    void cancelledResponseRunsNoTool()
    {
        RealtimeRig rig;
        rig.server.addReply({u"Hello."_s, 200, {}, {}});
        rig.server.addReply({{}, 0, u"record_field"_s, u"{\"key\":\"date\",\"value\":\"Tuesday\"}"_s});
        rig.call(testConfig(rig.server));
        QTRY_VERIFY_WITH_TIMEOUT(rig.interruptionsOn(), 15000);
        rig.server.setHoldAfterChunks(0);
        rig.caller->speak(200);
        rig.caller->silence(300);
        QTRY_COMPARE_WITH_TIMEOUT(rig.sent(u"input_audio_buffer.append"_s).size(), 25, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(rig.server.responsesStarted(), 2, 15000);
        // The callee talks again before the response is done: the server cancels it.
        rig.caller->speak(100);
        QTRY_VERIFY_WITH_TIMEOUT(rig.hasEvent(u"tool: "_s), 15000);
        QVERIFY(rig.host.calls.isEmpty());
        QVERIFY(rig.agentEvents.filter(u"cancelled"_s).size() == 1);
    }

    void usageEqualsTheServersFigures()
    {
        RealtimeRig rig;
        rig.server.addReply({u"Hello."_s, 200, {}, {}});
        rig.call(testConfig(rig.server));
        QTRY_COMPARE_WITH_TIMEOUT(rig.usages.size(), 1, 15000);
        const AiUsage r = rig.usages[0];
        QCOMPARE(r.provider, u"openai"_s);
        QCOMPARE(r.kind, u"realtime"_s);
        QCOMPARE(r.model, u"gpt-realtime"_s);
        QCOMPARE(r.inputTextTokens, 800);
        QCOMPARE(r.inputAudioTokens, 400);
        QCOMPARE(r.cachedTextTokens, 512);
        QCOMPARE(r.cachedAudioTokens, 128);
        QCOMPARE(r.outputTextTokens, 90);
        QCOMPARE(r.outputAudioTokens, 360);

        rig.caller->speak(200);
        rig.caller->silence(300);
        QTRY_VERIFY_WITH_TIMEOUT(rig.usages.size() >= 3, 15000);
        const auto t = std::find_if(rig.usages.begin(), rig.usages.end(),
                                    [](const AiUsage& u) { return u.kind == u"transcription"; });
        QVERIFY(t != rig.usages.end());
        QCOMPARE(t->model, u"gpt-4o-mini-transcribe"_s);
        QCOMPARE(t->inputAudioTokens, 50);
        QCOMPARE(t->inputTextTokens, 7);
        QCOMPARE(t->outputTextTokens, 11);

        rig.server.setTranscriptionUsage(QJsonObject{{u"type"_s, u"duration"_s}, {u"seconds"_s, 2.5}});
        rig.caller->speak(200);
        rig.caller->silence(300);
        QTRY_VERIFY_WITH_TIMEOUT(rig.usages.last().kind == u"transcription" || rig.usages.size() >= 5, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(rig.usages.begin(), rig.usages.end(),
                                             [](const AiUsage& u) { return u.audioSeconds == 2.5; }), 15000);
    }

    void transcriptFollowsTheConversation()
    {
        RealtimeRig rig;
        rig.server.addReply({u"Hello, I am calling for Alex."_s, 300, {}, {}});
        rig.server.addReply({u"Tuesday at ten works."_s, 300, {}, {}});
        rig.server.addCalleeTranscript(u"Do you have time on Tuesday?"_s);
        rig.call(testConfig(rig.server));
        QTRY_VERIFY_WITH_TIMEOUT(rig.interruptionsOn(), 15000);
        rig.caller->silence(400);
        rig.caller->speak(600);
        rig.caller->silence(300);
        QTRY_COMPARE_WITH_TIMEOUT(rig.finals(u"agent"_s).size(), 2, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(rig.finals(u"callee"_s).size(), 1, 15000);

        const auto agent = rig.finals(u"agent"_s);
        const TranscriptSegment callee = rig.finals(u"callee"_s).at(0);
        QCOMPARE(callee.text, u"Do you have time on Tuesday?"_s);
        QCOMPARE(callee.callKey, u"c-test"_s);
        QCOMPARE(callee.previousId, agent[0].id);
        QCOMPARE(agent[1].previousId, callee.id);
        QCOMPARE(agent[1].text, u"Tuesday at ten works."_s);
        // On the call clock: speech began at 400 ms (less the 100 ms prefix padding), ended at 1000 ms.
        QCOMPARE(callee.startMs, 300);
        QCOMPARE(callee.endMs, 1000);
        QVERIFY(agent[1].startMs >= callee.endMs);
        QCOMPARE(agent[1].endMs, agent[1].startMs + 300);
        // The callee row appeared as a partial placeholder first.
        const auto first = std::find_if(rig.segments.begin(), rig.segments.end(),
                                        [&](const TranscriptSegment& s) { return s.id == callee.id; });
        QVERIFY(!first->isFinal);
        QVERIFY(first->text.isEmpty());

        QCOMPARE(rig.latencies.size(), 1);
        QCOMPARE(rig.latencies[0].turn, 1);
        QVERIFY(rig.latencies[0].totalUs > 0);
        QVERIFY(rig.latencies[0].internalUs >= 0);
        QVERIFY(rig.latencies[0].internalUs <= rig.latencies[0].totalUs);
    }
};

QTEST_GUILESS_MAIN(TestRealtimeAgent)
#include "tst_realtime_agent.moc"
