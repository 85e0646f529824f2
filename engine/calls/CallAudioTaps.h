#pragma once

#include "media/MediaTap.h"

#include <QList>
#include <QMutex>

#include <atomic>
#include <cstdint>

namespace calldeck {

class AudioOutput;

/// Keeps the latest level of both parties in atomics for the monitor panel's meters.
class LevelTap final : public MediaTap
{
public:
    void inboundFrame(const qint16* samples, int count, qint64 streamMs) override;
    void outboundFrame(const qint16* samples, int count) override;

    [[nodiscard]] float calleeDb() const { return m_callee.load(std::memory_order_relaxed); }
    [[nodiscard]] float agentDb() const { return m_agent.load(std::memory_order_relaxed); }
    /// Drops both meters to silence (the stream ended).
    void reset();

private:
    std::atomic<float> m_callee{-90.0f};
    std::atomic<float> m_agent{-90.0f};
};

/// Plays a call to the local speaker/headset: the callee, and (for a supervisor listening in) what
/// CallDeck sends to them, mixed. Runs on the media thread; AudioOutput::write never blocks.
class ListenTap final : public MediaTap
{
public:
    /// `includeOutbound` false for the agent's own headset in a human call (no sidetone echo).
    ListenTap(AudioOutput& output, bool includeOutbound);

    void inboundFrame(const qint16* samples, int count, qint64 streamMs) override;
    void outboundFrame(const qint16* samples, int count) override;

private:
    AudioOutput& m_output;
    const bool m_includeOutbound;
    QMutex m_mutex;               // inbound and outbound frames may come from different threads
    QList<qint16> m_pendingOutbound;
};

} // namespace calldeck
