#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cmath>

namespace calldeck {

/// Level floor in dBFS: what silence reads as.
inline constexpr float kSilenceDb = -90.0f;

/// RMS level of a block of 16-bit samples in dBFS (full-scale sine ≈ −3 dBFS), floored at kSilenceDb.
inline float levelDbfs(const qint16* samples, int count)
{
    if (count <= 0)
        return kSilenceDb;
    double sum = 0.0;
    for (int i = 0; i < count; ++i)
        sum += double(samples[i]) * double(samples[i]);
    const double rms = std::sqrt(sum / count) / 32768.0;
    if (rms <= 0.0)
        return kSilenceDb;
    return std::max(kSilenceDb, float(20.0 * std::log10(rms)));
}

} // namespace calldeck
