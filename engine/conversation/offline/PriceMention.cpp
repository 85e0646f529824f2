#include "conversation/offline/PriceMention.h"

#include <QRegularExpression>

#include <algorithm>

namespace calldeck {

namespace {

// "1,250.5" → 125050 cents, with integer arithmetic only; nothing when out of range.
std::optional<qint64> toCents(QString whole, const QString& fraction)
{
    whole.remove(QLatin1Char(','));
    if (whole.isEmpty() || whole.size() > 12) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 units = whole.toLongLong(&ok);
    if (!ok) {
        return std::nullopt;
    }
    qint64 cents = units * 100;
    if (!fraction.isEmpty()) {
        const QString padded = QString(fraction + QStringLiteral("00")).left(2);
        cents += padded.toLongLong();
    }
    return cents;
}

} // namespace

std::optional<qint64> PriceMention::highestCents(const QString& text)
{
    static const QRegularExpression symbolFirst(
        QStringLiteral("(?:\\$|US\\$|€|£)\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{1,2}))?(?!\\d)"));
    static const QRegularExpression wordAfter(
        QStringLiteral("(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{1,2}))?\\s*(?:dollars?|bucks|usd|euros?|eur|pounds?)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    std::optional<qint64> best;
    for (const QRegularExpression* pattern : {&symbolFirst, &wordAfter}) {
        QRegularExpressionMatchIterator it = pattern->globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const std::optional<qint64> cents = toCents(match.captured(1), match.captured(2));
            if (cents && (!best || *cents > *best)) {
                best = cents;
            }
        }
    }
    return best;
}

} // namespace calldeck
