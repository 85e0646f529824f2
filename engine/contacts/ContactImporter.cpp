#include "contacts/ContactImporter.h"

#include "store/ContactRepository.h"

#include <QCoreApplication>
#include <QSqlError>
#include <algorithm>

namespace calldeck {

namespace {

/// Errors about the row itself; anything else means the database is in trouble.
bool isRowError(const Error& error)
{
    return error.code == ErrorCode::InvalidArgument || error.code == ErrorCode::Conflict;
}

Error abortError(const Error& cause)
{
    return Error{cause.code,
                 QCoreApplication::translate("calldeck::ContactImporter", "import cancelled, nothing was stored: %1")
                     .arg(cause.message)};
}

} // namespace

Result<ContactImportReport> ContactImporter::importContacts(QSqlDatabase& db, const ContactCsvParse& parse)
{
    ContactImportReport report;
    report.errors = parse.errors;
    if (parse.contacts.isEmpty()) {
        return report;
    }

    // One transaction: fast for large files, and a database failure half-way leaves nothing behind.
    // Repository calls join it (SqlTransaction); a refused row only fails its own statement.
    if (!db.transaction()) {
        return Error{ErrorCode::Database,
                     QCoreApplication::translate("calldeck::ContactImporter", "could not start the import: %1")
                         .arg(db.lastError().text())};
    }
    ContactRepository repository(db);
    for (qsizetype i = 0; i < parse.contacts.size(); ++i) {
        const Contact& contact = parse.contacts.at(i);
        const int line = parse.contactLines.value(i);

        const Result<Contact> added = repository.add(contact);
        if (added.ok()) {
            report.imported.append(added.value());
        } else if (isRowError(added.error())) {
            report.errors.append({line, added.error().message});
        } else {
            db.rollback();
            return abortError(added.error());
        }
    }
    if (!db.commit()) {
        const Error cause{ErrorCode::Database, db.lastError().text()};
        db.rollback();
        return abortError(cause);
    }
    std::stable_sort(report.errors.begin(), report.errors.end(),
                     [](const CsvRowError& a, const CsvRowError& b) { return a.line < b.line; });
    return report;
}

} // namespace calldeck
