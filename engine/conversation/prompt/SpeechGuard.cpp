#include "conversation/prompt/SpeechGuard.h"

namespace calldeck {

namespace {

// Canonical form for matching: composed Unicode and straight apostrophes, so "don’t" typed on a
// phone keyboard matches "don't" in a generated sentence.
QString canonical(const QString& text)
{
    QString out = text.normalized(QString::NormalizationForm_KC);
    out.replace(QChar(0x2019), QLatin1Char('\''));
    out.replace(QChar(0x2018), QLatin1Char('\''));
    return out;
}

} // namespace

SpeechGuard::SpeechGuard(const QStringList& phrases)
{
    for (const QString& phrase : phrases) {
        const QString trimmed = canonical(phrase).simplified();
        if (trimmed.isEmpty()) {
            continue;
        }
        // Any run of whitespace in the phrase matches any run in the text; a letter, digit or
        // underscore right before or after means it is part of a longer word, not the phrase.
        QStringList words = trimmed.split(QLatin1Char(' '));
        for (QString& word : words) {
            word = QRegularExpression::escape(word);
        }
        const QString pattern = QStringLiteral("(?<![\\p{L}\\p{N}\\p{M}_])") + words.join(QStringLiteral("\\s+"))
            + QStringLiteral("(?![\\p{L}\\p{N}\\p{M}_])");
        m_rules.append(Rule{phrase, QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption
                                                                    | QRegularExpression::UseUnicodePropertiesOption)});
    }
}

QStringList SpeechGuard::findForbidden(const QString& text) const
{
    QStringList found;
    if (m_rules.isEmpty() || text.isEmpty()) {
        return found;
    }
    const QString haystack = canonical(text);
    for (const Rule& rule : m_rules) {
        if (rule.pattern.match(haystack).hasMatch()) {
            found.append(rule.phrase);
        }
    }
    return found;
}

QString SpeechGuard::withoutForbiddenSentences(const QString& text) const
{
    if (isClean(text)) {
        return text;
    }
    // Sentences end at . ! ? (and their full-width forms) followed by space or the end.
    static const QRegularExpression sentenceEnd(QStringLiteral("(?<=[.!?\\x{3002}\\x{FF01}\\x{FF1F}])\\s+"));
    const QStringList sentences = text.split(sentenceEnd, Qt::SkipEmptyParts);
    QStringList kept;
    for (const QString& sentence : sentences) {
        if (isClean(sentence)) {
            kept.append(sentence.trimmed());
        }
    }
    return kept.join(QLatin1Char(' '));
}

QStringList SpeechGuard::phrases() const
{
    QStringList out;
    for (const Rule& rule : m_rules) {
        out.append(rule.phrase);
    }
    return out;
}

} // namespace calldeck
