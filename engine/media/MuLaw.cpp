#include "media/MuLaw.h"

#include <array>

namespace calldeck {

namespace {

constexpr int kBias = 0x84;
constexpr int kClip = 32635;

constexpr std::int16_t decodeOne(std::uint8_t code)
{
    const int u = ~code & 0xFF;
    int t = ((u & 0x0F) << 3) + kBias;
    t <<= (u & 0x70) >> 4;
    return static_cast<std::int16_t>((u & 0x80) ? kBias - t : t - kBias);
}

constexpr std::array<std::int16_t, 256> makeDecodeTable()
{
    std::array<std::int16_t, 256> table{};
    for (int code = 0; code < 256; ++code) {
        table[static_cast<std::size_t>(code)] = decodeOne(static_cast<std::uint8_t>(code));
    }
    return table;
}

constexpr std::array<std::int16_t, 256> kDecodeTable = makeDecodeTable();

} // namespace

std::uint8_t MuLaw::encode(std::int16_t sample)
{
    int x = sample; // 32-bit: -(-32768) must not overflow
    const int sign = x < 0 ? 0x80 : 0;
    int magnitude = x < 0 ? -x : x;
    if (magnitude > kClip) {
        magnitude = kClip;
    }
    magnitude += kBias;
    int exponent = 7;
    for (int mask = 0x4000; (magnitude & mask) == 0 && exponent > 0; mask >>= 1) {
        --exponent;
    }
    const int mantissa = (magnitude >> (exponent + 3)) & 0x0F;
    return static_cast<std::uint8_t>(~(sign | (exponent << 4) | mantissa) & 0xFF);
}

std::int16_t MuLaw::decode(std::uint8_t code)
{
    return kDecodeTable[code];
}

QByteArray MuLaw::encode(std::span<const std::int16_t> samples)
{
    QByteArray out(static_cast<qsizetype>(samples.size()), Qt::Uninitialized);
    auto* dst = reinterpret_cast<std::uint8_t*>(out.data());
    for (std::size_t i = 0; i < samples.size(); ++i) {
        dst[i] = encode(samples[i]);
    }
    return out;
}

void MuLaw::decode(const QByteArray& codes, QList<std::int16_t>& out)
{
    out.resize(codes.size());
    const auto* src = reinterpret_cast<const std::uint8_t*>(codes.constData());
    for (qsizetype i = 0; i < codes.size(); ++i) {
        out[i] = kDecodeTable[src[i]];
    }
}

} // namespace calldeck
