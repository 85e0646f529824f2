#include "fakes/TwilioMediaClient.h"

#include "media/MuLaw.h"
#include "telephony/TwilioSignature.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QRandomGenerator>

#include <chrono>
#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace calldeck::fakes {

namespace {

QString randomSid(QStringView prefix)
{
    QString sid = prefix.toString();
    for (int i = 0; i < 32; ++i)
        sid += QChar(u"0123456789abcdef"[QRandomGenerator::global()->bounded(16)]);
    return sid;
}

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

QString jsonString(const QString& s)
{
    // A one-element array serialises the string with correct escaping; strip the brackets.
    const QByteArray j = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(j.mid(1, j.size() - 2));
}

} // namespace

TwilioMediaClient::TwilioMediaClient(QObject* parent)
    : QObject(parent), m_streamSid(randomSid(u"MZ")), m_callSid(randomSid(u"CA")), m_accountSid(randomSid(u"AC"))
{
    m_socket.setParent(this);
    m_audioTimer.setParent(this);
    m_playTimer.setParent(this);
    m_audioTimer.setTimerType(Qt::PreciseTimer);
    m_playTimer.setTimerType(Qt::PreciseTimer);
    m_audioTimer.setInterval(20);
    m_playTimer.setInterval(20);
    connect(&m_audioTimer, &QTimer::timeout, this, [this] {
        if (m_toneOn)
            sendMedia(toneFrame(m_toneHz, m_toneAmplitude, m_toneFrame++));
    });
    connect(&m_playTimer, &QTimer::timeout, this, &TwilioMediaClient::playOneFrame);
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        send(uR"({"event":"connected","protocol":"Call","version":"1.0.0"})"_s);
        if (m_autoStart)
            sendStart();
        Q_EMIT opened();
    });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        m_audioTimer.stop();
        m_playTimer.stop();
        Q_EMIT closed();
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &TwilioMediaClient::onText);
}

void TwilioMediaClient::open(const QUrl& mediaUrl, const QString& authToken,
                             const QHash<QString, QString>& customParameters)
{
    m_parameters = customParameters;
    QNetworkRequest request(mediaUrl);
    const QString url = mediaUrl.toString(QUrl::FullyEncoded);
    if (m_signature == Signature::Valid)
        request.setRawHeader("X-Twilio-Signature", TwilioSignature::compute(authToken, url, {}).toLatin1());
    else if (m_signature == Signature::Wrong)
        request.setRawHeader("X-Twilio-Signature",
                             TwilioSignature::compute(authToken + u"x"_s, url, {}).toLatin1());
    m_socket.open(request);
}

void TwilioMediaClient::sendStart()
{
    QJsonObject params;
    for (auto it = m_parameters.cbegin(); it != m_parameters.cend(); ++it)
        params.insert(it.key(), it.value());
    const QJsonObject start{{u"accountSid"_s, m_accountSid},
                            {u"streamSid"_s, m_streamSid},
                            {u"callSid"_s, m_callSid},
                            {u"tracks"_s, QJsonArray{u"inbound"_s}},
                            {u"customParameters"_s, params},
                            {u"mediaFormat"_s, QJsonObject{{u"encoding"_s, u"audio/x-mulaw"_s},
                                                           {u"sampleRate"_s, 8000},
                                                           {u"channels"_s, 1}}}};
    const QJsonObject msg{{u"event"_s, u"start"_s}, {u"sequenceNumber"_s, seq()}, {u"start"_s, start},
                          {u"streamSid"_s, m_streamSid}};
    send(QString::fromUtf8(QJsonDocument(msg).toJson(QJsonDocument::Compact)));
    if (!m_externalClock)
        m_audioTimer.start();
}

void TwilioMediaClient::sendMedia(const QByteArray& mulaw)
{
    // Field order and string-typed numbers as Twilio sends them (twilio.md §5.2).
    send(u"{\"event\":\"media\",\"sequenceNumber\":\""_s + seq() +
         u"\",\"media\":{\"track\":\"inbound\",\"chunk\":\""_s + QString::number(m_chunk++) +
         u"\",\"timestamp\":\""_s + QString::number(m_timestampMs) + u"\",\"payload\":\""_s +
         QString::fromLatin1(mulaw.toBase64()) + u"\"},\"streamSid\":\""_s + m_streamSid + u"\"}"_s);
    m_timestampMs += mulaw.size() / 8;
    ++m_mediaSent;
}

void TwilioMediaClient::startTone(double hz, double amplitude)
{
    m_toneHz = hz;
    m_toneAmplitude = amplitude;
    m_toneOn = true;
}

void TwilioMediaClient::stopAudio()
{
    m_toneOn = false;
}

void TwilioMediaClient::sendDtmf(QChar digit)
{
    send(u"{\"event\":\"dtmf\",\"streamSid\":\""_s + m_streamSid + u"\",\"sequenceNumber\":\""_s + seq() +
         u"\",\"dtmf\":{\"track\":\"inbound_track\",\"digit\":\""_s + digit + u"\"}}"_s);
}

void TwilioMediaClient::sendStop()
{
    send(u"{\"event\":\"stop\",\"sequenceNumber\":\""_s + seq() + u"\",\"streamSid\":\""_s + m_streamSid +
         u"\",\"stop\":{\"accountSid\":\""_s + m_accountSid + u"\",\"callSid\":\""_s + m_callSid + u"\"}}"_s);
    m_toneOn = false;
}

void TwilioMediaClient::sendText(const QString& raw) { m_socket.sendTextMessage(raw); }
void TwilioMediaClient::sendBinary(const QByteArray& raw) { m_socket.sendBinaryMessage(raw); }
void TwilioMediaClient::abort() { m_toneOn = false; m_socket.abort(); }
void TwilioMediaClient::close() { m_toneOn = false; m_socket.close(); }

void TwilioMediaClient::tick()
{
    if (m_toneOn)
        sendMedia(toneFrame(m_toneHz, m_toneAmplitude, m_toneFrame++));
    if (m_queuedFrames > 0)
        playOneFrame();
}

QByteArray TwilioMediaClient::receivedAudio() const
{
    QByteArray all;
    for (const auto& r : m_received) {
        if (r.event == u"media")
            all += r.payload;
    }
    return all;
}

QByteArray TwilioMediaClient::toneFrame(double hz, double amplitude, qint64 frameIndex)
{
    QByteArray out(160, Qt::Uninitialized);
    for (int i = 0; i < 160; ++i) {
        const double t = double(frameIndex * 160 + i) / 8000.0;
        const auto s = std::int16_t(std::lround(amplitude * std::sin(2.0 * std::numbers::pi * hz * t)));
        out[i] = char(MuLaw::encode(s));
    }
    return out;
}

void TwilioMediaClient::send(const QString& json)
{
    m_socket.sendTextMessage(json);
}

void TwilioMediaClient::onText(const QString& text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    Received r;
    r.event = o.value(u"event"_s).toString();
    r.atNs = steadyNs();
    if (r.event == u"media") {
        r.payload = QByteArray::fromBase64(o.value(u"media"_s).toObject().value(u"payload"_s).toString().toLatin1());
        // Twilio plays what it gets in 20 ms steps (a longer payload is several steps).
        const qsizetype frames = std::max<qsizetype>(1, r.payload.size() / 160);
        m_mediaReceived += int(frames);
        ++m_mediaMessages;
        for (qsizetype i = 0; i < frames; ++i) {
            m_playback.emplace_back();
            ++m_queuedFrames;
        }
        if (!m_externalClock && !m_playTimer.isActive())
            m_playTimer.start();
    } else if (r.event == u"mark") {
        r.markName = o.value(u"mark"_s).toObject().value(u"name"_s).toString();
        m_marks.append(r.markName);
        m_playback.push_back(r.markName);
    } else if (r.event == u"clear") {
        ++m_clears;
        // Twilio drops the queued audio and echoes every pending mark.
        std::deque<QString> pending;
        pending.swap(m_playback);
        m_queuedFrames = 0;
        m_playTimer.stop();
        for (const QString& name : pending) {
            if (!name.isEmpty()) {
                send(u"{\"event\":\"mark\",\"sequenceNumber\":\""_s + seq() + u"\",\"streamSid\":\""_s + m_streamSid +
                     u"\",\"mark\":{\"name\":"_s + jsonString(name) + u"}}"_s);
                m_echoed.append(name);
                Q_EMIT markEchoed(name);
            }
        }
    }
    if (m_recording)
        m_received.append(r);
    if (r.event == u"media")
        Q_EMIT mediaReceived();
    else if (r.event == u"mark")
        Q_EMIT markReceived(r.markName);
    else if (r.event == u"clear")
        Q_EMIT clearReceived();
    echoMarksAtHead();
}

void TwilioMediaClient::playOneFrame()
{
    echoMarksAtHead();
    if (!m_playback.empty()) {
        m_playback.pop_front(); // a frame: marks were echoed above
        --m_queuedFrames;
    }
    echoMarksAtHead();
    if (m_queuedFrames == 0)
        m_playTimer.stop();
}

void TwilioMediaClient::echoMarksAtHead()
{
    while (!m_playback.empty() && !m_playback.front().isEmpty()) {
        const QString name = m_playback.front();
        m_playback.pop_front();
        send(u"{\"event\":\"mark\",\"sequenceNumber\":\""_s + seq() + u"\",\"streamSid\":\""_s + m_streamSid +
             u"\",\"mark\":{\"name\":"_s + jsonString(name) + u"}}"_s);
        m_echoed.append(name);
        Q_EMIT markEchoed(name);
    }
}

} // namespace calldeck::fakes
