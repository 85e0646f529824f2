#include "conversation/openai/ChatStream.h"

#include "conversation/openai/OpenAiLog.h"

#include <QCoreApplication>

namespace calldeck {

ChatStream::ChatStream(HttpExchange* exchange, QString model, QObject* parent)
    : ExchangeStream(exchange, parent), m_assembler(std::move(model))
{
    begin();
}

void ChatStream::handleBytes(const QByteArray& data)
{
    const QList<QByteArray> events = m_parser.feed(data);
    for (const QByteArray& payload : events) {
        const ChatStreamAssembler::Step step = m_assembler.consume(payload);
        if (!step.error.isEmpty()) {
            abandon();
            Q_EMIT finished(Error{ErrorCode::Remote,
                                  QCoreApplication::translate("OpenAiClient",
                                                              "The AI provider reported an error mid-answer: %1")
                                      .arg(step.error.left(300))});
            return;
        }
        if (!step.contentDelta.isEmpty()) {
            Q_EMIT contentDelta(step.contentDelta);
            if (done())   // a receiver cancelled us
                return;
        }
    }
}

void ChatStream::handleEnd(const Status& status)
{
    if (!status.ok()) {
        Q_EMIT finished(status.error());
        return;
    }
    ChatCompletion completion = m_assembler.result();
    completion.skippedLines += m_parser.skippedLines();
    if (completion.skippedLines > 0)
        qCInfo(lcOpenAi) << "skipped" << completion.skippedLines << "unreadable stream lines";
    // Without [DONE] (or at least a finish reason) the stream was cut short.
    if (!m_assembler.finished() && completion.finishReason.isEmpty()) {
        Q_EMIT finished(Error{ErrorCode::Network,
                              QCoreApplication::translate("OpenAiClient",
                                                          "The AI provider's answer stopped before it was complete.")});
        return;
    }
    Q_EMIT finished(completion);
}

} // namespace calldeck
