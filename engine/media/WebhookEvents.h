#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace calldeck {

/// A signed Twilio call-progress callback (validated by MediaServer before it is emitted).
struct CallStatusEvent
{
    QString callKey;        ///< CallDeck's id, from the callback URL's `call` query parameter
    QString callSid;
    QString callStatus;     ///< initiated, ringing, in-progress, completed, busy, no-answer, canceled, failed
    int sequenceNumber = -1;
    int callDurationSeconds = -1; ///< terminal events only
    QString answeredBy;
    QString sipResponseCode;
    QDateTime timestamp;    ///< UTC
};

/// A signed Twilio Real-Time Transcription webhook.
struct TranscriptionEvent
{
    QString callKey;
    QString callSid;
    QString transcriptionSid;
    QString event;          ///< transcription-started | -content | -stopped | -error
    QString track;          ///< inbound_track (callee) | outbound_track (what CallDeck sent)
    int sequenceId = -1;
    bool isFinal = true;
    QString text;
    double confidence = -1.0; ///< −1 when absent
    QDateTime timestamp;
};

} // namespace calldeck

Q_DECLARE_METATYPE(calldeck::CallStatusEvent)
Q_DECLARE_METATYPE(calldeck::TranscriptionEvent)
