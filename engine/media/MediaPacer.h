#pragma once

#include "media/LatencyHistogram.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <queue>
#include <vector>

namespace calldeck {

class MediaStream;

/// The one pacing clock of a media thread: a single precise timer, armed for the earliest due
/// outbound item of all its streams, so a hundred calls cost one wake-up per due instant instead
/// of a hundred timers. Streams wait in a deadline-ordered heap, so a wake-up touches only the
/// streams that are due (or that got new input), not all of them. Lives on (and must only be used
/// from) its media thread, except requestService(), which any thread may call.
class MediaPacer : public QObject
{
    Q_OBJECT
public:
    /// How far ahead of real time audio may be at Twilio: a message leaves once the audio already
    /// sent ends less than this far in the future (so at most lead + one message is queued there).
    static constexpr qint64 kLeadUs = 80'000;
    static constexpr qint64 kFrameUs = 20'000;
    /// Items due within this window are sent in the same wake-up (at most this much early), so
    /// streams whose schedules almost coincide share one wake-up of the thread.
    static constexpr qint64 kBatchWindowUs = 1'000;

    explicit MediaPacer(QObject* parent = nullptr);

    void add(MediaStream* stream);
    void remove(MediaStream* stream);
    /// Thread-safe: asks the media thread to look at every stream now.
    void requestService();
    /// Thread-safe: asks the media thread to look at `stream` now (new audio, a mark, a clear).
    void requestService(MediaStream* stream);
    /// Media thread: services `stream` at once (a clear must not wait for the next wake-up).
    void serviceNow(MediaStream* stream);
    /// Stops the clock (server shutdown).
    void stop() { m_timer.stop(); }

    /// Monotonic microseconds, the clock all pacing uses.
    [[nodiscard]] static qint64 nowUs();

    /// Outbound lateness of each message (its first frame) against its schedule (media thread
    /// writes, anyone reads).
    [[nodiscard]] LatencyHistogram& outboundLateness() { return m_lateness; }
    /// Inbound forwarding: a message handed to the stream → its last frame delivered to the taps.
    [[nodiscard]] LatencyHistogram& inboundForwarding() { return m_inbound; }

private:
    struct Slot
    {
        quint64 serial = 0;   // tells a re-added stream at a reused address from its old entries
        qint64 dueUs = 0;     // the one heap entry that is current (INT64_MAX: none)
    };
    struct Entry
    {
        qint64 dueUs;
        quint64 serial;
        MediaStream* stream;
        bool operator>(const Entry& o) const { return dueUs > o.dueUs; }
    };

    void service();
    void serviceOne(MediaStream* stream, qint64 nowUs);
    void arm();

    QTimer m_timer;
    QHash<MediaStream*, Slot> m_slots;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> m_heap;
    quint64 m_nextSerial = 1;

    QMutex m_requestMutex;             // guards the two request fields below
    std::vector<MediaStream*> m_requested;
    bool m_allRequested = false;
    std::vector<MediaStream*> m_requestScratch;
    std::atomic<bool> m_wakePending{false};

    LatencyHistogram m_lateness;
    LatencyHistogram m_inbound;
};

} // namespace calldeck
