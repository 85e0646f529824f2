#pragma once

#include "calls/CallSnapshot.h"
#include "core/Result.h"

#include <QFuture>
#include <QObject>
#include <QUrl>

#include <memory>

namespace calldeck {

class AudioInput;
class AudioOutput;
class CredentialStore;
class MediaServer;
class SandboxLine;
class Settings;
class TunnelManager;

/// What to call and how.
struct CallRequest
{
    QString to;               ///< any format libphonenumber understands; normalised to E.164
    QString provider;         ///< "sandbox" | "twilio" | empty = Engine::defaultProvider()
    QString persona;          ///< sandbox only: persona name; empty = the number's persona
    bool humanMode = true;    ///< the agent talks through the headset (issue 4 adds AI agents)
    QString defaultRegion;    ///< region for national-format input; empty = "US"
};

/// The engine facade: the only door the UI and the CLI use. Owns the media server, the sandbox
/// line, the tunnel manager, the Twilio client and one CallSession per call. Lives on the thread
/// that created it; every function must be called there. Signals carry value types.
class Engine : public QObject
{
    Q_OBJECT
public:
    Engine(Settings& settings, CredentialStore& credentials, QObject* parent = nullptr);
    ~Engine() override;

    /// Starts the media server on the configured listen address and the sandbox line, and reads
    /// Twilio's configuration (settings + keychain/environment).
    QFuture<Status> start();
    /// Hangs up every live call (bounded wait) and stops the servers.
    void shutdown();

    /// "twilio" when an account SID, a from number and a token/secret are configured, else "sandbox".
    [[nodiscard]] QString defaultProvider() const;
    [[nodiscard]] bool twilioConfigured() const;

    /// Replaces the microphone / speaker (the product uses Qt Multimedia devices; the CLI and tests
    /// pass WAV-file, silence or null devices). The engine takes ownership.
    void setAudioInput(std::unique_ptr<AudioInput> input);
    void setAudioOutput(std::unique_ptr<AudioOutput> output);
    [[nodiscard]] AudioInput* audioInput() const;
    [[nodiscard]] AudioOutput* audioOutput() const;

    /// Places a call; resolves to the call key once the provider accepted the request (the call's
    /// progress then arrives through callUpdated()), or to the provider's error.
    QFuture<Result<QString>> placeCall(const CallRequest& request);
    void hangUp(const QString& callKey);
    /// The supervisor hears the call on the speaker.
    void setListening(const QString& callKey, bool on);
    /// The supervisor's microphone goes into the call (push-to-talk press/release or toggle);
    /// agent audio queued at Twilio is cut with `clear`.
    void setBargeIn(const QString& callKey, bool on);
    /// Mutes the agent's microphone in a human-mode call.
    void setMuted(const QString& callKey, bool on);
    /// Plays DTMF tones into the call.
    void sendDigits(const QString& callKey, const QString& digits);

    [[nodiscard]] QList<CallSnapshot> calls() const;
    [[nodiscard]] CallSnapshot snapshot(const QString& callKey) const;
    /// Thread-safe and cheap: poll from a UI timer.
    [[nodiscard]] CallLevels levels(const QString& callKey) const;

    [[nodiscard]] MediaServer& mediaServer() const;
    [[nodiscard]] SandboxLine& sandbox() const;
    [[nodiscard]] TunnelManager& tunnel() const;
    /// The base Twilio reaches the media server at (setting, tunnel, or the local URL).
    [[nodiscard]] QUrl publicUrl() const;

Q_SIGNALS:
    void callUpdated(const calldeck::CallSnapshot& call);
    /// A milestone of a call in words, for logs and `calldeck-cli call` (kind: "placed",
    /// "status", "media", "dtmf", "mark", "barge-in", "warning", "ended").
    void callEvent(const QString& callKey, const QString& kind, const QString& detail);
    void transcript(const calldeck::TranscriptSegment& segment);
    /// The public URL or tunnel state changed (for the monitor panel).
    void publicUrlChanged(const QUrl& url);

private:
    void configureTwilio(const QString& authToken, const QString& apiKeySecret);
    void applyPublicUrl();
    void startConfiguredTunnel();
    void ensureAudio(bool needInput, bool needOutput);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace calldeck
