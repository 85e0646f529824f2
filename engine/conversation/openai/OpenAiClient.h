#pragma once

#include "conversation/openai/OpenAiTypes.h"
#include "core/Result.h"

#include <QFuture>
#include <QJsonArray>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkRequest;

namespace calldeck {

class ChatStream;
class HttpExchange;
class SpeechStream;

/// Client of an OpenAI-compatible HTTP API (api.openai.com or a local server that speaks it):
/// speech-to-text, streamed chat completions with tools, streamed text-to-speech. Lives on one
/// thread; results arrive on it. The API key is only ever put into the Authorization header.
class OpenAiClient : public QObject
{
    Q_OBJECT
public:
    /// `apiBase` such as "https://api.openai.com/v1" or "http://127.0.0.1:8000/v1"; an empty key
    /// sends no Authorization header (some local servers need none).
    OpenAiClient(QNetworkAccessManager& network, QUrl apiBase, QString apiKey, QObject* parent = nullptr);

    void setOptions(const OpenAiClientOptions& options) { m_options = options; }
    [[nodiscard]] const OpenAiClientOptions& options() const { return m_options; }
    [[nodiscard]] const QUrl& apiBase() const { return m_apiBase; }

    /// POST /audio/transcriptions with a WAV file. `language` may be BCP 47 ("en-US"); only its
    /// language part is sent. Retried on 429.
    QFuture<Result<Transcription>> transcribe(const QByteArray& wav, const QString& model, const QString& language,
                                              const QString& prompt = {});
    /// transcribe() for a clip of mono int16 PCM at `sampleRate` (e.g. a supervisor's 16 kHz speech).
    QFuture<Result<Transcription>> transcribePcm16(const QByteArray& pcm16, int sampleRate, const QString& model,
                                                   const QString& language, const QString& prompt = {});

    /// POST /chat/completions, streamed with usage. `tools` are neutral schemas
    /// [{name, description, parameters}] (see chatTools()). The stream is parented to `parent`.
    ChatStream* chatStream(const QJsonArray& messages, const QJsonArray& tools, const QString& model,
                           QObject* parent);
    /// POST /audio/speech as 24 kHz PCM, streamed. `instructions` is left out when empty.
    SpeechStream* speech(const QString& text, const QString& model, const QString& voice,
                         const QString& instructions, QObject* parent);

    /// Neutral tool schemas mapped to chat completions' [{type:"function", function:{…}}].
    static QJsonArray chatTools(const QJsonArray& neutralTools);

private:
    QUrl endpoint(const QString& path) const;
    QNetworkRequest request(const QUrl& url, const QByteArray& accept) const;
    HttpExchange* jsonExchange(const QString& path, const QJsonObject& body, const QString& model, bool idempotent,
                               const QByteArray& accept);

    QNetworkAccessManager& m_network;
    QUrl m_apiBase;
    QString m_apiKey;
    OpenAiClientOptions m_options;
};

} // namespace calldeck
