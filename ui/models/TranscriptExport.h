#pragma once

#include "calls/CallSnapshot.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace calldeck {

/// Turns transcript segments into the text the panel copies and exports. No widgets, so it is
/// tested on its own.
class TranscriptExport
{
    Q_DECLARE_TR_FUNCTIONS(calldeck::TranscriptExport)
public:
    enum class Format
    {
        PlainText,
        Json,
    };

    /// "[mm:ss] Speaker: text" per line; cut-off segments end with "[cut off]", partial ones with "…".
    [[nodiscard]] static QString toPlainText(const QList<TranscriptSegment>& segments);
    /// {"callKey", "segments": [{id, speaker, startMs, endMs, text, confidence, isFinal, interrupted}]}
    /// with null for an unknown end or confidence; UTF-8, indented.
    [[nodiscard]] static QByteArray toJson(const QString& callKey, const QList<TranscriptSegment>& segments);
    /// The file content for `format`.
    [[nodiscard]] static QByteArray render(Format format, const QString& callKey,
                                           const QList<TranscriptSegment>& segments);
    /// "mm:ss" (or "h:mm:ss" from an hour on) of a call-clock time.
    [[nodiscard]] static QString clockText(qint64 ms);
};

} // namespace calldeck
