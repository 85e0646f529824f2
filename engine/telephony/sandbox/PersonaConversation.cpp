#include "telephony/sandbox/PersonaConversation.h"

#include "media/AudioFormat.h"
#include "media/MuLaw.h"
#include "telephony/sandbox/SandboxLog.h"
#include "telephony/sandbox/SandboxMediaClient.h"
#include "telephony/sandbox/SpeechSynth.h"

#include <QTimer>

#include <atomic>
#include <cmath>
#include <numbers>

namespace calldeck::sandbox {

namespace {

// Caller speech: frames above this level count as voice (telephone speech sits around −30…−15 dBFS).
constexpr float kSpeechThresholdDb = -42.0f;
// Two frames of voice make an utterance; a click or a single loud frame does not.
constexpr int kMinSpeechFrames = 3;
// End of the caller's turn: this much quiet after speech (real time, like a person listening).
constexpr int kEndOfTurnMs = 700;
// A long silence after the persona finished before it asks "Hello?" (scaled by the time scale).
constexpr int kPromptAfterMs = 6000;
constexpr int kPromptMinimumMs = 2000;
constexpr int kMaxPrompts = 2;
constexpr int kFrameMs = audio_format::kFrameMs;

quint64 nextRequestId()
{
    static std::atomic<quint64> counter{0};
    return ++counter;
}

// What a voicemail beep sounds like: 300 ms quiet, 500 ms of 1 kHz.
QByteArray beep()
{
    constexpr int rate = audio_format::kTwilioRate;
    QList<std::int16_t> pcm(rate * 3 / 10, 0);
    for (int i = 0; i < rate / 2; ++i) {
        pcm.append(std::int16_t(9000.0 * std::sin(2.0 * std::numbers::pi * 1000.0 * i / rate)));
    }
    return MuLaw::encode(std::span<const std::int16_t>(pcm.constData(), size_t(pcm.size())));
}

} // namespace

PersonaConversation::PersonaConversation(Persona persona, SpeechSynth* synth, double timeScale, QObject* parent)
    : QObject(parent)
    , m_persona(std::move(persona))
    , m_synth(synth)
    , m_timeScale(timeScale)
{
    if (synth) {
        connect(synth, &SpeechSynth::synthesized, this, &PersonaConversation::onSynthesized);
    }
}

int PersonaConversation::scaledFrames(int ms, int minimumMs) const
{
    const int scaled = std::max(minimumMs, int(std::lround(ms * m_timeScale)));
    return std::max(1, scaled / kFrameMs);
}

void PersonaConversation::prepare()
{
    request(m_persona.greeting);
    for (const PersonaTurn& turn : std::as_const(m_persona.turns)) {
        request(turn.text);
    }
    if (!m_persona.prompt.isEmpty()) {
        request(m_persona.prompt);
    }
    if (!m_persona.closing.isEmpty()) {
        request(m_persona.closing);
    }
}

void PersonaConversation::request(const QString& text)
{
    if (text.isEmpty() || !m_synth) {
        return;
    }
    const quint64 id = nextRequestId();
    m_requests.insert(id, text);
    QMetaObject::invokeMethod(
        m_synth.data(),
        [synth = m_synth, id, text, voice = m_persona.voice, rate = m_persona.rateWpm] {
            if (synth) {
                synth->synthesize(id, text, voice, rate);
            }
        },
        Qt::QueuedConnection);
}

void PersonaConversation::onSynthesized(quint64 requestId, const QByteArray& mulaw, const QString& error)
{
    const auto it = m_requests.find(requestId);
    if (it == m_requests.end()) {
        return; // another call's line
    }
    const QString text = it.value();
    m_requests.erase(it);
    if (!error.isEmpty() || mulaw.isEmpty()) {
        if (!m_failed) {
            m_failed = true;
            Q_EMIT failed(error);
        }
        return;
    }
    m_audio.insert(text, mulaw);
    if (!m_ready && text == m_persona.greeting) {
        m_ready = true;
        Q_EMIT ready();
    }
    if (!m_waitingLine.isEmpty() && m_audio.contains(m_waitingLine)) {
        startNextLine();
    }
}

void PersonaConversation::attach(SandboxMediaClient* media)
{
    m_media = media;
    connect(media, &SandboxMediaClient::framePlayed, this, &PersonaConversation::onFramePlayed);
    connect(media, &SandboxMediaClient::speechFinished, this, &PersonaConversation::onSpeechFinished);
    const After after = m_persona.outcome == PersonaOutcome::Voicemail ? After::Voicemail : After::Listen;
    say(m_persona.greeting, after);
}

void PersonaConversation::say(const QString& text, After after)
{
    m_waitingLine = text;
    m_waitingAfter = after;
    if (m_audio.contains(text)) {
        startNextLine();
    } else if (!m_requests.values().contains(text)) {
        request(text);
    }
}

void PersonaConversation::startNextLine()
{
    if (!m_media || m_hungUp) {
        return;
    }
    m_currentLine = std::exchange(m_waitingLine, QString());
    m_after = m_waitingAfter;
    QByteArray audio = m_audio.value(m_currentLine);
    if (m_after == After::Voicemail && m_persona.beep) {
        audio += beep();
    }
    m_media->speak(audio);
    m_respondWhenDone = false;
}

void PersonaConversation::onSpeechFinished()
{
    if (m_currentLine.isEmpty()) {
        return;
    }
    const QString line = std::exchange(m_currentLine, QString());
    m_idleFrames = 0;
    Q_EMIT lineSpoken(line);
    if (m_after == After::HangUp) {
        // A short breath after the last word, as a person puts the phone down.
        QTimer::singleShot(std::max(200, int(std::lround(1000 * m_timeScale))), this, [this] {
            if (!m_hungUp) {
                m_hungUp = true;
                Q_EMIT hangUpRequested();
            }
        });
    } else if (m_after == After::Voicemail) {
        const int waitMs = std::max(500, int(std::lround(m_persona.hangUpAfterSeconds * 1000 * m_timeScale)));
        QTimer::singleShot(waitMs, this, [this] {
            if (!m_hungUp) {
                qCInfo(lcSandbox) << "The voicemail of" << m_persona.name << "stopped recording";
                m_hungUp = true;
                Q_EMIT hangUpRequested();
            }
        });
    } else if (m_respondWhenDone) {
        m_respondWhenDone = false;
        respond();
    }
}

void PersonaConversation::onFramePlayed(float levelDb)
{
    if (m_hungUp || m_after == After::Voicemail) {
        return;
    }
    const bool personaBusy = !m_currentLine.isEmpty() || !m_waitingLine.isEmpty();
    if (levelDb > kSpeechThresholdDb) {
        ++m_speechFrames;
        m_silentFrames = 0;
        m_idleFrames = 0;
        if (m_speechFrames >= kMinSpeechFrames) {
            m_callerSpoke = true;
        }
        return;
    }
    m_speechFrames = 0;
    ++m_silentFrames;
    if (m_callerSpoke && m_silentFrames * kFrameMs >= kEndOfTurnMs) {
        m_callerSpoke = false;
        m_prompts = 0;
        if (personaBusy) {
            // The caller talked over the persona; answer once it has finished its sentence.
            m_respondWhenDone = true;
        } else {
            respond();
        }
        return;
    }
    if (personaBusy || m_callerSpoke) {
        return;
    }
    ++m_idleFrames;
    if (m_idleFrames >= scaledFrames(kPromptAfterMs, kPromptMinimumMs)) {
        m_idleFrames = 0;
        if (m_persona.outcome == PersonaOutcome::HangUp) {
            respond(); // an impatient callee does not wait to be asked
        } else if (m_prompts < kMaxPrompts && !m_persona.prompt.isEmpty()) {
            ++m_prompts;
            say(m_persona.prompt, After::Listen);
        } else {
            say(m_persona.closing.isEmpty() ? m_persona.prompt : m_persona.closing, After::HangUp);
        }
    }
}

void PersonaConversation::respond()
{
    const int limit = std::min(int(m_persona.turns.size()), m_persona.maxTurns);
    if (m_turnIndex < limit) {
        const PersonaTurn& turn = m_persona.turns.at(m_turnIndex++);
        // The hang-up persona says its last line and puts the phone down mid-call.
        const bool last = m_persona.outcome == PersonaOutcome::HangUp && m_turnIndex >= limit;
        say(turn.text, last ? After::HangUp : After::Listen);
        return;
    }
    if (!m_persona.closing.isEmpty()) {
        say(m_persona.closing, After::HangUp);
    } else {
        m_hungUp = true;
        Q_EMIT hangUpRequested();
    }
}

} // namespace calldeck::sandbox
