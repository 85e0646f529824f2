#pragma once

#include <QString>
#include <QtGlobal>

#include <deque>
#include <optional>

namespace calldeck {

/// What the callee has heard of the assistant item that is playing (realtime-ai.md §2): the
/// stream time its audio started, the μ-law bytes sent, and the marks Twilio acknowledged. Decides
/// where a barge-in truncates the item.
class RealtimePlayback
{
public:
    /// Where to cut the item that was playing.
    struct Cut
    {
        QString itemId;
        qint64 audioEndMs = 0;   ///< what the callee heard, clamped to the audio sent
        qint64 sentMs = 0;       ///< audio of the item handed to the line
    };

    /// `bytes` μ-law of `itemId` go to the line now; `latestMediaTs` is the newest inbound stream
    /// time. Returns the label of the mark to place after them.
    QString addDelta(const QString& itemId, qint64 bytes, qint64 latestMediaTs);
    /// Twilio echoed a mark placed by addDelta() (labels of other items are ignored).
    void markPlayed(const QString& label);
    /// An item is playing: it has audio the callee may not have heard yet (an unacknowledged mark).
    [[nodiscard]] bool playing() const { return !m_itemId.isEmpty() && !m_pendingBytes.empty(); }
    [[nodiscard]] QString itemId() const { return m_itemId; }
    [[nodiscard]] qint64 startTs() const { return m_startTs; }
    [[nodiscard]] qint64 sentMs() const { return m_bytes / kBytesPerMs; }
    /// The truncation point if an item is playing, computed at stream time `latestMediaTs`:
    /// the stream-clock estimate clamped to [acknowledged, sent] (and, once marks are known to
    /// come back, below the first unacknowledged mark). Forgets the item either way.
    std::optional<Cut> cut(qint64 latestMediaTs);
    /// Forgets the item (a clear, a new session).
    void reset();

    static constexpr qint64 kBytesPerMs = 8;   ///< μ-law at 8 kHz

private:
    QString m_itemId;
    qint64 m_startTs = -1;
    qint64 m_bytes = 0;
    qint64 m_ackedBytes = 0;
    bool m_anyAcked = false;
    std::deque<qint64> m_pendingBytes;   // the byte position of each mark not yet echoed
};

} // namespace calldeck
