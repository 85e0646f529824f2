#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "telephony/TwilioRestClient.h"

#include <QObject>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>

#include <memory>

namespace calldeck {

/// One simulated callee, loaded from a persona file (resources/personas/*.json, compiled in as
/// :/personas/NAME.json).
struct PersonaSummary
{
    QString name;         ///< "dental", "garden", "prospect", "busy", ...
    QString displayName;  ///< "Bright Smile Dental — receptionist"
    QString number;       ///< the E.164 number that reaches this persona on the sandbox line
    QString outcome;      ///< answer | busy | no-answer | voicemail | hangup | fail
};

/// The built-in, Twilio-compatible sandbox line: a loopback HTTP server that answers Twilio's
/// Voice REST API (same paths, Basic auth, form bodies, Call JSON and error JSON), runs the inline
/// TwiML it is given, sends signed status callbacks in Twilio's order, connects to the TwiML's
/// <Stream url> exactly as Twilio's media client does (signed upgrade, connected/start/media/
/// dtmf/mark/stop, marks echoed on playback, clear honoured), and sends Twilio-style Real-Time
/// Transcription webhooks for its own speech. The callee is a persona speaking through espeak-ng
/// at 8 kHz and taking turns when the caller stops speaking.
///
/// Calls placed through it are simulated: nothing leaves the machine.
class SandboxLine : public QObject
{
    Q_OBJECT
public:
    explicit SandboxLine(QObject* parent = nullptr);
    ~SandboxLine() override;

    /// Listens on 127.0.0.1 with a free port.
    Status start();
    void stop();
    /// "http://127.0.0.1:PORT" — hand it to TwilioRestClient as the API base.
    [[nodiscard]] QUrl apiBase() const;
    /// Per-run random credentials the line accepts; its callbacks are signed with the token.
    [[nodiscard]] TwilioCredentials credentials() const;
    [[nodiscard]] QString authToken() const;
    /// The caller ID the line accepts as From (like Twilio's test number +15005550006).
    [[nodiscard]] static QString fromNumber();

    [[nodiscard]] static QList<PersonaSummary> personas();
    /// Routes calls to `number` to persona `name` (overrides the persona's own number).
    Status setPersonaForNumber(const QString& number, const QString& name);
    /// Persona answering numbers no persona claims.
    [[nodiscard]] static QString defaultPersona();

    /// The calendar personas speak by: the clock and the zone that decide the call's day, for
    /// lines like "the earliest opening is {day+1} at 10:30". Default: the system clock, UTC.
    void setCalendar(WallClock clock, const QTimeZone& zone);

    /// Speeds up simulated time (ring, pauses) for tests; 1.0 = real time. Media is always real time.
    void setTimeScale(double scale);
    /// Number of calls currently alive on the line.
    [[nodiscard]] int activeCalls() const;

Q_SIGNALS:
    /// Each call the line accepted, with the persona that answers it.
    void callPlaced(const QString& callSid, const QString& to, const QString& persona);
    void callEnded(const QString& callSid, const QString& status);
    /// What the persona said (already also sent as a transcription webhook when one was asked for).
    void personaSaid(const QString& callSid, const QString& text);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace calldeck
