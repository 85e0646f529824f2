#pragma once

#include "audio/AudioDevice.h"

#include <QElapsedTimer>
#include <QTimer>

#include <atomic>

namespace calldeck::fakes {

/// A microphone that plays a script: a sine tone for `toneMs`, then silence, in 20 ms frames paced
/// by the event loop (frames it fell behind on are delivered at once, as a real device buffer
/// would). Tests read framesDelivered() and can restart the tone with speak().
class ScriptedAudioInput : public AudioInput
{
    Q_OBJECT
public:
    explicit ScriptedAudioInput(double frequencyHz = 440.0, int amplitude = 8000, QObject* parent = nullptr);

    Status start(FrameSink sink) override;
    void stop() override;
    [[nodiscard]] bool isActive() const override { return m_timer.isActive(); }
    [[nodiscard]] QString deviceName() const override { return QStringLiteral("scripted tone"); }
    [[nodiscard]] float levelDb() const override { return m_level.load(); }

    /// Tone for `durationMs` starting now (silence afterwards).
    void speak(int durationMs);
    [[nodiscard]] int framesDelivered() const { return m_frames.load(); }
    [[nodiscard]] int toneFramesDelivered() const { return m_toneFrames.load(); }

private:
    void tick();

    FrameSink m_sink;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_framesDue = 0;
    qint64 m_toneUntilFrame = 0;
    double m_frequencyHz;
    int m_amplitude;
    qint64 m_phase = 0;
    std::atomic<int> m_frames{0};
    std::atomic<int> m_toneFrames{0};
    std::atomic<float> m_level{-90.0f};
};

/// A speaker that keeps everything written to it (16 kHz mono), for assertions.
class CapturingAudioOutput : public AudioOutput
{
    Q_OBJECT
public:
    using AudioOutput::AudioOutput;

    Status start() override;
    void stop() override { m_active = false; }
    void write(const qint16* samples, int count) override;
    [[nodiscard]] QString deviceName() const override { return QStringLiteral("capture"); }
    [[nodiscard]] float levelDb() const override { return m_level.load(); }

    /// Samples written so far whose frame was not silent (RMS above −50 dBFS).
    [[nodiscard]] qint64 audibleSamples() const { return m_audible.load(); }
    [[nodiscard]] qint64 totalSamples() const { return m_total.load(); }

private:
    std::atomic<bool> m_active{false};
    std::atomic<qint64> m_audible{0};
    std::atomic<qint64> m_total{0};
    std::atomic<float> m_level{-90.0f};
};

} // namespace calldeck::fakes
