#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace calldeck {

/// Where a call is, as the monitor panel shows it.
enum class CallState
{
    Dialling,   ///< create request sent / queued / initiated
    Ringing,
    Connected,  ///< answered (in-progress); media may still be connecting
    Ending,     ///< hang-up requested, waiting for Twilio's terminal callback
    Ended,
};

/// An immutable picture of one call, sent from the engine to the UI (queued, by value).
struct CallSnapshot
{
    QString callKey;          ///< CallDeck's own id ("c-…"), known before Twilio answers
    QString callSid;          ///< Twilio's "CA…" once created
    QString to;               ///< E.164
    QString provider;         ///< "sandbox" | "twilio"
    QString persona;          ///< sandbox persona, else empty
    CallState state = CallState::Dialling;
    QString twilioStatus;     ///< last status Twilio reported (queued, initiated, ringing, in-progress, …)
    QString outcome;          ///< terminal status: completed, busy, no-answer, canceled, failed
    QString endReason;        ///< in words, for the user ("The line was busy.")
    QDateTime placedAt;       ///< UTC
    QDateTime connectedAt;    ///< UTC, invalid until answered
    QDateTime endedAt;        ///< UTC, invalid until ended
    bool mediaConnected = false;
    bool humanMode = false;   ///< the agent talks through the headset (no AI)
    bool listening = false;   ///< the supervisor hears the call on the speaker
    bool bargeIn = false;     ///< the supervisor's microphone is in the call
    bool muted = false;       ///< the agent's microphone is muted (human mode)
    QString agentKind = QStringLiteral("human");   ///< human | offline | realtime | cascade
    bool takenOver = false;   ///< a person took an AI call over (the AI holds until handed back)
    // Cost (PRODUCT T10) in micro-dollars: live while the call runs, final once it ended.
    qint64 costMicros = 0;
    qint64 estimatedCostMicros = -1;   ///< the pre-call estimate; −1 = none
    // Responsiveness (PRODUCT V9): end of callee speech → first agent audio, per turn.
    int latencyTurns = 0;
    int latencyP50Ms = -1;
    int latencyP95Ms = -1;
    QString pendingApprovalId;         ///< an agent waits for the user's approval (empty = none)
    QString pendingApprovalText;       ///< what to approve, in the agent's words
    qint64 pendingApprovalCents = 0;
    QString summary;                   ///< the agent's end_call summary

    [[nodiscard]] bool isLive() const { return state != CallState::Ended; }
};

/// One segment of a call's transcript (PRODUCT T7). A partial segment is replaced by later
/// versions with the same id until one arrives with isFinal set.
struct TranscriptSegment
{
    QString callKey;
    QString id;               ///< stable per segment (Realtime item id, or "<speaker>-<n>")
    QString previousId;       ///< the segment this one follows in the conversation, if known
    QString speaker;          ///< "agent" | "callee" | "supervisor" | "system"
    qint64 startMs = 0;       ///< on the call clock (since the call was answered)
    qint64 endMs = -1;        ///< −1 while still speaking
    QString text;
    double confidence = -1;   ///< 0–1, −1 = not reported
    bool isFinal = true;
    bool interrupted = false; ///< the agent was cut off; `text` is what the callee heard
};

/// Audio levels of a live call in dBFS (−90 … 0).
struct CallLevels
{
    float callee = -90.0f;
    float agent = -90.0f;
};

} // namespace calldeck

Q_DECLARE_METATYPE(calldeck::CallSnapshot)
Q_DECLARE_METATYPE(calldeck::TranscriptSegment)
