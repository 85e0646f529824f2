#include "media/WebhookParser.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace calldeck {

namespace {

QString field(const TwilioSignature::FormParams& form, QStringView name)
{
    for (const auto& [key, value] : form) {
        if (key == name)
            return value;
    }
    return {};
}

int intField(const TwilioSignature::FormParams& form, QStringView name)
{
    bool ok = false;
    const int v = field(form, name).toInt(&ok);
    return ok ? v : -1;
}

Error missing(const char* what)
{
    return Error{ErrorCode::InvalidArgument,
                 QCoreApplication::translate("calldeck::WebhookParser", "The Twilio webhook has no %1.")
                     .arg(QLatin1StringView(what))};
}

} // namespace

Result<CallStatusEvent> WebhookParser::callStatus(const TwilioSignature::FormParams& form, const QString& callKey)
{
    CallStatusEvent e;
    e.callKey = callKey;
    e.callSid = field(form, u"CallSid");
    e.callStatus = field(form, u"CallStatus");
    if (e.callSid.isEmpty())
        return missing("CallSid");
    if (e.callStatus.isEmpty())
        return missing("CallStatus");
    e.sequenceNumber = intField(form, u"SequenceNumber");
    e.callDurationSeconds = intField(form, u"CallDuration");
    e.answeredBy = field(form, u"AnsweredBy");
    e.sipResponseCode = field(form, u"SipResponseCode");
    const QString ts = field(form, u"Timestamp");
    e.timestamp = QDateTime::fromString(ts, Qt::RFC2822Date);
    if (!e.timestamp.isValid())
        e.timestamp = QDateTime::fromString(ts, Qt::ISODateWithMs);
    e.timestamp = e.timestamp.isValid() ? e.timestamp.toUTC() : QDateTime::currentDateTimeUtc();
    return e;
}

Result<TranscriptionEvent> WebhookParser::transcription(const TwilioSignature::FormParams& form,
                                                        const QString& callKey)
{
    TranscriptionEvent e;
    e.callKey = callKey;
    e.callSid = field(form, u"CallSid");
    e.event = field(form, u"TranscriptionEvent");
    if (e.callSid.isEmpty())
        return missing("CallSid");
    if (e.event.isEmpty())
        return missing("TranscriptionEvent");
    e.transcriptionSid = field(form, u"TranscriptionSid");
    e.track = field(form, u"Track");
    e.sequenceId = intField(form, u"SequenceId");
    const QString final = field(form, u"Final");
    e.isFinal = final.isEmpty() || final.compare(u"true"_s, Qt::CaseInsensitive) == 0;
    const QString data = field(form, u"TranscriptionData");
    if (!data.isEmpty()) {
        const QJsonObject o = QJsonDocument::fromJson(data.toUtf8()).object();
        e.text = o.value(QLatin1StringView("transcript")).toString();
        const QJsonValue c = o.value(QLatin1StringView("confidence"));
        e.confidence = c.isDouble() ? c.toDouble() : -1.0;
    }
    const QString ts = field(form, u"Timestamp");
    e.timestamp = QDateTime::fromString(ts, Qt::ISODateWithMs);
    e.timestamp = e.timestamp.isValid() ? e.timestamp.toUTC() : QDateTime::currentDateTimeUtc();
    return e;
}

} // namespace calldeck
