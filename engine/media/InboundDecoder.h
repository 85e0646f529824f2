#pragma once

#include "media/Resampler.h"

#include <QStringView>

#include <cstdint>
#include <vector>

namespace calldeck {

/// Turns Twilio's base64 μ-law payloads (8 kHz) into whole 20 ms engine frames (16 kHz int16,
/// 320 samples), reusing its buffers. Media thread only.
class InboundDecoder
{
public:
    /// Largest payload accepted in one message: one second of audio.
    static constexpr int kMaxPayloadBytes = 8000;

    InboundDecoder();

    /// Decodes one base64 payload; returns the number of μ-law bytes or −1 when the base64 is
    /// invalid, empty or larger than kMaxPayloadBytes (nothing is consumed then).
    int push(QStringView base64);
    /// The next whole engine frame, or null when less than 20 ms is buffered.
    const std::int16_t* nextFrame();

private:
    Resampler m_upsampler;
    std::vector<std::uint8_t> m_codes;
    std::vector<std::int16_t> m_narrow;
    std::vector<std::int16_t> m_wide;
    std::size_t m_wideRead = 0;
};

} // namespace calldeck
