#include "calls/AgentFactory.h"

#include "conversation/cascade/CascadeAgent.h"
#include "conversation/offline/OfflineAgent.h"
#include "conversation/prompt/PromptBuilder.h"
#include "conversation/prompt/ToolCatalog.h"
#include "conversation/realtime/RealtimeAgent.h"
#include "core/Settings.h"

#include <QCoreApplication>

namespace calldeck::AgentFactory {

QStringList kinds()
{
    return {QStringLiteral("human"), QStringLiteral("offline"), QStringLiteral("realtime"), QStringLiteral("cascade")};
}

QString displayName(const QString& kind)
{
    if (kind == u"human")
        return QCoreApplication::translate("calldeck::AgentFactory", "You (headset)");
    if (kind == u"offline")
        return QCoreApplication::translate("calldeck::AgentFactory", "Offline AI (no network)");
    if (kind == u"realtime")
        return QCoreApplication::translate("calldeck::AgentFactory", "Realtime AI (OpenAI Realtime)");
    if (kind == u"cascade")
        return QCoreApplication::translate("calldeck::AgentFactory", "Cascade AI (speech → chat → speech)");
    return kind;
}

AgentConfig configure(const Settings& settings, const CallBrief& brief, const QString& apiKey)
{
    AgentConfig config;
    config.brief = brief;
    config.instructions = PromptBuilder::build(brief);
    config.tools = ToolCatalog::forBrief(brief);   // with the script tools when the call runs a script
    config.apiBase = QUrl(settings.value(SettingKeys::OpenAiBaseUrl));
    config.apiKey = apiKey;
    config.realtimeModel = settings.value(SettingKeys::RealtimeModel);
    config.chatModel = settings.value(SettingKeys::ChatModel);
    config.transcriptionModel = settings.value(SettingKeys::TranscriptionModel);
    config.ttsModel = settings.value(SettingKeys::TtsModel);
    config.voice = settings.value(SettingKeys::RealtimeVoice);
    config.vad.threshold = settings.value(SettingKeys::VadThreshold);
    config.vad.prefixPaddingMs = settings.value(SettingKeys::VadPrefixPaddingMs);
    config.vad.silenceDurationMs = settings.value(SettingKeys::VadSilenceMs);
    return config;
}

VoiceAgent* create(const QString& kind, const AgentConfig& config)
{
    if (kind == u"offline")
        return new OfflineAgent(config);
    if (kind == u"realtime")
        return new RealtimeAgent(config);
    if (kind == u"cascade")
        return new CascadeAgent(config);
    return nullptr;
}

} // namespace calldeck::AgentFactory
