#include "conversation/cascade/SentenceSplitter.h"

namespace calldeck {

QStringList SentenceSplitter::push(const QString& text)
{
    m_buffer += text;
    QStringList sentences;
    qsizetype i = 0;
    while (i < m_buffer.size()) {
        const QChar c = m_buffer.at(i);
        bool cut = false;
        qsizetype end = i + 1;
        if (c == QLatin1Char('\n')) {
            cut = true;
        } else if (c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?')) {
            while (end < m_buffer.size() && (m_buffer.at(end) == QLatin1Char('.') || m_buffer.at(end) == QLatin1Char('!') ||
                                             m_buffer.at(end) == QLatin1Char('?') || m_buffer.at(end) == QLatin1Char('"') ||
                                             m_buffer.at(end) == QLatin1Char(')')))
                ++end;
            // Only white space after the punctuation proves the sentence is over ("3.5", "a.m" are not).
            cut = end < m_buffer.size() && m_buffer.at(end).isSpace() && !(c == QLatin1Char('.') && isAbbreviationBefore(i));
        }
        if (!cut) {
            i = end;
            continue;
        }
        const QString sentence = m_buffer.left(end).trimmed();
        m_buffer.remove(0, end);
        i = 0;
        if (!sentence.isEmpty())
            sentences.append(sentence);
    }
    return sentences;
}

QString SentenceSplitter::flush()
{
    const QString rest = m_buffer.trimmed();
    m_buffer.clear();
    return rest;
}

bool SentenceSplitter::isAbbreviationBefore(qsizetype dot) const
{
    qsizetype start = dot;
    while (start > 0 && !m_buffer.at(start - 1).isSpace())
        --start;
    const QString word = m_buffer.mid(start, dot - start).toLower();
    if (word.size() == 1 && word.at(0).isLetter())
        return true;   // an initial: "J. Smith"
    static const QStringList abbreviations{QStringLiteral("mr"),  QStringLiteral("mrs"), QStringLiteral("ms"),
                                           QStringLiteral("dr"),  QStringLiteral("st"),  QStringLiteral("jr"),
                                           QStringLiteral("sr"),  QStringLiteral("vs"),  QStringLiteral("e.g"),
                                           QStringLiteral("i.e"), QStringLiteral("etc"), QStringLiteral("no"),
                                           QStringLiteral("approx")};
    return abbreviations.contains(word);
}

} // namespace calldeck
