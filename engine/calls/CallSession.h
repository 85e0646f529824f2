#pragma once

#include "calls/CallSnapshot.h"
#include "core/Result.h"
#include "media/WebhookEvents.h"
#include "telephony/CallStatusTracker.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace calldeck {

class AudioOutput;
class LevelTap;
class ListenTap;
class MediaServer;
class MediaStream;
class MicRouter;
class TelephonyProvider;

/// One call from placement to its terminal status: places it through a TelephonyProvider with
/// inline TwiML pointing at the media server, follows the signed status callbacks (out-of-order
/// safe), attaches the media stream when Twilio connects, routes the microphone (human mode,
/// barge-in) and the speaker (listen-in), and hangs up after the agent's audio has drained.
/// Lives on the engine thread.
class CallSession : public QObject
{
    Q_OBJECT
public:
    struct Setup
    {
        QString callKey;
        QString to;               ///< E.164
        QString persona;
        bool humanMode = true;
        QString transcriptionLanguage = QStringLiteral("en-US");
    };

    CallSession(Setup setup, TelephonyProvider& provider, MediaServer& server, MicRouter& mic,
                QObject* parent = nullptr);
    ~CallSession() override;

    /// Registers the media token and asks the provider to place the call. Resolves to the call
    /// key once the provider accepted it, or to its error (the session is then Ended).
    QFuture<Result<QString>> place(const QUrl& baseUrl);
    /// Hangs up (after queued agent audio played, capped at 2 s). Safe to call in any state.
    void hangUp();

    void handleStatus(const CallStatusEvent& event);
    void handleTranscription(const TranscriptionEvent& event);
    void attachStream(QPointer<MediaStream> stream);
    void handleStreamEnded(int reason);

    /// The headset the agent hears the callee on in a human-mode call (null = none).
    void setHeadset(AudioOutput* output);
    /// `output` null turns listening off.
    void setListening(AudioOutput* output);
    void setBargeIn(bool on);
    void setMuted(bool on);
    void sendDigits(const QString& digits);

    [[nodiscard]] const CallSnapshot& snapshot() const { return m_snapshot; }
    [[nodiscard]] CallLevels levels() const;
    [[nodiscard]] QString callKey() const { return m_snapshot.callKey; }
    [[nodiscard]] bool isLive() const { return m_snapshot.isLive(); }
    [[nodiscard]] QPointer<MediaStream> stream() const { return m_stream; }

Q_SIGNALS:
    void updated(const calldeck::CallSnapshot& snapshot);
    void event(const QString& kind, const QString& detail);
    void transcript(const calldeck::TranscriptSegment& segment);
    void bargeInChanged(bool active);

private:
    void applyStatus(const QString& status);
    void finish(const QString& outcome, const QString& reason);
    void requestHangUp();
    void pollStatus();
    void updateMicRouting();
    void publish();
    static QString reasonFor(const QString& outcome);

    TelephonyProvider& m_provider;
    MediaServer& m_server;
    MicRouter& m_mic;
    CallSnapshot m_snapshot;
    QString m_transcriptionLanguage;
    CallStatusTracker m_tracker;
    QPointer<MediaStream> m_stream;
    std::shared_ptr<LevelTap> m_levels;
    std::shared_ptr<ListenTap> m_listen;
    std::shared_ptr<ListenTap> m_headset;
    AudioOutput* m_headsetOutput = nullptr;
    bool m_hangUpRequested = false;
    bool m_hangUpSent = false;
    QTimer m_pollTimer;          ///< fetches the status when callbacks stop arriving
    qint64 m_lastCallbackMs = 0;
    bool m_warnedNoCallbacks = false;
};

} // namespace calldeck
