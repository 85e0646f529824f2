#include "MicrosText.h"

#include <algorithm>

namespace calldeck {

QString MicrosText::format(qint64 micros, int decimals)
{
    decimals = std::clamp(decimals, 0, 6);
    qint64 scale = 1;
    for (int i = decimals; i < 6; ++i) {
        scale *= 10;
    }
    const bool negative = micros < 0;
    const qint64 magnitude = negative ? -micros : micros;
    const qint64 units = (magnitude + scale / 2) / scale; // in 10^-decimals dollars
    qint64 unitsPerDollar = 1;
    for (int i = 0; i < decimals; ++i) {
        unitsPerDollar *= 10;
    }
    QString text = QStringLiteral("$") + QString::number(units / unitsPerDollar);
    if (decimals > 0) {
        text += QLatin1Char('.') + QStringLiteral("%1").arg(units % unitsPerDollar, decimals, 10, QLatin1Char('0'));
    }
    return negative ? QLatin1Char('-') + text : text;
}

} // namespace calldeck
