#pragma once

#include "telephony/sandbox/Persona.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

namespace calldeck::sandbox {

class SandboxMediaClient;
class SpeechSynth;

/// The callee's side of a sandbox call: speaks the persona's greeting, then takes turns. It listens
/// to what CallDeck plays with an energy detector: once the caller has spoken and then stayed quiet
/// for ~700 ms, the persona says its next line; after a long silence it prompts ("Hello?").
/// Lines come from the persona file in order, so no speech recognition is needed.
class PersonaConversation : public QObject
{
    Q_OBJECT
public:
    /// `synth` lives on a worker thread; requests go to it queued.
    PersonaConversation(Persona persona, SpeechSynth* synth, double timeScale, QObject* parent = nullptr);

    /// Starts synthesising every line; ready() or failed() follows once the greeting is available.
    void prepare();
    [[nodiscard]] bool isReady() const { return m_ready; }
    /// Speaks the greeting into `media` and starts listening to what it plays.
    void attach(SandboxMediaClient* media);

Q_SIGNALS:
    /// The greeting is synthesised; the persona can pick up.
    void ready();
    /// Speech synthesis failed (message readable by a user).
    void failed(const QString& message);
    /// A line finished playing to CallDeck.
    void lineSpoken(const QString& text);
    /// The persona puts the phone down.
    void hangUpRequested();

private:
    enum class After
    {
        Listen,   ///< wait for the caller
        HangUp,   ///< hang up once the line has played
        Voicemail ///< the machine records silence until it gives up
    };

    void request(const QString& text);
    void onSynthesized(quint64 requestId, const QByteArray& mulaw, const QString& error);
    void say(const QString& text, After after);
    void startNextLine();
    void onFramePlayed(float levelDb);
    void onSpeechFinished();
    void respond();
    [[nodiscard]] int scaledFrames(int ms, int minimumMs) const;

    Persona m_persona;
    QPointer<SpeechSynth> m_synth;
    double m_timeScale = 1.0;
    QPointer<SandboxMediaClient> m_media;

    QHash<quint64, QString> m_requests;   ///< synthesis request id → text
    QHash<QString, QByteArray> m_audio;   ///< text → μ-law
    bool m_ready = false;
    bool m_failed = false;

    QString m_waitingLine;                ///< to say once synthesised
    After m_waitingAfter = After::Listen;
    QString m_currentLine;
    After m_after = After::Listen;
    bool m_hungUp = false;

    int m_turnIndex = 0;
    int m_prompts = 0;
    // Energy VAD over the audio CallDeck plays.
    int m_speechFrames = 0;
    int m_silentFrames = 0;
    int m_idleFrames = 0;
    bool m_callerSpoke = false;
    bool m_respondWhenDone = false;
};

} // namespace calldeck::sandbox
