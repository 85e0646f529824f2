#pragma once

#include "conversation/AgentTypes.h"

#include <QList>
#include <QString>

namespace calldeck {

/// What speech-to-text heard in one clip, with the provider's usage.
struct Transcription
{
    QString text;
    AiUsage usage;   ///< kind "stt"
};

/// One tool call as streamed by chat completions: `arguments` is the raw JSON string the model
/// produced (kept verbatim for the conversation history).
struct ChatToolCall
{
    int index = 0;
    QString id;
    QString name;
    QString arguments;
};

/// A finished streamed chat completion.
struct ChatCompletion
{
    QString content;
    QList<ChatToolCall> toolCalls;
    QString finishReason;        ///< stop | length | tool_calls | content_filter
    AiUsage usage;               ///< kind "chat"; zero when the server sent no usage chunk
    bool usageReported = false;
    int skippedLines = 0;        ///< SSE lines or payloads that were not understood
};

/// Streaming and retry knobs of OpenAiClient.
struct OpenAiClientOptions
{
    int firstByteTimeoutMs = 15000;   ///< no response header within this: the request fails
    int idleTimeoutMs = 30000;        ///< no new bytes within this while streaming: the request fails
    int maxRetries = 2;               ///< for 429 on idempotent requests (speech-to-text, text-to-speech)
    int maxRetryAfterMs = 20000;      ///< longer Retry-After values are not waited for
    int defaultRetryDelayMs = 1000;   ///< when a 429 carries no Retry-After
};

} // namespace calldeck
