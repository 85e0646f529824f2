#pragma once

#include "media/Resampler.h"

#include <QAudioFormat>
#include <QByteArray>
#include <QList>

#include <memory>

namespace calldeck {

/// Turns engine audio (16 kHz mono int16) into the bytes a playback device asked for: its
/// rate, channel count and sample format (UInt8/Int16/Int32/Float).
class PlaybackConverter
{
public:
    explicit PlaybackConverter(const QAudioFormat& format);
    ~PlaybackConverter();
    PlaybackConverter(const PlaybackConverter&) = delete;
    PlaybackConverter& operator=(const PlaybackConverter&) = delete;

    /// Converts `count` engine samples and appends the device bytes to `out`.
    void convert(const qint16* samples, int count, QByteArray& out);
    /// Appends `sampleFrames` frames of silence in the device format.
    void appendSilence(qsizetype sampleFrames, QByteArray& out) const;
    void reset();

    [[nodiscard]] const QAudioFormat& format() const { return m_format; }

private:
    QAudioFormat m_format;
    std::unique_ptr<Resampler> m_resampler;
    QList<std::int16_t> m_resampled;
};

} // namespace calldeck
