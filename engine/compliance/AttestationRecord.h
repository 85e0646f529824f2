#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace calldeck {

/// A signed attestation as stored (attestations row): what was confirmed, by whom, when, where,
/// and a SHA-256 hash over all of it so later changes are detectable. Plain value type; shown on
/// the call record.
struct AttestationRecord
{
    qint64 id = 0; ///< attestations.id; 0 before it is stored
    qint64 taskId = 0;
    QString statementsVersion; ///< AttestationStatements::version() at signing time
    QStringList statements;    ///< the statement texts exactly as the signer saw them
    QString fullName;          ///< typed by the signer, trimmed
    QString organization;      ///< optional, trimmed
    QDateTime signedAtUtc;     ///< millisecond precision, as stored
    QString osUser;
    QString host;
    QString appVersion;
    QString recordHash; ///< lowercase hex SHA-256 of canonicalBytes()

    /// The canonical serialization the hash covers: compact JSON of every field above except
    /// id and recordHash, keys in sorted order, timestamp as stored (UTC ISO-8601 with ms).
    [[nodiscard]] QByteArray canonicalBytes() const;
    /// SHA-256 of canonicalBytes() as lowercase hex.
    [[nodiscard]] QString computeHash() const;
    /// True when recordHash matches the current contents.
    [[nodiscard]] bool hashMatches() const;

    friend bool operator==(const AttestationRecord&, const AttestationRecord&) = default;
};

} // namespace calldeck
