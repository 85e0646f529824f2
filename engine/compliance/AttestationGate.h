#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace calldeck {

/// The dialling gate of PRODUCT T3: a task may only be dialled once its newest attestation is
/// signed against the current statements and still matches its hash. Synchronous; construct it
/// only inside a Store job, right before a call is placed.
class AttestationGate
{
    Q_DECLARE_TR_FUNCTIONS(calldeck::AttestationGate)
public:
    explicit AttestationGate(QSqlDatabase db);

    /// OK when the task may be dialled; otherwise Conflict with a message that says what to do
    /// (sign, sign the new wording, sign again after tampering), NotFound for an unknown task,
    /// Database when the check itself failed.
    Status check(qint64 taskId);

private:
    QSqlDatabase m_db;
};

} // namespace calldeck
