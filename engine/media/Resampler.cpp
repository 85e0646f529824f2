#include "media/Resampler.h"

#include <speex/speex_resampler.h>

#include <stdexcept>

namespace calldeck {

struct Resampler::State
{
    SpeexResamplerState* speex = nullptr;
    ~State()
    {
        if (speex)
            speex_resampler_destroy(speex);
    }
};

Resampler::Resampler(int inputRate, int outputRate, int quality)
    : m_state(std::make_unique<State>()), m_inputRate(inputRate), m_outputRate(outputRate)
{
    int err = 0;
    m_state->speex = speex_resampler_init(1, static_cast<spx_uint32_t>(inputRate), static_cast<spx_uint32_t>(outputRate),
                                          quality, &err);
    if (!m_state->speex || err != RESAMPLER_ERR_SUCCESS)
        throw std::invalid_argument("speex_resampler_init failed"); // only for impossible rates
    // Without this the first output block starts with the filter's latency worth of zeros.
    speex_resampler_skip_zeros(m_state->speex);
}

Resampler::~Resampler() = default;

int Resampler::process(std::span<const std::int16_t> input, std::span<std::int16_t> out)
{
    if (input.empty() || out.empty())
        return 0;
    spx_uint32_t inLen = static_cast<spx_uint32_t>(input.size());
    spx_uint32_t outLen = static_cast<spx_uint32_t>(out.size());
    speex_resampler_process_int(m_state->speex, 0, input.data(), &inLen, out.data(), &outLen);
    return static_cast<int>(outLen);
}

int Resampler::process(std::span<const std::int16_t> input, QList<std::int16_t>& output)
{
    const qsizetype before = output.size();
    const qsizetype room = static_cast<qsizetype>(input.size()) * m_outputRate / m_inputRate + 16;
    output.resize(before + room);
    const int written = process(input, std::span<std::int16_t>(output.data() + before, static_cast<size_t>(room)));
    output.resize(before + written);
    return written;
}

void Resampler::reset()
{
    speex_resampler_reset_mem(m_state->speex);
    speex_resampler_skip_zeros(m_state->speex);
}

} // namespace calldeck
