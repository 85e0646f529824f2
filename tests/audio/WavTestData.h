#pragma once

#include "audio/WavFile.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QtEndian>

#include <cmath>
#include <numbers>

namespace calldeck::test {

/// A 16-bit PCM WAV of a sine on every channel.
inline QByteArray toneWav(int rate, int channels, double seconds, double hz, double amplitude = 10000.0)
{
    const int frames = int(std::lround(rate * seconds));
    QByteArray pcm(qsizetype(frames) * channels * 2, Qt::Uninitialized);
    for (int i = 0; i < frames; ++i) {
        const auto v = qint16(std::lround(amplitude * std::sin(2.0 * std::numbers::pi * hz * i / rate)));
        for (int c = 0; c < channels; ++c)
            qToLittleEndian<qint16>(v, pcm.data() + (qsizetype(i) * channels + c) * 2);
    }
    return WavFile::header(rate, channels, quint32(pcm.size())) + pcm;
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/// Frequency of a clean tone from its zero crossings.
inline double zeroCrossingHz(const QList<qint16>& s, int rate)
{
    int crossings = 0;
    for (qsizetype i = 1; i < s.size(); ++i) {
        if ((s[i - 1] < 0) != (s[i] < 0))
            ++crossings;
    }
    return crossings / 2.0 / (double(s.size()) / rate);
}

} // namespace calldeck::test
