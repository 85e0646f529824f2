#include "media/MediaPacer.h"

#include "media/MediaStream.h"

#include <algorithm>
#include <limits>

namespace calldeck {

namespace {
constexpr qint64 kIdle = std::numeric_limits<qint64>::max();
} // namespace

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
    if (m_slots.contains(stream))
        return;
    m_slots.insert(stream, Slot{m_nextSerial++, kIdle});
    serviceNow(stream);
}

void MediaPacer::remove(MediaStream* stream)
{
    // Its heap entries stay behind and are skipped when they surface (the serial no longer matches).
    m_slots.remove(stream);
}

void MediaPacer::requestService()
{
    {
        QMutexLocker lock(&m_requestMutex);
        m_allRequested = true;
    }
    // Coalesced: a burst of pushes from other threads costs one queued call.
    if (!m_wakePending.exchange(true, std::memory_order_acq_rel))
        QMetaObject::invokeMethod(this, &MediaPacer::service, Qt::QueuedConnection);
}

void MediaPacer::requestService(MediaStream* stream)
{
    {
        QMutexLocker lock(&m_requestMutex);
        m_requested.push_back(stream);
    }
    if (!m_wakePending.exchange(true, std::memory_order_acq_rel))
        QMetaObject::invokeMethod(this, &MediaPacer::service, Qt::QueuedConnection);
}

void MediaPacer::serviceNow(MediaStream* stream)
{
    if (!m_slots.contains(stream))
        return;
    serviceOne(stream, nowUs());
    arm();
}

void MediaPacer::serviceOne(MediaStream* stream, qint64 nowUs)
{
    const qint64 next = stream->serviceOutbound(nowUs);
    // Servicing may have ended the stream (and removed it), so look it up again.
    const auto it = m_slots.find(stream);
    if (it == m_slots.end() || next == it->dueUs)
        return; // the entry already in the heap stays current
    it->dueUs = next;
    if (next != kIdle)
        m_heap.push(Entry{next, it->serial, stream});
}

void MediaPacer::service()
{
    m_wakePending.store(false, std::memory_order_release);
    bool all = false;
    m_requestScratch.clear();
    {
        QMutexLocker lock(&m_requestMutex);
        std::swap(m_requestScratch, m_requested);
        all = std::exchange(m_allRequested, false);
    }
    const qint64 now = nowUs();
    if (all) {
        const QList<MediaStream*> streams = m_slots.keys();
        for (MediaStream* s : streams) {
            if (m_slots.contains(s))
                serviceOne(s, now);
        }
    } else {
        for (MediaStream* s : m_requestScratch) {
            // Pointers from other threads: only ones still registered here are touched.
            if (m_slots.contains(s))
                serviceOne(s, now);
        }
    }
    while (!m_heap.empty() && m_heap.top().dueUs <= now + kBatchWindowUs) {
        const Entry e = m_heap.top();
        m_heap.pop();
        const auto it = m_slots.find(e.stream);
        if (it == m_slots.end() || it->serial != e.serial || it->dueUs != e.dueUs)
            continue; // stale: the stream ended or was rescheduled since
        it->dueUs = kIdle;
        serviceOne(e.stream, now);
    }
    arm();
}

void MediaPacer::arm()
{
    // Drop stale entries so the timer is armed for a real deadline.
    while (!m_heap.empty()) {
        const Entry& e = m_heap.top();
        const auto it = m_slots.constFind(e.stream);
        if (it != m_slots.cend() && it->serial == e.serial && it->dueUs == e.dueUs)
            break;
        m_heap.pop();
    }
    if (m_heap.empty()) {
        m_timer.stop();
        return;
    }
    // Qt timers count whole milliseconds: wake at the first millisecond boundary at which the item
    // is inside the batch window, so it is never sent earlier than the window allows.
    const qint64 waitUs = std::max<qint64>(0, m_heap.top().dueUs - kBatchWindowUs - nowUs());
    m_timer.start(int((waitUs + 999) / 1000));
}

} // namespace calldeck
