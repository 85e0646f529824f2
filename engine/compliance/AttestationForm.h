#pragma once

#include "compliance/AttestationFieldError.h"
#include "compliance/AttestationStatement.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace calldeck {

/// What the caller enters on the attestation panel (PRODUCT T3): the five confirmations, the
/// typed full name and an optional organization. Plain value; validate() before signing.
class AttestationForm
{
    Q_DECLARE_TR_FUNCTIONS(calldeck::AttestationForm)
public:
    /// Shortest accepted full name, in characters after trimming (seed 000: min 3).
    static constexpr qsizetype kMinFullNameChars = 3;
    /// Longest accepted full name and organization, in characters after trimming.
    static constexpr qsizetype kMaxFullNameChars = 200;
    static constexpr qsizetype kMaxOrganizationChars = 200;

    bool legitimatePurpose = false;
    bool notOnDoNotCallList = false;
    bool reasonableBasis = false;
    bool loggedAndRecorded = false;
    bool acceptsResponsibility = false;
    QString fullName;
    QString organization; ///< optional

    /// Whether the statement `id` is confirmed.
    [[nodiscard]] bool accepted(AttestationStatementId id) const;
    /// Confirms or unconfirms the statement `id`.
    void setAccepted(AttestationStatementId id, bool value);
    /// Confirms all five statements (for the CLI's explicit "--accept-all").
    void acceptAll();

    /// Every problem, in form order (statements first, then name, then organization); empty when valid.
    [[nodiscard]] QList<AttestationFieldError> validate() const;
    /// True when validate() finds nothing.
    [[nodiscard]] bool isValid() const { return validate().isEmpty(); }

    /// The name as it will be stored (trimmed).
    [[nodiscard]] QString normalizedFullName() const { return fullName.trimmed(); }
    /// The organization as it will be stored (trimmed; empty when not given).
    [[nodiscard]] QString normalizedOrganization() const { return organization.trimmed(); }

    /// Length in characters as the database counts them (code points, so "😀😀" is 2, not 4).
    static qsizetype characterCount(const QString& text);

    friend bool operator==(const AttestationForm&, const AttestationForm&) = default;
};

} // namespace calldeck
