#include "calls/cost/CostMeter.h"

#include <QtTest>

using namespace calldeck;

namespace {

qint64 microsOf(const CallCost& cost, const QString& item)
{
    for (const CostLine& line : cost.lines) {
        if (line.item == item) {
            return line.micros;
        }
    }
    return -1;
}

const CostLine* lineOf(const CallCost& cost, const QString& item)
{
    for (const CostLine& line : cost.lines) {
        if (line.item == item) {
            return &line;
        }
    }
    return nullptr;
}

} // namespace

/// Call cost in micro-dollars, checked against figures computed by hand from the shipped prices.
class TestCostMeter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void telephonyBillsStartedMinutes()
    {
        CostMeter meter;
        meter.setTelephony(QStringLiteral("twilio"), 61);
        CallCost cost = meter.cost();
        // 2 minutes × $0.014 outbound + 2 minutes × $0.004 Media Streams.
        QCOMPARE(microsOf(cost, QStringLiteral("twilio.outbound_minute")), qint64(28000));
        QCOMPARE(microsOf(cost, QStringLiteral("twilio.media_stream_minute")), qint64(8000));
        QCOMPARE(cost.telephonyMicros, qint64(36000));
        QCOMPARE(lineOf(cost, QStringLiteral("twilio.outbound_minute"))->quantity, 2.0);
        QCOMPARE(lineOf(cost, QStringLiteral("twilio.outbound_minute"))->unit, QStringLiteral("minute"));
        QCOMPARE(lineOf(cost, QStringLiteral("twilio.outbound_minute"))->category, QStringLiteral("telephony"));

        meter.setTelephony(QStringLiteral("twilio"), 180);   // replaces, does not add
        QCOMPARE(meter.cost().telephonyMicros, qint64(54000));
        meter.setTelephony(QStringLiteral("sandbox"), 600);
        QCOMPARE(meter.cost().telephonyMicros, qint64(0));
        QCOMPARE(meter.cost().lines.size(), 1);
        QVERIFY(meter.warnings().isEmpty());
    }

    void realtimeTokensWithCachedInput()
    {
        CostMeter meter;
        AiUsage usage;
        usage.model = QStringLiteral("gpt-realtime");
        usage.kind = QStringLiteral("realtime");
        usage.inputTextTokens = 1000;
        usage.cachedTextTokens = 400;
        usage.inputAudioTokens = 5000;
        usage.cachedAudioTokens = 3000;
        usage.outputTextTokens = 200;
        usage.outputAudioTokens = 2400;
        meter.add(usage);
        const CallCost cost = meter.cost();
        QCOMPARE(microsOf(cost, QStringLiteral("gpt-realtime.text_in")), qint64(2400));       // 600 × $4/M
        QCOMPARE(microsOf(cost, QStringLiteral("gpt-realtime.text_cached")), qint64(160));    // 400 × $0.40/M
        QCOMPARE(microsOf(cost, QStringLiteral("gpt-realtime.text_out")), qint64(3200));      // 200 × $16/M
        QCOMPARE(microsOf(cost, QStringLiteral("gpt-realtime.audio_in")), qint64(64000));     // 2000 × $32/M
        QCOMPARE(microsOf(cost, QStringLiteral("gpt-realtime.audio_cached")), qint64(1200));  // 3000 × $0.40/M
        QCOMPARE(microsOf(cost, QStringLiteral("gpt-realtime.audio_out")), qint64(153600));   // 2400 × $64/M
        QCOMPARE(cost.voiceAiMicros, qint64(224560));
        QCOMPARE(cost.reasoningAiMicros, qint64(0));
        QCOMPARE(lineOf(cost, QStringLiteral("gpt-realtime.audio_in"))->quantity, 2000.0);
        QCOMPARE(lineOf(cost, QStringLiteral("gpt-realtime.audio_in"))->category, QStringLiteral("voice_ai"));

        // A second response adds to the same lines.
        meter.add(usage);
        QCOMPARE(meter.cost().voiceAiMicros, qint64(449120));
        QCOMPARE(meter.cost().lines.size(), 6);
    }

    void transcriptionChatAndSpeech()
    {
        CostMeter meter;
        AiUsage transcription;
        transcription.model = QStringLiteral("gpt-4o-mini-transcribe");
        transcription.kind = QStringLiteral("transcription");
        transcription.audioSeconds = 90;
        meter.add(transcription);
        AiUsage chat;
        chat.model = QStringLiteral("gpt-4o-mini");
        chat.kind = QStringLiteral("chat");
        chat.inputTextTokens = 10000;
        chat.cachedTextTokens = 4000;
        chat.outputTextTokens = 500;
        meter.add(chat);
        AiUsage tts;
        tts.model = QStringLiteral("tts-1");
        tts.kind = QStringLiteral("tts");
        tts.characters = 1000;
        meter.add(tts);
        AiUsage espeak;
        espeak.provider = QStringLiteral("espeak");
        espeak.model = QStringLiteral("espeak-ng");
        espeak.kind = QStringLiteral("tts");
        espeak.characters = 120;
        meter.add(espeak);
        meter.setTelephony(QStringLiteral("sandbox"), 42);

        const CallCost cost = meter.cost();
        QCOMPARE(microsOf(cost, QStringLiteral("gpt-4o-mini-transcribe.minute")), qint64(4500));   // 1.5 min × $0.003
        QCOMPARE(lineOf(cost, QStringLiteral("gpt-4o-mini-transcribe.minute"))->quantity, 1.5);
        QCOMPARE(microsOf(cost, QStringLiteral("gpt-4o-mini.text_in")), qint64(900));      // 6000 × $0.15/M
        QCOMPARE(microsOf(cost, QStringLiteral("gpt-4o-mini.text_cached")), qint64(300));  // 4000 × $0.075/M
        QCOMPARE(microsOf(cost, QStringLiteral("gpt-4o-mini.text_out")), qint64(300));     // 500 × $0.60/M
        QCOMPARE(microsOf(cost, QStringLiteral("tts-1.character")), qint64(15000));        // 1000 × $15/M
        QCOMPARE(microsOf(cost, QStringLiteral("espeak.character")), qint64(0));
        QCOMPARE(cost.reasoningAiMicros, qint64(1500));
        QCOMPARE(cost.voiceAiMicros, qint64(19500));
        QCOMPARE(cost.telephonyMicros, qint64(0));
        QCOMPARE(cost.totalMicros(), qint64(21000));
        QCOMPARE(cost.lines.constFirst().item, QStringLiteral("sandbox.minute"));   // telephony first
        QVERIFY(meter.warnings().isEmpty());
    }

    void unknownModelWarnsAndCountsZero()
    {
        CostMeter meter;
        AiUsage usage;
        usage.model = QStringLiteral("gpt-9-turbo");
        usage.kind = QStringLiteral("realtime");
        usage.inputTextTokens = 100;
        usage.outputAudioTokens = 100;
        meter.add(usage);
        meter.add(usage);
        const CallCost cost = meter.cost();
        QCOMPARE(cost.totalMicros(), qint64(0));
        QCOMPARE(cost.lines.size(), 2);
        QCOMPARE(meter.warnings().size(), 2);   // once per missing item, not per response
        QVERIFY(meter.warnings().constFirst().contains(QLatin1String("gpt-9-turbo.text_in")));
    }

    void estimateFollowsItsAssumptions()
    {
        const PriceTable prices = PriceTable::defaults();
        CostEstimateInput input;
        input.agentKind = QStringLiteral("realtime");
        input.expectedMinutes = 2;
        const CallCost realtime = CostMeter::estimate(prices, input);
        // 120 s: callee 54 s, agent 54 s, 8 turns. Audio in 540 tokens, out 1080; each turn re-reads
        // half the conversation on average: (540 + 1080) × 7 / 2 = 5670 cached audio tokens;
        // prompt 1200 tokens × 8 turns of which 7 cached.
        QCOMPARE(microsOf(realtime, QStringLiteral("gpt-realtime.text_in")), qint64(4800));
        QCOMPARE(microsOf(realtime, QStringLiteral("gpt-realtime.text_cached")), qint64(3360));
        QCOMPARE(microsOf(realtime, QStringLiteral("gpt-realtime.audio_in")), qint64(17280));
        QCOMPARE(microsOf(realtime, QStringLiteral("gpt-realtime.audio_cached")), qint64(2268));
        QCOMPARE(microsOf(realtime, QStringLiteral("gpt-realtime.audio_out")), qint64(69120));
        QCOMPARE(microsOf(realtime, QStringLiteral("gpt-4o-mini-transcribe.minute")), qint64(2700));
        QCOMPARE(realtime.voiceAiMicros, qint64(99528));
        QCOMPARE(realtime.telephonyMicros, qint64(36000));
        QCOMPARE(realtime.totalMicros(), qint64(135528));

        // Cost grows faster than the call: context is re-read every turn.
        input.expectedMinutes = 4;
        QVERIFY(CostMeter::estimate(prices, input).voiceAiMicros > 2 * realtime.voiceAiMicros);

        input.agentKind = QStringLiteral("offline");
        input.telephonyProvider = QStringLiteral("sandbox");
        input.expectedMinutes = 3;
        const CallCost offline = CostMeter::estimate(prices, input);
        QCOMPARE(offline.totalMicros(), qint64(0));
        QCOMPARE(lineOf(offline, QStringLiteral("espeak.character"))->quantity, 1215.0);
        QCOMPARE(lineOf(offline, QStringLiteral("sandbox.minute"))->quantity, 3.0);

        input.agentKind = QStringLiteral("cascade");
        input.telephonyProvider = QStringLiteral("twilio");
        const CallCost cascade = CostMeter::estimate(prices, input);
        QVERIFY(cascade.reasoningAiMicros > 0);
        QVERIFY(lineOf(cascade, QStringLiteral("gpt-4o-mini-tts.character")) != nullptr);
        QVERIFY(lineOf(cascade, QStringLiteral("gpt-4o-mini-transcribe.minute")) != nullptr);
    }
};

QTEST_GUILESS_MAIN(TestCostMeter)
#include "tst_cost_meter.moc"
