#include "telephony/sandbox/SandboxCall.h"

#include "telephony/sandbox/PersonaConversation.h"
#include "telephony/sandbox/SandboxLog.h"
#include "telephony/sandbox/SandboxMediaClient.h"
#include "telephony/sandbox/WebhookSender.h"

#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QTimer>

#include <cmath>

namespace calldeck::sandbox {

namespace {

// Call-progress callbacks carry RFC 2822 times ("Tue, 31 Aug 2010 20:36:28 +0000").
QString rfc2822(const QDateTime& time)
{
    if (!time.isValid()) {
        return {};
    }
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")) +
           QStringLiteral(" +0000");
}

// Transcription webhooks carry ISO 8601 with a fraction ("2024-06-25T18:45:21.454203Z").
QString iso8601(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddThh:mm:ss.zzz000Z"));
}

QString randomSid(const char* prefix)
{
    QString sid = QLatin1String(prefix);
    for (int i = 0; i < 4; ++i) {
        sid += QStringLiteral("%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    }
    return sid;
}

QJsonValue stringOrNull(const QString& value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

} // namespace

SandboxCall::SandboxCall(QString sid, Request request, Persona persona, QNetworkAccessManager& network,
                         QString authToken, SpeechSynth* synth, double timeScale, QObject* parent)
    : QObject(parent)
    , m_sid(std::move(sid))
    , m_request(std::move(request))
    , m_persona(std::move(persona))
    , m_authToken(std::move(authToken))
    , m_timeScale(timeScale)
    , m_created(QDateTime::currentDateTimeUtc())
    , m_updated(m_created)
{
    m_webhooks = new WebhookSender(network, m_authToken, this);
    const bool speaks = m_persona.outcome == PersonaOutcome::Answer || m_persona.outcome == PersonaOutcome::HangUp ||
                        m_persona.outcome == PersonaOutcome::Voicemail;
    if (speaks && m_request.twimlError.isEmpty()) {
        m_conversation = new PersonaConversation(m_persona, synth, timeScale, this);
        connect(m_conversation, &PersonaConversation::ready, this, [this] {
            if (m_ringElapsed && !m_answered && !m_ended) {
                answer();
            }
        });
        connect(m_conversation, &PersonaConversation::failed, this, [this](const QString& message) {
            qCWarning(lcSandbox).noquote() << "Sandbox call" << m_sid << "cannot continue:" << message;
            finish(m_answered ? QStringLiteral("completed") : QStringLiteral("failed"), QStringLiteral("500"));
        });
        connect(m_conversation, &PersonaConversation::lineSpoken, this, &SandboxCall::onLineSpoken);
        connect(m_conversation, &PersonaConversation::hangUpRequested, this, [this] {
            qCInfo(lcSandbox) << "Persona" << m_persona.name << "hung up call" << m_sid;
            finish(QStringLiteral("completed"), QStringLiteral("200"));
        });
    }
}

SandboxCall::~SandboxCall() = default;

int SandboxCall::scaled(int simulatedMs) const
{
    return std::max(1, int(std::lround(simulatedMs * m_timeScale)));
}

void SandboxCall::after(int simulatedMs, void (SandboxCall::*step)())
{
    QTimer::singleShot(scaled(simulatedMs), this, [this, step] {
        if (!m_ended) {
            (this->*step)();
        }
    });
}

void SandboxCall::start()
{
    if (m_conversation) {
        m_conversation->prepare();
    }
    QTimer::singleShot(scaled(200), this, [this] {
        if (m_ended) {
            return;
        }
        sendStatus(QStringLiteral("initiated"), QStringLiteral("initiated"));
        if (!m_request.twimlError.isEmpty()) {
            qCWarning(lcSandbox).noquote() << "Sandbox call" << m_sid << "fails:" << m_request.twimlError;
            QTimer::singleShot(scaled(500), this, [this] { finish(QStringLiteral("failed"), QStringLiteral("500")); });
            return;
        }
        switch (m_persona.outcome) {
        case PersonaOutcome::Fail:
            QTimer::singleShot(scaled(1000), this, [this] { finish(QStringLiteral("failed"), QStringLiteral("503")); });
            return;
        case PersonaOutcome::Busy:
            QTimer::singleShot(scaled(1500), this, [this] { finish(QStringLiteral("busy"), QStringLiteral("486")); });
            return;
        default:
            after(int(QRandomGenerator::global()->bounded(1000, 3000)), &SandboxCall::ring);
        }
    });
}

void SandboxCall::ring()
{
    m_status = QStringLiteral("ringing");
    m_updated = QDateTime::currentDateTimeUtc();
    sendStatus(QStringLiteral("ringing"), QStringLiteral("ringing"));
    const int timeoutSeconds = m_request.timeoutSeconds > 0 ? m_request.timeoutSeconds : 60;
    if (m_persona.outcome == PersonaOutcome::NoAnswer || m_persona.ringSeconds >= timeoutSeconds) {
        QTimer::singleShot(scaled(timeoutSeconds * 1000), this,
                           [this] { finish(QStringLiteral("no-answer"), QStringLiteral("487")); });
        return;
    }
    QTimer::singleShot(scaled(m_persona.ringSeconds * 1000), this, [this] {
        if (m_ended) {
            return;
        }
        m_ringElapsed = true;
        // The persona picks up once it can speak; synthesis normally finished long before.
        if (!m_conversation || m_conversation->isReady()) {
            answer();
        }
    });
}

void SandboxCall::answer()
{
    m_answered = true;
    m_status = QStringLiteral("in-progress");
    m_started = QDateTime::currentDateTimeUtc();
    m_updated = m_started;
    m_answerClock.start();
    if (m_request.machineDetection) {
        m_answeredBy = m_persona.outcome == PersonaOutcome::Voicemail ? QStringLiteral("machine_end_beep")
                                                                      : QStringLiteral("human");
    }
    sendStatus(QStringLiteral("answered"), QStringLiteral("in-progress"));
    runNextVerb();
}

void SandboxCall::runNextVerb()
{
    if (m_ended) {
        return;
    }
    if (m_verbIndex >= m_request.verbs.size()) {
        // Nothing follows: the call ends, as Twilio's does after the last verb.
        finish(QStringLiteral("completed"), QStringLiteral("200"));
        return;
    }
    const TwimlVerb verb = m_request.verbs.at(m_verbIndex++);
    switch (verb.kind) {
    case TwimlVerb::Kind::StartTranscription:
        m_transcriptionUrl = verb.url;
        m_transcriptionTrack = verb.track;
        m_transcriptionSid = randomSid("GT");
        m_transcribing = true;
        sendTranscription(QStringLiteral("transcription-started"),
                          {{QStringLiteral("Track"), m_transcriptionTrack},
                           {QStringLiteral("LanguageCode"), QStringLiteral("en-US")}});
        runNextVerb();
        return;
    case TwimlVerb::Kind::ConnectStream:
        openStream(verb);
        return;
    case TwimlVerb::Kind::Say:
        // Roughly how long a TTS voice needs for the text.
        after(std::max(1000, int(verb.text.size()) * 65), &SandboxCall::runNextVerb);
        return;
    case TwimlVerb::Kind::Pause:
        after(verb.lengthSeconds * 1000, &SandboxCall::runNextVerb);
        return;
    case TwimlVerb::Kind::Hangup:
        finish(QStringLiteral("completed"), QStringLiteral("200"));
        return;
    }
}

void SandboxCall::openStream(const TwimlVerb& verb)
{
    SandboxMediaClient::Identity identity{m_request.accountSid, m_sid, m_authToken, verb.parameters};
    auto* media = new SandboxMediaClient(verb.url, identity, this);
    m_media = media;
    connect(media, &SandboxMediaClient::started, this, [this, media] {
        if (m_conversation) {
            m_conversation->attach(media);
        }
    });
    connect(media, &SandboxMediaClient::closedByPeer, this, [this, media] {
        media->deleteLater();
        runNextVerb();
    });
    connect(media, &SandboxMediaClient::failed, this, [this, media](int code, const QString& message) {
        qCWarning(lcSandbox).noquote() << "Sandbox call" << m_sid << "could not open its media stream (" << code
                                       << "):" << message;
        media->deleteLater();
        runNextVerb();
    });
    media->open();
}

void SandboxCall::replaceTwiml(const QList<TwimlVerb>& verbs)
{
    m_request.verbs = verbs;
    m_verbIndex = 0;
    if (!m_answered || m_ended) {
        return;
    }
    if (m_media) {
        m_media->hangUp();
        m_media->deleteLater();
    }
    runNextVerb();
}

void SandboxCall::hangUp(bool cancelOnly)
{
    if (m_ended) {
        return;
    }
    if (!m_answered) {
        finish(QStringLiteral("canceled"), QStringLiteral("487"));
    } else if (!cancelOnly) {
        finish(QStringLiteral("completed"), QStringLiteral("200"));
    }
}

void SandboxCall::onLineSpoken(const QString& text)
{
    Q_EMIT personaSaid(m_sid, text);
    if (!m_transcribing || m_transcriptionTrack == QLatin1String("outbound_track")) {
        return;
    }
    const QJsonObject data{{QStringLiteral("transcript"), text}, {QStringLiteral("confidence"), 0.98}};
    sendTranscription(QStringLiteral("transcription-content"),
                      {{QStringLiteral("Track"), QStringLiteral("inbound_track")},
                       {QStringLiteral("Final"), QStringLiteral("true")},
                       {QStringLiteral("LanguageCode"), QStringLiteral("en-US")},
                       {QStringLiteral("TranscriptionData"),
                        QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact))}});
}

void SandboxCall::sendTranscription(const QString& event, const QList<QPair<QString, QString>>& extra)
{
    QList<QPair<QString, QString>> params{
        {QStringLiteral("AccountSid"), m_request.accountSid},
        {QStringLiteral("CallSid"), m_sid},
        {QStringLiteral("TranscriptionSid"), m_transcriptionSid},
        {QStringLiteral("TranscriptionEvent"), event},
        {QStringLiteral("SequenceId"), QString::number(++m_transcriptionSequence)},
        {QStringLiteral("Timestamp"), iso8601(QDateTime::currentDateTimeUtc())},
        {QStringLiteral("ProviderName"), QStringLiteral("Google")},
    };
    params.append(extra);
    m_webhooks->post(m_transcriptionUrl, params);
}

void SandboxCall::sendStatus(const QString& event, const QString& callStatus)
{
    if (m_request.statusCallback.isEmpty()) {
        return;
    }
    // Without StatusCallbackEvent Twilio reports only the terminal state.
    const bool subscribed = m_request.statusEvents.isEmpty() ? event == QLatin1String("completed")
                                                             : m_request.statusEvents.contains(event);
    if (!subscribed) {
        return;
    }
    QList<QPair<QString, QString>> params{
        {QStringLiteral("AccountSid"), m_request.accountSid},
        {QStringLiteral("ApiVersion"), QStringLiteral("2010-04-01")},
        {QStringLiteral("CallSid"), m_sid},
        {QStringLiteral("CallStatus"), callStatus},
        {QStringLiteral("Called"), m_request.to},
        {QStringLiteral("Caller"), m_request.from},
        {QStringLiteral("CallbackSource"), QStringLiteral("call-progress-events")},
        {QStringLiteral("Direction"), QStringLiteral("outbound-api")},
        {QStringLiteral("From"), m_request.from},
        {QStringLiteral("SequenceNumber"), QString::number(m_callbackSequence++)},
        {QStringLiteral("Timestamp"), rfc2822(QDateTime::currentDateTimeUtc())},
        {QStringLiteral("To"), m_request.to},
    };
    if (!m_answeredBy.isEmpty()) {
        params.append({QStringLiteral("AnsweredBy"), m_answeredBy});
    }
    if (event == QLatin1String("completed")) {
        const int seconds = durationSeconds();
        params.append({QStringLiteral("CallDuration"), QString::number(seconds)});
        params.append({QStringLiteral("Duration"), QString::number((seconds + 59) / 60)});
        if (!m_sipResponseCode.isEmpty()) {
            params.append({QStringLiteral("SipResponseCode"), m_sipResponseCode});
        }
    }
    m_webhooks->post(m_request.statusCallback, params);
}

void SandboxCall::finish(const QString& status, const QString& sipCode)
{
    if (m_ended) {
        return;
    }
    m_finalDurationSeconds = m_answered ? int((m_answerClock.elapsed() + 999) / 1000) : 0;
    m_ended = true;
    m_status = status;
    m_endedAt = QDateTime::currentDateTimeUtc();
    m_updated = m_endedAt;
    if (m_media) {
        m_media->hangUp();
    }
    if (m_conversation) {
        m_conversation->disconnect(this);
        m_conversation->deleteLater();
        m_conversation = nullptr;
    }
    if (m_transcribing) {
        m_transcribing = false;
        sendTranscription(QStringLiteral("transcription-stopped"), {{QStringLiteral("Track"), m_transcriptionTrack}});
    }
    m_sipResponseCode = sipCode;
    sendStatus(QStringLiteral("completed"), status);
    qCInfo(lcSandbox) << "Sandbox call" << m_sid << "ended:" << status;
    Q_EMIT ended(m_sid, status);
}

int SandboxCall::durationSeconds() const
{
    if (m_finalDurationSeconds >= 0) {
        return m_finalDurationSeconds;
    }
    return m_answered ? int(m_answerClock.elapsed() / 1000) : 0;
}

QJsonObject SandboxCall::resource() const
{
    const QString uri = QStringLiteral("/2010-04-01/Accounts/%1/Calls/%2").arg(m_request.accountSid, m_sid);
    const bool terminal = m_ended;
    const QJsonObject subresources{
        {QStringLiteral("events"), QString(uri + QStringLiteral("/Events.json"))},
        {QStringLiteral("notifications"), QString(uri + QStringLiteral("/Notifications.json"))},
        {QStringLiteral("recordings"), QString(uri + QStringLiteral("/Recordings.json"))},
        {QStringLiteral("streams"), QString(uri + QStringLiteral("/Streams.json"))},
        {QStringLiteral("transcriptions"), QString(uri + QStringLiteral("/Transcriptions.json"))},
        {QStringLiteral("payments"), QString(uri + QStringLiteral("/Payments.json"))},
        {QStringLiteral("siprec"), QString(uri + QStringLiteral("/Siprec.json"))},
        {QStringLiteral("user_defined_messages"), QString(uri + QStringLiteral("/UserDefinedMessages.json"))},
        {QStringLiteral("user_defined_message_subscriptions"), QString(uri + QStringLiteral("/UserDefinedMessageSubscriptions.json"))},
    };
    return QJsonObject{
        {QStringLiteral("sid"), m_sid},
        {QStringLiteral("date_created"), rfc2822(m_created)},
        {QStringLiteral("date_updated"), rfc2822(m_updated)},
        {QStringLiteral("parent_call_sid"), QJsonValue::Null},
        {QStringLiteral("account_sid"), m_request.accountSid},
        {QStringLiteral("to"), m_request.to},
        {QStringLiteral("to_formatted"), m_request.to},
        {QStringLiteral("from"), m_request.from},
        {QStringLiteral("from_formatted"), m_request.from},
        {QStringLiteral("phone_number_sid"), QJsonValue::Null},
        {QStringLiteral("status"), m_status},
        {QStringLiteral("start_time"), stringOrNull(rfc2822(m_started))},
        {QStringLiteral("end_time"), stringOrNull(rfc2822(m_endedAt))},
        {QStringLiteral("duration"), terminal ? QJsonValue(QString::number(durationSeconds())) : QJsonValue::Null},
        {QStringLiteral("price"), QJsonValue::Null},
        {QStringLiteral("price_unit"), QStringLiteral("USD")},
        {QStringLiteral("direction"), QStringLiteral("outbound-api")},
        {QStringLiteral("answered_by"), stringOrNull(m_answeredBy)},
        {QStringLiteral("annotation"), QJsonValue::Null},
        {QStringLiteral("api_version"), QStringLiteral("2010-04-01")},
        {QStringLiteral("forwarded_from"), QJsonValue::Null},
        {QStringLiteral("group_sid"), QJsonValue::Null},
        {QStringLiteral("caller_name"), QJsonValue::Null},
        {QStringLiteral("queue_time"), QStringLiteral("0")},
        {QStringLiteral("trunk_sid"), QJsonValue::Null},
        {QStringLiteral("uri"), QString(uri + QStringLiteral(".json"))},
        {QStringLiteral("subresource_uris"), subresources},
    };
}

} // namespace calldeck::sandbox
