#pragma once

#include <QtGlobal>

namespace calldeck {

/// Energy-based turn detection for agents that have no server-side VAD (cascade, offline): feed
/// the callee's 20 ms frames in order; it says when speech starts and when the turn ends (speech
/// followed by `silenceMs` of quiet). Deterministic and allocation free; one per call.
class TurnDetector
{
public:
    enum class Event
    {
        None,
        SpeechStarted,   ///< enough voiced frames in a row: the callee is talking
        TurnEnded,       ///< the callee spoke and has now been quiet for silenceMs
    };

    /// `threshold` 0–1 as in the Realtime server VAD (0.5 default): mapped to −60 … −20 dBFS.
    explicit TurnDetector(double threshold = 0.5, int silenceMs = 500, int minSpeechMs = 60);

    /// One frame's level in dBFS and its time on the stream clock (ms).
    Event feed(float levelDb, qint64 streamMs);

    [[nodiscard]] bool speaking() const { return m_speaking; }
    /// Stream time the current/last speech started (backdated to its first voiced frame).
    [[nodiscard]] qint64 speechStartMs() const { return m_speechStartMs; }
    /// Stream time of the last voiced frame's end, i.e. where the finished turn's speech ended.
    [[nodiscard]] qint64 speechEndMs() const { return m_lastVoicedEndMs; }
    [[nodiscard]] float thresholdDb() const { return m_thresholdDb; }
    void reset();

private:
    float m_thresholdDb;
    int m_silenceMs;
    int m_minSpeechMs;
    bool m_speaking = false;
    qint64 m_runStartMs = -1;      ///< first frame of the current voiced run
    qint64 m_speechStartMs = -1;
    qint64 m_lastVoicedEndMs = -1;
};

} // namespace calldeck
