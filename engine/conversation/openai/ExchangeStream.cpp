#include "conversation/openai/ExchangeStream.h"

#include "conversation/openai/HttpExchange.h"

namespace calldeck {

ExchangeStream::ExchangeStream(HttpExchange* exchange, QObject* parent) : QObject(parent), m_exchange(exchange)
{
    m_exchange->setParent(this);
}

void ExchangeStream::begin()
{
    connect(m_exchange, &HttpExchange::bytes, this, [this](const QByteArray& data) {
        if (!m_done)
            handleBytes(data);
    });
    connect(m_exchange, &HttpExchange::finished, this, [this](const Status& status) {
        if (m_done)
            return;
        m_done = true;
        handleEnd(status);
    });
    m_exchange->start();
}

void ExchangeStream::cancel()
{
    m_done = true;
    m_exchange->cancel();
}

void ExchangeStream::abandon()
{
    cancel();
}

bool ExchangeStream::isRunning() const
{
    return !m_done && m_exchange->isRunning();
}

} // namespace calldeck
