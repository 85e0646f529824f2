#include "conversation/openai/ChatStream.h"

#include "conversation/openai/HttpExchange.h"
#include "conversation/openai/OpenAiLog.h"

#include <QCoreApplication>

namespace calldeck {

ChatStream::ChatStream(HttpExchange* exchange, QString model, QObject* parent)
    : QObject(parent), m_exchange(exchange), m_assembler(std::move(model))
{
    m_exchange->setParent(this);
    connect(m_exchange, &HttpExchange::bytes, this, &ChatStream::onBytes);
    connect(m_exchange, &HttpExchange::finished, this, &ChatStream::onFinished);
    m_exchange->start();
}

void ChatStream::cancel()
{
    m_done = true;
    m_exchange->cancel();
}

bool ChatStream::isRunning() const
{
    return !m_done && m_exchange->isRunning();
}

void ChatStream::onBytes(const QByteArray& data)
{
    if (m_done)
        return;
    const QList<QByteArray> events = m_parser.feed(data);
    for (const QByteArray& payload : events) {
        const ChatStreamAssembler::Step step = m_assembler.consume(payload);
        if (!step.error.isEmpty()) {
            m_done = true;
            m_exchange->cancel();
            Q_EMIT finished(Error{ErrorCode::Remote,
                                  QCoreApplication::translate("OpenAiClient",
                                                              "The AI provider reported an error mid-answer: %1")
                                      .arg(step.error.left(300))});
            return;
        }
        if (!step.contentDelta.isEmpty()) {
            Q_EMIT contentDelta(step.contentDelta);
            if (m_done)   // a receiver cancelled us
                return;
        }
    }
}

void ChatStream::onFinished(const Status& status)
{
    if (m_done)
        return;
    m_done = true;
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
