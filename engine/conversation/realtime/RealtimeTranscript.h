#pragma once

#include "calls/CallSnapshot.h"

#include <QHash>
#include <QJsonArray>
#include <QString>
#include <QStringList>

namespace calldeck {

/// The live transcript of one Realtime call (PRODUCT T7): segments keyed by Realtime item id,
/// partial text replaced by final, ordered by `previous_item_id`; and the conversation so far as
/// text items, to replay into a new session after a reconnect or a recycle.
class RealtimeTranscript
{
public:
    explicit RealtimeTranscript(QString callKey = {}) : m_callKey(std::move(callKey)) {}
    void setCallKey(const QString& callKey) { m_callKey = callKey; }

    /// The server said `itemId` follows `previousId` in the conversation.
    void setPrevious(const QString& itemId, const QString& previousId);

    /// The callee started speaking: a partial row, filled in by the transcription.
    TranscriptSegment calleeStarted(const QString& itemId, qint64 startMs);
    TranscriptSegment calleeStopped(const QString& itemId, qint64 endMs);
    TranscriptSegment calleeDelta(const QString& itemId, const QString& delta);
    TranscriptSegment calleeFinal(const QString& itemId, const QString& text);

    /// Assistant transcript text of `itemId`, whose audio started at `startMs`.
    TranscriptSegment agentDelta(const QString& itemId, const QString& delta, qint64 startMs, qint64 endMs);
    TranscriptSegment agentFinal(const QString& itemId, const QString& text, qint64 endMs);
    /// The agent was cut off after `heardMs` of `sentMs`: its text is cut to the heard share
    /// (at a word boundary) and later text of the item is ignored.
    TranscriptSegment agentCut(const QString& itemId, qint64 heardMs, qint64 sentMs);
    [[nodiscard]] bool isCut(const QString& itemId) const;

    /// Words a supervisor or human said to the callee, as a final row of its own.
    TranscriptSegment spoken(const QString& speaker, const QString& text, qint64 atMs);

    [[nodiscard]] bool contains(const QString& itemId) const { return m_segments.contains(itemId); }
    [[nodiscard]] TranscriptSegment segment(const QString& itemId) const { return m_segments.value(itemId); }

    /// The conversation so far as `conversation.item.create` events: callee lines as user
    /// input_text, agent lines as assistant output_text, supervisor words as system input_text.
    [[nodiscard]] QJsonArray replayEvents() const;

private:
    TranscriptSegment& row(const QString& itemId, const QString& speaker);

    QString m_callKey;
    QHash<QString, TranscriptSegment> m_segments;
    QStringList m_order;                   // ids in the order they were first seen
    QHash<QString, QString> m_previous;    // item → previous item, from the server
    QHash<QString, bool> m_cut;
    QString m_lastId;
    int m_spokenCount = 0;
};

} // namespace calldeck
