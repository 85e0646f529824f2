#include "conversation/cascade/CascadeInputTap.h"

#include <QMetaObject>

namespace calldeck {

namespace {
// A stalled agent thread must not let the mailbox grow without bound: 10 s of audio.
constexpr qsizetype kMaxQueuedFrames = 500;
} // namespace

CascadeInputTap::CascadeInputTap(QObject* receiver, std::function<void()> drain)
    : m_receiver(receiver), m_drain(std::move(drain))
{
}

void CascadeInputTap::inboundFrame(const qint16* samples, int count, qint64 streamMs)
{
    QMutexLocker lock(&m_mutex);
    if (!m_receiver)
        return;
    if (m_frames.size() >= kMaxQueuedFrames)
        m_frames.removeFirst();
    m_frames.append(Frame{streamMs, QByteArray(reinterpret_cast<const char*>(samples), count * 2)});
    if (!m_posted) {
        m_posted = true;
        // Posted while holding the lock, so disconnect() cannot let the receiver die in between;
        // Qt drops the event should the receiver be deleted before it runs.
        QMetaObject::invokeMethod(m_receiver, m_drain, Qt::QueuedConnection);
    }
}

void CascadeInputTap::outboundFrame(const qint16* samples, int count)
{
    Q_UNUSED(samples)
    Q_UNUSED(count)
}

QList<CascadeInputTap::Frame> CascadeInputTap::take()
{
    QMutexLocker lock(&m_mutex);
    m_posted = false;
    return std::exchange(m_frames, {});
}

void CascadeInputTap::disconnect()
{
    QMutexLocker lock(&m_mutex);
    m_receiver = nullptr;
    m_frames.clear();
}

} // namespace calldeck
