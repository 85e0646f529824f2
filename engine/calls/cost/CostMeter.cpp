#include "calls/cost/CostMeter.h"

#include "calls/cost/CostLog.h"

#include <QCoreApplication>
#include <QtNumeric>

#include <algorithm>
#include <cmath>

namespace calldeck {

namespace {

const QString kTelephony = QStringLiteral("telephony");
const QString kVoiceAi = QStringLiteral("voice_ai");
const QString kReasoningAi = QStringLiteral("reasoning_ai");

// Estimate assumptions, see CostMeter::estimate().
constexpr qint64 kCalleeSharePercent = 45;
constexpr qint64 kAgentSharePercent = 45;
constexpr qint64 kAudioInTokensPerMinute = 600;
constexpr qint64 kAudioOutTokensPerMinute = 1200;
constexpr qint64 kTurnsPerMinute = 4;
constexpr qint64 kPromptTokens = 1200;
constexpr qint64 kChatTokensPerSpeechMinute = 150;
constexpr qint64 kTtsCharactersPerMinute = 900;

} // namespace

CostMeter::CostMeter(PriceTable prices)
    : m_prices(std::move(prices))
{
}

void CostMeter::tally(QList<Tally>& into, const QString& category, const QString& provider, const QString& item,
                      qint64 amount, qint64 divisor)
{
    if (amount <= 0) {
        return;
    }
    for (Tally& t : into) {
        if (t.item == item && t.category == category && t.divisor == divisor) {
            t.amount += amount;
            return;
        }
    }
    const std::optional<PriceEntry> entry = m_prices.entry(item);
    if (!entry && !m_warnedKeys.contains(item)) {
        m_warnedKeys.insert(item);
        const QString message = QCoreApplication::translate("calldeck::CostMeter",
                                                            "There is no price for \"%1\"; it is counted as $0. Add it "
                                                            "to your price table.")
                                    .arg(item);
        m_warnings.append(message);
        qCWarning(lcCost).noquote() << message;
    }
    QString unit = entry ? entry->unit : QString();
    if (unit.isEmpty()) {
        unit = divisor == 60'000 ? QStringLiteral("minute") : QStringLiteral("token");
    }
    into.append(Tally{category, provider, item, unit, amount, divisor});
}

void CostMeter::setTelephony(const QString& provider, qint64 connectedSeconds)
{
    m_telephony.clear();
    const qint64 minutes = (std::max<qint64>(0, connectedSeconds) + 59) / 60;
    if (provider == QLatin1String("twilio")) {
        tally(m_telephony, kTelephony, provider, QStringLiteral("twilio.outbound_minute"), minutes);
        tally(m_telephony, kTelephony, provider, QStringLiteral("twilio.media_stream_minute"), minutes);
    } else {
        tally(m_telephony, kTelephony, provider, provider + QStringLiteral(".minute"), minutes);
    }
}

void CostMeter::addTokens(const QString& category, const QString& provider, const QString& prefix, const AiUsage& usage)
{
    // Cached tokens are a subset of the input; a provider reporting more cached than input is
    // clamped rather than producing a negative line.
    const qint64 cachedText = std::clamp<qint64>(usage.cachedTextTokens, 0, usage.inputTextTokens);
    const qint64 cachedAudio = std::clamp<qint64>(usage.cachedAudioTokens, 0, usage.inputAudioTokens);
    tally(m_ai, category, provider, prefix + QStringLiteral(".text_in"), usage.inputTextTokens - cachedText);
    tally(m_ai, category, provider, prefix + QStringLiteral(".text_cached"), cachedText);
    tally(m_ai, category, provider, prefix + QStringLiteral(".text_out"), usage.outputTextTokens);
    tally(m_ai, category, provider, prefix + QStringLiteral(".audio_in"), usage.inputAudioTokens - cachedAudio);
    tally(m_ai, category, provider, prefix + QStringLiteral(".audio_cached"), cachedAudio);
    tally(m_ai, category, provider, prefix + QStringLiteral(".audio_out"), usage.outputAudioTokens);
}

void CostMeter::add(const AiUsage& usage)
{
    const QString provider = usage.provider.isEmpty() ? QStringLiteral("openai") : usage.provider;
    // OpenAI-compatible services price by model; local engines (espeak) by their own name.
    const QString prefix = provider == QLatin1String("openai") ? usage.model : provider;
    const QString category = usage.kind == QLatin1String("chat") ? kReasoningAi : kVoiceAi;
    const qint64 audioMs = std::llround(std::max(0.0, usage.audioSeconds) * 1000.0);
    if (usage.kind == QLatin1String("tts") && usage.characters > 0) {
        const QString perCharacter = prefix + QStringLiteral(".character");
        if (m_prices.contains(perCharacter) || audioMs <= 0) {
            tally(m_ai, category, provider, perCharacter, usage.characters);
        } else {
            tally(m_ai, category, provider, prefix + QStringLiteral(".minute"), audioMs, 60'000);
        }
    } else if (audioMs > 0) {
        tally(m_ai, category, provider, prefix + QStringLiteral(".minute"), audioMs, 60'000);
    }
    addTokens(category, provider, prefix, usage);
}

CostLine CostMeter::price(const Tally& t) const
{
    CostLine line;
    line.category = t.category;
    line.provider = t.provider;
    line.item = t.item;
    line.unit = t.unit;
    line.quantity = double(t.amount) / double(t.divisor);
    const qint64 nanosPerUnit = m_prices.entry(t.item).value_or(PriceEntry{}).nanosPerUnit;
    const qint64 divisor = t.divisor * 1000;   // nano → micro, and milliseconds → minutes
    qint64 nanos = 0;
    if (!qMulOverflow(nanosPerUnit, t.amount, &nanos)) {
        line.micros = (nanos + divisor / 2) / divisor;
    } else {
        // Huge quantities: divide first, then price the remainder, so nothing overflows.
        line.micros = nanosPerUnit * (t.amount / divisor) + (nanosPerUnit * (t.amount % divisor) + divisor / 2) / divisor;
    }
    return line;
}

CallCost CostMeter::cost() const
{
    CallCost out;
    for (const QList<Tally>* list : {&m_telephony, &m_ai}) {
        for (const Tally& t : *list) {
            const CostLine line = price(t);
            if (line.category == kTelephony) {
                out.telephonyMicros += line.micros;
            } else if (line.category == kReasoningAi) {
                out.reasoningAiMicros += line.micros;
            } else {
                out.voiceAiMicros += line.micros;
            }
            out.lines.append(line);
        }
    }
    return out;
}

CallCost CostMeter::estimate(const PriceTable& prices, const CostEstimateInput& input)
{
    CostMeter meter(prices);
    const qint64 callSeconds = std::llround(std::max(0.0, input.expectedMinutes) * 60.0);
    meter.setTelephony(input.telephonyProvider, callSeconds);
    const qint64 calleeSeconds = callSeconds * kCalleeSharePercent / 100;
    const qint64 agentSeconds = callSeconds * kAgentSharePercent / 100;
    const qint64 turns = std::max<qint64>(1, (callSeconds * kTurnsPerMinute + 59) / 60);

    if (input.agentKind == QLatin1String("realtime")) {
        const qint64 freshIn = calleeSeconds * kAudioInTokensPerMinute / 60;
        const qint64 out = agentSeconds * kAudioOutTokensPerMinute / 60;
        // On average a response re-reads half of the whole conversation.
        const qint64 reread = (freshIn + out) * (turns - 1) / 2;
        AiUsage realtime;
        realtime.model = input.realtimeModel;
        realtime.kind = QStringLiteral("realtime");
        realtime.inputTextTokens = kPromptTokens * turns;
        realtime.cachedTextTokens = kPromptTokens * (turns - 1);
        realtime.inputAudioTokens = freshIn + reread;
        realtime.cachedAudioTokens = reread;
        realtime.outputAudioTokens = out;
        meter.add(realtime);
        AiUsage transcription;
        transcription.model = input.transcriptionModel;
        transcription.kind = QStringLiteral("transcription");
        transcription.audioSeconds = double(calleeSeconds);
        meter.add(transcription);
    } else if (input.agentKind == QLatin1String("cascade")) {
        AiUsage stt;
        stt.model = input.transcriptionModel;
        stt.kind = QStringLiteral("stt");
        stt.audioSeconds = double(calleeSeconds);
        meter.add(stt);
        const qint64 conversation = (calleeSeconds + agentSeconds) * kChatTokensPerSpeechMinute / 60;
        AiUsage chat;
        chat.model = input.chatModel;
        chat.kind = QStringLiteral("chat");
        chat.inputTextTokens = kPromptTokens * turns + conversation * (turns - 1) / 2;
        chat.cachedTextTokens = kPromptTokens * (turns - 1);
        chat.outputTextTokens = agentSeconds * kChatTokensPerSpeechMinute / 60;
        meter.add(chat);
        AiUsage tts;
        tts.model = input.ttsModel;
        tts.kind = QStringLiteral("tts");
        tts.characters = agentSeconds * kTtsCharactersPerMinute / 60;
        tts.audioSeconds = double(agentSeconds);
        meter.add(tts);
    } else if (input.agentKind == QLatin1String("offline")) {
        AiUsage speech;
        speech.provider = QStringLiteral("espeak");
        speech.model = QStringLiteral("espeak-ng");
        speech.kind = QStringLiteral("tts");
        speech.characters = agentSeconds * kTtsCharactersPerMinute / 60;
        meter.add(speech);
    }
    return meter.cost();
}

} // namespace calldeck
