#pragma once

#include <QString>
#include <QStringList>

namespace calldeck {

/// Cuts streamed model text into sentences as soon as each one is complete, so speech synthesis
/// can start on the first sentence while the model is still writing the rest. A sentence ends at
/// `.`, `!`, `?` (or a run of them) followed by white space, or at a line break; common
/// abbreviations ("Dr.", "Mr.", "e.g.") and initials do not end one.
class SentenceSplitter
{
public:
    /// Adds streamed text; returns the sentences it completed, trimmed, in order.
    QStringList push(const QString& text);
    /// The unfinished rest (the end of the answer), trimmed; empties the buffer.
    QString flush();

private:
    [[nodiscard]] bool isAbbreviationBefore(qsizetype dot) const;

    QString m_buffer;
};

} // namespace calldeck
