#pragma once

#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace calldeck {

/// Finds forbidden phrases (AssistantSettings::forbiddenPhrases) in a sentence: case-insensitive,
/// whole words only ("deal" does not match "dealer"), any run of white space between words.
class PhraseFilter
{
public:
    explicit PhraseFilter(const QStringList& phrases = {});
    /// The first forbidden phrase `sentence` contains, or an empty string.
    [[nodiscard]] QString match(const QString& sentence) const;

private:
    QList<QPair<QString, QRegularExpression>> m_patterns;
};

} // namespace calldeck
