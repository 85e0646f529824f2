#pragma once

#include <QMutex>
#include <QtGlobal>

#include <atomic>

struct SpeexEchoState_;
struct SpeexPreprocessState_;

namespace calldeck {

/// Removes the far end's voice that leaks from the speakers back into the microphone (speexdsp
/// MDF echo canceller plus residual-echo suppression), for agents without a headset. Works on
/// engine audio: 16 kHz mono, 320-sample frames. playback() and process() may run on
/// different threads (speaker and microphone).
class EchoCanceller
{
public:
    /// `tailMs` is the longest echo path it models (room reverberation + device latency).
    explicit EchoCanceller(int tailMs = 200);
    ~EchoCanceller();
    EchoCanceller(const EchoCanceller&) = delete;
    EchoCanceller& operator=(const EchoCanceller&) = delete;

    /// Records what went to the speaker (the far-end reference). `count` should be 320.
    void playback(const qint16* samples, int count);
    /// Removes the echo of earlier playback() audio from a microphone frame, in place.
    void process(qint16* mic, int count);

    /// Off passes the microphone through untouched (headset in use).
    void setEnabled(bool enabled);
    [[nodiscard]] bool isEnabled() const { return m_enabled; }
    /// Forgets the learnt echo path (after a device change).
    void reset();

    /// Echo return loss enhancement in dB: how much quieter the microphone is after cancelling,
    /// averaged over the last second of far-end activity. 0 until it has something to measure.
    [[nodiscard]] float erleDb() const { return m_erleDb; }

private:
    void processFrame(qint16* mic);
    void createStates();
    void destroyStates();

    QMutex m_mutex;
    SpeexEchoState_* m_echo = nullptr;
    SpeexPreprocessState_* m_preprocess = nullptr;
    int m_tailSamples;
    std::atomic<bool> m_enabled{true};
    std::atomic<float> m_erleDb{0.0f};
    double m_inEnergy = 0.0;  ///< microphone energy of the current measuring window
    double m_outEnergy = 0.0; ///< energy after cancelling, same window
    int m_windowFrames = 0;
    bool m_farEndActive = false;
};

} // namespace calldeck
