#include "conversation/cascade/SpeechPlayer.h"

#include "conversation/VoiceAgent.h"
#include "conversation/openai/OpenAiClient.h"
#include "conversation/openai/SpeechStream.h"
#include "media/AudioFormat.h"
#include "media/MediaPacer.h"

#include <cstring>
#include <vector>

namespace calldeck {

SpeechPlayer::SpeechPlayer(OpenAiClient& client, QString model, QString voice, QString instructions, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_model(std::move(model))
    , m_voice(std::move(voice))
    , m_instructions(std::move(instructions))
    , m_resampler(SpeechStream::kSampleRate, audio_format::kEngineRate)
{
}

void SpeechPlayer::begin(AgentLine* line, quint32 generation, const QString& labelPrefix)
{
    stop();
    m_line = line;
    m_generation = generation;
    m_labelPrefix = labelPrefix;
    m_sentences.clear();
    m_current = 0;
    m_inputFinished = false;
    m_stopped = false;
    m_firstAudioSent = false;
    m_playedEmitted = false;
}

void SpeechPlayer::say(const QString& sentence, int round)
{
    if (m_stopped)
        return;
    m_sentences.append(Sentence{sentence, round, m_labelPrefix + QString::number(m_sentences.size() + 1)});
    pump();
}

void SpeechPlayer::finishInput()
{
    m_inputFinished = true;
    checkPlayed();
}

void SpeechPlayer::stop()
{
    m_stopped = true;
    if (m_tts) {
        m_tts->cancel();
        m_tts->deleteLater();
        m_tts = nullptr;
    }
}

void SpeechPlayer::pump()
{
    if (m_stopped || m_tts || m_current >= m_sentences.size())
        return;
    m_resampler.reset();
    m_ttsStartUs = MediaPacer::nowUs();
    m_tts = m_client.speech(m_sentences.at(m_current).text, m_model, m_voice, m_instructions, this);
    connect(m_tts, &SpeechStream::audio, this, &SpeechPlayer::onAudio);
    connect(m_tts, &SpeechStream::finished, this, &SpeechPlayer::onFinished);
}

void SpeechPlayer::onAudio(const QByteArray& pcm24)
{
    if (m_stopped)
        return;
    std::vector<std::int16_t> in(size_t(pcm24.size() / 2));
    std::memcpy(in.data(), pcm24.constData(), in.size() * 2);
    QList<std::int16_t> out;
    m_resampler.process(in, out);
    handOn(out);
}

void SpeechPlayer::handOn(const QList<std::int16_t>& pcm16)
{
    if (pcm16.isEmpty() || !m_line)
        return;
    m_line->playPcm16(QByteArray(reinterpret_cast<const char*>(pcm16.constData()), pcm16.size() * 2), m_generation);
    Sentence& sentence = m_sentences[m_current];
    if (!sentence.handedToLine) {
        sentence.handedToLine = true;
        if (!m_firstAudioSent) {
            m_firstAudioSent = true;
            Q_EMIT firstAudio(MediaPacer::nowUs() - m_ttsStartUs);
        }
        Q_EMIT sentenceStarted(sentence.text);
    }
}

void SpeechPlayer::onFinished(const Result<AiUsage>& result)
{
    if (m_stopped)
        return;
    m_tts->deleteLater();
    m_tts = nullptr;
    Sentence& sentence = m_sentences[m_current];
    if (result.ok()) {
        // The resampler holds back its filter delay; a little silence pushes the last syllable out.
        const std::vector<std::int16_t> silence(SpeechStream::kSampleRate / 100, 0);
        QList<std::int16_t> tail;
        m_resampler.process(silence, tail);
        handOn(tail);
        Q_EMIT usage(result.value());
    } else {
        Q_EMIT sentenceFailed(result.error());
    }
    if (sentence.handedToLine && m_line)
        m_line->mark(sentence.label, m_generation);
    else
        sentence.skipped = true;
    ++m_current;
    pump();
    checkPlayed();
}

bool SpeechPlayer::markPlayed(const QString& label)
{
    for (Sentence& sentence : m_sentences) {
        if (sentence.label == label) {
            sentence.played = true;
            checkPlayed();
            return true;
        }
    }
    return false;
}

QStringList SpeechPlayer::queued(int round) const
{
    QStringList out;
    for (const Sentence& s : m_sentences)
        if (!s.skipped && (round < 0 || s.round == round))
            out.append(s.text);
    return out;
}

QStringList SpeechPlayer::spoken(int round) const
{
    QStringList out;
    for (const Sentence& s : m_sentences)
        if (s.handedToLine && (round < 0 || s.round == round))
            out.append(s.text);
    return out;
}

QStringList SpeechPlayer::heard(int round) const
{
    QStringList out;
    for (const Sentence& s : m_sentences)
        if (s.played && (round < 0 || s.round == round))
            out.append(s.text);
    return out;
}

bool SpeechPlayer::allPlayed() const
{
    if (!m_inputFinished || m_tts || m_current < m_sentences.size())
        return false;
    for (const Sentence& s : m_sentences)
        if (s.handedToLine && !s.played)
            return false;
    return true;
}

void SpeechPlayer::checkPlayed()
{
    if (m_stopped || m_playedEmitted || !allPlayed())
        return;
    m_playedEmitted = true;
    Q_EMIT played();
}

} // namespace calldeck
