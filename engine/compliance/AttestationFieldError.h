#pragma once

#include <QList>
#include <QString>

namespace calldeck {

/// The inputs of the attestation form, so a panel can show each error next to its field.
enum class AttestationField
{
    LegitimatePurpose,
    NotOnDoNotCallList,
    ReasonableBasis,
    LoggedAndRecorded,
    AcceptsResponsibility,
    FullName,
    Organization,
};

/// One problem with the attestation form: which field, and a message the user can read.
struct AttestationFieldError
{
    AttestationField field = AttestationField::FullName;
    QString message;

    friend bool operator==(const AttestationFieldError&, const AttestationFieldError&) = default;
};

} // namespace calldeck
