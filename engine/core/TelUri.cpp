#include "core/TelUri.h"

#include <QUrl>

namespace calldeck {

QString TelUri::number(const QString& text)
{
    QString candidate = text.trimmed();
    if (candidate.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive)) {
        candidate = QUrl::fromPercentEncoding(candidate.mid(4).toUtf8());
        // Parameters (";ext=", ";phone-context=") are not part of the number to dial.
        candidate = candidate.section(QLatin1Char(';'), 0, 0).trimmed();
        if (candidate.startsWith(QLatin1String("//"))) {
            candidate = candidate.mid(2); // tel://… as some desktops write it
        }
    }
    int digits = 0;
    for (const QChar c : std::as_const(candidate)) {
        if (c.isDigit()) {
            ++digits;
        } else if (!c.isLetter() && !QStringLiteral("+-.() /").contains(c)) {
            return {};
        }
    }
    // Vanity numbers (1-800-FLOWERS) keep their letters; something without digits is no number.
    return digits >= 3 ? candidate : QString();
}

} // namespace calldeck
