#pragma once

#include "core/Result.h"

#include <QString>

#include <memory>

namespace calldeck {

/// Phone number handling over libphonenumber. Storage is always E.164 ("+14155550123").
class PhoneNumbers
{
public:
    /// Parses user input (national or international form) in `defaultRegion` (ISO 3166, e.g. "US")
    /// and returns E.164. Fails with InvalidArgument and a readable reason ("too short", "not a
    /// valid number for SE", ...).
    static Result<QString> toE164(const QString& input, const QString& defaultRegion);
    /// Like toE164() but accepts any number of a plausible length for its country, including
    /// fictional ranges such as +1 555 555 01xx that the sandbox line answers.
    static Result<QString> toPossibleE164(const QString& input, const QString& defaultRegion);
    /// Human-readable international form of an E.164 number ("+1 415-555-0123"); input returned
    /// unchanged when it does not parse.
    static QString formatInternational(const QString& e164);
    /// National form for display in the user's own region ("(415) 555-0123").
    static QString formatNational(const QString& e164);
    /// True when `region` is a region libphonenumber knows ("US", "SE", ...).
    static bool isKnownRegion(const QString& region);
    /// ISO region of an E.164 number, empty when unknown.
    static QString regionOf(const QString& e164);
};

/// As-you-type formatting for phone entry fields (libphonenumber's AsYouTypeFormatter).
class PhoneAsYouTypeFormatter
{
public:
    explicit PhoneAsYouTypeFormatter(const QString& defaultRegion);
    ~PhoneAsYouTypeFormatter();
    PhoneAsYouTypeFormatter(const PhoneAsYouTypeFormatter&) = delete;
    PhoneAsYouTypeFormatter& operator=(const PhoneAsYouTypeFormatter&) = delete;

    /// Formats the whole raw text as it would look after typing it character by character.
    QString format(const QString& raw);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace calldeck
