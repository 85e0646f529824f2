#include "tasks/MoneyText.h"

#include <QRegularExpression>

namespace calldeck {

std::optional<qint64> MoneyText::parseCents(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*(?:US)?\$?\s*(\d{1,3}(?:,\d{3})+|\d{1,9})(?:\.(\d{1,2}))?\s*(?:dollars|usd)?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    QString whole = match.captured(1);
    whole.remove(QLatin1Char(','));
    bool ok = false;
    const qint64 dollars = whole.toLongLong(&ok);
    if (!ok) {
        return std::nullopt;
    }
    QString fraction = match.captured(2);
    if (fraction.size() == 1) {
        fraction += QLatin1Char('0');
    }
    const qint64 cents = fraction.isEmpty() ? 0 : fraction.toLongLong();
    return dollars * 100 + cents;
}

QString MoneyText::formatCents(qint64 cents)
{
    return QStringLiteral("$%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

} // namespace calldeck
