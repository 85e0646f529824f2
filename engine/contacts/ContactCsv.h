#pragma once

#include "contacts/Contact.h"
#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace calldeck {

/// One CSV row that could not be imported: its 1-based line number in the file and why.
struct CsvRowError
{
    int line = 0;
    QString reason;
};

/// Result of parsing a contacts CSV: the good rows (normalised, phone in E.164) and every bad row.
struct ContactCsvParse
{
    QList<Contact> contacts;
    QList<int> contactLines; ///< line number of each entry in `contacts`
    QList<CsvRowError> errors;
};

/// Contacts CSV (RFC 4180: quoted fields, embedded commas/quotes/newlines, UTF-8 with or without BOM,
/// CRLF or LF). Header row required; columns by name, case-insensitive, '_' / '-' read as spaces:
///   name (required; aliases "full name", "contact name", "display name", "contact"),
///   phone (required; "phone number", "mobile", "mobile phone", "cell", "telephone", "tel", "number"),
///   company ("organization"), email ("e-mail", "email address"), notes ("note", "comments"),
///   tags (separated by ';', '|' or ','; "tag", "labels"), lead_score ("lead score", "score", 0..100).
/// Unknown columns are ignored; blank lines and rows of only empty fields are skipped. Line numbers
/// are the physical line on which a record starts. An unterminated quote is reported on its record
/// and reading resumes on the line after the opening quote, so the rows below are still read.
class ContactCsv
{
public:
    /// Parses `data`. A file that is not CSV at all (no header with name and phone, binary junk)
    /// fails as a whole with InvalidArgument; otherwise each bad row lands in `errors`.
    static Result<ContactCsvParse> parse(const QByteArray& data, const QString& defaultRegion);
    /// Serialises contacts with the header "name,company,phone,email,tags,notes,lead_score".
    static QByteArray write(const QList<Contact>& contacts);
};

} // namespace calldeck
