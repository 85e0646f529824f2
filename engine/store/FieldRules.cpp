#include "store/FieldRules.h"

#include <QRegularExpression>

namespace calldeck {

bool FieldRules::isE164(const QString& phone)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    return pattern.match(phone).hasMatch();
}

bool FieldRules::isEmail(const QString& email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return email.size() <= 254 && pattern.match(email).hasMatch();
}

bool FieldRules::isRegionCode(const QString& region)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{2}$"));
    return pattern.match(region).hasMatch();
}

} // namespace calldeck
