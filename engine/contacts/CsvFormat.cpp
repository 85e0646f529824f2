#include "contacts/CsvFormat.h"

#include <QCoreApplication>

namespace calldeck {

namespace {

bool isLineBreak(QChar ch)
{
    return ch == QLatin1Char('\n') || ch == QLatin1Char('\r');
}

/// Index just past the line break at `pos` (CRLF counts as one).
qsizetype skipLineBreak(const QString& text, qsizetype pos)
{
    if (text.at(pos) == QLatin1Char('\r') && pos + 1 < text.size() && text.at(pos + 1) == QLatin1Char('\n')) {
        return pos + 2;
    }
    return pos + 1;
}

} // namespace

QList<CsvRecord> CsvFormat::parseRecords(const QString& text)
{
    QList<CsvRecord> records;
    const qsizetype size = text.size();
    qsizetype pos = 0;
    int line = 1;

    while (pos < size) {
        CsvRecord record;
        record.line = line;
        QString field;
        bool inQuotes = false;
        bool afterClosingQuote = false;
        int quoteLine = 0;
        qsizetype quotePos = 0;
        bool recordDone = false;

        while (pos < size && !recordDone) {
            const QChar ch = text.at(pos);
            if (inQuotes) {
                if (ch == QLatin1Char('"')) {
                    if (pos + 1 < size && text.at(pos + 1) == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        pos += 2;
                    } else {
                        inQuotes = false;
                        afterClosingQuote = true;
                        ++pos;
                    }
                } else if (isLineBreak(ch)) {
                    field += QLatin1Char('\n');
                    pos = skipLineBreak(text, pos);
                    ++line;
                } else {
                    field += ch;
                    ++pos;
                }
            } else if (ch == QLatin1Char(',')) {
                record.fields.append(field);
                field.clear();
                afterClosingQuote = false;
                ++pos;
            } else if (isLineBreak(ch)) {
                pos = skipLineBreak(text, pos);
                ++line;
                recordDone = true;
            } else if (ch == QLatin1Char('"') && !afterClosingQuote && field.trimmed().isEmpty()) {
                // Spaces before an opening quote (a, "Smith, J") are common in hand-written files.
                field.clear();
                inQuotes = true;
                quoteLine = line;
                quotePos = pos;
                ++pos;
            } else if (afterClosingQuote) {
                if (!ch.isSpace() && record.error.isEmpty()) {
                    record.error =
                        QCoreApplication::translate("calldeck::ContactCsv", "text after the closing quote of field %1")
                            .arg(record.fields.size() + 1);
                }
                ++pos;
            } else {
                field += ch;
                ++pos;
            }
        }

        if (inQuotes) {
            record.fields.clear();
            record.error = quoteLine == record.line
                               ? QCoreApplication::translate(
                                     "calldeck::ContactCsv",
                                     "unterminated quoted field (a quote opened on this line is never closed)")
                               : QCoreApplication::translate(
                                     "calldeck::ContactCsv",
                                     "unterminated quoted field (the quote opened on line %1 is never closed)")
                                     .arg(quoteLine);
            records.append(record);
            // Resume on the line after the opening quote so the rows below are still read.
            qsizetype next = quotePos;
            while (next < size && !isLineBreak(text.at(next))) {
                ++next;
            }
            if (next >= size) {
                break;
            }
            pos = skipLineBreak(text, next);
            line = quoteLine + 1;
            continue;
        }
        record.fields.append(field);
        records.append(record);
    }
    return records;
}

QString CsvFormat::quoteField(const QString& field)
{
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                             field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r')) ||
                             (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needsQuotes) {
        return field;
    }
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvFormat::formatRecord(const QStringList& fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& field : fields) {
        quoted.append(quoteField(field));
    }
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace calldeck
