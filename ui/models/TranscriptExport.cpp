#include "models/TranscriptExport.h"

#include "models/TranscriptModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <algorithm>

namespace calldeck {

namespace {

constexpr qint64 kMsPerSecond = 1000;
constexpr qint64 kSecondsPerMinute = 60;
constexpr qint64 kSecondsPerHour = 3600;

} // namespace

QString TranscriptExport::clockText(qint64 ms)
{
    const qint64 totalSeconds = std::max<qint64>(0, ms) / kMsPerSecond;
    const qint64 hours = totalSeconds / kSecondsPerHour;
    const qint64 minutes = (totalSeconds % kSecondsPerHour) / kSecondsPerMinute;
    const qint64 seconds = totalSeconds % kSecondsPerMinute;
    const QLatin1Char zero('0');
    if (hours > 0) {
        return QStringLiteral("%1:%2:%3").arg(hours).arg(minutes, 2, 10, zero).arg(seconds, 2, 10, zero);
    }
    return QStringLiteral("%1:%2").arg(minutes, 2, 10, zero).arg(seconds, 2, 10, zero);
}

QString TranscriptExport::toPlainText(const QList<TranscriptSegment>& segments)
{
    QStringList lines;
    lines.reserve(segments.size());
    for (const TranscriptSegment& segment : segments) {
        QString line = QStringLiteral("[%1] %2: %3")
                           .arg(clockText(segment.startMs), TranscriptModel::speakerName(segment.speaker),
                                segment.text.simplified());
        if (segment.interrupted) {
            //: Marks an agent segment the callee interrupted, in copied/exported transcripts.
            line += QLatin1Char(' ') + tr("[cut off]");
        } else if (!segment.isFinal) {
            line += QChar(0x2026);
        }
        lines.append(line);
    }
    return lines.isEmpty() ? QString() : lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QByteArray TranscriptExport::toJson(const QString& callKey, const QList<TranscriptSegment>& segments)
{
    QJsonArray array;
    for (const TranscriptSegment& segment : segments) {
        QJsonObject object{{QStringLiteral("id"), segment.id},
                           {QStringLiteral("speaker"), segment.speaker},
                           {QStringLiteral("startMs"), segment.startMs},
                           {QStringLiteral("endMs"), segment.endMs < 0 ? QJsonValue() : QJsonValue(segment.endMs)},
                           {QStringLiteral("text"), segment.text},
                           {QStringLiteral("confidence"),
                            segment.confidence < 0 ? QJsonValue() : QJsonValue(segment.confidence)},
                           {QStringLiteral("isFinal"), segment.isFinal},
                           {QStringLiteral("interrupted"), segment.interrupted}};
        array.append(object);
    }
    const QJsonObject root{{QStringLiteral("callKey"), callKey}, {QStringLiteral("segments"), array}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray TranscriptExport::render(Format format, const QString& callKey, const QList<TranscriptSegment>& segments)
{
    switch (format) {
    case Format::Json:
        return toJson(callKey, segments);
    case Format::PlainText:
        break;
    }
    return toPlainText(segments).toUtf8();
}

} // namespace calldeck
