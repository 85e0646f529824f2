#pragma once

#include "postcall/PostCallTypes.h"

#include <QCoreApplication>

namespace calldeck {

/// Post-call processing without AI: regular expressions and Qt date parsing over what the callee
/// said (names after "this is …", the business in the greeting, "$120" → 12000 cents, "Tuesday at
/// 10:30" → an ISO datetime relative to the call day, confirmation numbers, instructions), a
/// word-count sentiment, and a summary from templates. Never fails; used when no AI is
/// configured and whenever the AI's answer cannot be used.
class OfflineExtractor
{
    Q_DECLARE_TR_FUNCTIONS(calldeck::OfflineExtractor)
public:
    /// Reads the call and returns summary, rows, outcome and follow-up (extractor "offline", or
    /// "status" when OutcomeRules decided the outcome without the conversation).
    static PostCallResult extract(const PostCallInput& input);
    /// The result for an outcome known without reading the conversation (no answer, voicemail, error).
    static PostCallResult forOutcome(const PostCallInput& input, CallOutcome outcome);
    /// The instruction of a follow-up task: who to call, the goal again, and why (`reason`).
    static QString followUpInstruction(const PostCallInput& input, const QString& reason);
    /// "Bright Smile Dental", else the phone number, else "the callee".
    static QString calleeName(const PostCallInput& input);
};

} // namespace calldeck
