#pragma once

#include "store/CallRecordView.h"

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

/// Finds the appointment in a call: the times the callee offered ("next Tuesday at 10:30, or
/// Thursday at 2:15"), the one the agent picked (an agent sentence naming exactly one day; a
/// read-back naming several picks nothing), and the one booked.
class AppointmentFinder
{
public:
    /// The picked option and the booked appointment as extracted_data rows.
    struct Found
    {
        std::optional<ExtractedField> chosen; ///< chosen_option: the words of the pick
        std::optional<ExtractedField> booked; ///< appointment_time: ISO datetime with offset
    };

    /// `reference` is the call's start in the user's zone. `booked` says whether the callee
    /// confirmed a booking; without it only the choice is reported. A booking that names no
    /// slot gets the earliest offered slot with a time (tasks ask for the earliest).
    static Found find(const QList<CallSentence>& sentences, const QDateTime& reference, bool booked);
    /// Words of a confirmed booking: "I have you down", "you're all set", "see you on …".
    static const QRegularExpression& bookedPattern();
};

} // namespace calldeck
