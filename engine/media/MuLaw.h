#pragma once

#include <QByteArray>
#include <QList>

#include <cstdint>
#include <span>

namespace calldeck {

/// G.711 μ-law (PCMU), the 16-bit-input variant (bias 132, clip 32635) Twilio Media Streams use.
class MuLaw
{
public:
    /// Encodes one signed 16-bit sample to a μ-law code.
    static std::uint8_t encode(std::int16_t sample);
    /// Decodes one μ-law code (table lookup; range ±32124).
    static std::int16_t decode(std::uint8_t code);

    /// Encodes a block of samples; one byte per sample.
    static QByteArray encode(std::span<const std::int16_t> samples);
    /// Decodes a block of codes into `out` (resized to codes.size()).
    static void decode(const QByteArray& codes, QList<std::int16_t>& out);
};

} // namespace calldeck
