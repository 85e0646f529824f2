#pragma once

#include "conversation/AgentTypes.h"
#include "core/Result.h"
#include "media/Resampler.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace calldeck {

class AgentLine;
class OpenAiClient;
class SpeechStream;

/// Speaks one reply, sentence by sentence: each sentence is synthesized (TTS, 24 kHz PCM, one
/// request at a time so the audio stays in order), resampled to the engine's 16 kHz, handed to the
/// line as it streams in and followed by a mark. The marks that come back say what the callee
/// actually heard.
class SpeechPlayer : public QObject
{
    Q_OBJECT
public:
    SpeechPlayer(OpenAiClient& client, QString model, QString voice, QString instructions,
                 QObject* parent = nullptr);

    /// Starts a new reply on `line` with `generation`; marks are labelled `labelPrefix` + n.
    void begin(AgentLine* line, quint32 generation, const QString& labelPrefix);
    /// Queues a sentence; `round` tags it (the chat round that wrote it).
    void say(const QString& sentence, int round);
    /// No more sentences will come for this reply.
    void finishInput();
    /// A mark came back; returns false when it is not one of this reply's.
    bool markPlayed(const QString& label);
    /// Aborts synthesis and forgets sentences not yet handed to the line (the caller clears it).
    void stop();

    /// Sentences queued for speech (being or to be said), optionally only those of `round`.
    [[nodiscard]] QStringList queued(int round = -1) const;
    /// Sentences whose audio reached the line, optionally only those of `round` (−1 = all).
    [[nodiscard]] QStringList spoken(int round = -1) const;
    /// Sentences whose mark came back: what the callee heard.
    [[nodiscard]] QStringList heard(int round = -1) const;
    /// True once input is finished, nothing is being synthesized and every mark came back.
    [[nodiscard]] bool allPlayed() const;

Q_SIGNALS:
    /// The reply's first audio went to the line; `ttsWaitUs` is how long the TTS server took to
    /// deliver it (request sent → first audio).
    void firstAudio(qint64 ttsWaitUs);
    /// A sentence's first audio went to the line.
    void sentenceStarted(const QString& text);
    /// allPlayed() became true.
    void played();
    void usage(const calldeck::AiUsage& usage);
    /// A sentence could not be synthesized; `error` carries the reason.
    void sentenceFailed(const calldeck::Error& error);

private:
    struct Sentence
    {
        QString text;
        int round = 0;
        QString label;
        bool handedToLine = false;
        bool played = false;
        bool skipped = false;
    };

    void pump();
    void onAudio(const QByteArray& pcm24);
    void onFinished(const Result<AiUsage>& result);
    void handOn(const QList<std::int16_t>& pcm16);
    void checkPlayed();

    OpenAiClient& m_client;
    QString m_model;
    QString m_voice;
    QString m_instructions;
    Resampler m_resampler;
    AgentLine* m_line = nullptr;
    quint32 m_generation = 0;
    QString m_labelPrefix;
    QList<Sentence> m_sentences;
    qsizetype m_current = 0;   ///< the sentence being (or next to be) synthesized
    QPointer<SpeechStream> m_tts;
    qint64 m_ttsStartUs = 0;
    bool m_inputFinished = false;
    bool m_stopped = true;
    bool m_firstAudioSent = false;
    bool m_playedEmitted = false;
};

} // namespace calldeck
