#pragma once

#include "core/Result.h"

#include <QObject>

namespace calldeck {

class HttpExchange;

/// What every streamed answer (chat, speech) shares: it owns its HttpExchange, hands the body on
/// as it arrives, ends once, and after cancel() says nothing more.
class ExchangeStream : public QObject
{
    Q_OBJECT
public:
    /// Aborts the answer; the subclass emits nothing afterwards.
    void cancel();
    [[nodiscard]] bool isRunning() const;

protected:
    /// Takes over `exchange` (not yet started).
    ExchangeStream(HttpExchange* exchange, QObject* parent);
    /// Wires the exchange to handleBytes() / handleEnd() and starts it; the last step of a
    /// subclass constructor.
    void begin();
    /// Body bytes, in order; not called once the stream is done.
    virtual void handleBytes(const QByteArray& data) = 0;
    /// The exchange ended (once, and never after cancel() or abandon()).
    virtual void handleEnd(const Status& status) = 0;
    /// The body itself said the answer failed: stop the exchange; nothing more is handed on.
    void abandon();
    [[nodiscard]] bool done() const { return m_done; }

private:
    HttpExchange* m_exchange;
    bool m_done = false;
};

} // namespace calldeck
