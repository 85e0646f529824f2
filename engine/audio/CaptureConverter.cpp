#include "audio/CaptureConverter.h"

#include "media/AudioFormat.h"

#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace calldeck {

namespace {

// One sample of any supported format as a float in [-1, 1).
float sampleAt(const char* p, QAudioFormat::SampleFormat format)
{
    switch (format) {
    case QAudioFormat::UInt8:
        return (float(static_cast<unsigned char>(*p)) - 128.0f) / 128.0f;
    case QAudioFormat::Int16:
        return float(qFromLittleEndian<qint16>(p)) / 32768.0f;
    case QAudioFormat::Int32:
        return float(double(qFromLittleEndian<qint32>(p)) / 2147483648.0);
    case QAudioFormat::Float: {
        float f = 0.0f;
        std::memcpy(&f, p, sizeof f);
        return f;
    }
    default:
        return 0.0f;
    }
}

qint16 toInt16(float v)
{
    const float scaled = std::round(v * 32768.0f);
    return static_cast<qint16>(std::clamp(scaled, -32768.0f, 32767.0f));
}

} // namespace

CaptureConverter::CaptureConverter(const QAudioFormat& format, FrameCallback onFrame)
    : m_format(format), m_onFrame(std::move(onFrame))
{
    if (format.sampleRate() != audio_format::kEngineRate && format.sampleRate() > 0)
        m_resampler = std::make_unique<Resampler>(format.sampleRate(), audio_format::kEngineRate);
    m_frame.reserve(audio_format::kEngineFrameSamples);
}

CaptureConverter::~CaptureConverter() = default;

bool CaptureConverter::canConvert(const QAudioFormat& format)
{
    const auto sf = format.sampleFormat();
    return format.sampleRate() >= 1000 && format.channelCount() >= 1
           && (sf == QAudioFormat::UInt8 || sf == QAudioFormat::Int16 || sf == QAudioFormat::Int32
               || sf == QAudioFormat::Float);
}

void CaptureConverter::push(const char* bytes, qsizetype size)
{
    const int channels = std::max(1, m_format.channelCount());
    const int sampleBytes = std::max(1, m_format.bytesPerSample());
    const qsizetype frameBytes = qsizetype(channels) * sampleBytes;

    // Devices may hand over buffers that split a sample frame; stitch it to the next buffer.
    QByteArray joined;
    if (!m_partial.isEmpty()) {
        joined = m_partial + QByteArray::fromRawData(bytes, size);
        m_partial.clear();
        bytes = joined.constData();
        size = joined.size();
    }
    const qsizetype frames = size / frameBytes;
    if (size % frameBytes != 0)
        m_partial = QByteArray(bytes + frames * frameBytes, size - frames * frameBytes);

    m_mono.resize(frames);
    const auto format = m_format.sampleFormat();
    for (qsizetype i = 0; i < frames; ++i) {
        const char* p = bytes + i * frameBytes;
        if (channels == 1 && format == QAudioFormat::Int16) {
            m_mono[i] = qFromLittleEndian<qint16>(p);
            continue;
        }
        float sum = 0.0f;
        for (int c = 0; c < channels; ++c)
            sum += sampleAt(p + c * sampleBytes, format);
        m_mono[i] = toInt16(sum / float(channels));
    }
    if (frames == 0)
        return;
    if (!m_resampler) {
        deliver(m_mono.constData(), int(m_mono.size()));
        return;
    }
    m_resampled.clear();
    m_resampler->process(std::span<const std::int16_t>(m_mono.constData(), size_t(m_mono.size())), m_resampled);
    deliver(m_resampled.constData(), int(m_resampled.size()));
}

void CaptureConverter::deliver(const qint16* mono, int count)
{
    const int frameSamples = audio_format::kEngineFrameSamples;
    int offset = 0;
    while (offset < count) {
        const int take = std::min(count - offset, frameSamples - int(m_frame.size()));
        const qsizetype old = m_frame.size();
        m_frame.resize(old + take);
        std::copy_n(mono + offset, take, m_frame.data() + old);
        offset += take;
        if (m_frame.size() == frameSamples) {
            if (m_onFrame)
                m_onFrame(m_frame.constData(), frameSamples);
            m_frame.clear();
        }
    }
}

void CaptureConverter::flush()
{
    if (m_frame.isEmpty())
        return;
    m_frame.resize(audio_format::kEngineFrameSamples, 0);
    if (m_onFrame)
        m_onFrame(m_frame.constData(), int(m_frame.size()));
    m_frame.clear();
}

void CaptureConverter::reset()
{
    m_partial.clear();
    m_frame.clear();
    if (m_resampler)
        m_resampler->reset();
}

} // namespace calldeck
