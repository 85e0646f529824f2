#pragma once

#include "core/Result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace calldeck::sandbox {

/// One TwiML verb the sandbox line knows how to run.
struct TwimlVerb
{
    enum class Kind
    {
        StartTranscription, ///< <Start><Transcription statusCallbackUrl track/></Start>
        ConnectStream,      ///< <Connect><Stream url><Parameter/>…</Stream></Connect>
        Say,                ///< <Say>text</Say>
        Pause,              ///< <Pause length/>
        Hangup,             ///< <Hangup/>
    };
    Kind kind = Kind::Hangup;
    QUrl url;                                 ///< Stream url / Transcription statusCallbackUrl
    QString track;                            ///< Transcription track (inbound_track default)
    QString name;                             ///< Stream / Transcription name
    QList<QPair<QString, QString>> parameters; ///< Stream <Parameter name value/>, in order
    QString text;                             ///< Say
    int lengthSeconds = 1;                    ///< Pause
};

/// Parses inline TwiML (<Response>…</Response>) into the verbs the sandbox runs, in document order.
/// Verbs it does not simulate are skipped, as a phone would not notice most of them.
class SandboxTwiml
{
public:
    /// Fails on malformed XML, a missing <Response>, or a <Stream> without a usable ws(s) url.
    static Result<QList<TwimlVerb>> parse(const QString& twiml);
};

} // namespace calldeck::sandbox
