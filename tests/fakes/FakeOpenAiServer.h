#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace calldeck::fakes {

/// A loopback HTTP/1.1 server that answers like the OpenAI API, written on a raw QTcpServer so it
/// can stream chunked bodies the way the real one does: POST /v1/audio/transcriptions (multipart,
/// checks the model and that the file is a valid WAV), /v1/chat/completions (SSE chunks of
/// scripted replies, tool-call arguments in pieces, finish_reason, the usage chunk, `[DONE]`) and
/// /v1/audio/speech (24 kHz PCM tone whose length follows the text, in several chunks). Requires
/// `Authorization: Bearer <key>` and records every request. Hostile switches: error statuses with
/// Retry-After, a slow first byte, a connection dropped mid-stream, garbage SSE lines.
class FakeOpenAiServer : public QObject
{
    Q_OBJECT
public:
    enum class Endpoint
    {
        Transcriptions,
        Chat,
        Speech,
    };

    struct ToolCallScript
    {
        QString id;
        QString name;
        QByteArray arguments;   ///< sent in pieces, as the model streams it
    };

    /// One scripted chat completion.
    struct ChatReply
    {
        QString text;                    ///< streamed in `pieces` content deltas
        QList<ToolCallScript> toolCalls;
        int pieces = 3;
        qint64 promptTokens = 120;
        qint64 completionTokens = 24;
        qint64 cachedTokens = 64;
        /// ≥ 0: stop after this many content pieces and keep the connection open (a slow model).
        int stallAfterPieces = -1;
    };

    struct Recorded
    {
        Endpoint endpoint = Endpoint::Chat;
        QByteArray method;
        QString path;
        QByteArray authorization;
        QByteArray contentType;
        QByteArray body;
        QJsonObject json;                     ///< JSON bodies
        QHash<QString, QByteArray> fields;    ///< multipart form fields (file = the WAV bytes)
    };

    explicit FakeOpenAiServer(QString apiKey, QObject* parent = nullptr);

    /// Listens on 127.0.0.1 with a free port; returns the API base ("http://127.0.0.1:PORT/v1").
    QUrl start();

    /// Texts speech-to-text returns, in order (then "").
    void queueTranscription(const QString& text) { m_transcriptions.append(text); }
    /// Chat completions to stream, in order (then a short "Okay.").
    void queueChat(const ChatReply& reply) { m_chats.append(reply); }
    /// The next request to `endpoint` fails with `httpStatus` (and Retry-After when ≥ 0).
    void queueFailure(Endpoint endpoint, int httpStatus, int retryAfterSeconds = -1);
    /// Waits this long before sending anything back.
    void setFirstByteDelayMs(int ms) { m_firstByteDelayMs = ms; }
    /// The next streamed answer on `endpoint` is cut (socket closed) after `chunks` body chunks.
    void dropNextStream(Endpoint endpoint, int chunks) { m_drops.insert(endpoint, chunks); }
    /// Mixes comments, unknown fields, CRLF line ends and non-JSON data lines into the SSE stream.
    void setGarbageSse(bool on) { m_garbage = on; }
    /// Pause between streamed chunks.
    void setChunkIntervalMs(int ms) { m_chunkIntervalMs = ms; }
    /// Speech length per input character.
    void setSpeechMsPerCharacter(int ms) { m_speechMsPerChar = ms; }

    [[nodiscard]] const QList<Recorded>& requests() const { return m_requests; }
    [[nodiscard]] QList<Recorded> requests(Endpoint endpoint) const;
    /// The audio seconds reported in each transcription's usage.
    [[nodiscard]] const QList<double>& reportedSttSeconds() const { return m_sttSeconds; }
    /// Bytes of PCM sent per speech request.
    [[nodiscard]] const QList<qint64>& speechBytes() const { return m_speechBytes; }

private:
    struct Failure
    {
        int httpStatus = 500;
        int retryAfterSeconds = -1;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void handle(QTcpSocket* socket, Recorded request);
    void respond(QTcpSocket* socket, const Recorded& request);
    void sendJson(QTcpSocket* socket, int status, const QJsonObject& json, const QByteArray& extraHeaders = {});
    void sendError(QTcpSocket* socket, int status, const QString& type, const QString& message,
                   const QByteArray& extraHeaders = {});
    void stream(QTcpSocket* socket, const QByteArray& contentType, QList<QByteArray> chunks, Endpoint endpoint,
                bool stallAtEnd);
    QList<QByteArray> chatChunks(const ChatReply& reply, const QString& model, bool& stall);
    static QByteArray sse(const QJsonObject& json);

    QString m_apiKey;
    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QList<QString> m_transcriptions;
    QList<ChatReply> m_chats;
    QHash<Endpoint, QList<Failure>> m_failures;
    QHash<Endpoint, int> m_drops;
    QList<Recorded> m_requests;
    QList<double> m_sttSeconds;
    QList<qint64> m_speechBytes;
    int m_firstByteDelayMs = 0;
    int m_chunkIntervalMs = 5;
    int m_speechMsPerChar = 40;
    bool m_garbage = false;
    int m_completionCounter = 0;
};

} // namespace calldeck::fakes
