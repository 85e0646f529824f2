#include "audio/EchoCanceller.h"

#include "media/AudioFormat.h"

#include <speex/speex_echo.h>
#include <speex/speex_preprocess.h>

#include <algorithm>
#include <cmath>

namespace calldeck {

namespace {
constexpr int kFrame = audio_format::kEngineFrameSamples;
constexpr int kWindowFrames = 50; // 1 s of 20 ms frames per ERLE reading
// Far-end quieter than this (≈ −50 dBFS RMS) leaves nothing to cancel and would only add noise to ERLE.
constexpr double kFarEndActiveEnergy = 320.0 * 100.0 * 100.0;

double energy(const qint16* s, int n)
{
    double e = 0.0;
    for (int i = 0; i < n; ++i)
        e += double(s[i]) * double(s[i]);
    return e;
}
} // namespace

EchoCanceller::EchoCanceller(int tailMs) : m_tailSamples(audio_format::kEngineRate * tailMs / 1000)
{
    createStates();
}

EchoCanceller::~EchoCanceller()
{
    destroyStates();
}

void EchoCanceller::createStates()
{
    m_echo = speex_echo_state_init(kFrame, m_tailSamples);
    int rate = audio_format::kEngineRate;
    speex_echo_ctl(m_echo, SPEEX_ECHO_SET_SAMPLING_RATE, &rate);
    m_preprocess = speex_preprocess_state_init(kFrame, rate);
    // The preprocessor's residual-echo suppressor needs the canceller's echo estimate.
    speex_preprocess_ctl(m_preprocess, SPEEX_PREPROCESS_SET_ECHO_STATE, m_echo);
    // Stationary noise suppression is not this class's job, and it took about 5 dB off a steady
    // near-end voice during double talk; the residual-echo suppressor keeps working without it.
    int denoise = 0;
    speex_preprocess_ctl(m_preprocess, SPEEX_PREPROCESS_SET_DENOISE, &denoise);
}

void EchoCanceller::destroyStates()
{
    if (m_preprocess)
        speex_preprocess_state_destroy(m_preprocess);
    if (m_echo)
        speex_echo_state_destroy(m_echo);
    m_preprocess = nullptr;
    m_echo = nullptr;
}

void EchoCanceller::playback(const qint16* samples, int count)
{
    if (!m_enabled)
        return;
    QMutexLocker lock(&m_mutex);
    // speexdsp works on exact frames; other sizes are split, a short tail is dropped.
    for (int offset = 0; offset + kFrame <= count; offset += kFrame) {
        speex_echo_playback(m_echo, samples + offset);
        if (energy(samples + offset, kFrame) > kFarEndActiveEnergy)
            m_farEndActive = true;
    }
}

void EchoCanceller::process(qint16* mic, int count)
{
    if (!m_enabled)
        return;
    QMutexLocker lock(&m_mutex);
    for (int offset = 0; offset + kFrame <= count; offset += kFrame)
        processFrame(mic + offset);
}

void EchoCanceller::processFrame(qint16* mic)
{
    qint16 out[kFrame];
    const double before = energy(mic, kFrame);
    speex_echo_capture(m_echo, mic, out);
    speex_preprocess_run(m_preprocess, out);
    std::copy_n(out, kFrame, mic);

    // Only frames with far-end audio say anything about echo; silence would read as 0 dB.
    if (!m_farEndActive)
        return;
    m_farEndActive = false;
    m_inEnergy += before;
    m_outEnergy += energy(mic, kFrame);
    if (++m_windowFrames < kWindowFrames)
        return;
    if (m_inEnergy > 0.0)
        m_erleDb = float(10.0 * std::log10(m_inEnergy / std::max(m_outEnergy, 1.0)));
    m_inEnergy = m_outEnergy = 0.0;
    m_windowFrames = 0;
}

void EchoCanceller::setEnabled(bool enabled)
{
    if (m_enabled.exchange(enabled) == enabled)
        return;
    // A path learnt before a pause is stale; start fresh when switched back on.
    if (enabled)
        reset();
}

void EchoCanceller::reset()
{
    QMutexLocker lock(&m_mutex);
    speex_echo_state_reset(m_echo);
    // The preprocessor keeps a pointer to the echo state, which reset leaves valid.
    m_inEnergy = m_outEnergy = 0.0;
    m_windowFrames = 0;
    m_farEndActive = false;
    m_erleDb = 0.0f;
}

} // namespace calldeck
