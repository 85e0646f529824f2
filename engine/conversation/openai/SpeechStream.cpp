#include "conversation/openai/SpeechStream.h"


namespace calldeck {

SpeechStream::SpeechStream(HttpExchange* exchange, AiUsage usage, QObject* parent)
    : ExchangeStream(exchange, parent), m_usage(std::move(usage))
{
    begin();
}

void SpeechStream::handleBytes(const QByteArray& data)
{
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

void SpeechStream::handleEnd(const Status& status)
{
    if (!status.ok()) {
        Q_EMIT finished(status.error());
        return;
    }
    Q_EMIT finished(m_usage);
}

} // namespace calldeck
