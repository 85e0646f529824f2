#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QList>

namespace calldeck {

/// Finds the user's forbidden phrases in text an agent is about to say (PRODUCT T11): whole
/// words only, case-insensitive and Unicode-aware ("Garantie" matches "GARANTIE", "free" does
/// not match "freedom", typographic apostrophes match straight ones).
class SpeechGuard
{
public:
    /// `phrases` as the user typed them; blank entries are ignored.
    explicit SpeechGuard(const QStringList& phrases = {});

    /// The forbidden phrases (as the user typed them) that occur in `text`, in list order.
    [[nodiscard]] QStringList findForbidden(const QString& text) const;
    /// True when `text` contains none of the phrases.
    [[nodiscard]] bool isClean(const QString& text) const { return findForbidden(text).isEmpty(); }
    /// `text` without the sentences that contain a forbidden phrase (empty if none is left).
    [[nodiscard]] QString withoutForbiddenSentences(const QString& text) const;
    /// The phrases being guarded, as given.
    [[nodiscard]] QStringList phrases() const;

private:
    struct Rule
    {
        QString phrase;
        QRegularExpression pattern;
    };
    QList<Rule> m_rules;
};

} // namespace calldeck
