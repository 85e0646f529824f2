#include "media/MediaPacer.h"

#include "media/MediaStream.h"

#include <algorithm>
#include <limits>

namespace calldeck {

MediaPacer::MediaPacer(QObject* parent) : QObject(parent)
{
    m_timer.setParent(this); // moves with the pacer to its media thread
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &MediaPacer::service);
}

qint64 MediaPacer::nowUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(steady_clock::now().time_since_epoch()).count();
}

void MediaPacer::add(MediaStream* stream)
{
    if (!m_streams.contains(stream))
        m_streams.append(stream);
}

void MediaPacer::remove(MediaStream* stream)
{
    m_streams.removeAll(stream);
}

void MediaPacer::requestService()
{
    // Coalesced: a burst of pushes from other threads costs one queued call.
    if (!m_wakePending.exchange(true, std::memory_order_acq_rel))
        QMetaObject::invokeMethod(this, &MediaPacer::service, Qt::QueuedConnection);
}

void MediaPacer::service()
{
    m_wakePending.store(false, std::memory_order_release);
    const qint64 now = nowUs();
    qint64 next = std::numeric_limits<qint64>::max();
    // A copy: a stream may end (and leave the list) while it is serviced.
    const QList<MediaStream*> streams = m_streams;
    for (MediaStream* s : streams)
        next = std::min(next, s->serviceOutbound(now));
    if (next == std::numeric_limits<qint64>::max()) {
        m_timer.stop();
        return;
    }
    // Qt timers count whole milliseconds; round up so a frame is never sent early by more than
    // the service slack, and let the lateness histogram show what the rounding costs.
    const qint64 waitUs = std::max<qint64>(0, next - nowUs());
    m_timer.start(int((waitUs + 999) / 1000));
}

} // namespace calldeck
