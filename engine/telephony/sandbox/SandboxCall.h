#pragma once

#include "telephony/sandbox/Persona.h"
#include "telephony/sandbox/SandboxTwiml.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

class QNetworkAccessManager;

namespace calldeck::sandbox {

class PersonaConversation;
class SandboxMediaClient;
class SpeechSynth;
class WebhookSender;

/// One call on the sandbox line, from `queued` to its terminal status: rings, answers as its
/// persona would, runs the TwiML (transcription, <Connect><Stream>, Say, Pause, Hangup) and sends
/// Twilio's call-progress and transcription webhooks in firing order.
class SandboxCall : public QObject
{
    Q_OBJECT
public:
    /// What the REST request asked for.
    struct Request
    {
        QString accountSid;
        QString to;
        QString from;
        QList<TwimlVerb> verbs;
        QString twimlError;          ///< the TwiML could not be run (the call fails)
        QUrl statusCallback;
        QSet<QString> statusEvents;  ///< initiated, ringing, answered, completed
        int timeoutSeconds = 60;
        bool machineDetection = false;
    };

    SandboxCall(QString sid, Request request, Persona persona, QNetworkAccessManager& network, QString authToken,
                SpeechSynth* synth, double timeScale, QObject* parent = nullptr);
    ~SandboxCall() override;

    /// Starts the simulated call (initiated follows shortly).
    void start();
    /// REST Status=completed / canceled. A call that was not answered yet ends as canceled.
    void hangUp(bool cancelOnly);
    /// REST Twiml=… on a live call: replaces what runs now (ends a running stream).
    void replaceTwiml(const QList<TwimlVerb>& verbs);

    [[nodiscard]] QString sid() const { return m_sid; }
    [[nodiscard]] const Persona& persona() const { return m_persona; }
    [[nodiscard]] bool isEnded() const { return m_ended; }
    /// The Call resource as Twilio's REST API returns it.
    [[nodiscard]] QJsonObject resource() const;

Q_SIGNALS:
    void personaSaid(const QString& callSid, const QString& text);
    void ended(const QString& callSid, const QString& status);

private:
    void sendStatus(const QString& event, const QString& callStatus);
    void ring();
    void answer();
    void runNextVerb();
    void openStream(const TwimlVerb& verb);
    void onLineSpoken(const QString& text);
    void sendTranscription(const QString& event, const QList<QPair<QString, QString>>& extra = {});
    void finish(const QString& status, const QString& sipCode);
    void after(int simulatedMs, void (SandboxCall::*step)());
    [[nodiscard]] int scaled(int simulatedMs) const;
    [[nodiscard]] int durationSeconds() const;

    QString m_sid;
    Request m_request;
    Persona m_persona;
    QString m_authToken;
    double m_timeScale = 1.0;
    WebhookSender* m_webhooks = nullptr;
    PersonaConversation* m_conversation = nullptr;
    QPointer<SandboxMediaClient> m_media;

    QString m_status = QStringLiteral("queued");
    QString m_answeredBy;
    QString m_sipResponseCode;
    QDateTime m_created;
    QDateTime m_updated;
    QDateTime m_started;
    QDateTime m_endedAt;
    QElapsedTimer m_answerClock;
    int m_callbackSequence = 0;
    int m_verbIndex = 0;
    bool m_answered = false;
    bool m_ended = false;
    bool m_ringElapsed = false;
    int m_finalDurationSeconds = -1;

    // <Start><Transcription>
    QUrl m_transcriptionUrl;
    QString m_transcriptionSid;
    QString m_transcriptionTrack;
    int m_transcriptionSequence = 0;
    bool m_transcribing = false;
};

} // namespace calldeck::sandbox
