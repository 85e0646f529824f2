#pragma once

#include "contacts/ContactCsv.h"
#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>

namespace calldeck {

/// Outcome of importing a parsed CSV: what was stored and every row that was not, with its line.
struct ContactImportReport
{
    QList<Contact> imported;   ///< stored rows (ids and timestamps filled in), in file order
    QList<CsvRowError> errors; ///< CSV errors plus rows the store refused, sorted by line

    /// Every data row of the file is either imported or in `errors`.
    [[nodiscard]] qsizetype dataRows() const { return imported.size() + errors.size(); }
};

/// Stores the good rows of a ContactCsvParse. Synchronous; run it inside a Store job.
class ContactImporter
{
public:
    /// Inserts every parsed contact in one transaction. A row whose phone number already belongs
    /// to a stored contact, or that the repository rejects as invalid, becomes a row error with its
    /// line; the rest are inserted. Fails as a whole (nothing stored) only when the database fails.
    static Result<ContactImportReport> importContacts(QSqlDatabase& db, const ContactCsvParse& parse);
};

} // namespace calldeck
