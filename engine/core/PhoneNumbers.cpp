#include "core/PhoneNumbers.h"

#include <QCoreApplication>
#include <QSet>
#include <phonenumbers/asyoutypeformatter.h>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>
#include <set>
#include <string>

namespace calldeck {

namespace {

using i18n::phonenumbers::AsYouTypeFormatter;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

PhoneNumberUtil& util()
{
    return *PhoneNumberUtil::GetInstance();
}

/// libphonenumber's "unknown region" answers ("ZZ") and the non-geographic "001" are not ISO regions.
QString isoRegionOrEmpty(const std::string& region)
{
    if (region.empty() || region == "ZZ" || region == "001") {
        return {};
    }
    return QString::fromStdString(region);
}

QString parseErrorReason(PhoneNumberUtil::ErrorType error, bool international, const QString& region)
{
    switch (error) {
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        if (international) {
            return QCoreApplication::translate("calldeck::PhoneNumbers", "unknown country calling code");
        }
        if (region.isEmpty()) {
            return QCoreApplication::translate("calldeck::PhoneNumbers",
                                               "no country calling code; write it in international form (+...)");
        }
        return QCoreApplication::translate(
                   "calldeck::PhoneNumbers",
                   "no country calling code and \"%1\" is not a known region; write it in international form (+...)")
            .arg(region);
    case PhoneNumberUtil::NOT_A_NUMBER:
        return QCoreApplication::translate("calldeck::PhoneNumbers", "not a phone number");
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
        return QCoreApplication::translate("calldeck::PhoneNumbers", "too short after the international prefix");
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return QCoreApplication::translate("calldeck::PhoneNumbers", "too short");
    case PhoneNumberUtil::TOO_LONG_NSN:
        return QCoreApplication::translate("calldeck::PhoneNumbers", "too long");
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    }
    return QCoreApplication::translate("calldeck::PhoneNumbers", "not a phone number");
}

/// Why a parsed number is not valid, as precisely as libphonenumber can tell.
QString invalidNumberReason(const PhoneNumber& number)
{
    std::string regionCode;
    util().GetRegionCodeForCountryCode(number.country_code(), &regionCode);
    QString region = isoRegionOrEmpty(regionCode);
    if (region.isEmpty()) {
        region = QStringLiteral("+%1").arg(number.country_code());
    }
    switch (util().IsPossibleNumberWithReason(number)) {
    case PhoneNumberUtil::TOO_SHORT:
        return QCoreApplication::translate("calldeck::PhoneNumbers", "too short for %1").arg(region);
    case PhoneNumberUtil::TOO_LONG:
        return QCoreApplication::translate("calldeck::PhoneNumbers", "too long for %1").arg(region);
    case PhoneNumberUtil::INVALID_LENGTH:
        return QCoreApplication::translate("calldeck::PhoneNumbers", "wrong number of digits for %1").arg(region);
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return QCoreApplication::translate("calldeck::PhoneNumbers", "unknown country calling code");
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        return QCoreApplication::translate("calldeck::PhoneNumbers",
                                           "a local number without area code; not a valid number for %1")
            .arg(region);
    case PhoneNumberUtil::IS_POSSIBLE:
        break;
    }
    return QCoreApplication::translate("calldeck::PhoneNumbers", "not a valid number for %1").arg(region);
}

bool parseE164(const QString& e164, PhoneNumber* number)
{
    if (e164.isEmpty()) {
        return false;
    }
    return util().Parse(e164.toStdString(), "ZZ", number) == PhoneNumberUtil::NO_PARSING_ERROR;
}

QString format(const QString& e164, PhoneNumberUtil::PhoneNumberFormat style)
{
    PhoneNumber number;
    if (!parseE164(e164, &number)) {
        return e164;
    }
    std::string out;
    util().Format(number, style, &out);
    return QString::fromStdString(out);
}

} // namespace

namespace {

Result<QString> parseToE164(const QString& input, const QString& defaultRegion, bool requireValid)
{
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        return Result<QString>::failure(ErrorCode::InvalidArgument,
                                        QCoreApplication::translate("calldeck::PhoneNumbers", "phone number is empty"));
    }
    const QString region = defaultRegion.trimmed().toUpper();
    const bool international = text.startsWith(QLatin1Char('+')) || text.startsWith(QStringLiteral("00"));
    const std::string regionCode = PhoneNumbers::isKnownRegion(region) ? region.toStdString() : std::string("ZZ");

    PhoneNumber number;
    const PhoneNumberUtil::ErrorType error = util().Parse(text.toStdString(), regionCode, &number);
    if (error != PhoneNumberUtil::NO_PARSING_ERROR) {
        return Result<QString>::failure(ErrorCode::InvalidArgument, parseErrorReason(error, international, region));
    }
    const bool acceptable = requireValid ? util().IsValidNumber(number) : util().IsPossibleNumber(number);
    if (!acceptable) {
        return Result<QString>::failure(ErrorCode::InvalidArgument, invalidNumberReason(number));
    }
    std::string e164;
    util().Format(number, PhoneNumberUtil::E164, &e164);
    return QString::fromStdString(e164);
}

} // namespace

Result<QString> PhoneNumbers::toE164(const QString& input, const QString& defaultRegion)
{
    return parseToE164(input, defaultRegion, true);
}

Result<QString> PhoneNumbers::toPossibleE164(const QString& input, const QString& defaultRegion)
{
    return parseToE164(input, defaultRegion, false);
}

QString PhoneNumbers::formatInternational(const QString& e164)
{
    return format(e164, PhoneNumberUtil::INTERNATIONAL);
}

QString PhoneNumbers::formatNational(const QString& e164)
{
    return format(e164, PhoneNumberUtil::NATIONAL);
}

bool PhoneNumbers::isKnownRegion(const QString& region)
{
    static const QSet<QString> regions = [] {
        std::set<std::string> supported;
        util().GetSupportedRegions(&supported);
        QSet<QString> out;
        for (const std::string& code : supported) {
            out.insert(QString::fromStdString(code));
        }
        return out;
    }();
    return regions.contains(region.trimmed().toUpper());
}

QString PhoneNumbers::regionOf(const QString& e164)
{
    PhoneNumber number;
    if (!parseE164(e164, &number)) {
        return {};
    }
    std::string region;
    util().GetRegionCodeForNumber(number, &region);
    return isoRegionOrEmpty(region);
}

struct PhoneAsYouTypeFormatter::Impl
{
    std::unique_ptr<AsYouTypeFormatter> formatter;
};

PhoneAsYouTypeFormatter::PhoneAsYouTypeFormatter(const QString& defaultRegion)
    : m_impl(std::make_unique<Impl>())
{
    const QString region = defaultRegion.trimmed().toUpper();
    const std::string code = PhoneNumbers::isKnownRegion(region) ? region.toStdString() : std::string("ZZ");
    m_impl->formatter.reset(util().GetAsYouTypeFormatter(code));
}

PhoneAsYouTypeFormatter::~PhoneAsYouTypeFormatter() = default;

QString PhoneAsYouTypeFormatter::format(const QString& raw)
{
    AsYouTypeFormatter& formatter = *m_impl->formatter;
    formatter.Clear();
    std::string result;
    for (const QChar ch : raw) {
        if (ch == QLatin1Char('+')) {
            formatter.InputDigit('+', &result);
        } else if (ch.isDigit()) {
            // Normalise any Unicode digit (full-width, Arabic-Indic) to ASCII so the output is uniform.
            formatter.InputDigit(static_cast<i18n::phonenumbers::char32>('0' + ch.digitValue()), &result);
        }
    }
    return QString::fromStdString(result);
}

} // namespace calldeck
