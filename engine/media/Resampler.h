#pragma once

#include <QList>

#include <cstdint>
#include <memory>
#include <span>

namespace calldeck {

/// Streaming sample-rate converter for mono 16-bit audio (speexdsp). Keeps filter state between
/// calls, so a stream is converted frame by frame without clicks. Not thread-safe: one per stream
/// and direction.
class Resampler
{
public:
    /// `quality` 0 (fastest) … 10 (best); 4 is transparent for telephone-band speech.
    Resampler(int inputRate, int outputRate, int quality = 4);
    ~Resampler();
    Resampler(const Resampler&) = delete;
    Resampler& operator=(const Resampler&) = delete;

    [[nodiscard]] int inputRate() const { return m_inputRate; }
    [[nodiscard]] int outputRate() const { return m_outputRate; }

    /// Converts `input`, appending the produced samples to `output`; returns how many were added.
    int process(std::span<const std::int16_t> input, QList<std::int16_t>& output);
    /// Converts into a caller-owned buffer; returns samples written (≤ out.size()). `out` should
    /// hold at least input.size() * outputRate / inputRate + 1 samples.
    int process(std::span<const std::int16_t> input, std::span<std::int16_t> out);
    /// Forgets filter history (after a gap or a clear).
    void reset();

private:
    struct State;
    std::unique_ptr<State> m_state;
    int m_inputRate;
    int m_outputRate;
};

} // namespace calldeck
