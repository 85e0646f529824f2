#include "telephony/sandbox/SandboxTwiml.h"

#include "telephony/sandbox/SandboxLog.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace calldeck::sandbox {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("calldeck::SandboxLine", text);
}

QString attribute(const QXmlStreamReader& xml, const char* name)
{
    return xml.attributes().value(QLatin1String(name)).toString().trimmed();
}

} // namespace

Result<QList<TwimlVerb>> SandboxTwiml::parse(const QString& twiml)
{
    QList<TwimlVerb> verbs;
    QXmlStreamReader xml(twiml);
    bool sawResponse = false;
    // Element path below <Response>, to know whether a <Stream> sits in <Connect> or <Start>.
    QStringList path;
    qsizetype streamIndex = -1;

    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QString element = xml.name().toString();
            const QString parent = path.isEmpty() ? QString() : path.last();
            path.append(element);
            if (path.size() == 1) {
                if (element != QLatin1String("Response")) {
                    return Error{ErrorCode::InvalidArgument,
                                 tr("The call instructions (TwiML) must start with <Response>, not <%1>.")
                                     .arg(element)};
                }
                sawResponse = true;
                continue;
            }
            if (element == QLatin1String("Transcription") && parent == QLatin1String("Start")) {
                TwimlVerb verb;
                verb.kind = TwimlVerb::Kind::StartTranscription;
                verb.url = QUrl(attribute(xml, "statusCallbackUrl"));
                verb.track = attribute(xml, "track");
                if (verb.track.isEmpty()) {
                    verb.track = QStringLiteral("inbound_track");
                }
                verb.name = attribute(xml, "name");
                verbs.append(verb);
            } else if (element == QLatin1String("Stream") && parent == QLatin1String("Connect")) {
                TwimlVerb verb;
                verb.kind = TwimlVerb::Kind::ConnectStream;
                const QString url = attribute(xml, "url");
                verb.url = QUrl(url, QUrl::StrictMode);
                verb.name = attribute(xml, "name");
                const QString scheme = verb.url.scheme();
                if (url.isEmpty()) {
                    return Error{ErrorCode::InvalidArgument, tr("The <Stream> in the call instructions has no url.")};
                }
                if (!verb.url.isValid() || verb.url.host().isEmpty() ||
                    (scheme != QLatin1String("wss") && scheme != QLatin1String("ws"))) {
                    return Error{ErrorCode::InvalidArgument,
                                 tr("The <Stream> url \"%1\" is not a wss:// address (error 31922).").arg(url)};
                }
                verbs.append(verb);
                streamIndex = verbs.size() - 1;
            } else if (element == QLatin1String("Parameter") && parent == QLatin1String("Stream") && streamIndex >= 0) {
                verbs[streamIndex].parameters.append({attribute(xml, "name"), xml.attributes().value(QLatin1String("value")).toString()});
            } else if (element == QLatin1String("Say") && path.size() == 2) {
                TwimlVerb verb;
                verb.kind = TwimlVerb::Kind::Say;
                verb.text = xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
                path.removeLast(); // readElementText consumed the end element
                verbs.append(verb);
            } else if (element == QLatin1String("Pause") && path.size() == 2) {
                TwimlVerb verb;
                verb.kind = TwimlVerb::Kind::Pause;
                bool ok = false;
                const int length = attribute(xml, "length").toInt(&ok);
                verb.lengthSeconds = ok && length >= 0 ? length : 1;
                verbs.append(verb);
            } else if (element == QLatin1String("Hangup") && path.size() == 2) {
                TwimlVerb verb;
                verb.kind = TwimlVerb::Kind::Hangup;
                verbs.append(verb);
            } else if (path.size() == 2 && element != QLatin1String("Start") && element != QLatin1String("Connect")) {
                qCInfo(lcSandbox) << "The sandbox line skips the TwiML verb" << element;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (!path.isEmpty()) {
                if (path.last() == QLatin1String("Stream")) {
                    streamIndex = -1;
                }
                path.removeLast();
            }
        }
    }
    if (xml.hasError()) {
        return Error{ErrorCode::InvalidArgument,
                     tr("The call instructions (TwiML) are not valid XML: %1 (line %2).")
                         .arg(xml.errorString())
                         .arg(xml.lineNumber())};
    }
    if (!sawResponse) {
        return Error{ErrorCode::InvalidArgument, tr("The call instructions (TwiML) have no <Response>.")};
    }
    return verbs;
}

} // namespace calldeck::sandbox
