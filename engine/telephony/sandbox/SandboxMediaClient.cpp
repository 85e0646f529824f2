#include "telephony/sandbox/SandboxMediaClient.h"

#include "media/AudioFormat.h"
#include "media/AudioLevel.h"
#include "media/MuLaw.h"
#include "telephony/TwilioSignature.h"
#include "telephony/sandbox/SandboxLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QWebSocket>

namespace calldeck::sandbox {

namespace {

constexpr int kFrameBytes = audio_format::kTwilioFrameBytes;
constexpr int kFrameMs = audio_format::kFrameMs;
// Ticks at half a frame so a late timer is caught up within the next tick.
constexpr int kTickMs = 10;
constexpr int kConnectTimeoutMs = 10000;

QString randomSid(const char* prefix)
{
    QString sid = QLatin1String(prefix);
    for (int i = 0; i < 4; ++i) {
        sid += QStringLiteral("%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    }
    return sid;
}

} // namespace

SandboxMediaClient::SandboxMediaClient(QUrl streamUrl, Identity identity, QObject* parent)
    : QObject(parent)
    , m_url(std::move(streamUrl))
    , m_identity(std::move(identity))
    , m_streamSid(randomSid("MZ"))
{
    m_tick.setTimerType(Qt::PreciseTimer);
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &SandboxMediaClient::onTick);
}

SandboxMediaClient::~SandboxMediaClient()
{
    if (m_socket) {
        m_closing = true;
        m_socket->abort();
    }
}

void SandboxMediaClient::open()
{
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_socket, &QWebSocket::connected, this, &SandboxMediaClient::onConnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &SandboxMediaClient::onTextMessage);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this,
            [this](const QByteArray&) { rejectMessage(31950, QStringLiteral("binary frame")); });
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        m_tick.stop();
        const bool wasOpen = m_open;
        m_open = false;
        if (m_closing) {
            return;
        }
        m_closing = true;
        if (wasOpen) {
            qCInfo(lcSandbox) << "CallDeck closed the media stream" << m_streamSid << "(31921)";
            Q_EMIT closedByPeer();
        } else {
            m_closing = false;
            handshakeFailed(m_socket->errorString());
        }
    });

    connect(m_socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this, [this](QAbstractSocket::SocketError) {
        if (!m_open && !m_closing) {
            handshakeFailed(m_socket->errorString());
        }
    });
    // Twilio gives up on a stream that does not connect within a few seconds (31901).
    QTimer::singleShot(kConnectTimeoutMs, this, [this] {
        if (!m_open && !m_closing) {
            handshakeFailed(tr("no answer within %1 s").arg(kConnectTimeoutMs / 1000));
        }
    });

    // Twilio signs the wss URL exactly as written in <Stream url>, with no parameters.
    QNetworkRequest request(m_url);
    request.setRawHeader("X-Twilio-Signature",
                         TwilioSignature::compute(m_identity.authToken, m_url.toString(QUrl::FullyEncoded), {}).toLatin1());
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Twilio.TmeWs/1.0"));
    m_socket->open(request);
}

void SandboxMediaClient::handshakeFailed(const QString& reason)
{
    m_closing = true;
    qCWarning(lcSandbox).noquote() << "Media stream to" << m_url.toDisplayString(QUrl::RemoveQuery)
                                   << "could not be opened (31920):" << reason;
    m_socket->abort();
    Q_EMIT failed(31920, reason);
}

bool SandboxMediaClient::speaking() const
{
    return !m_speech.isEmpty();
}

void SandboxMediaClient::speak(const QByteArray& mulaw)
{
    m_speech.append(mulaw);
}

void SandboxMediaClient::hangUp()
{
    if (!m_socket || m_closing) {
        return;
    }
    m_tick.stop();
    if (m_open) {
        QJsonObject stop{{QStringLiteral("accountSid"), m_identity.accountSid},
                         {QStringLiteral("callSid"), m_identity.callSid}};
        sendJson(QJsonObject{{QStringLiteral("event"), QStringLiteral("stop")},
                             {QStringLiteral("sequenceNumber"), nextSequence()},
                             {QStringLiteral("streamSid"), m_streamSid},
                             {QStringLiteral("stop"), stop}});
        m_socket->flush();
    }
    m_closing = true;
    m_open = false;
    m_socket->close(QWebSocketProtocol::CloseCodeNormal);
}

void SandboxMediaClient::onConnected()
{
    m_open = true;
    sendJson(QJsonObject{{QStringLiteral("event"), QStringLiteral("connected")},
                         {QStringLiteral("protocol"), QStringLiteral("Call")},
                         {QStringLiteral("version"), QStringLiteral("1.0.0")}});
    QJsonObject custom;
    for (const auto& [name, value] : m_identity.customParameters) {
        custom.insert(name, value);
    }
    const QJsonObject mediaFormat{{QStringLiteral("encoding"), QStringLiteral("audio/x-mulaw")},
                                  {QStringLiteral("sampleRate"), audio_format::kTwilioRate},
                                  {QStringLiteral("channels"), 1}};
    const QJsonObject start{{QStringLiteral("accountSid"), m_identity.accountSid},
                            {QStringLiteral("streamSid"), m_streamSid},
                            {QStringLiteral("callSid"), m_identity.callSid},
                            {QStringLiteral("tracks"), QJsonArray{QStringLiteral("inbound")}},
                            {QStringLiteral("customParameters"), custom},
                            {QStringLiteral("mediaFormat"), mediaFormat}};
    sendJson(QJsonObject{{QStringLiteral("event"), QStringLiteral("start")},
                         {QStringLiteral("sequenceNumber"), nextSequence()},
                         {QStringLiteral("streamSid"), m_streamSid},
                         {QStringLiteral("start"), start}});
    m_clock.start();
    m_framesSent = 0;
    m_tick.start();
    Q_EMIT started();
}

QString SandboxMediaClient::nextSequence()
{
    return QString::number(++m_sequence);
}

void SandboxMediaClient::sendJson(const QJsonObject& object)
{
    if (m_socket && m_open) {
        m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    }
}

void SandboxMediaClient::onTick()
{
    // Frames are due on a fixed schedule from the stream's start; a late tick sends what it owes.
    const qint64 due = m_clock.elapsed() / kFrameMs + 1;
    while (m_open && m_framesSent < due) {
        sendFrame();
    }
}

void SandboxMediaClient::sendFrame()
{
    QByteArray payload;
    const bool wasSpeaking = !m_speech.isEmpty();
    if (wasSpeaking) {
        payload = m_speech.left(kFrameBytes);
        m_speech.remove(0, payload.size());
        if (payload.size() < kFrameBytes) {
            payload.append(kFrameBytes - payload.size(), char(0xFF));
        }
    } else {
        payload = QByteArray(kFrameBytes, char(0xFF));
    }
    const qint64 chunk = ++m_framesSent;
    const QJsonObject media{{QStringLiteral("track"), QStringLiteral("inbound")},
                            {QStringLiteral("chunk"), QString::number(chunk)},
                            {QStringLiteral("timestamp"), QString::number((chunk - 1) * kFrameMs)},
                            {QStringLiteral("payload"), QString::fromLatin1(payload.toBase64())}};
    sendJson(QJsonObject{{QStringLiteral("event"), QStringLiteral("media")},
                         {QStringLiteral("sequenceNumber"), nextSequence()},
                         {QStringLiteral("streamSid"), m_streamSid},
                         {QStringLiteral("media"), media}});

    // Play one frame of CallDeck's audio to the callee.
    float level = kSilenceDb;
    if (!m_playback.isEmpty()) {
        const QByteArray played = m_playback.left(kFrameBytes);
        m_playback.remove(0, played.size());
        m_playbackPlayedBytes += played.size();
        QList<std::int16_t> pcm;
        MuLaw::decode(played, pcm);
        level = levelDbfs(pcm.constData(), int(pcm.size()));
    }
    while (!m_marks.isEmpty() && m_marks.first().first <= m_playbackPlayedBytes) {
        echoMark(m_marks.takeFirst().second);
    }
    Q_EMIT framePlayed(level);
    if (wasSpeaking && m_speech.isEmpty()) {
        Q_EMIT speechFinished();
    }
}

void SandboxMediaClient::echoMark(const QString& name)
{
    sendJson(QJsonObject{{QStringLiteral("event"), QStringLiteral("mark")},
                         {QStringLiteral("sequenceNumber"), nextSequence()},
                         {QStringLiteral("streamSid"), m_streamSid},
                         {QStringLiteral("mark"), QJsonObject{{QStringLiteral("name"), name}}}});
}

void SandboxMediaClient::rejectMessage(int code, const QString& why)
{
    // Twilio logs these as warnings once per stream and keeps going.
    if (m_invalidMessages == 0) {
        qCWarning(lcSandbox).noquote() << "Media stream" << m_streamSid << "got an invalid message (" << code
                                       << "):" << why;
    }
    ++m_invalidMessages;
}

void SandboxMediaClient::onTextMessage(const QString& message)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(message.toUtf8(), &error);
    if (!document.isObject()) {
        rejectMessage(31951, QStringLiteral("not JSON"));
        return;
    }
    const QJsonObject json = document.object();
    const QString event = json.value(QStringLiteral("event")).toString();
    if (json.value(QStringLiteral("streamSid")).toString() != m_streamSid) {
        rejectMessage(31951, QStringLiteral("wrong or missing streamSid"));
        return;
    }
    if (event == QLatin1String("media")) {
        const QJsonValue payload = json.value(QStringLiteral("media")).toObject().value(QStringLiteral("payload"));
        const auto decoded = QByteArray::fromBase64Encoding(payload.toString().toLatin1(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!payload.isString() || !decoded) {
            rejectMessage(31951, QStringLiteral("media without a base64 payload"));
            return;
        }
        m_playback.append(*decoded);
        m_playbackQueuedBytes += (*decoded).size();
    } else if (event == QLatin1String("mark")) {
        const QJsonValue name = json.value(QStringLiteral("mark")).toObject().value(QStringLiteral("name"));
        if (!name.isString()) {
            rejectMessage(31951, QStringLiteral("mark without mark.name"));
            return;
        }
        if (m_playbackQueuedBytes <= m_playbackPlayedBytes) {
            echoMark(name.toString());
        } else {
            m_marks.append({m_playbackQueuedBytes, name.toString()});
        }
    } else if (event == QLatin1String("clear")) {
        m_playbackPlayedBytes += m_playback.size();
        m_playback.clear();
        m_playbackQueuedBytes = m_playbackPlayedBytes;
        const auto pending = std::exchange(m_marks, {});
        for (const auto& mark : pending) {
            echoMark(mark.second);
        }
    } else {
        rejectMessage(31951, QStringLiteral("unknown event \"%1\"").arg(event));
    }
}

} // namespace calldeck::sandbox
