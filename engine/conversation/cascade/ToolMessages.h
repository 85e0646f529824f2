#pragma once

#include "conversation/AgentTypes.h"
#include "conversation/openai/OpenAiTypes.h"

#include <QJsonObject>
#include <QList>

namespace calldeck {

/// Translates between chat completions' tool calls and CallDeck's neutral ToolCall/ToolResult,
/// and builds the conversation messages that carry them.
class ToolMessages
{
public:
    /// The call with its argument string parsed; a string that is not a JSON object sets argumentsError.
    static ToolCall toToolCall(const ChatToolCall& call);
    /// The result a call with unreadable arguments gets (the model sees why and can try again).
    static ToolResult argumentsErrorResult(const ToolCall& call);
    /// The assistant message that asked for `calls`; `content` is null when empty.
    static QJsonObject assistantMessage(const QString& content, const QList<ChatToolCall>& calls);
    /// One `tool` message answering `callId`.
    static QJsonObject toolMessage(const QString& callId, const ToolResult& result);
};

} // namespace calldeck
