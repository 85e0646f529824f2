#include "compliance/AttestationGate.h"

#include "compliance/AttestationRepository.h"
#include "compliance/AttestationStatements.h"
#include "compliance/ComplianceLog.h"
#include "store/SqlSupport.h"

#include <QSqlError>
#include <QSqlQuery>

namespace calldeck {

AttestationGate::AttestationGate(QSqlDatabase db)
    : m_db(std::move(db))
{}

Status AttestationGate::check(qint64 taskId)
{
    {
        QSqlQuery query(m_db);
        if (!query.prepare(QStringLiteral("SELECT 1 FROM call_tasks WHERE id = :id"))) {
            return sql::databaseError(tr("Could not check the attestation"), query.lastError());
        }
        query.bindValue(QStringLiteral(":id"), taskId);
        if (!query.exec()) {
            return sql::databaseError(tr("Could not check the attestation"), query.lastError());
        }
        if (!query.next()) {
            return Status::failure(ErrorCode::NotFound, tr("Task %1 does not exist.").arg(taskId));
        }
    }

    Result<std::optional<AttestationRecord>> latest = AttestationRepository(m_db).latestForTask(taskId);
    if (!latest) {
        return latest.error();
    }
    if (!latest.value()) {
        qCInfo(lcCompliance).noquote() << QStringLiteral("task %1 refused: no attestation").arg(taskId);
        return Status::failure(ErrorCode::Conflict,
                               tr("This call cannot be dialled yet: sign the attestation first (confirm all five "
                                  "statements and type your full name)."));
    }
    const AttestationRecord& record = *latest.value();
    if (Status intact = AttestationRepository::verify(record); !intact) {
        return intact;
    }
    if (record.statementsVersion != AttestationStatements::version()) {
        qCInfo(lcCompliance).noquote() << QStringLiteral("task %1 refused: attestation version %2 is outdated")
                                              .arg(taskId)
                                              .arg(record.statementsVersion);
        return Status::failure(ErrorCode::Conflict,
                               tr("The attestation statements changed (version %1, you signed version %2). Sign the "
                                  "current attestation before dialling.")
                                   .arg(AttestationStatements::version(), record.statementsVersion));
    }
    return {};
}

} // namespace calldeck
