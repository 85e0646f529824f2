#include "audio/PlaybackDevice.h"

#include "audio/AudioRingBuffer.h"
#include "media/AudioLevel.h"

#include <cstring>

namespace calldeck {

namespace {
constexpr int kChunkSamples = 160; // 10 ms of engine audio per conversion step
}

PlaybackDevice::PlaybackDevice(AudioRingBuffer& ring, const QAudioFormat& format, std::atomic<float>& levelDb,
                               std::atomic<qint64>& playedSamples, QObject* parent)
    : QIODevice(parent), m_ring(ring), m_converter(format), m_levelDb(levelDb), m_playedSamples(playedSamples)
{
}

qint64 PlaybackDevice::bytesAvailable() const
{
    // Silence fills any gap, so there is always something to read.
    return std::max<qint64>(QIODevice::bytesAvailable(), m_converter.format().bytesForDuration(20000));
}

qint64 PlaybackDevice::readData(char* data, qint64 maxSize)
{
    const int frameBytes = std::max(1, m_converter.format().bytesPerFrame());
    maxSize -= maxSize % frameBytes;
    qint16 chunk[kChunkSamples];
    while (m_pending.size() < maxSize) {
        const int n = m_ring.read(chunk, kChunkSamples);
        if (n == 0)
            break;
        m_levelDb = levelDbfs(chunk, n);
        m_playedSamples += n;
        m_converter.convert(chunk, n, m_pending);
    }
    if (m_pending.isEmpty()) {
        // Underrun: the far end or the agent is silent. Stopping the sink would add a restart
        // glitch and latency when audio resumes, so it plays silence instead. When some audio
        // is there, only that is returned: padding it would push later audio behind the silence.
        m_levelDb = kSilenceDb;
        m_converter.appendSilence(maxSize / frameBytes, m_pending);
    }
    const qint64 n = std::min<qint64>(maxSize, m_pending.size());
    std::memcpy(data, m_pending.constData(), size_t(n));
    m_pending.remove(0, n);
    return n;
}

qint64 PlaybackDevice::writeData(const char*, qint64)
{
    return -1; // read-only: audio arrives through the ring buffer
}

} // namespace calldeck
