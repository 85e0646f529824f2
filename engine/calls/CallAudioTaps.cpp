#include "calls/CallAudioTaps.h"

#include "audio/AudioDevice.h"
#include "media/AudioFormat.h"
#include "media/AudioLevel.h"

#include <algorithm>
#include <array>

namespace calldeck {

namespace {
// Outbound audio waiting to be mixed into the next inbound frame; more than this is stale.
constexpr qsizetype kMaxPendingSamples = 16000 / 5; // 200 ms at 16 kHz
} // namespace

void LevelTap::inboundFrame(const qint16* samples, int count, qint64 /*streamMs*/)
{
    m_callee.store(levelDbfs(samples, count), std::memory_order_relaxed);
}

void LevelTap::outboundFrame(const qint16* samples, int count)
{
    m_agent.store(levelDbfs(samples, count), std::memory_order_relaxed);
}

void LevelTap::reset()
{
    m_callee.store(kSilenceDb);
    m_agent.store(kSilenceDb);
}

ListenTap::ListenTap(AudioOutput& output, bool includeOutbound) : m_output(output), m_includeOutbound(includeOutbound)
{
}

void ListenTap::inboundFrame(const qint16* samples, int count, qint64 /*streamMs*/)
{
    if (!m_includeOutbound) {
        m_output.write(samples, count);
        return;
    }
    // The inbound track ticks every 20 ms for the whole call, so it clocks the mix. Frames are
    // 320 samples; a stack buffer keeps the media thread free of allocations.
    std::array<qint16, 1024> mixed{};
    count = std::min(count, int(mixed.size()));
    std::copy_n(samples, count, mixed.begin());
    {
        QMutexLocker lock(&m_mutex);
        const qsizetype n = std::min<qsizetype>(count, m_pendingOutbound.size());
        for (qsizetype i = 0; i < n; ++i)
            mixed[i] = qint16(std::clamp(int(mixed[i]) + int(m_pendingOutbound[i]), -32768, 32767));
        m_pendingOutbound.remove(0, n);
    }
    m_output.write(mixed.data(), count);
}

void ListenTap::outboundFrame(const qint16* samples, int count)
{
    if (!m_includeOutbound)
        return;
    QMutexLocker lock(&m_mutex);
    m_pendingOutbound.append(QList<qint16>(samples, samples + count));
    if (m_pendingOutbound.size() > kMaxPendingSamples)
        m_pendingOutbound.remove(0, m_pendingOutbound.size() - kMaxPendingSamples);
}

void ClipTap::outboundFrame(const qint16* samples, int count)
{
    QMutexLocker lock(&m_mutex);
    if (!m_armed)
        return;
    const qsizetype maxBytes = qsizetype(kMaxSeconds) * audio_format::kEngineRate * qsizetype(sizeof(qint16));
    if (m_pcm.size() + qsizetype(count) * qsizetype(sizeof(qint16)) > maxBytes)
        return;
    m_pcm.append(reinterpret_cast<const char*>(samples), qsizetype(count) * qsizetype(sizeof(qint16)));
}

void ClipTap::arm()
{
    QMutexLocker lock(&m_mutex);
    m_pcm.clear();
    m_armed = true;
}

QByteArray ClipTap::take()
{
    QMutexLocker lock(&m_mutex);
    m_armed = false;
    return std::exchange(m_pcm, QByteArray());
}

} // namespace calldeck
