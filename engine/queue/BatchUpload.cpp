#include "queue/BatchUpload.h"

#include "contacts/CsvFormat.h"
#include "store/SqlSupport.h"
#include "store/SqlTransaction.h"
#include "tasks/TaskRepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace calldeck {

BatchUpload::BatchUpload(QSqlDatabase db, QDateTime nowUtc) : m_db(std::move(db)), m_nowUtc(std::move(nowUtc)) {}

Result<BatchUploadResult> BatchUpload::import(const QString& csvText, const QString& defaultInstruction,
                                              const QString& region)
{
    QList<CsvRecord> records = CsvFormat::parseRecords(csvText);
    // Blank lines carry nothing; they are not rows.
    records.removeIf([](const CsvRecord& r) { return r.error.isEmpty() && r.fields.join(QString()).trimmed().isEmpty(); });
    if (records.isEmpty())
        return Error{ErrorCode::InvalidArgument, tr("The file is empty; it needs a header row with a \"phone\" column.")};
    const CsvRecord header = records.takeFirst();
    QStringList columns;
    for (const QString& name : header.fields)
        columns.append(name.trimmed().toLower());
    const qsizetype phoneColumn = columns.indexOf(QStringLiteral("phone"));
    const qsizetype nameColumn = columns.indexOf(QStringLiteral("name"));
    const qsizetype instructionColumn = columns.indexOf(QStringLiteral("instruction"));
    if (!header.error.isEmpty() || phoneColumn < 0) {
        return Error{ErrorCode::InvalidArgument,
                     tr("Line %1: the header row needs a \"phone\" column (optional: name, instruction).").arg(header.line)};
    }
    if (records.isEmpty())
        return Error{ErrorCode::InvalidArgument, tr("The file has a header row but no numbers.")};
    if (records.size() > kMaxRows) {
        return Error{ErrorCode::InvalidArgument,
                     tr("The file has %1 rows; one upload takes at most %2.").arg(records.size()).arg(kMaxRows)};
    }

    BatchUploadResult result;
    SqlTransaction transaction(m_db);
    TaskRepository tasks(m_db, m_nowUtc);
    for (const CsvRecord& record : std::as_const(records)) {
        if (!record.error.isEmpty()) {
            result.errors.append({record.line, record.error});
            continue;
        }
        const QString phone = record.fields.value(phoneColumn).trimmed();
        const QString name = nameColumn >= 0 ? record.fields.value(nameColumn).trimmed() : QString();
        QString instruction = instructionColumn >= 0 ? record.fields.value(instructionColumn).trimmed() : QString();
        if (instruction.isEmpty())
            instruction = defaultInstruction.trimmed();
        if (phone.isEmpty()) {
            result.errors.append({record.line, tr("The phone number is missing.")});
            continue;
        }
        if (instruction.isEmpty()) {
            result.errors.append({record.line, tr("No instruction: add an \"instruction\" column or give one for all rows.")});
            continue;
        }
        InstructionRequest request;
        request.instruction = instruction;
        request.phone = phone;
        request.region = region;
        request.callType = TaskCallType::BatchUpload;
        Result<CallTask> created = tasks.createFromInstruction(request);
        if (!created) {
            result.errors.append({record.line, created.error().message});
            continue;
        }
        CallTask task = created.value();
        if (!name.isEmpty()) {
            QSqlQuery query(m_db);
            if (!query.prepare(QStringLiteral("UPDATE call_tasks SET contact_name = :name WHERE id = :id")))
                return sql::databaseError(tr("Could not save the batch"), query.lastError());
            query.bindValue(QStringLiteral(":name"), name);
            query.bindValue(QStringLiteral(":id"), task.id);
            if (!query.exec())
                return sql::databaseError(tr("Could not save the batch"), query.lastError());
            task.contactName = name;
        }
        result.created.append(task);
    }
    if (!result.errors.isEmpty()) {
        // Nothing half-saved: the transaction guard rolls every row back.
        result.created.clear();
        return result;
    }
    if (!transaction.commit())
        return sql::databaseError(tr("Could not save the batch"), m_db.lastError());
    return result;
}

} // namespace calldeck
