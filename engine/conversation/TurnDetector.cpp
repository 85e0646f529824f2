#include "conversation/TurnDetector.h"

#include "media/AudioFormat.h"

#include <algorithm>

namespace calldeck {

TurnDetector::TurnDetector(double threshold, int silenceMs, int minSpeechMs)
    : m_thresholdDb(float(-60.0 + 40.0 * std::clamp(threshold, 0.0, 1.0))),
      m_silenceMs(std::max(audio_format::kFrameMs, silenceMs)),
      m_minSpeechMs(std::max(audio_format::kFrameMs, minSpeechMs))
{
}

TurnDetector::Event TurnDetector::feed(float levelDb, qint64 streamMs)
{
    const qint64 frameEnd = streamMs + audio_format::kFrameMs;
    if (levelDb > m_thresholdDb) {
        if (m_runStartMs < 0)
            m_runStartMs = streamMs;
        m_lastVoicedEndMs = frameEnd;
        if (!m_speaking && frameEnd - m_runStartMs >= m_minSpeechMs) {
            m_speaking = true;
            m_speechStartMs = m_runStartMs;
            return Event::SpeechStarted;
        }
        return Event::None;
    }
    // A quiet frame breaks a voiced run that has not yet become speech.
    if (!m_speaking) {
        m_runStartMs = -1;
        return Event::None;
    }
    m_runStartMs = -1;
    if (frameEnd - m_lastVoicedEndMs >= m_silenceMs) {
        m_speaking = false;
        return Event::TurnEnded;
    }
    return Event::None;
}

void TurnDetector::reset()
{
    m_speaking = false;
    m_runStartMs = -1;
    m_speechStartMs = -1;
    m_lastVoicedEndMs = -1;
}

} // namespace calldeck
