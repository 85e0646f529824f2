#pragma once

#include "compliance/AttestationStatement.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace calldeck {

/// The versioned set of attestation statements. When the wording changes, the version changes
/// too, and attestations signed against an older version no longer open the gate.
class AttestationStatements
{
    Q_DECLARE_TR_FUNCTIONS(calldeck::AttestationStatements)
public:
    /// How many statements a caller must confirm.
    static constexpr int kCount = 5;

    /// The version of the current wording ("2026-11-01").
    static QString version();
    /// The statements in display order, texts in the interface language.
    static QList<AttestationStatement> all();
    /// The stable storage key of one statement.
    static QString key(AttestationStatementId id);
    /// The text of one statement in the interface language.
    static QString text(AttestationStatementId id);
    /// Just the texts, in display order (what a signed record stores).
    static QStringList texts();
};

} // namespace calldeck
