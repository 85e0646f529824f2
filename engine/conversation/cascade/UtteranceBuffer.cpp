#include "conversation/cascade/UtteranceBuffer.h"

#include "media/AudioFormat.h"

#include <algorithm>

namespace calldeck {

namespace {
// The level detector backdates speech start a little; keep this much beyond the padding.
constexpr int kSlackMs = 1000;
} // namespace

UtteranceBuffer::UtteranceBuffer(int prefixPaddingMs, int maxUtteranceMs)
    : m_prefixMs(std::max(0, prefixPaddingMs)), m_maxMs(std::max(1000, maxUtteranceMs))
{
}

void UtteranceBuffer::push(const qint16* samples, int count, qint64 streamMs)
{
    const qint64 frameMs = qint64(count) * 1000 / audio_format::kEngineRate;
    if (m_capturing && m_capturedMs + frameMs > m_maxMs)
        return;   // a turn longer than the cap is cut; the model gets the first minute
    m_frames.append(Frame{streamMs, QByteArray(reinterpret_cast<const char*>(samples), count * 2)});
    if (m_capturing) {
        m_capturedMs += frameMs;
    } else {
        trim(streamMs - m_prefixMs - kSlackMs);
    }
}

void UtteranceBuffer::begin(qint64 speechStartMs)
{
    trim(speechStartMs - m_prefixMs);
    m_capturing = true;
    m_capturedMs = 0;
    for (const Frame& f : std::as_const(m_frames))
        m_capturedMs += f.pcm.size() / 2 * 1000 / audio_format::kEngineRate;
}

QByteArray UtteranceBuffer::take()
{
    QByteArray out;
    for (const Frame& f : std::as_const(m_frames))
        out += f.pcm;
    m_frames.clear();
    m_capturing = false;
    m_capturedMs = 0;
    return out;
}

void UtteranceBuffer::trim(qint64 keepFromMs)
{
    qsizetype drop = 0;
    while (drop < m_frames.size() && m_frames.at(drop).streamMs + audio_format::kFrameMs <= keepFromMs)
        ++drop;
    if (drop > 0)
        m_frames.remove(0, drop);
}

} // namespace calldeck
