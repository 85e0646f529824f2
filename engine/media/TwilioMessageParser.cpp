#include "media/TwilioMessageParser.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace calldeck {

namespace {

/// A forward-only scanner for the subset of JSON Twilio sends. Gives up (returns false) on
/// anything it does not need to understand exactly, so the caller can fall back to QJsonDocument.
class Scanner
{
public:
    explicit Scanner(QStringView text) : m_s(text) {}

    void skipWs()
    {
        while (m_i < m_s.size()) {
            const char16_t c = m_s[m_i].unicode();
            if (c != u' ' && c != u'\n' && c != u'\r' && c != u'\t')
                break;
            ++m_i;
        }
    }
    bool consume(char16_t c)
    {
        skipWs();
        if (m_i < m_s.size() && m_s[m_i].unicode() == c) {
            ++m_i;
            return true;
        }
        return false;
    }
    [[nodiscard]] bool peek(char16_t c)
    {
        skipWs();
        return m_i < m_s.size() && m_s[m_i].unicode() == c;
    }
    /// A string without escapes, as a view.
    bool plainString(QStringView& out)
    {
        if (!consume(u'"'))
            return false;
        const qsizetype start = m_i;
        while (m_i < m_s.size()) {
            const char16_t c = m_s[m_i].unicode();
            if (c == u'"') {
                out = m_s.sliced(start, m_i - start);
                ++m_i;
                return true;
            }
            if (c == u'\\' || c < 0x20)
                return false;
            ++m_i;
        }
        return false;
    }
    bool number(qint64& out)
    {
        skipWs();
        const qsizetype start = m_i;
        while (m_i < m_s.size() && (m_s[m_i].isDigit() || m_s[m_i] == u'-'))
            ++m_i;
        bool ok = false;
        out = m_s.sliced(start, m_i - start).toLongLong(&ok);
        return ok;
    }
    /// Skips any value, nested containers included.
    bool skipValue()
    {
        skipWs();
        if (m_i >= m_s.size())
            return false;
        const char16_t c = m_s[m_i].unicode();
        if (c == u'"')
            return skipString();
        if (c == u'{' || c == u'[') {
            int depth = 0;
            while (m_i < m_s.size()) {
                const char16_t x = m_s[m_i].unicode();
                if (x == u'"') {
                    if (!skipString())
                        return false;
                    continue;
                }
                if (x == u'{' || x == u'[')
                    ++depth;
                else if (x == u'}' || x == u']')
                    --depth;
                ++m_i;
                if (depth == 0)
                    return true;
            }
            return false;
        }
        const qsizetype start = m_i;
        while (m_i < m_s.size()) {
            const char16_t x = m_s[m_i].unicode();
            if (x == u',' || x == u'}' || x == u']' || x == u' ' || x == u'\n' || x == u'\r' || x == u'\t')
                break;
            ++m_i;
        }
        return m_i > start;
    }
    [[nodiscard]] bool atEnd()
    {
        skipWs();
        return m_i == m_s.size();
    }

private:
    bool skipString()
    {
        ++m_i; // opening quote
        while (m_i < m_s.size()) {
            const char16_t c = m_s[m_i].unicode();
            ++m_i;
            if (c == u'\\')
                ++m_i;
            else if (c == u'"')
                return true;
        }
        return false;
    }

    QStringView m_s;
    qsizetype m_i = 0;
};

bool scanMediaObject(Scanner& sc, TwilioMediaView& out)
{
    if (!sc.consume(u'{'))
        return false;
    if (sc.consume(u'}'))
        return true;
    do {
        QStringView key;
        if (!sc.plainString(key) || !sc.consume(u':'))
            return false;
        if (key == u"payload") {
            if (!sc.plainString(out.payload))
                return false;
        } else if (key == u"track") {
            if (!sc.plainString(out.track))
                return false;
        } else if (key == u"timestamp") {
            if (sc.peek(u'"')) {
                QStringView v;
                bool ok = false;
                if (!sc.plainString(v))
                    return false;
                out.timestampMs = v.toLongLong(&ok);
                if (!ok)
                    return false;
            } else if (!sc.number(out.timestampMs)) {
                return false;
            }
        } else if (!sc.skipValue()) {
            return false;
        }
    } while (sc.consume(u','));
    return sc.consume(u'}');
}

constexpr std::array<std::int8_t, 128> makeDecodeTable()
{
    std::array<std::int8_t, 128> t{};
    for (auto& v : t)
        v = -1;
    constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < 64; ++i)
        t[static_cast<std::size_t>(alphabet[i])] = static_cast<std::int8_t>(i);
    return t;
}
constexpr std::array<std::int8_t, 128> kDecode = makeDecodeTable();
constexpr char16_t kAlphabet[] = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

QString stringField(const QJsonObject& o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return {};
}

} // namespace

bool TwilioMessageParser::parseMedia(QStringView text, TwilioMediaView& out)
{
    out = TwilioMediaView{};
    Scanner sc(text);
    if (!sc.consume(u'{'))
        return false;
    bool isMedia = false;
    bool sawMedia = false;
    do {
        QStringView key;
        if (!sc.plainString(key) || !sc.consume(u':'))
            return false;
        if (key == u"event") {
            QStringView ev;
            if (!sc.plainString(ev))
                return false;
            isMedia = ev == u"media";
            if (!isMedia)
                return false;
        } else if (key == u"streamSid") {
            if (!sc.plainString(out.streamSid))
                return false;
        } else if (key == u"media") {
            if (!scanMediaObject(sc, out))
                return false;
            sawMedia = true;
        } else if (!sc.skipValue()) {
            return false;
        }
    } while (sc.consume(u','));
    if (!sc.consume(u'}') || !sc.atEnd())
        return false;
    return isMedia && sawMedia && !out.streamSid.isEmpty() && !out.payload.isNull() && out.timestampMs >= 0;
}

TwilioMessageParser::Error TwilioMessageParser::parse(const QString& text, TwilioMessage& out)
{
    out = TwilioMessage{};
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error::NotJson;
    const QJsonObject root = doc.object();
    out.eventName = root.value(QLatin1StringView("event")).toString();
    if (out.eventName.isEmpty())
        return Error::NoEvent;
    out.streamSid = root.value(QLatin1StringView("streamSid")).toString();

    using Event = TwilioMessage::Event;
    if (out.eventName == u"connected") {
        out.event = Event::Connected;
        return Error::None;
    }
    if (out.eventName == u"start") {
        out.event = Event::Start;
        const QJsonObject start = root.value(QLatin1StringView("start")).toObject();
        if (out.streamSid.isEmpty())
            out.streamSid = start.value(QLatin1StringView("streamSid")).toString();
        out.accountSid = start.value(QLatin1StringView("accountSid")).toString();
        out.callSid = start.value(QLatin1StringView("callSid")).toString();
        const QJsonObject params = start.value(QLatin1StringView("customParameters")).toObject();
        for (auto it = params.begin(); it != params.end(); ++it)
            out.customParameters.insert(it.key(), it.value().toString());
        const QJsonObject format = start.value(QLatin1StringView("mediaFormat")).toObject();
        out.encoding = format.value(QLatin1StringView("encoding")).toString();
        out.sampleRate = format.value(QLatin1StringView("sampleRate")).toInt();
        out.channels = format.value(QLatin1StringView("channels")).toInt();
        return out.streamSid.isEmpty() || out.callSid.isEmpty() ? Error::MissingField : Error::None;
    }
    if (out.eventName == u"media") {
        out.event = Event::Media;
        const QJsonObject media = root.value(QLatin1StringView("media")).toObject();
        out.track = media.value(QLatin1StringView("track")).toString();
        out.payload = media.value(QLatin1StringView("payload")).toString();
        bool ok = false;
        out.timestampMs = stringField(media, QLatin1StringView("timestamp")).toLongLong(&ok);
        if (!ok)
            out.timestampMs = -1;
        const bool hasPayload = media.value(QLatin1StringView("payload")).isString();
        return out.streamSid.isEmpty() || !hasPayload || !ok ? Error::MissingField : Error::None;
    }
    if (out.eventName == u"dtmf") {
        out.event = Event::Dtmf;
        out.digit = root.value(QLatin1StringView("dtmf")).toObject().value(QLatin1StringView("digit")).toString();
        return out.streamSid.isEmpty() || out.digit.isEmpty() ? Error::MissingField : Error::None;
    }
    if (out.eventName == u"mark") {
        out.event = Event::Mark;
        out.markName = root.value(QLatin1StringView("mark")).toObject().value(QLatin1StringView("name")).toString();
        return out.streamSid.isEmpty() || out.markName.isEmpty() ? Error::MissingField : Error::None;
    }
    if (out.eventName == u"stop") {
        out.event = Event::Stop;
        return out.streamSid.isEmpty() ? Error::MissingField : Error::None;
    }
    return Error::UnknownEvent;
}

int TwilioMessageParser::decodeBase64(QStringView in, std::uint8_t* out, int capacity)
{
    const qsizetype n = in.size();
    if (n % 4 != 0)
        return -1;
    int written = 0;
    for (qsizetype i = 0; i < n; i += 4) {
        int v[4];
        int pad = 0;
        for (int k = 0; k < 4; ++k) {
            const char16_t c = in[i + k].unicode();
            if (c == u'=' && i + 4 == n && k >= 2) {
                v[k] = 0;
                ++pad;
                continue;
            }
            if (pad > 0 || c >= 128 || kDecode[c] < 0)
                return -1;
            v[k] = kDecode[c];
        }
        const int bytes = 3 - pad;
        if (written + bytes > capacity)
            return -1;
        const std::uint32_t triple = (std::uint32_t(v[0]) << 18) | (std::uint32_t(v[1]) << 12) |
                                     (std::uint32_t(v[2]) << 6) | std::uint32_t(v[3]);
        out[written++] = std::uint8_t(triple >> 16);
        if (bytes > 1)
            out[written++] = std::uint8_t(triple >> 8);
        if (bytes > 2)
            out[written++] = std::uint8_t(triple);
    }
    return written;
}

void TwilioMessageParser::encodeBase64(const std::uint8_t* in, int count, QChar* out)
{
    int o = 0;
    int i = 0;
    for (; i + 2 < count; i += 3) {
        const std::uint32_t t = (std::uint32_t(in[i]) << 16) | (std::uint32_t(in[i + 1]) << 8) | in[i + 2];
        out[o++] = QChar(kAlphabet[(t >> 18) & 63]);
        out[o++] = QChar(kAlphabet[(t >> 12) & 63]);
        out[o++] = QChar(kAlphabet[(t >> 6) & 63]);
        out[o++] = QChar(kAlphabet[t & 63]);
    }
    const int rest = count - i;
    if (rest > 0) {
        std::uint32_t t = std::uint32_t(in[i]) << 16;
        if (rest == 2)
            t |= std::uint32_t(in[i + 1]) << 8;
        out[o++] = QChar(kAlphabet[(t >> 18) & 63]);
        out[o++] = QChar(kAlphabet[(t >> 12) & 63]);
        out[o++] = rest == 2 ? QChar(kAlphabet[(t >> 6) & 63]) : QChar(u'=');
        out[o++] = QChar(u'=');
    }
}

} // namespace calldeck
