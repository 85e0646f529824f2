#pragma once

#include "store/CallRecordView.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace calldeck {

/// One sentence of a call transcript and whether the callee said it (else the agent).
struct CallSentence
{
    QString text;
    bool callee = false;
};

/// The days a task allows (the plan's hard constraints); an invalid date means "no limit".
struct DateWindow
{
    QDate earliest;
    QDate latest;

    /// True when `day` lies within the window (inclusive).
    [[nodiscard]] bool contains(const QDate& day) const
    {
        return (!earliest.isValid() || day >= earliest) && (!latest.isValid() || day <= latest);
    }
};

/// Finds the appointment in a call: the times the callee offered ("next Tuesday at 10:30, or
/// Thursday at 2:15"), the one the callee confirmed ("You're booked for Tuesday at 10:30"), the
/// one the agent picked (an agent sentence naming exactly one day; a read-back naming several
/// picks nothing), and from these the appointment.
class AppointmentFinder
{
public:
    /// The picked option and the booked appointment as extracted_data rows.
    struct Found
    {
        std::optional<ExtractedField> chosen; ///< chosen_option: the slot as the callee offered or confirmed it
        std::optional<ExtractedField> appointment; ///< appointment_time: ISO datetime with offset
    };

    /// `reference` is the call's start in the user's zone. The appointment is the slot the
    /// callee's confirmation names, else the agent's pick, else the earliest offered slot within
    /// `window` (tasks ask for the earliest), else the earliest offered slot at all; nothing when
    /// no slot was offered. Whether it was booked is the caller's judgement (bookedPattern(),
    /// confirmation numbers).
    static Found find(const QList<CallSentence>& sentences, const QDateTime& reference, const DateWindow& window = {});
    /// Words of a confirmed booking: "I have you down", "you're all set", "see you on …".
    static const QRegularExpression& bookedPattern();
};

} // namespace calldeck
