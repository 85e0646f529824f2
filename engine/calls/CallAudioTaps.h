#pragma once

#include "media/MediaTap.h"

#include <QList>
#include <QByteArray>
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

/// Keeps what CallDeck sends into the call while armed: the supervisor's or the human agent's own
/// words during a barge-in or takeover, so they can be transcribed and handed to the AI as context.
/// At most kMaxSeconds are kept. Media thread fills it, the engine thread arms and takes it.
class ClipTap final : public MediaTap
{
public:
    static constexpr int kMaxSeconds = 60;

    void inboundFrame(const qint16*, int, qint64) override {}
    void outboundFrame(const qint16* samples, int count) override;
    /// Starts a new clip (drops any previous one).
    void arm();
    /// Stops recording and returns the clip (16 kHz mono int16).
    QByteArray take();

private:
    QMutex m_mutex;
    QByteArray m_pcm;
    bool m_armed = false;
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
