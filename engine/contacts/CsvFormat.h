#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace calldeck {

/// One CSV record as read from the file: where it starts and its fields, or why it is malformed.
struct CsvRecord
{
    int line = 0; ///< 1-based physical line on which the record starts
    QStringList fields;
    QString error; ///< empty when the record is well-formed
};

/// RFC 4180 tokenizer and quoting, independent of what the columns mean.
class CsvFormat
{
public:
    /// Splits decoded text into records. Accepts CRLF, LF and lone CR line ends; quoted fields may
    /// hold commas, doubled quotes and line breaks (kept as '\n'). A quote left open at the end of
    /// the text becomes an error record, and reading resumes on the line after the opening quote,
    /// so one stray quote never swallows the rest of the file. An empty line is a record with one
    /// empty field; a line end after the last record does not start another one.
    static QList<CsvRecord> parseRecords(const QString& text);
    /// `field` quoted when it holds a comma, quote or line break or starts/ends with whitespace.
    static QString quoteField(const QString& field);
    /// One record, fields quoted as needed, terminated by CRLF.
    static QString formatRecord(const QStringList& fields);
};

} // namespace calldeck
