#pragma once

#include "core/Result.h"
#include "media/WebhookEvents.h"
#include "telephony/TwilioSignature.h"

namespace calldeck {

/// Turns the form fields of a (signature-checked) Twilio webhook into CallDeck's event values.
class WebhookParser
{
public:
    /// A call-progress callback (twilio.md §2); fails when CallSid or CallStatus is missing.
    static Result<CallStatusEvent> callStatus(const TwilioSignature::FormParams& form, const QString& callKey);
    /// A Real-Time Transcription callback; TranscriptionData is a JSON string
    /// `{"transcript":…,"confidence":…}`. Fails when CallSid or TranscriptionEvent is missing.
    static Result<TranscriptionEvent> transcription(const TwilioSignature::FormParams& form, const QString& callKey);
};

} // namespace calldeck
