#pragma once

#include "contacts/ContactCsv.h"

#include <QObject>

namespace calldeck {

class Store;

/// Moves contacts between CSV files and the store without blocking the UI: reading and parsing
/// happen in a store job, and every row that cannot be imported is reported with its line.
class ContactCsvTransfer : public QObject
{
    Q_OBJECT
public:
    explicit ContactCsvTransfer(Store& store, QObject* parent = nullptr);

    /// Imports `filePath`; numbers without a country code are read in `defaultRegion`.
    void importFile(const QString& filePath, const QString& defaultRegion);
    /// Writes every contact to `filePath`.
    void exportFile(const QString& filePath);

Q_SIGNALS:
    void importFinished(const QString& filePath, int importedCount, const QList<calldeck::CsvRowError>& problems);
    void exportFinished(const QString& filePath, int exportedCount);
    /// The whole operation failed (unreadable file, not a contacts CSV, database error).
    void failed(const QString& message);

private:
    Store& m_store;
};

} // namespace calldeck
