#include "audio/AudioRingBuffer.h"

#include <algorithm>

namespace calldeck {

AudioRingBuffer::AudioRingBuffer(int capacitySamples) : m_capacity(std::max(1, capacitySamples))
{
    m_data.resize(m_capacity);
}

int AudioRingBuffer::write(const qint16* samples, int count)
{
    if (count <= 0)
        return 0;
    QMutexLocker lock(&m_mutex);
    // Only the newest `capacity` samples of an oversized write can survive anyway.
    int dropped = 0;
    if (count > m_capacity) {
        dropped += count - m_capacity;
        samples += count - m_capacity;
        count = m_capacity;
    }
    const int overflow = std::max(0, m_size + count - m_capacity);
    if (overflow > 0) {
        m_head = (m_head + overflow) % m_capacity;
        m_size -= overflow;
        dropped += overflow;
    }
    int tail = (m_head + m_size) % m_capacity;
    int left = count;
    while (left > 0) {
        const int chunk = std::min(left, m_capacity - tail);
        std::copy_n(samples, chunk, m_data.data() + tail);
        samples += chunk;
        left -= chunk;
        tail = (tail + chunk) % m_capacity;
    }
    m_size += count;
    m_dropped += dropped;
    return dropped;
}

int AudioRingBuffer::read(qint16* out, int count)
{
    QMutexLocker lock(&m_mutex);
    const int n = std::min(count, m_size);
    int copied = 0;
    while (copied < n) {
        const int chunk = std::min(n - copied, m_capacity - m_head);
        std::copy_n(m_data.constData() + m_head, chunk, out + copied);
        copied += chunk;
        m_head = (m_head + chunk) % m_capacity;
    }
    m_size -= n;
    return n;
}

int AudioRingBuffer::available() const
{
    QMutexLocker lock(&m_mutex);
    return m_size;
}

qint64 AudioRingBuffer::droppedSamples() const
{
    QMutexLocker lock(&m_mutex);
    return m_dropped;
}

void AudioRingBuffer::clear()
{
    QMutexLocker lock(&m_mutex);
    m_head = 0;
    m_size = 0;
}

} // namespace calldeck
