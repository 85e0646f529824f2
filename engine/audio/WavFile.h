#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace calldeck {

/// Contents of a PCM WAV file: interleaved signed 16-bit little-endian samples.
struct WavClip
{
    int sampleRate = 0;
    int channels = 0;
    QByteArray pcm16; ///< interleaved int16 samples, little-endian
};

/// Reads and writes RIFF/WAVE files with 16-bit PCM (plain or WAVE_FORMAT_EXTENSIBLE).
class WavFile
{
public:
    /// Loads a whole file; the error names the file and says what is wrong with it.
    static Result<WavClip> read(const QString& path);
    /// Parses WAV bytes already in memory; `name` only appears in error messages.
    static Result<WavClip> parse(const QByteArray& bytes, const QString& name);
    /// The 44-byte canonical header for `dataBytes` of 16-bit PCM.
    static QByteArray header(int sampleRate, int channels, quint32 dataBytes);
};

} // namespace calldeck
