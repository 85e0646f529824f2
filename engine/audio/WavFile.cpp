#include "audio/WavFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace calldeck {

namespace {

constexpr quint16 kFormatPcm = 1;
constexpr quint16 kFormatExtensible = 0xFFFE;
// Sanity bounds: anything outside is a corrupt header, not an exotic file.
constexpr int kMaxRate = 384000;
constexpr int kMaxChannels = 16;

quint16 u16(const char* p) { return qFromLittleEndian<quint16>(p); }
quint32 u32(const char* p) { return qFromLittleEndian<quint32>(p); }

Error invalid(const QString& name, const QString& why)
{
    return Error{ErrorCode::InvalidArgument,
                 QCoreApplication::translate("WavFile", "%1 is not a usable WAV file: %2").arg(name, why)};
}

void putU16(QByteArray& out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void putU32(QByteArray& out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

} // namespace

Result<WavClip> WavFile::read(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return Error{ErrorCode::NotFound, QCoreApplication::translate("WavFile", "Audio file %1 does not exist.").arg(path)};
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io,
                     QCoreApplication::translate("WavFile", "Cannot open audio file %1: %2").arg(path, file.errorString())};
    return parse(file.readAll(), QFileInfo(path).fileName());
}

Result<WavClip> WavFile::parse(const QByteArray& bytes, const QString& name)
{
    const char* data = bytes.constData();
    const qsizetype size = bytes.size();
    if (size < 12 || std::memcmp(data, "RIFF", 4) != 0 || std::memcmp(data + 8, "WAVE", 4) != 0)
        return invalid(name, QCoreApplication::translate("WavFile", "it does not start with a RIFF/WAVE header"));

    WavClip clip;
    int bits = 0;
    bool haveFormat = false;
    qsizetype pos = 12;
    // Chunks may come in any order and include LIST/fact/etc.; walk them all until "data".
    while (pos + 8 <= size) {
        const char* chunk = data + pos;
        const quint32 chunkSize = u32(chunk + 4);
        const qsizetype body = pos + 8;
        if (std::memcmp(chunk, "fmt ", 4) == 0) {
            if (chunkSize < 16 || body + 16 > size)
                return invalid(name, QCoreApplication::translate("WavFile", "the format chunk is truncated"));
            quint16 format = u16(data + body);
            clip.channels = u16(data + body + 2);
            clip.sampleRate = static_cast<int>(u32(data + body + 4));
            bits = u16(data + body + 14);
            if (format == kFormatExtensible && chunkSize >= 40 && body + 26 <= size)
                format = u16(data + body + 24); // first two bytes of the sub-format GUID
            if (format != kFormatPcm)
                return invalid(name, QCoreApplication::translate("WavFile", "only PCM audio is supported (format %1)")
                                         .arg(format));
            haveFormat = true;
        } else if (std::memcmp(chunk, "data", 4) == 0) {
            if (!haveFormat)
                return invalid(name, QCoreApplication::translate("WavFile", "the data chunk comes before the format chunk"));
            if (bits != 16)
                return invalid(name, QCoreApplication::translate("WavFile", "only 16-bit samples are supported (got %1-bit)")
                                         .arg(bits));
            if (clip.channels < 1 || clip.channels > kMaxChannels || clip.sampleRate < 1000 || clip.sampleRate > kMaxRate)
                return invalid(name, QCoreApplication::translate("WavFile", "%1 channels at %2 Hz is not plausible")
                                         .arg(clip.channels)
                                         .arg(clip.sampleRate));
            // Recorders that were cut off leave 0 or 0xFFFFFFFF here; take what is actually present.
            qsizetype available = size - body;
            if (chunkSize != 0 && chunkSize != 0xFFFFFFFFu)
                available = std::min<qsizetype>(available, chunkSize);
            const qsizetype frameBytes = qsizetype(clip.channels) * 2;
            available -= available % frameBytes;
            clip.pcm16 = bytes.mid(body, available);
            return clip;
        }
        pos = body + chunkSize + (chunkSize & 1u); // chunks are padded to even sizes
    }
    return invalid(name, haveFormat ? QCoreApplication::translate("WavFile", "it has no audio data")
                                    : QCoreApplication::translate("WavFile", "it has no format chunk"));
}

QByteArray WavFile::header(int sampleRate, int channels, quint32 dataBytes)
{
    QByteArray out;
    out.reserve(44);
    out.append("RIFF", 4);
    putU32(out, 36 + dataBytes);
    out.append("WAVEfmt ", 8);
    putU32(out, 16);
    putU16(out, kFormatPcm);
    putU16(out, static_cast<quint16>(channels));
    putU32(out, static_cast<quint32>(sampleRate));
    putU32(out, static_cast<quint32>(sampleRate * channels * 2));
    putU16(out, static_cast<quint16>(channels * 2));
    putU16(out, 16);
    out.append("data", 4);
    putU32(out, dataBytes);
    return out;
}

} // namespace calldeck
