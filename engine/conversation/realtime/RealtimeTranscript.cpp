#include "conversation/realtime/RealtimeTranscript.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace calldeck {

void RealtimeTranscript::setPrevious(const QString& itemId, const QString& previousId)
{
    if (itemId.isEmpty() || previousId.isEmpty() || previousId == u"root")
        return;
    m_previous.insert(itemId, previousId);
    if (auto it = m_segments.find(itemId); it != m_segments.end())
        it->previousId = previousId;
}

TranscriptSegment& RealtimeTranscript::row(const QString& itemId, const QString& speaker)
{
    auto it = m_segments.find(itemId);
    if (it == m_segments.end()) {
        TranscriptSegment s;
        s.callKey = m_callKey;
        s.id = itemId;
        s.speaker = speaker;
        s.isFinal = false;
        // Until the server names the predecessor, the row follows the last one seen.
        s.previousId = m_previous.value(itemId, m_lastId);
        m_order.append(itemId);
        m_lastId = itemId;
        it = m_segments.insert(itemId, s);
    }
    return *it;
}

TranscriptSegment RealtimeTranscript::calleeStarted(const QString& itemId, qint64 startMs)
{
    TranscriptSegment& s = row(itemId, u"callee"_s);
    s.startMs = startMs;
    return s;
}

TranscriptSegment RealtimeTranscript::calleeStopped(const QString& itemId, qint64 endMs)
{
    TranscriptSegment& s = row(itemId, u"callee"_s);
    s.endMs = std::max(endMs, s.startMs);
    return s;
}

TranscriptSegment RealtimeTranscript::calleeDelta(const QString& itemId, const QString& delta)
{
    TranscriptSegment& s = row(itemId, u"callee"_s);
    if (!s.isFinal)
        s.text += delta;
    return s;
}

TranscriptSegment RealtimeTranscript::calleeFinal(const QString& itemId, const QString& text)
{
    TranscriptSegment& s = row(itemId, u"callee"_s);
    s.text = text.trimmed();
    s.isFinal = true;
    return s;
}

TranscriptSegment RealtimeTranscript::agentDelta(const QString& itemId, const QString& delta, qint64 startMs,
                                                 qint64 endMs)
{
    const bool fresh = !m_segments.contains(itemId);
    TranscriptSegment& s = row(itemId, u"agent"_s);
    if (fresh)
        s.startMs = startMs;
    if (m_cut.value(itemId) || s.isFinal)
        return s;
    s.text += delta;
    s.endMs = std::max(s.endMs, endMs);
    return s;
}

TranscriptSegment RealtimeTranscript::agentFinal(const QString& itemId, const QString& text, qint64 endMs)
{
    TranscriptSegment& s = row(itemId, u"agent"_s);
    if (m_cut.value(itemId))
        return s;
    s.text = text;
    s.endMs = std::max(endMs, s.startMs);
    s.isFinal = true;
    return s;
}

TranscriptSegment RealtimeTranscript::agentCut(const QString& itemId, qint64 heardMs, qint64 sentMs)
{
    TranscriptSegment& s = row(itemId, u"agent"_s);
    m_cut.insert(itemId, true);
    if (sentMs > 0 && heardMs < sentMs) {
        qsizetype keep = qsizetype(double(s.text.size()) * double(heardMs) / double(sentMs));
        // Cut at a word boundary: a half word reads like a typo, not like an interruption.
        while (keep > 0 && keep < s.text.size() && !s.text.at(keep).isSpace())
            --keep;
        s.text = s.text.left(keep).trimmed();
    }
    s.endMs = s.startMs + heardMs;
    s.interrupted = true;
    s.isFinal = true;
    return s;
}

bool RealtimeTranscript::isCut(const QString& itemId) const { return m_cut.value(itemId); }

TranscriptSegment RealtimeTranscript::spoken(const QString& speaker, const QString& text, qint64 atMs)
{
    const QString id = speaker + u'-' + QString::number(++m_spokenCount);
    TranscriptSegment& s = row(id, speaker);
    s.text = text.trimmed();
    s.startMs = atMs;
    s.endMs = atMs;
    s.isFinal = true;
    return s;
}

QJsonArray RealtimeTranscript::replayEvents() const
{
    QJsonArray events;
    for (const QString& id : m_order) {
        const TranscriptSegment& s = m_segments[id];
        if (s.text.isEmpty())
            continue;
        QString role = u"user"_s;
        QString contentType = u"input_text"_s;
        QString text = s.text;
        if (s.speaker == u"agent") {
            role = u"assistant"_s;
            contentType = u"output_text"_s;
        } else if (s.speaker == u"supervisor" || s.speaker == u"system") {
            role = u"system"_s;
        }
        const QJsonObject item{
            {u"type"_s, u"message"_s},
            {u"role"_s, role},
            {u"content"_s, QJsonArray{QJsonObject{{u"type"_s, contentType}, {u"text"_s, text}}}},
        };
        events.append(QJsonObject{{u"type"_s, u"conversation.item.create"_s}, {u"item"_s, item}});
    }
    return events;
}

} // namespace calldeck
