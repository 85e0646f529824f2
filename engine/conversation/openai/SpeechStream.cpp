#include "conversation/openai/SpeechStream.h"

#include "conversation/openai/HttpExchange.h"

namespace calldeck {

SpeechStream::SpeechStream(HttpExchange* exchange, AiUsage usage, QObject* parent)
    : QObject(parent), m_exchange(exchange), m_usage(std::move(usage))
{
    m_exchange->setParent(this);
    connect(m_exchange, &HttpExchange::bytes, this, &SpeechStream::onBytes);
    connect(m_exchange, &HttpExchange::finished, this, &SpeechStream::onFinished);
    m_exchange->start();
}

void SpeechStream::cancel()
{
    m_done = true;
    m_exchange->cancel();
}

bool SpeechStream::isRunning() const
{
    return !m_done && m_exchange->isRunning();
}

void SpeechStream::onBytes(const QByteArray& data)
{
    if (m_done)
        return;
    // A network read can end in the middle of a sample; keep the odd byte for the next read.
    QByteArray pcm = m_oddByte + data;
    m_oddByte.clear();
    if (pcm.size() % 2 != 0) {
        m_oddByte = pcm.right(1);
        pcm.chop(1);
    }
    if (pcm.isEmpty())
        return;
    m_received += pcm.size();
    Q_EMIT audio(pcm);
}

void SpeechStream::onFinished(const Status& status)
{
    if (m_done)
        return;
    m_done = true;
    if (!status.ok()) {
        Q_EMIT finished(status.error());
        return;
    }
    Q_EMIT finished(m_usage);
}

} // namespace calldeck
