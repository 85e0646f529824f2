#include "conversation/openai/ChatStreamAssembler.h"

#include <QtTest>

using namespace calldeck;

/// Assembling a streamed chat completion from its chunks.
class TestChatStreamAssembler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void textDeltasFinishReasonAndUsage()
    {
        ChatStreamAssembler a(QStringLiteral("gpt-4o-mini"));
        QCOMPARE(a.consume("{\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},\"finish_reason\":null}]}")
                     .contentDelta,
                 QString());
        QCOMPARE(a.consume("{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hel\"},\"finish_reason\":null}]}").contentDelta,
                 QStringLiteral("Hel"));
        QCOMPARE(a.consume("{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"lo.\"},\"finish_reason\":null}]}").contentDelta,
                 QStringLiteral("lo."));
        a.consume("{\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}");
        a.consume("{\"choices\":[],\"usage\":{\"prompt_tokens\":321,\"completion_tokens\":12,\"total_tokens\":333,"
                  "\"prompt_tokens_details\":{\"cached_tokens\":256}}}");
        QVERIFY(a.consume("[DONE]").done);
        const ChatCompletion c = a.result();
        QCOMPARE(c.content, QStringLiteral("Hello."));
        QCOMPARE(c.finishReason, QStringLiteral("stop"));
        QVERIFY(c.usageReported);
        QCOMPARE(c.usage.kind, QStringLiteral("chat"));
        QCOMPARE(c.usage.model, QStringLiteral("gpt-4o-mini"));
        QCOMPARE(c.usage.inputTextTokens, 321);
        QCOMPARE(c.usage.cachedTextTokens, 256);
        QCOMPARE(c.usage.outputTextTokens, 12);
        QVERIFY(c.toolCalls.isEmpty());
    }

    void toolCallsAreCollectedByIndexWithArgumentsConcatenated()
    {
        ChatStreamAssembler a;
        a.consume("{\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"id\":\"call_A\",\"type\":\"function\","
                  "\"function\":{\"name\":\"record_field\",\"arguments\":\"\"}}]}}]}");
        a.consume("{\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":1,\"id\":\"call_B\",\"type\":\"function\","
                  "\"function\":{\"name\":\"log_call_event\",\"arguments\":\"{\\\"kind\\\":\"}}]}}]}");
        a.consume("{\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"{\\\"key\\\":\\\"da\"}}]}}]}");
        a.consume("{\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":1,\"function\":{\"arguments\":\"\\\"note\\\"}\"}}]}}]}");
        a.consume("{\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"te\\\"}\"}}]}}]}");
        a.consume("{\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"tool_calls\"}]}");
        const ChatCompletion c = a.result();
        QCOMPARE(c.finishReason, QStringLiteral("tool_calls"));
        QCOMPARE(c.toolCalls.size(), 2);
        QCOMPARE(c.toolCalls.at(0).id, QStringLiteral("call_A"));
        QCOMPARE(c.toolCalls.at(0).name, QStringLiteral("record_field"));
        QCOMPARE(c.toolCalls.at(0).arguments, QStringLiteral("{\"key\":\"date\"}"));
        QCOMPARE(c.toolCalls.at(1).id, QStringLiteral("call_B"));
        QCOMPARE(c.toolCalls.at(1).arguments, QStringLiteral("{\"kind\":\"note\"}"));
        QVERIFY(!c.usageReported);
    }

    void garbageAndErrorsAreTold()
    {
        ChatStreamAssembler a;
        QVERIFY(a.consume("{not json").garbage);
        QVERIFY(a.consume("{\"unrelated\":true}").garbage);
        QCOMPARE(a.consume("{\"error\":{\"message\":\"overloaded\"}}").error, QStringLiteral("overloaded"));
        QCOMPARE(a.result().skippedLines, 2);
        QVERIFY(!a.finished());
    }
};

QTEST_GUILESS_MAIN(TestChatStreamAssembler)
#include "tst_chat_stream_assembler.moc"
