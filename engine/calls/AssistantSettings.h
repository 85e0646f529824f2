#pragma once

#include <QMetaType>
#include <QStringList>

namespace calldeck {

/// What the assistant may do on the user's behalf (PRODUCT T11). Money in integer cents of the
/// user's currency, never binary floating point.
struct AssistantSettings
{
    qint64 maxAutoApproveCents = 0;           ///< prices up to this are accepted without asking
    qint64 requireApprovalOverCents = 5000;   ///< prices above this always need the user's approval
    QStringList forbiddenPhrases;             ///< never said by the agent
    QStringList allowedAuthFields;            ///< personal fields the agent may share, e.g. "birthdate", "ssn_last4"
    bool autoRetryFailedCalls = true;
    int maxRetryAttempts = 2;                 ///< 0..10

    friend bool operator==(const AssistantSettings&, const AssistantSettings&) = default;
};

/// The personal fields the agent can be allowed to share, as stored in allowedAuthFields.
inline QStringList knownAuthFields()
{
    return {QStringLiteral("full_name"), QStringLiteral("birthdate"), QStringLiteral("address"),
            QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("ssn_last4"),
            QStringLiteral("account_number")};
}

} // namespace calldeck

Q_DECLARE_METATYPE(calldeck::AssistantSettings)
