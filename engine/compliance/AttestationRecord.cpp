#include "compliance/AttestationRecord.h"

#include "store/SqlSupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace calldeck {

namespace {

// Part of the hashed bytes: a future change of the serialization gets a new tag, and records
// hashed under the old one stay verifiable by whoever keeps the old rule.
const QString kFormat = QStringLiteral("calldeck.attestation/1");

} // namespace

QByteArray AttestationRecord::canonicalBytes() const
{
    // QJsonObject keeps its keys sorted, so the compact form is the same for equal contents no
    // matter in which order the fields were set. The task id is text to keep it exact beyond 2^53.
    QJsonObject object;
    object.insert(QStringLiteral("format"), kFormat);
    object.insert(QStringLiteral("task_id"), QString::number(taskId));
    object.insert(QStringLiteral("statements_version"), statementsVersion);
    object.insert(QStringLiteral("statements"), QJsonArray::fromStringList(statements));
    object.insert(QStringLiteral("full_name"), fullName);
    object.insert(QStringLiteral("organization"), organization);
    object.insert(QStringLiteral("signed_at"), sql::toText(signedAtUtc));
    object.insert(QStringLiteral("os_user"), osUser);
    object.insert(QStringLiteral("host"), host);
    object.insert(QStringLiteral("app_version"), appVersion);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString AttestationRecord::computeHash() const
{
    return QString::fromLatin1(QCryptographicHash::hash(canonicalBytes(), QCryptographicHash::Sha256).toHex());
}

bool AttestationRecord::hashMatches() const
{
    return !recordHash.isEmpty() && recordHash == computeHash();
}

} // namespace calldeck
