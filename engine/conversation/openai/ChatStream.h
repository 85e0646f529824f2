#pragma once

#include "conversation/openai/ChatStreamAssembler.h"
#include "conversation/openai/OpenAiTypes.h"
#include "conversation/openai/SseParser.h"
#include "core/Result.h"

#include <QObject>

namespace calldeck {

class HttpExchange;

/// One streamed /chat/completions request in flight: text arrives through contentDelta() as the
/// model writes it; finished() carries the whole completion (tool calls, finish reason, usage) or
/// the error. cancel() aborts the request and silences the object.
class ChatStream : public QObject
{
    Q_OBJECT
public:
    /// Takes over `exchange` (not yet started) and starts it.
    ChatStream(HttpExchange* exchange, QString model, QObject* parent = nullptr);

    /// Aborts the answer; neither contentDelta() nor finished() is emitted afterwards.
    void cancel();
    [[nodiscard]] bool isRunning() const;

Q_SIGNALS:
    /// New assistant text, in order.
    void contentDelta(const QString& text);
    void finished(const calldeck::Result<calldeck::ChatCompletion>& result);

private:
    void onBytes(const QByteArray& data);
    void onFinished(const Status& status);

    HttpExchange* m_exchange;
    SseParser m_parser;
    ChatStreamAssembler m_assembler;
    bool m_done = false;
};

} // namespace calldeck
