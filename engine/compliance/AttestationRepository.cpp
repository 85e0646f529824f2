#include "compliance/AttestationRepository.h"

#include "compliance/AttestationStatements.h"
#include "compliance/ComplianceLog.h"
#include "store/SqlSupport.h"

#include <QSqlError>
#include <QSqlQuery>

namespace calldeck {

namespace {

const QString kColumns = QStringLiteral("id, task_id, statements, statements_version, full_name, organization, "
                                        "signed_at, os_user, host, app_version, record_hash");

AttestationRecord recordFrom(const QSqlQuery& query)
{
    AttestationRecord record;
    record.id = query.value(0).toLongLong();
    record.taskId = query.value(1).toLongLong();
    record.statements = sql::fromJsonArray(query.value(2));
    record.statementsVersion = query.value(3).toString();
    record.fullName = query.value(4).toString();
    record.organization = query.value(5).toString();
    record.signedAtUtc = sql::fromText(query.value(6));
    record.osUser = query.value(7).toString();
    record.host = query.value(8).toString();
    record.appVersion = query.value(9).toString();
    record.recordHash = query.value(10).toString();
    return record;
}

} // namespace

AttestationRepository::AttestationRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<AttestationRecord> AttestationRepository::sign(qint64 taskId, const AttestationForm& form)
{
    return sign(taskId, form, SignerIdentity::current(), QDateTime::currentDateTimeUtc());
}

Result<AttestationRecord> AttestationRepository::sign(qint64 taskId, const AttestationForm& form,
                                                      const SignerIdentity& signer, const QDateTime& signedAtUtc)
{
    const QList<AttestationFieldError> problems = form.validate();
    if (!problems.isEmpty()) {
        QStringList messages;
        for (const AttestationFieldError& problem : problems) {
            messages.append(problem.message);
        }
        return Error{ErrorCode::InvalidArgument, messages.join(QLatin1Char(' '))};
    }
    if (!signedAtUtc.isValid()) {
        return Error{ErrorCode::InvalidArgument, tr("The attestation needs a valid signing time.")};
    }

    const QString failure = tr("Could not save the attestation");
    {
        QSqlQuery query(m_db);
        if (!query.prepare(QStringLiteral("SELECT 1 FROM call_tasks WHERE id = :id"))) {
            return sql::databaseError(failure, query.lastError());
        }
        query.bindValue(QStringLiteral(":id"), taskId);
        if (!query.exec()) {
            return sql::databaseError(failure, query.lastError());
        }
        if (!query.next()) {
            return Error{ErrorCode::NotFound, tr("Task %1 does not exist, so it cannot be attested.").arg(taskId)};
        }
    }

    AttestationRecord record;
    record.taskId = taskId;
    record.statementsVersion = AttestationStatements::version();
    record.statements = AttestationStatements::texts();
    record.fullName = form.normalizedFullName();
    record.organization = form.normalizedOrganization();
    // Round-trip through the storage form so the hash covers exactly what the row will hold.
    record.signedAtUtc = sql::fromText(sql::toText(signedAtUtc));
    record.osUser = signer.osUser;
    record.host = signer.host;
    record.appVersion = signer.appVersion;
    record.recordHash = record.computeHash();

    QSqlQuery insert(m_db);
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO attestations (task_id, statements, statements_version, full_name, organization, signed_at,"
            " os_user, host, app_version, record_hash)"
            " VALUES (:task, :statements, :version, :name, :organization, :signed, :user, :host, :app, :hash)"
            " RETURNING id"))) {
        return sql::databaseError(failure, insert.lastError());
    }
    insert.bindValue(QStringLiteral(":task"), record.taskId);
    insert.bindValue(QStringLiteral(":statements"), sql::toJsonArray(record.statements));
    insert.bindValue(QStringLiteral(":version"), record.statementsVersion);
    insert.bindValue(QStringLiteral(":name"), record.fullName);
    insert.bindValue(QStringLiteral(":organization"), sql::nullIfEmpty(record.organization));
    insert.bindValue(QStringLiteral(":signed"), sql::toText(record.signedAtUtc));
    insert.bindValue(QStringLiteral(":user"), record.osUser);
    insert.bindValue(QStringLiteral(":host"), record.host);
    insert.bindValue(QStringLiteral(":app"), record.appVersion);
    insert.bindValue(QStringLiteral(":hash"), record.recordHash);
    if (!insert.exec() || !insert.next()) {
        return sql::databaseError(failure, insert.lastError());
    }
    record.id = insert.value(0).toLongLong();
    // The typed name is personal data; the log only needs to show that a signature happened.
    qCInfo(lcCompliance).noquote() << QStringLiteral("attestation %1 signed for task %2 (statements %3)")
                                          .arg(record.id)
                                          .arg(record.taskId)
                                          .arg(record.statementsVersion);
    return record;
}

Result<QList<AttestationRecord>> AttestationRepository::select(const QString& where, const QVariant& key,
                                                               const QString& order)
{
    const QString failure = tr("Could not read the attestations");
    QSqlQuery query(m_db);
    if (!query.prepare(
            QStringLiteral("SELECT %1 FROM attestations WHERE %2 ORDER BY %3").arg(kColumns, where, order))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":key"), key);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    QList<AttestationRecord> records;
    while (query.next()) {
        records.append(recordFrom(query));
    }
    return records;
}

Result<std::optional<AttestationRecord>> AttestationRepository::latestForTask(qint64 taskId)
{
    // signed_at first, id as the tie-breaker for two signatures within one millisecond.
    Result<QList<AttestationRecord>> records =
        select(QStringLiteral("task_id = :key"), taskId, QStringLiteral("signed_at DESC, id DESC LIMIT 1"));
    if (!records) {
        return records.error();
    }
    if (records.value().isEmpty()) {
        return std::optional<AttestationRecord>{};
    }
    return std::optional<AttestationRecord>{records.value().constFirst()};
}

Result<QList<AttestationRecord>> AttestationRepository::forTask(qint64 taskId)
{
    return select(QStringLiteral("task_id = :key"), taskId, QStringLiteral("signed_at, id"));
}

Result<AttestationRecord> AttestationRepository::get(qint64 id)
{
    Result<QList<AttestationRecord>> records = select(QStringLiteral("id = :key"), id, QStringLiteral("id"));
    if (!records) {
        return records.error();
    }
    if (records.value().isEmpty()) {
        return Error{ErrorCode::NotFound, tr("Attestation %1 does not exist.").arg(id)};
    }
    return records.value().constFirst();
}

Status AttestationRepository::verify(const AttestationRecord& record)
{
    if (record.hashMatches()) {
        return {};
    }
    qCWarning(lcCompliance).noquote()
        << QStringLiteral("attestation %1 of task %2 does not match its hash").arg(record.id).arg(record.taskId);
    return Status::failure(ErrorCode::Conflict,
                           tr("The attestation signed for task %1 has been altered since it was signed (its hash "
                              "does not match). Sign the attestation again before dialling.")
                               .arg(record.taskId));
}

} // namespace calldeck
