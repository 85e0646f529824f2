#pragma once

#include <QString>

namespace calldeck {

/// The five things a caller attests before dialling (PRODUCT T3, seed 000 B4), in display order.
enum class AttestationStatementId
{
    LegitimatePurpose,     ///< the call has a legitimate business purpose
    NotOnDoNotCallList,    ///< not on a Do Not Call registry, or an established relationship exempts it
    ReasonableBasis,       ///< a reasonable basis to believe the contact expects the call
    LoggedAndRecorded,     ///< the call is logged and recorded
    AcceptsResponsibility, ///< full legal responsibility under TCPA, TSR and telemarketing laws
};

/// One statement as shown to the caller: a stable key for storage and scripts, and its text.
struct AttestationStatement
{
    AttestationStatementId id = AttestationStatementId::LegitimatePurpose;
    QString
        key; ///< "legitimate_purpose", "not_dnc", "reasonable_basis", "understands_recording", "accepts_responsibility"
    QString text; ///< the sentence the caller confirms, in the interface language
};

} // namespace calldeck
