#pragma once

#include "conversation/openai/ChatStreamAssembler.h"
#include "conversation/openai/OpenAiTypes.h"
#include "conversation/openai/SseParser.h"
#include "core/Result.h"

#include "conversation/openai/ExchangeStream.h"

#include <QObject>

namespace calldeck {

/// One streamed /chat/completions request in flight: text arrives through contentDelta() as the
/// model writes it; finished() carries the whole completion (tool calls, finish reason, usage) or
/// the error. cancel() aborts the request and silences the object.
class ChatStream : public ExchangeStream
{
    Q_OBJECT
public:
    /// Takes over `exchange` (not yet started) and starts it.
    ChatStream(HttpExchange* exchange, QString model, QObject* parent = nullptr);

Q_SIGNALS:
    /// New assistant text, in order.
    void contentDelta(const QString& text);
    void finished(const calldeck::Result<calldeck::ChatCompletion>& result);

private:
    void handleBytes(const QByteArray& data) override;
    void handleEnd(const Status& status) override;

    SseParser m_parser;
    ChatStreamAssembler m_assembler;
};

} // namespace calldeck
