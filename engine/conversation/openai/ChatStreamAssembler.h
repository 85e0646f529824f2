#pragma once

#include "conversation/openai/OpenAiTypes.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace calldeck {

/// Builds one chat completion from the `data:` payloads of a streamed /chat/completions answer
/// (`chat.completion.chunk` objects): text deltas, tool calls collected by their index (id and
/// name arrive first, argument pieces are concatenated), the finish reason and the usage chunk
/// that precedes `[DONE]`.
class ChatStreamAssembler
{
public:
    /// What one payload contributed.
    struct Step
    {
        QString contentDelta;   ///< new assistant text, possibly empty
        bool done = false;      ///< the `[DONE]` sentinel
        bool garbage = false;   ///< not JSON, or not a chunk: skipped
        QString error;          ///< the server streamed an error object
    };

    explicit ChatStreamAssembler(QString model = {});

    /// Consumes one event payload.
    Step consume(const QByteArray& payload);

    [[nodiscard]] bool finished() const { return m_done; }
    /// The completion so far (complete once finished()).
    [[nodiscard]] ChatCompletion result() const;

private:
    QString m_model;
    QString m_content;
    QMap<int, ChatToolCall> m_toolCalls;
    QString m_finishReason;
    AiUsage m_usage;
    bool m_usageReported = false;
    int m_garbage = 0;
    bool m_done = false;
};

} // namespace calldeck
