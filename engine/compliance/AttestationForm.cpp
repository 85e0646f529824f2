#include "compliance/AttestationForm.h"

#include <initializer_list>
#include <utility>

namespace calldeck {

namespace {

AttestationField fieldOf(AttestationStatementId id)
{
    switch (id) {
    case AttestationStatementId::LegitimatePurpose:
        return AttestationField::LegitimatePurpose;
    case AttestationStatementId::NotOnDoNotCallList:
        return AttestationField::NotOnDoNotCallList;
    case AttestationStatementId::ReasonableBasis:
        return AttestationField::ReasonableBasis;
    case AttestationStatementId::LoggedAndRecorded:
        return AttestationField::LoggedAndRecorded;
    case AttestationStatementId::AcceptsResponsibility:
        return AttestationField::AcceptsResponsibility;
    }
    return AttestationField::LegitimatePurpose;
}

} // namespace

bool AttestationForm::accepted(AttestationStatementId id) const
{
    switch (id) {
    case AttestationStatementId::LegitimatePurpose:
        return legitimatePurpose;
    case AttestationStatementId::NotOnDoNotCallList:
        return notOnDoNotCallList;
    case AttestationStatementId::ReasonableBasis:
        return reasonableBasis;
    case AttestationStatementId::LoggedAndRecorded:
        return loggedAndRecorded;
    case AttestationStatementId::AcceptsResponsibility:
        return acceptsResponsibility;
    }
    return false;
}

void AttestationForm::setAccepted(AttestationStatementId id, bool value)
{
    switch (id) {
    case AttestationStatementId::LegitimatePurpose:
        legitimatePurpose = value;
        break;
    case AttestationStatementId::NotOnDoNotCallList:
        notOnDoNotCallList = value;
        break;
    case AttestationStatementId::ReasonableBasis:
        reasonableBasis = value;
        break;
    case AttestationStatementId::LoggedAndRecorded:
        loggedAndRecorded = value;
        break;
    case AttestationStatementId::AcceptsResponsibility:
        acceptsResponsibility = value;
        break;
    }
}

void AttestationForm::acceptAll()
{
    legitimatePurpose = true;
    notOnDoNotCallList = true;
    reasonableBasis = true;
    loggedAndRecorded = true;
    acceptsResponsibility = true;
}

qsizetype AttestationForm::characterCount(const QString& text)
{
    return text.toUcs4().size();
}

QList<AttestationFieldError> AttestationForm::validate() const
{
    QList<AttestationFieldError> errors;
    const std::initializer_list<std::pair<AttestationStatementId, const char*>> statements = {
        {AttestationStatementId::LegitimatePurpose,
         QT_TR_NOOP("Confirm that the call is for a legitimate business purpose.")},
        {AttestationStatementId::NotOnDoNotCallList,
         QT_TR_NOOP("Confirm that the number is not on a Do Not Call registry, or that an established business "
                    "relationship exempts you.")},
        {AttestationStatementId::ReasonableBasis,
         QT_TR_NOOP("Confirm that you have a reasonable basis to believe the contact expects your call.")},
        {AttestationStatementId::LoggedAndRecorded,
         QT_TR_NOOP("Confirm that you understand the call is logged and recorded.")},
        {AttestationStatementId::AcceptsResponsibility,
         QT_TR_NOOP("Confirm that you accept full legal responsibility for the call.")},
    };
    for (const auto& [id, message] : statements) {
        if (!accepted(id)) {
            errors.append({fieldOf(id), tr(message)});
        }
    }

    const qsizetype nameChars = characterCount(normalizedFullName());
    if (nameChars == 0) {
        errors.append({AttestationField::FullName, tr("Type your full name to sign the attestation.")});
    } else if (nameChars < kMinFullNameChars) {
        errors.append({AttestationField::FullName,
                       tr("Your full name must have at least %1 characters.").arg(kMinFullNameChars)});
    } else if (nameChars > kMaxFullNameChars) {
        errors.append(
            {AttestationField::FullName, tr("Your full name can have at most %1 characters.").arg(kMaxFullNameChars)});
    }

    if (characterCount(normalizedOrganization()) > kMaxOrganizationChars) {
        errors.append({AttestationField::Organization,
                       tr("The organization name can have at most %1 characters.").arg(kMaxOrganizationChars)});
    }
    return errors;
}

} // namespace calldeck
