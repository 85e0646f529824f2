#pragma once

// Helpers shared by the media tests: a thread-safe recording tap and tone analysis.

#include "media/MediaTap.h"
#include "media/MuLaw.h"

#include <QByteArray>
#include <QList>
#include <QMutex>

#include <cmath>
#include <numbers>
#include <vector>

namespace calldeck::test {

/// Records every frame a MediaStream hands to its taps (called on the media thread).
class RecordingTap : public MediaTap
{
public:
    void inboundFrame(const qint16* samples, int count, qint64 streamMs) override
    {
        QMutexLocker lock(&m_mutex);
        m_inbound.insert(m_inbound.end(), samples, samples + count);
        m_inboundSizes.append(count);
        m_streamMs.append(streamMs);
    }
    void outboundFrame(const qint16* samples, int count) override
    {
        QMutexLocker lock(&m_mutex);
        m_outbound.insert(m_outbound.end(), samples, samples + count);
        m_outboundSizes.append(count);
    }
    int inboundFrames() const { QMutexLocker lock(&m_mutex); return int(m_inboundSizes.size()); }
    int outboundFrames() const { QMutexLocker lock(&m_mutex); return int(m_outboundSizes.size()); }
    QList<int> inboundSizes() const { QMutexLocker lock(&m_mutex); return m_inboundSizes; }
    QList<int> outboundSizes() const { QMutexLocker lock(&m_mutex); return m_outboundSizes; }
    std::vector<qint16> inbound() const { QMutexLocker lock(&m_mutex); return m_inbound; }
    std::vector<qint16> outbound() const { QMutexLocker lock(&m_mutex); return m_outbound; }

private:
    mutable QMutex m_mutex;
    std::vector<qint16> m_inbound;
    std::vector<qint16> m_outbound;
    QList<int> m_inboundSizes;
    QList<int> m_outboundSizes;
    QList<qint64> m_streamMs;
};

/// `ms` of a sine at 16 kHz, as the bytes MediaStream::playAudio() takes.
inline QByteArray sine16k(double hz, int ms, double amplitude = 8000.0)
{
    const int n = 16 * ms;
    QByteArray out(n * 2, Qt::Uninitialized);
    auto* s = reinterpret_cast<qint16*>(out.data());
    for (int i = 0; i < n; ++i)
        s[i] = qint16(std::lround(amplitude * std::sin(2.0 * std::numbers::pi * hz * i / 16000.0)));
    return out;
}

inline std::vector<qint16> decodeMuLaw(const QByteArray& codes)
{
    std::vector<qint16> out(size_t(codes.size()));
    for (qsizetype i = 0; i < codes.size(); ++i)
        out[size_t(i)] = MuLaw::decode(std::uint8_t(codes[i]));
    return out;
}

/// Frequency from zero crossings (≈ 2 per period).
inline double zeroCrossingHz(const qint16* s, size_t n, int rate)
{
    int crossings = 0;
    for (size_t i = 1; i < n; ++i)
        if ((s[i - 1] < 0) != (s[i] < 0))
            ++crossings;
    return crossings / 2.0 / (double(n) / rate);
}

/// Relative power of `hz` in a block (Goertzel).
inline double goertzel(const qint16* s, size_t n, int rate, double hz)
{
    const double w = 2.0 * std::numbers::pi * hz / rate;
    const double c = 2.0 * std::cos(w);
    double s1 = 0.0;
    double s2 = 0.0;
    for (size_t i = 0; i < n; ++i) {
        const double s0 = s[i] + c * s1 - s2;
        s2 = s1;
        s1 = s0;
    }
    return (s1 * s1 + s2 * s2 - c * s1 * s2) / double(n * n);
}

} // namespace calldeck::test
