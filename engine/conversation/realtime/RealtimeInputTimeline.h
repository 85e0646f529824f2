#pragma once

#include <QtGlobal>

#include <array>
#include <optional>

namespace calldeck {

/// The last few seconds of caller audio as it went to the Realtime server: for each media message,
/// its stream time, when the media thread handed it over and when its append was sent. Maps the
/// server's `audio_end_ms` back to local time for the turn latency.
class RealtimeInputTimeline
{
public:
    struct Entry
    {
        qint64 streamMs = -1;
        qint64 tapUs = 0;    ///< handed over by the media thread (MediaPacer::nowUs clock)
        qint64 sentUs = 0;   ///< its input_audio_buffer.append left
    };

    void record(qint64 streamMs, qint64 tapUs, qint64 sentUs);
    /// The newest entry at or before `streamMs` (the message that carried that moment).
    [[nodiscard]] std::optional<Entry> find(qint64 streamMs) const;
    void clear();

private:
    static constexpr int kCapacity = 512;   // about 10 s of 20 ms messages
    std::array<Entry, kCapacity> m_entries{};
    int m_next = 0;
    int m_size = 0;
};

} // namespace calldeck
