#include "telephony/TwimlBuilder.h"

#include <QCoreApplication>

namespace calldeck {

namespace {

constexpr int kMaxInlineTwiml = 4000;
constexpr int kMaxParameterChars = 500;

QString attr(const QString& value)
{
    return value.toHtmlEscaped(); // escapes & < > and "
}

} // namespace

TwimlBuilder& TwimlBuilder::stream(const QUrl& mediaUrl)
{
    m_mediaUrl = mediaUrl;
    return *this;
}

TwimlBuilder& TwimlBuilder::parameter(const QString& name, const QString& value)
{
    m_parameters.append({name, value});
    return *this;
}

TwimlBuilder& TwimlBuilder::transcription(const QUrl& callbackUrl, const QString& languageCode)
{
    m_transcriptionUrl = callbackUrl;
    m_languageCode = languageCode;
    return *this;
}

Result<QString> TwimlBuilder::build() const
{
    const QString scheme = m_mediaUrl.scheme();
    if (!m_mediaUrl.isValid() || (scheme != u"wss" && scheme != u"ws") || m_mediaUrl.hasQuery()) {
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("calldeck::TwimlBuilder",
                                                 "The media stream address \"%1\" is not a wss:// URL without a "
                                                 "query string.")
                         .arg(m_mediaUrl.toString())};
    }
    QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>");
    if (m_transcriptionUrl.isValid()) {
        // Explicit attributes: Twilio's defaults are not documented well enough to rely on.
        xml += QStringLiteral("<Start><Transcription name=\"calldeck\" track=\"inbound_track\" "
                              "statusCallbackUrl=\"%1\" statusCallbackMethod=\"POST\" languageCode=\"%2\" "
                              "partialResults=\"false\" enableAutomaticPunctuation=\"true\" "
                              "inboundTrackLabel=\"callee\"/></Start>")
                   .arg(attr(m_transcriptionUrl.toString(QUrl::FullyEncoded)), attr(m_languageCode));
    }
    xml += QStringLiteral("<Connect><Stream url=\"%1\">").arg(attr(m_mediaUrl.toString(QUrl::FullyEncoded)));
    for (const auto& [name, value] : m_parameters) {
        if (name.size() + value.size() >= kMaxParameterChars) {
            return Error{ErrorCode::InvalidArgument,
                         QCoreApplication::translate("calldeck::TwimlBuilder",
                                                     "The stream parameter \"%1\" is too long for Twilio.")
                             .arg(name)};
        }
        xml += QStringLiteral("<Parameter name=\"%1\" value=\"%2\"/>").arg(attr(name), attr(value));
    }
    xml += QStringLiteral("</Stream></Connect></Response>");
    if (xml.size() > kMaxInlineTwiml) {
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("calldeck::TwimlBuilder",
                                                 "The call instructions (TwiML) are longer than Twilio's "
                                                 "4000-character limit."),
                     32018};
    }
    return xml;
}

} // namespace calldeck
