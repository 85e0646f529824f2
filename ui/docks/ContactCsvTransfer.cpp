#include "docks/ContactCsvTransfer.h"

#include "core/FutureWatch.h"
#include "contacts/ContactImporter.h"
#include "store/ContactRepository.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace calldeck {

namespace {

struct ImportOutcome
{
    int imported = 0;
    QList<CsvRowError> problems;
};

Result<ImportOutcome> importInto(QSqlDatabase& db, const QString& filePath, const QString& region)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<ImportOutcome>::failure(
            ErrorCode::Io, QCoreApplication::translate("calldeck::ContactCsvTransfer", "Cannot read %1: %2")
                               .arg(filePath, file.errorString()));
    }
    const Result<ContactCsvParse> parsed = ContactCsv::parse(file.readAll(), region);
    if (!parsed.ok()) {
        return parsed.error();
    }
    const Result<ContactImportReport> report = ContactImporter::importContacts(db, parsed.value());
    if (!report.ok()) {
        return report.error();
    }
    return ImportOutcome{static_cast<int>(report.value().imported.size()), report.value().errors};
}

} // namespace

ContactCsvTransfer::ContactCsvTransfer(Store& store, QObject* parent) : QObject(parent), m_store(store) {}

void ContactCsvTransfer::importFile(const QString& filePath, const QString& defaultRegion)
{
    const auto pending = m_store.run(
        [filePath, defaultRegion](QSqlDatabase& db) { return importInto(db, filePath, defaultRegion); });
    whenFinished(this, pending, [this, filePath](const Result<ImportOutcome>& result) {
        if (!result.ok()) {
            Q_EMIT failed(result.error().message);
            return;
        }
        Q_EMIT importFinished(filePath, result.value().imported, result.value().problems);
    });
}

void ContactCsvTransfer::exportFile(const QString& filePath)
{
    const auto pending = m_store.run([](QSqlDatabase& db) { return ContactRepository(db).list(); });
    whenFinished(this, pending, [this, filePath](const Result<QList<Contact>>& result) {
        if (!result.ok()) {
            Q_EMIT failed(result.error().message);
            return;
        }
        QSaveFile file(filePath);
        if (!file.open(QIODevice::WriteOnly) || file.write(ContactCsv::write(result.value())) < 0
            || !file.commit()) {
            Q_EMIT failed(tr("Cannot write %1: %2").arg(filePath, file.errorString()));
            return;
        }
        Q_EMIT exportFinished(filePath, static_cast<int>(result.value().size()));
    });
}

} // namespace calldeck
