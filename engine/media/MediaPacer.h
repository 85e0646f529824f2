#pragma once

#include "media/LatencyHistogram.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <chrono>

namespace calldeck {

class MediaStream;

/// The one pacing clock of a media thread: a single precise timer, armed for the earliest due
/// outbound frame of all its streams, so a hundred calls cost one wake-up per due instant instead
/// of a hundred timers. Lives on (and must only be used from) its media thread, except
/// requestService(), which any thread may call.
class MediaPacer : public QObject
{
    Q_OBJECT
public:
    /// How far ahead of real time audio may be at Twilio: a frame leaves once the audio already
    /// sent ends less than this far in the future (so at most lead + one frame is queued there).
    static constexpr qint64 kLeadUs = 80'000;
    static constexpr qint64 kFrameUs = 20'000;

    explicit MediaPacer(QObject* parent = nullptr);

    void add(MediaStream* stream);
    void remove(MediaStream* stream);
    /// Thread-safe: asks the media thread to look at every stream now (new audio, a clear, ...).
    void requestService();
    /// Stops the clock (server shutdown).
    void stop() { m_timer.stop(); }

    /// Monotonic microseconds, the clock all pacing uses.
    [[nodiscard]] static qint64 nowUs();

    /// Outbound frame lateness against its schedule (media thread writes, anyone reads).
    [[nodiscard]] LatencyHistogram& outboundLateness() { return m_lateness; }
    /// Inbound forwarding: a message handed to the stream → its last frame delivered to the taps.
    [[nodiscard]] LatencyHistogram& inboundForwarding() { return m_inbound; }

private:
    void service();

    QTimer m_timer;
    QList<MediaStream*> m_streams;
    std::atomic<bool> m_wakePending{false};
    LatencyHistogram m_lateness;
    LatencyHistogram m_inbound;
};

} // namespace calldeck
