#pragma once

#include "conversation/AgentTypes.h"

#include <QJsonObject>

namespace calldeck {

/// Reads the usage the Realtime server reports (realtime-ai.md §4) into AiUsage values.
class RealtimeUsage
{
public:
    /// `response.done.response.usage` → kind "realtime" (text/audio input including the cached
    /// subsets, cached subsets, text/audio output).
    [[nodiscard]] static AiUsage fromResponse(const QJsonObject& usage, const QString& model);
    /// `conversation.item.input_audio_transcription.completed.usage` → kind "transcription",
    /// token-billed (`type: tokens`) or duration-billed (`type: duration`).
    [[nodiscard]] static AiUsage fromTranscription(const QJsonObject& usage, const QString& model);
};

} // namespace calldeck
