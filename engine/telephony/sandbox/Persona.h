#pragma once

#include "core/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace calldeck::sandbox {

/// How a persona's phone reacts to a call.
enum class PersonaOutcome
{
    Answer,    ///< picks up and talks
    Busy,      ///< the line is busy
    NoAnswer,  ///< rings until the caller's timeout
    Voicemail, ///< a machine answers: greeting, beep, silence, then it hangs up
    HangUp,    ///< picks up, says a line or two and hangs up mid-call
    Fail,      ///< the call cannot be completed
};

/// One line a persona says when the caller has finished speaking.
struct PersonaTurn
{
    QString text;
    QStringList keywords; ///< what the caller is expected to have asked about (informational)
};

/// A simulated callee of the sandbox line, loaded from :/personas/NAME.json.
struct Persona
{
    QString name;
    QString displayName;
    QString number;               ///< E.164, +1555555 01xx
    QString voice;                ///< espeak-ng voice, e.g. "en-us+f3"
    int rateWpm = 165;
    PersonaOutcome outcome = PersonaOutcome::Answer;
    QString outcomeName;          ///< the outcome as written in the file
    int ringSeconds = 3;
    QString greeting;
    QString prompt;               ///< said after a long silence from the caller ("Hello?")
    QList<PersonaTurn> turns;
    QString closing;
    int maxTurns = 8;
    bool beep = false;            ///< voicemail: a beep after the greeting
    int hangUpAfterSeconds = 0;   ///< voicemail: silence before the machine hangs up

    /// The persona as it speaks on `callDay`: every "{day+N}" in its lines (N = 1…6) becomes the
    /// English name of the weekday N days later ("{day+1}" said on a Monday is "Tuesday"). A
    /// receptionist offers openings in the days ahead of the call, whatever day that is, so a
    /// plan for "this week" can be met on any day of the week.
    [[nodiscard]] Persona onDay(const QDate& callDay) const;

    /// Loads and validates :/personas/`name`.json.
    static Result<Persona> load(const QString& name);
    /// Names of all compiled-in personas, sorted.
    static QStringList names();
};

} // namespace calldeck::sandbox
