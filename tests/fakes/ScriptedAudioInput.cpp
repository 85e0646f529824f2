#include "fakes/ScriptedAudioInput.h"

#include "media/AudioFormat.h"
#include "media/AudioLevel.h"

#include <array>
#include <cmath>
#include <numbers>

namespace calldeck::fakes {

ScriptedAudioInput::ScriptedAudioInput(double frequencyHz, int amplitude, QObject* parent)
    : AudioInput(parent), m_frequencyHz(frequencyHz), m_amplitude(amplitude)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(10);
    connect(&m_timer, &QTimer::timeout, this, &ScriptedAudioInput::tick);
}

Status ScriptedAudioInput::start(FrameSink sink)
{
    m_sink = std::move(sink);
    m_clock.start();
    m_framesDue = 0;
    m_timer.start();
    return {};
}

void ScriptedAudioInput::stop()
{
    m_timer.stop();
}

void ScriptedAudioInput::speak(int durationMs)
{
    const qint64 now = m_clock.isValid() ? m_clock.elapsed() / audio_format::kFrameMs : 0;
    m_toneUntilFrame = std::max(m_framesDue, now) + durationMs / audio_format::kFrameMs;
}

void ScriptedAudioInput::tick()
{
    const qint64 due = m_clock.elapsed() / audio_format::kFrameMs;
    std::array<qint16, audio_format::kEngineFrameSamples> frame{};
    while (m_framesDue < due) {
        const bool tone = m_framesDue < m_toneUntilFrame;
        for (auto& sample : frame) {
            sample = tone ? qint16(std::lround(m_amplitude * std::sin(2.0 * std::numbers::pi * m_frequencyHz *
                                                                      double(m_phase) / audio_format::kEngineRate)))
                          : qint16(0);
            ++m_phase;
        }
        m_level.store(levelDbfs(frame.data(), int(frame.size())));
        if (m_sink)
            m_sink(frame.data(), int(frame.size()));
        ++m_frames;
        if (tone)
            ++m_toneFrames;
        ++m_framesDue;
    }
}

Status CapturingAudioOutput::start()
{
    m_active = true;
    return {};
}

void CapturingAudioOutput::write(const qint16* samples, int count)
{
    const float level = levelDbfs(samples, count);
    m_level.store(level);
    m_total += count;
    if (level > -50.0f)
        m_audible += count;
}

} // namespace calldeck::fakes
