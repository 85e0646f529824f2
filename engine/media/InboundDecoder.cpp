#include "media/InboundDecoder.h"

#include "media/AudioFormat.h"
#include "media/MuLaw.h"
#include "media/TwilioMessageParser.h"

namespace calldeck {

InboundDecoder::InboundDecoder()
    : m_upsampler(audio_format::kTwilioRate, audio_format::kEngineRate),
      m_codes(kMaxPayloadBytes),
      m_narrow(kMaxPayloadBytes)
{
    m_wide.reserve(std::size_t(4) * audio_format::kEngineFrameSamples);
}

int InboundDecoder::push(QStringView base64)
{
    if (base64.isEmpty() || base64.size() > TwilioMessageParser::base64Length(kMaxPayloadBytes))
        return -1;
    const int n = TwilioMessageParser::decodeBase64(base64, m_codes.data(), kMaxPayloadBytes);
    if (n <= 0)
        return -1;
    for (int i = 0; i < n; ++i)
        m_narrow[std::size_t(i)] = MuLaw::decode(m_codes[std::size_t(i)]);

    // Drop what the taps already took before growing, so the buffer stays a few frames long.
    if (m_wideRead > 0) {
        m_wide.erase(m_wide.begin(), m_wide.begin() + std::ptrdiff_t(m_wideRead));
        m_wideRead = 0;
    }
    const std::size_t before = m_wide.size();
    const std::size_t room = std::size_t(n) * 2 + 16;
    m_wide.resize(before + room);
    const int written = m_upsampler.process(std::span<const std::int16_t>(m_narrow.data(), std::size_t(n)),
                                            std::span<std::int16_t>(m_wide.data() + before, room));
    m_wide.resize(before + std::size_t(written));
    return n;
}

const std::int16_t* InboundDecoder::nextFrame()
{
    constexpr auto kFrame = std::size_t(audio_format::kEngineFrameSamples);
    if (m_wide.size() - m_wideRead < kFrame)
        return nullptr;
    const std::int16_t* frame = m_wide.data() + m_wideRead;
    m_wideRead += kFrame;
    return frame;
}

} // namespace calldeck
