#pragma once

#include "core/Result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace calldeck {

/// Builds the inline TwiML of an outbound call: optional Real-Time Transcription (placed before
/// <Connect>, which blocks) and a bidirectional <Connect><Stream> with <Parameter>s. Values are
/// XML-escaped; the result is checked against Twilio's 4000-character inline limit.
class TwimlBuilder
{
public:
    /// wss:// (or ws:// for the sandbox line) URL of the media server; no query string.
    TwimlBuilder& stream(const QUrl& mediaUrl);
    /// A <Parameter> delivered in start.customParameters (name and value each < 500 characters).
    TwimlBuilder& parameter(const QString& name, const QString& value);
    /// Adds <Start><Transcription> of the callee's track, webhooks to `callbackUrl`.
    TwimlBuilder& transcription(const QUrl& callbackUrl, const QString& languageCode);

    /// The TwiML, or InvalidArgument when it breaks one of Twilio's limits.
    [[nodiscard]] Result<QString> build() const;

private:
    QUrl m_mediaUrl;
    QList<QPair<QString, QString>> m_parameters;
    QUrl m_transcriptionUrl;
    QString m_languageCode;
};

} // namespace calldeck
