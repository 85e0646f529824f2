#include "conversation/offline/OfflineInputTap.h"

#include "media/AudioLevel.h"

#include <QMutexLocker>

namespace calldeck {

namespace {
// A stalled agent thread must not make the media thread grow a list forever: 10 s of frames.
constexpr qsizetype kMaxPendingLevels = 500;
} // namespace

OfflineInputTap::OfflineInputTap(QObject* receiver, std::function<void()> wake)
    : m_receiver(receiver), m_wake(std::move(wake))
{
    m_pending.reserve(64);
}

void OfflineInputTap::inboundFrame(const qint16* samples, int count, qint64 streamMs)
{
    const float db = levelDbfs(samples, count);
    QMutexLocker lock(&m_mutex);
    if (m_receiver == nullptr || m_pending.size() >= kMaxPendingLevels) {
        return;
    }
    const bool wasEmpty = m_pending.isEmpty();
    m_pending.append(Level{db, streamMs});
    if (wasEmpty) {
        // Posting under the lock: disconnect() cannot complete (and the receiver cannot be
        // destroyed by its owner after disconnecting) while the event is being queued.
        QMetaObject::invokeMethod(m_receiver, m_wake, Qt::QueuedConnection);
    }
}

void OfflineInputTap::outboundFrame(const qint16* samples, int count)
{
    Q_UNUSED(samples)
    Q_UNUSED(count)
}

QList<OfflineInputTap::Level> OfflineInputTap::takeLevels()
{
    QMutexLocker lock(&m_mutex);
    QList<Level> out;
    out.swap(m_pending);
    return out;
}

void OfflineInputTap::disconnect()
{
    QMutexLocker lock(&m_mutex);
    m_receiver = nullptr;
    m_pending.clear();
}

} // namespace calldeck
