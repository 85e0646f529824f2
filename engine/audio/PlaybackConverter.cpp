#include "audio/PlaybackConverter.h"

#include "media/AudioFormat.h"

#include <QtEndian>

#include <cstring>

namespace calldeck {

PlaybackConverter::PlaybackConverter(const QAudioFormat& format) : m_format(format)
{
    if (format.sampleRate() != audio_format::kEngineRate && format.sampleRate() > 0)
        m_resampler = std::make_unique<Resampler>(audio_format::kEngineRate, format.sampleRate());
}

PlaybackConverter::~PlaybackConverter() = default;

void PlaybackConverter::convert(const qint16* samples, int count, QByteArray& out)
{
    const std::int16_t* mono = samples;
    qsizetype frames = count;
    if (m_resampler) {
        m_resampled.clear();
        m_resampler->process(std::span<const std::int16_t>(samples, size_t(count)), m_resampled);
        mono = m_resampled.constData();
        frames = m_resampled.size();
    }
    const int channels = std::max(1, m_format.channelCount());
    const int sampleBytes = std::max(1, m_format.bytesPerSample());
    const qsizetype start = out.size();
    out.resize(start + frames * channels * sampleBytes);
    char* p = out.data() + start;
    for (qsizetype i = 0; i < frames; ++i) {
        const qint16 s = mono[i];
        for (int c = 0; c < channels; ++c, p += sampleBytes) {
            switch (m_format.sampleFormat()) {
            case QAudioFormat::UInt8:
                *p = static_cast<char>((s >> 8) + 128);
                break;
            case QAudioFormat::Int32:
                qToLittleEndian<qint32>(qint32(s) * 65536, p);
                break;
            case QAudioFormat::Float: {
                const float f = float(s) / 32768.0f;
                std::memcpy(p, &f, sizeof f);
                break;
            }
            default:
                qToLittleEndian<qint16>(s, p);
                break;
            }
        }
    }
}

void PlaybackConverter::appendSilence(qsizetype sampleFrames, QByteArray& out) const
{
    const qsizetype bytes = sampleFrames * std::max(1, m_format.bytesPerFrame());
    // Unsigned 8-bit silence sits at mid-scale; every other format's silence is all zero bytes.
    out.append(bytes, m_format.sampleFormat() == QAudioFormat::UInt8 ? char(0x80) : '\0');
}

void PlaybackConverter::reset()
{
    if (m_resampler)
        m_resampler->reset();
}

} // namespace calldeck
