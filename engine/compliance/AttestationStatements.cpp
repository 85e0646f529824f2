#include "compliance/AttestationStatements.h"

#include <array>

namespace calldeck {

namespace {

constexpr std::array kIds = {
    AttestationStatementId::LegitimatePurpose,     AttestationStatementId::NotOnDoNotCallList,
    AttestationStatementId::ReasonableBasis,       AttestationStatementId::LoggedAndRecorded,
    AttestationStatementId::AcceptsResponsibility,
};
static_assert(kIds.size() == AttestationStatements::kCount);

} // namespace

QString AttestationStatements::version()
{
    // Bump whenever a text below changes meaning, so earlier signatures stop counting.
    return QStringLiteral("2026-11-01");
}

QString AttestationStatements::key(AttestationStatementId id)
{
    // Keys follow seed 000 so exported records line up with the rest of the product family.
    switch (id) {
    case AttestationStatementId::LegitimatePurpose:
        return QStringLiteral("legitimate_purpose");
    case AttestationStatementId::NotOnDoNotCallList:
        return QStringLiteral("not_dnc");
    case AttestationStatementId::ReasonableBasis:
        return QStringLiteral("reasonable_basis");
    case AttestationStatementId::LoggedAndRecorded:
        return QStringLiteral("understands_recording");
    case AttestationStatementId::AcceptsResponsibility:
        return QStringLiteral("accepts_responsibility");
    }
    return {};
}

QString AttestationStatements::text(AttestationStatementId id)
{
    switch (id) {
    case AttestationStatementId::LegitimatePurpose:
        return tr("I confirm this call is for a legitimate business purpose.");
    case AttestationStatementId::NotOnDoNotCallList:
        return tr("I confirm this number is not on any Do Not Call registry to my knowledge, or I have an "
                  "established business relationship that exempts me.");
    case AttestationStatementId::ReasonableBasis:
        return tr("I confirm I have a reasonable basis to believe this contact wants or expects to hear from me "
                  "or my business.");
    case AttestationStatementId::LoggedAndRecorded:
        return tr("I understand this call will be logged and recorded for compliance purposes.");
    case AttestationStatementId::AcceptsResponsibility:
        return tr("I accept full legal responsibility for compliance with the TCPA, the TSR and applicable "
                  "telemarketing laws.");
    }
    return {};
}

QList<AttestationStatement> AttestationStatements::all()
{
    QList<AttestationStatement> statements;
    statements.reserve(kCount);
    for (const AttestationStatementId id : kIds) {
        statements.append(AttestationStatement{id, key(id), text(id)});
    }
    return statements;
}

QStringList AttestationStatements::texts()
{
    QStringList result;
    result.reserve(kCount);
    for (const AttestationStatementId id : kIds) {
        result.append(text(id));
    }
    return result;
}

} // namespace calldeck
