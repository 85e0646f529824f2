#include "conversation/cascade/PhraseFilter.h"

namespace calldeck {

PhraseFilter::PhraseFilter(const QStringList& phrases)
{
    for (const QString& phrase : phrases) {
        const QStringList words = phrase.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        QStringList escaped;
        for (const QString& word : words)
            escaped.append(QRegularExpression::escape(word));
        const QString pattern = QStringLiteral("(?<!\\w)") + escaped.join(QStringLiteral("\\s+")) + QStringLiteral("(?!\\w)");
        m_patterns.append({phrase.simplified(),
                           QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption |
                                                           QRegularExpression::UseUnicodePropertiesOption)});
    }
}

QString PhraseFilter::match(const QString& sentence) const
{
    for (const auto& [phrase, pattern] : m_patterns) {
        if (pattern.match(sentence).hasMatch())
            return phrase;
    }
    return {};
}

} // namespace calldeck
