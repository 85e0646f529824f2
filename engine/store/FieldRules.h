#pragma once

#include <QString>

namespace calldeck {

/// Shape checks shared by the repositories. Parsing and normalising phone numbers is the caller's
/// job (libphonenumber in PhoneNumbers); the store only refuses what cannot be E.164.
class FieldRules
{
public:
    /// "+" then 7 to 15 digits, the first not 0.
    static bool isE164(const QString& phone);
    /// A pragmatic e-mail shape check: one "@", no spaces, a dot in the domain.
    static bool isEmail(const QString& email);
    /// Two upper-case ASCII letters (ISO 3166-1 alpha-2 shape).
    static bool isRegionCode(const QString& region);
};

} // namespace calldeck
