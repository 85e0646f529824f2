#pragma once

#include "media/MediaTap.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QPointer>

#include <functional>

namespace calldeck {

/// The offline agent's ear on the media thread: measures each callee frame's level and hands the
/// levels to the agent's thread in batches (one queued wake-up per batch, not one per frame).
class OfflineInputTap : public MediaTap
{
public:
    /// One 20 ms frame's level and its time on the stream clock.
    struct Level
    {
        float db = -90.0f;
        qint64 streamMs = 0;
    };

    /// `wake` runs on `receiver`'s thread whenever levels are waiting.
    OfflineInputTap(QObject* receiver, std::function<void()> wake);

    void inboundFrame(const qint16* samples, int count, qint64 streamMs) override;
    void outboundFrame(const qint16* samples, int count) override;

    /// The levels collected since the last call, oldest first (agent thread).
    [[nodiscard]] QList<Level> takeLevels();
    /// Stops waking the receiver; frames arriving afterwards are dropped.
    void disconnect();

private:
    QMutex m_mutex;
    QObject* m_receiver = nullptr;   ///< guarded by m_mutex; null once disconnected
    std::function<void()> m_wake;
    QList<Level> m_pending;
};

} // namespace calldeck
