#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace calldeck {

/// A person or business the user calls (PRODUCT T13). Phone numbers are stored in E.164.
struct Contact
{
    qint64 id = 0;              ///< 0 until stored
    QString name;               ///< required, trimmed
    QString company;
    QString phoneE164;          ///< "+46701234567"; required, validated with libphonenumber
    QString email;
    QString notes;
    QStringList tags;           ///< lower-case, trimmed, unique, sorted
    int leadScore = 0;          ///< 0..100
    QDateTime createdAt;        ///< UTC
    QDateTime updatedAt;        ///< UTC

    friend bool operator==(const Contact&, const Contact&) = default;
};

} // namespace calldeck

Q_DECLARE_METATYPE(calldeck::Contact)
