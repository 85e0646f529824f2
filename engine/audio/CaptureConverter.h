#pragma once

#include "media/Resampler.h"

#include <QAudioFormat>
#include <QByteArray>
#include <QList>

#include <functional>
#include <memory>

namespace calldeck {

/// Turns raw device or file audio (Int16/Int32/Float/UInt8, any rate and channel count) into
/// engine audio: 16 kHz mono int16, delivered as whole 320-sample frames.
class CaptureConverter
{
public:
    using FrameCallback = std::function<void(const qint16* samples, int count)>;

    /// `format` describes the bytes that push() will receive.
    CaptureConverter(const QAudioFormat& format, FrameCallback onFrame);
    ~CaptureConverter();
    CaptureConverter(const CaptureConverter&) = delete;
    CaptureConverter& operator=(const CaptureConverter&) = delete;

    /// Converts `size` bytes; a trailing partial sample frame is kept for the next call.
    void push(const char* bytes, qsizetype size);
    /// Emits what is left as a last frame padded with silence (end of a file).
    void flush();
    /// Forgets partial data and filter history.
    void reset();

    [[nodiscard]] const QAudioFormat& format() const { return m_format; }
    /// True when the format is one this converter can read.
    static bool canConvert(const QAudioFormat& format);

private:
    void deliver(const qint16* mono, int count);

    QAudioFormat m_format;
    FrameCallback m_onFrame;
    std::unique_ptr<Resampler> m_resampler; ///< null when the input already runs at 16 kHz
    QByteArray m_partial;                   ///< bytes of an incomplete multi-channel sample frame
    QList<std::int16_t> m_mono;             ///< scratch: downmixed input
    QList<std::int16_t> m_resampled;        ///< scratch: resampler output
    QList<qint16> m_frame;                  ///< engine samples waiting to fill 320
};

} // namespace calldeck
