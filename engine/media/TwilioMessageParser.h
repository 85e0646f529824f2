#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

#include <cstdint>

namespace calldeck {

/// A `media` message of a Twilio media stream; the views point into the message text.
struct TwilioMediaView
{
    QStringView streamSid;
    QStringView track;
    QStringView payload;    ///< base64 μ-law
    qint64 timestampMs = -1;
};

/// Any inbound Twilio media-stream message (twilio.md §5.2), fully decoded.
struct TwilioMessage
{
    enum class Event { Connected, Start, Media, Dtmf, Mark, Stop, Unknown };
    Event event = Event::Unknown;
    QString eventName;
    QString streamSid;
    // start
    QString accountSid;
    QString callSid;
    QHash<QString, QString> customParameters;
    QString encoding;
    int sampleRate = 0;
    int channels = 0;
    // media
    QString track;
    qint64 timestampMs = -1;
    QString payload;
    // dtmf / mark
    QString digit;
    QString markName;
};

/// Parses Twilio media-stream JSON. The `media` message, 50 per second per call, has a hand
/// scanner that allocates nothing; everything else (and any media message the scanner does not
/// fully understand, such as one with escaped strings) goes through QJsonDocument.
class TwilioMessageParser
{
public:
    enum class Error { None, NotJson, NoEvent, UnknownEvent, MissingField };

    /// Fast path: true when `text` is a well-formed `media` message with streamSid, timestamp and
    /// payload. False means "use parse()", not necessarily "invalid".
    static bool parseMedia(QStringView text, TwilioMediaView& out);
    /// Full parse with field checks per event; `out.event` is set even when a field is missing.
    static Error parse(const QString& text, TwilioMessage& out);

    /// Strict base64 (standard alphabet, padded) into `out`; returns bytes written or −1 when the
    /// input is not valid base64 or does not fit.
    static int decodeBase64(QStringView in, std::uint8_t* out, int capacity);
    /// Standard padded base64 of `count` bytes, written to `out` (4 × ⌈count/3⌉ characters).
    static void encodeBase64(const std::uint8_t* in, int count, QChar* out);
    [[nodiscard]] static constexpr int base64Length(int bytes) { return (bytes + 2) / 3 * 4; }
};

} // namespace calldeck
