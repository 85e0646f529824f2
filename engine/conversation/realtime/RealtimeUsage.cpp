#include "conversation/realtime/RealtimeUsage.h"

using namespace Qt::StringLiterals;

namespace calldeck {

namespace {
qint64 number(const QJsonObject& o, QLatin1StringView key)
{
    return qint64(o.value(key).toDouble());
}
} // namespace

AiUsage RealtimeUsage::fromResponse(const QJsonObject& usage, const QString& model)
{
    AiUsage u;
    u.model = model;
    u.kind = u"realtime"_s;
    const QJsonObject in = usage.value(u"input_token_details"_s).toObject();
    const QJsonObject cached = in.value(u"cached_tokens_details"_s).toObject();
    const QJsonObject out = usage.value(u"output_token_details"_s).toObject();
    u.inputTextTokens = number(in, "text_tokens"_L1);
    u.inputAudioTokens = number(in, "audio_tokens"_L1);
    u.cachedTextTokens = number(cached, "text_tokens"_L1);
    u.cachedAudioTokens = number(cached, "audio_tokens"_L1);
    u.outputTextTokens = number(out, "text_tokens"_L1);
    u.outputAudioTokens = number(out, "audio_tokens"_L1);
    // Without a breakdown the totals are all there is; count them as text.
    if (in.isEmpty())
        u.inputTextTokens = number(usage, "input_tokens"_L1);
    if (out.isEmpty())
        u.outputTextTokens = number(usage, "output_tokens"_L1);
    return u;
}

AiUsage RealtimeUsage::fromTranscription(const QJsonObject& usage, const QString& model)
{
    AiUsage u;
    u.model = model;
    u.kind = u"transcription"_s;
    if (usage.value(u"type"_s).toString() == u"duration") {
        u.audioSeconds = usage.value(u"seconds"_s).toDouble();
        return u;
    }
    const QJsonObject in = usage.value(u"input_token_details"_s).toObject();
    if (in.isEmpty()) {
        u.inputAudioTokens = number(usage, "input_tokens"_L1);
    } else {
        u.inputTextTokens = number(in, "text_tokens"_L1);
        u.inputAudioTokens = number(in, "audio_tokens"_L1);
    }
    u.outputTextTokens = number(usage, "output_tokens"_L1);
    return u;
}

} // namespace calldeck
