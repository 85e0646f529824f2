#include "conversation/openai/SseParser.h"

namespace calldeck {

QList<QByteArray> SseParser::feed(QByteArrayView bytes)
{
    QList<QByteArray> out;
    for (const char c : bytes) {
        if (m_skipLf) {
            m_skipLf = false;
            if (c == '\n')
                continue;
        }
        if (c == '\r') {
            endLine(out);
            m_skipLf = true;
        } else if (c == '\n') {
            endLine(out);
        } else {
            m_line.append(c);
        }
    }
    return out;
}

void SseParser::endLine(QList<QByteArray>& out)
{
    const QByteArray line = std::exchange(m_line, QByteArray());
    if (line.isEmpty()) {
        // A blank line dispatches the event, if it had any data.
        if (m_hasData)
            out.append(std::exchange(m_data, QByteArray()));
        m_hasData = false;
        return;
    }
    if (line.startsWith(':'))
        return;
    const qsizetype colon = line.indexOf(':');
    const QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);
    if (field == "data") {
        if (m_hasData)
            m_data.append('\n');
        m_data.append(value);
        m_hasData = true;
    } else if (field != "event" && field != "id" && field != "retry") {
        ++m_skippedLines;
    }
}

} // namespace calldeck
