#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace calldeck {

/// Incremental Server-Sent Events parser (the WHATWG event-stream format): bytes go in as they
/// arrive from the socket, in pieces of any size; completed events' `data` payloads come out.
/// Lines may end in LF, CRLF or CR (even when a CRLF is split between two reads); comments
/// (`:` lines) are ignored; multi-line data is joined with LF. Lines with a field this client has
/// no use for are skipped and counted.
class SseParser
{
public:
    /// Consumes `bytes` and returns the data of every event completed by them, in order.
    QList<QByteArray> feed(QByteArrayView bytes);
    /// Lines that were neither data, a comment, a blank line nor a standard SSE field.
    [[nodiscard]] int skippedLines() const { return m_skippedLines; }
    /// True when bytes of an unfinished line or event are buffered (a stream that ends here was cut).
    [[nodiscard]] bool hasPartialEvent() const { return !m_line.isEmpty() || m_hasData; }

private:
    void endLine(QList<QByteArray>& out);

    QByteArray m_line;
    QByteArray m_data;
    bool m_hasData = false;
    bool m_skipLf = false;   ///< the previous read ended in CR: a leading LF belongs to it
    int m_skippedLines = 0;
};

} // namespace calldeck
