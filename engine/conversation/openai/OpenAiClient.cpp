#include "conversation/openai/OpenAiClient.h"

#include "audio/WavFile.h"
#include "conversation/openai/ChatStream.h"
#include "conversation/openai/HttpExchange.h"
#include "conversation/openai/OpenAiLog.h"
#include "conversation/openai/SpeechStream.h"

#include <QCoreApplication>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>

#include <memory>

namespace calldeck {

namespace {

QHttpPart textPart(const QByteArray& name, const QString& value)
{
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentDispositionHeader, QByteArray("form-data; name=\"" + name + '"'));
    part.setBody(value.toUtf8());
    return part;
}

double wavSeconds(const QByteArray& wav)
{
    const Result<WavClip> clip = WavFile::parse(wav, QStringLiteral("audio.wav"));
    if (!clip.ok() || clip.value().sampleRate <= 0 || clip.value().channels <= 0)
        return 0;
    return double(clip.value().pcm16.size()) / 2.0 / clip.value().channels / clip.value().sampleRate;
}

} // namespace

OpenAiClient::OpenAiClient(QNetworkAccessManager& network, QUrl apiBase, QString apiKey, QObject* parent)
    : QObject(parent), m_network(network), m_apiBase(std::move(apiBase)), m_apiKey(std::move(apiKey).trimmed())
{
}

QUrl OpenAiClient::endpoint(const QString& path) const
{
    QUrl url = m_apiBase;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    return url;
}

QNetworkRequest OpenAiClient::request(const QUrl& url, const QByteArray& accept) const
{
    QNetworkRequest request(url);
    if (!m_apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    request.setRawHeader("Accept", accept);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("CallDeck/" CALLDECK_VERSION));
    // Streams are read as they come; compression would hold chunks back in some proxies.
    request.setRawHeader("Accept-Encoding", "identity");
    return request;
}

HttpExchange* OpenAiClient::jsonExchange(const QString& path, const QJsonObject& body, const QString& model,
                                         bool idempotent, const QByteArray& accept)
{
    const QUrl url = endpoint(path);
    QNetworkRequest req = request(url, accept);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkAccessManager* network = &m_network;
    auto sender = [network, req, payload] { return network->post(req, payload); };
    return new HttpExchange(sender, url, model, m_apiKey, m_options, idempotent);
}

QFuture<Result<Transcription>> OpenAiClient::transcribe(const QByteArray& wav, const QString& model,
                                                        const QString& language, const QString& prompt)
{
    auto promise = std::make_shared<QPromise<Result<Transcription>>>();
    promise->start();
    const QUrl url = endpoint(QStringLiteral("/audio/transcriptions"));
    const QNetworkRequest req = request(url, "application/json");
    const QString isoLanguage = language.section(QLatin1Char('-'), 0, 0).toLower();
    QNetworkAccessManager* network = &m_network;
    auto sender = [network, req, wav, model, isoLanguage, prompt] {
        auto* multiPart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        QHttpPart file;
        file.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QByteArray("form-data; name=\"file\"; filename=\"audio.wav\""));
        file.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("audio/wav"));
        file.setBody(wav);
        multiPart->append(file);
        multiPart->append(textPart("model", model));
        if (!isoLanguage.isEmpty())
            multiPart->append(textPart("language", isoLanguage));
        if (!prompt.isEmpty())
            multiPart->append(textPart("prompt", prompt));
        multiPart->append(textPart("response_format", QStringLiteral("json")));
        QNetworkReply* reply = network->post(req, multiPart);
        multiPart->setParent(reply);
        return reply;
    };
    auto* exchange = new HttpExchange(sender, url, model, m_apiKey, m_options, true, this);
    auto body = std::make_shared<QByteArray>();
    connect(exchange, &HttpExchange::bytes, exchange, [body](const QByteArray& data) { *body += data; });
    const double seconds = wavSeconds(wav);
    connect(exchange, &HttpExchange::finished, exchange, [promise, body, exchange, model, seconds](const Status& s) {
        exchange->deleteLater();
        if (!s.ok()) {
            promise->addResult(s.error());
            promise->finish();
            return;
        }
        const QJsonObject json = QJsonDocument::fromJson(*body).object();
        if (!json.contains(QLatin1String("text"))) {
            promise->addResult(Error{ErrorCode::Remote,
                                     QCoreApplication::translate("OpenAiClient",
                                                                 "The speech-to-text answer had no text in it.")});
            promise->finish();
            return;
        }
        Transcription t;
        t.text = json.value(QLatin1String("text")).toString().trimmed();
        t.usage.kind = QStringLiteral("stt");
        t.usage.model = model;
        const QJsonObject usage = json.value(QLatin1String("usage")).toObject();
        const QString type = usage.value(QLatin1String("type")).toString();
        if (type == QLatin1String("tokens")) {
            const QJsonObject details = usage.value(QLatin1String("input_token_details")).toObject();
            t.usage.inputAudioTokens = details.value(QLatin1String("audio_tokens"))
                                           .toInteger(usage.value(QLatin1String("input_tokens")).toInteger());
            t.usage.inputTextTokens = details.value(QLatin1String("text_tokens")).toInteger();
            t.usage.outputTextTokens = usage.value(QLatin1String("output_tokens")).toInteger();
        } else if (type == QLatin1String("duration")) {
            t.usage.audioSeconds = usage.value(QLatin1String("seconds")).toDouble();
        } else {
            t.usage.audioSeconds = seconds;
        }
        promise->addResult(t);
        promise->finish();
    });
    exchange->start();
    return promise->future();
}

QFuture<Result<Transcription>> OpenAiClient::transcribePcm16(const QByteArray& pcm16, int sampleRate,
                                                             const QString& model, const QString& language,
                                                             const QString& prompt)
{
    const QByteArray wav = WavFile::header(sampleRate, 1, quint32(pcm16.size())) + pcm16;
    return transcribe(wav, model, language, prompt);
}

ChatStream* OpenAiClient::chatStream(const QJsonArray& messages, const QJsonArray& tools, const QString& model,
                                     QObject* parent)
{
    QJsonObject body{{QStringLiteral("model"), model},
                     {QStringLiteral("messages"), messages},
                     {QStringLiteral("stream"), true},
                     {QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}}}};
    if (!tools.isEmpty()) {
        body.insert(QStringLiteral("tools"), chatTools(tools));
        body.insert(QStringLiteral("tool_choice"), QStringLiteral("auto"));
    }
    // A chat request is never repeated: it could bill twice and the conversation moves on anyway.
    HttpExchange* exchange =
        jsonExchange(QStringLiteral("/chat/completions"), body, model, false, "text/event-stream");
    return new ChatStream(exchange, model, parent);
}

SpeechStream* OpenAiClient::speech(const QString& text, const QString& model, const QString& voice,
                                   const QString& instructions, QObject* parent)
{
    QJsonObject body{{QStringLiteral("model"), model},
                     {QStringLiteral("input"), text},
                     {QStringLiteral("voice"), voice},
                     {QStringLiteral("response_format"), QStringLiteral("pcm")}};
    if (!instructions.isEmpty())
        body.insert(QStringLiteral("instructions"), instructions);
    AiUsage usage;
    usage.kind = QStringLiteral("tts");
    usage.model = model;
    usage.characters = text.size();
    HttpExchange* exchange = jsonExchange(QStringLiteral("/audio/speech"), body, model, true, "audio/pcm");
    return new SpeechStream(exchange, usage, parent);
}

QJsonArray OpenAiClient::chatTools(const QJsonArray& neutralTools)
{
    QJsonArray out;
    for (const QJsonValue& value : neutralTools) {
        const QJsonObject tool = value.toObject();
        QJsonObject function{{QStringLiteral("name"), tool.value(QLatin1String("name"))},
                             {QStringLiteral("description"), tool.value(QLatin1String("description"))}};
        const QJsonValue parameters = tool.value(QLatin1String("parameters"));
        function.insert(QStringLiteral("parameters"),
                        parameters.isObject() ? parameters
                                              : QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                                            {QStringLiteral("properties"), QJsonObject{}}});
        out.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                               {QStringLiteral("function"), function}});
    }
    return out;
}

} // namespace calldeck
