#pragma once

#include "media/AudioFormat.h"
#include "media/Resampler.h"

#include <QMutex>
#include <QString>
#include <QStringList>

#include <array>
#include <atomic>
#include <cstdint>
#include <deque>
#include <span>
#include <vector>

namespace calldeck {

/// One item on its way to Twilio: a 20 ms frame (μ-law for the wire plus the 16 kHz original for
/// taps), a mark, or a `clear`.
struct OutboundItem
{
    enum class Kind { Frame, Mark, Clear };
    Kind kind = Kind::Frame;
    bool live = false;                 ///< from the live path (microphone, DTMF), not agent audio
    qint64 enqueuedUs = 0;             ///< monotonic time it became ready to send
    std::array<std::uint8_t, audio_format::kTwilioFrameBytes> mulaw{};
    std::array<std::int16_t, audio_format::kEngineFrameSamples> pcm{};
    QString markName;                  ///< "g<generation>:<label>"
};

/// The outbound side of one stream, thread-safe: callers on any thread push 16 kHz audio (it is
/// resampled to 8 kHz and μ-law encoded on the caller's thread, so the media thread only sends),
/// the media thread takes items when the pacer says they are due. Live frames go before agent
/// frames. Every clear starts a new generation; audio tagged with an older one is dropped.
class OutboundQueue
{
public:
    OutboundQueue();

    [[nodiscard]] quint32 generation() const { return m_generation.load(std::memory_order_acquire); }

    /// Queues agent audio for `generation`; false when it was dropped (stale generation).
    bool pushAgent(std::span<const std::int16_t> pcm16, quint32 generation, qint64 nowUs);
    /// Queues agent audio that is already 8 kHz μ-law for `generation`: whole 160-byte frames go
    /// to Twilio untouched, a partial frame waits for the next push (or flushAgent(), which pads
    /// it with μ-law silence). Taps get the audio decoded and upsampled to 16 kHz. False when the
    /// generation is stale.
    bool pushAgentMulaw(std::span<const std::uint8_t> mulaw, quint32 generation, qint64 nowUs);
    /// Sends the tail of the agent audio pushed so far (the resampler's delay and a partial frame,
    /// padded with silence to a whole frame), so a following mark sits after all of it.
    void flushAgent(qint64 nowUs);
    /// Queues a mark after the agent audio queued so far (flushing it); false when the generation
    /// is stale.
    bool pushMark(const QString& label, quint32 generation, qint64 nowUs);
    /// Queues live audio (always accepted; the caller decides whether live audio may flow).
    void pushLive(std::span<const std::int16_t> pcm16, qint64 nowUs);

    struct Cleared
    {
        quint32 generation = 0;      ///< the new generation
        int droppedFrames = 0;
        QStringList droppedMarks;    ///< full names of marks never sent
    };
    /// Drops all agent frames and marks, starts a new generation and queues a `clear` that
    /// takeIfDue() hands out before anything pushed after this call, so live audio that follows a
    /// barge-in can never reach Twilio ahead of the clear (which would drop it).
    Cleared clearAgent();
    /// Drops queued live audio; returns the number of frames dropped.
    int clearLive();

    /// Media thread: takes the head item when it is due. A frame is due at
    /// max(`notBeforeUs`, its enqueue time); marks are due at once. When nothing is due, returns
    /// false and sets `nextDueUs` (INT64_MAX when the queue is empty).
    bool takeIfDue(qint64 notBeforeUs, qint64 nowUs, OutboundItem& out, qint64& nextDueUs);
    /// Media thread: takes the next agent frame when it directly follows the one just taken (no
    /// mark between, no live audio or clear waiting) and was ready by `nowUs`, so both can leave
    /// in one 40 ms message.
    bool takeFollowingAgentFrame(qint64 nowUs, OutboundItem& out);

    [[nodiscard]] int queuedAgentFrames() const { return m_agentFrames.load(std::memory_order_relaxed); }
    [[nodiscard]] bool empty() const;

private:
    struct Encoder
    {
        Encoder();
        Resampler downsampler;
        std::vector<std::int16_t> narrow;   // 8 kHz samples not yet in a whole frame
        std::vector<std::int16_t> wide;     // the matching 16 kHz samples
        std::vector<std::int16_t> scratch;
        qint64 samplesIn = 0;    // 16 kHz samples taken since the last reset
        qint64 samplesOut = 0;   // 8 kHz samples produced since the last reset
        int primeSamples = 0;    // leading silence that offsets the filter delay (live path)
        void reset();
        /// Pushes silence until every sample taken so far came out, then pads to a whole frame.
        void flush(std::vector<OutboundItem>& frames, qint64 nowUs);
        /// Appends whole frames made from `pcm16` to `frames`.
        void encode(std::span<const std::int16_t> pcm16, std::vector<OutboundItem>& frames, bool live,
                    qint64 nowUs);
    };

    mutable QMutex m_inputMutex;   // encoders; held while resampling, never by the media thread
    Encoder m_agentEncoder;
    /// The μ-law agent path: no encoding, only framing, plus a 16 kHz copy for the taps.
    struct MulawFramer
    {
        MulawFramer();
        Resampler upsampler;
        std::vector<std::uint8_t> partial;   // μ-law bytes not yet in a whole frame
        std::vector<std::int16_t> wide;      // 16 kHz decoded audio not yet given to a frame
        std::vector<std::int16_t> narrow;
        std::vector<std::int16_t> scratch;
        void reset();
        void frame(const std::uint8_t* codes, std::vector<OutboundItem>& frames, qint64 nowUs);
        void flush(std::vector<OutboundItem>& frames, qint64 nowUs);
    };
    MulawFramer m_mulawFramer;
    Encoder m_liveEncoder;
    std::vector<OutboundItem> m_scratchFrames;

    mutable QMutex m_mutex;        // queues and generation; held only for moves
    std::deque<OutboundItem> m_agent;
    std::deque<OutboundItem> m_live;
    bool m_clearPending = false;
    std::atomic<quint32> m_generation{1};
    std::atomic<int> m_agentFrames{0};
};

} // namespace calldeck
