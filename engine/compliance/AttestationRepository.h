#pragma once

#include "compliance/AttestationForm.h"
#include "compliance/AttestationRecord.h"
#include "compliance/SignerIdentity.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace calldeck {

/// Signed attestations (attestations table). Rows are immutable: the database refuses updates and
/// deletes, so signing again adds a row and the newest one counts. Synchronous; construct it only
/// inside a Store job.
class AttestationRepository
{
    Q_DECLARE_TR_FUNCTIONS(calldeck::AttestationRepository)
public:
    explicit AttestationRepository(QSqlDatabase db);

    /// Signs for `taskId` now, as the running process's SignerIdentity, with the current statements.
    Result<AttestationRecord> sign(qint64 taskId, const AttestationForm& form);
    /// Signs with an explicit signer and time (tests, imports). InvalidArgument when the form is
    /// not valid (all problems in one message), NotFound when the task does not exist.
    Result<AttestationRecord> sign(qint64 taskId, const AttestationForm& form, const SignerIdentity& signer,
                                   const QDateTime& signedAtUtc);
    /// The most recently signed attestation of the task; nullopt when there is none.
    Result<std::optional<AttestationRecord>> latestForTask(qint64 taskId);
    /// Every attestation of the task, oldest first.
    Result<QList<AttestationRecord>> forTask(qint64 taskId);
    /// One stored attestation by id; NotFound when missing.
    Result<AttestationRecord> get(qint64 id);

    /// Recomputes the record's hash; Conflict with a readable message when it does not match.
    static Status verify(const AttestationRecord& record);

private:
    Result<QList<AttestationRecord>> select(const QString& where, const QVariant& key, const QString& order);

    QSqlDatabase m_db;
};

} // namespace calldeck
