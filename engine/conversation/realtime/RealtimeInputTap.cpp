#include "conversation/realtime/RealtimeInputTap.h"

#include "conversation/realtime/RealtimeAgent.h"
#include "media/MediaPacer.h"

namespace calldeck {

void RealtimeInputTap::release()
{
    QMutexLocker lock(&m_mutex);
    m_agent = nullptr;
}

void RealtimeInputTap::inboundFrame(const qint16* samples, int count, qint64 streamMs)
{
    // The agent sends Twilio's μ-law as is (inboundPayload); decoded frames are not needed.
    Q_UNUSED(samples)
    Q_UNUSED(count)
    Q_UNUSED(streamMs)
}

void RealtimeInputTap::outboundFrame(const qint16* samples, int count)
{
    Q_UNUSED(samples)
    Q_UNUSED(count)
}

void RealtimeInputTap::inboundPayload(QStringView base64Mulaw, qint64 streamMs)
{
    const qint64 tapUs = MediaPacer::nowUs();
    QMutexLocker lock(&m_mutex);
    if (!m_agent)
        return;
    // A posted event for a deleted receiver is discarded by Qt, and release() waits for this lock,
    // so the pointer is valid while posting.
    QMetaObject::invokeMethod(
        m_agent,
        [agent = m_agent, payload = base64Mulaw.toString(), streamMs, tapUs] {
            agent->sendCallerAudio(payload, streamMs, tapUs);
        },
        Qt::QueuedConnection);
}

} // namespace calldeck
