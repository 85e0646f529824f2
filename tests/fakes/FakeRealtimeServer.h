#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>
#include <QWebSocketServer>

#include <deque>
#include <memory>

namespace calldeck::fakes {

/// An OpenAI Realtime server (GA protocol, realtime-ai.md §1–§4) on 127.0.0.1 for tests and
/// benchmarks: `ws://127.0.0.1:PORT/v1/realtime?model=…` with a Bearer key; session.created, a
/// merged session.updated; an energy VAD over the appended μ-law (speech_started/stopped,
/// committed, input transcription with usage); scripted replies (μ-law tone in ~100 ms audio
/// deltas with transcript deltas, or a function call) on auto-response and response.create;
/// response.cancel, conversation.item.truncate (clamped, with the "already shorter" error),
/// conversation.item.create; usage in response.done. Records every client event. Hostile
/// switches: dropped sockets, error events, rate limits, ignored formats, garbage, slow first byte.
class FakeRealtimeServer : public QObject
{
    Q_OBJECT
public:
    /// What the model says next: `audioMs` of tone with `text` as its transcript, or a function call.
    struct Reply
    {
        QString text;
        int audioMs = 600;
        QString toolName;        ///< non-empty: a function call instead of audio
        QString toolArguments;   ///< the JSON string the model sends
    };

    /// One WebSocket handshake the server saw.
    struct Connection
    {
        QString path;
        QString model;
        bool bearerOk = false;     ///< `Authorization: Bearer <the configured key>`
        bool betaHeader = false;   ///< `OpenAI-Beta` was sent
    };

    explicit FakeRealtimeServer(QObject* parent = nullptr);
    ~FakeRealtimeServer() override;

    bool listen();
    /// `http://127.0.0.1:PORT/v1`, what a user would put into OPENAI_BASE_URL.
    [[nodiscard]] QUrl apiBase() const;
    void setApiKey(const QString& key) { m_apiKey = key; }

    // ---- script ------------------------------------------------------------------------------
    void addReply(const Reply& reply) { m_replies.push_back(reply); }
    /// What the callee said, one entry per detected turn, in order.
    void addCalleeTranscript(const QString& text) { m_calleeTexts.push_back(text); }
    /// Time between audio deltas (default 10 ms: the model runs faster than real time).
    void setChunkIntervalMs(int ms) { m_chunkIntervalMs = ms; }
    /// A response stops after `chunks` audio deltas (or a function call before response.done)
    /// until releaseHold(); −1 = never.
    void setHoldAfterChunks(int chunks) { m_holdAfterChunks = chunks; }
    void releaseHold();
    /// Deltas still sent after speech_started before the server cancels (in flight on a real link).
    void setLateDeltasOnSpeech(int deltas) { m_lateDeltas = deltas; }
    void setResponseUsage(const QJsonObject& usage) { m_responseUsage = usage; }
    void setTranscriptionUsage(const QJsonObject& usage) { m_transcriptionUsage = usage; }

    /// The μ-law every audio reply of `audioMs` carries (the same tone each time).
    [[nodiscard]] static QByteArray replyAudio(int audioMs);

    // ---- hostile -----------------------------------------------------------------------------
    /// Aborts the newest connection after `events` more client events.
    void dropAfterEvents(int events);
    void dropConnection();
    /// Stops listening and drops every connection: the server is gone.
    void shutDown();
    void sendError(const QString& code, const QString& message, const QString& type = QStringLiteral("invalid_request_error"));
    /// The next response request is refused with a rate-limit error.
    void setRateLimitNextResponse(bool on) { m_rateLimitNext = on; }
    /// session.updated echoes audio/pcm 24000 whatever was asked for.
    void setIgnoreFormats(bool on) { m_ignoreFormats = on; }
    /// Sends frames that are not events: not JSON, JSON without a type, a binary frame.
    void sendGarbage();
    /// session.created (and everything after it) waits this long after the handshake.
    void setFirstByteDelayMs(int ms) { m_firstByteDelayMs = ms; }

    // ---- observation -------------------------------------------------------------------------
    [[nodiscard]] QList<Connection> connections() const { return m_connections; }
    [[nodiscard]] int openConnections() const;
    /// Client events received (all connections), optionally only those of `type`.
    [[nodiscard]] QList<QJsonObject> events(const QString& type = {}) const;
    /// The newest connection's effective session.
    [[nodiscard]] QJsonObject session() const;
    [[nodiscard]] int responsesStarted() const { return m_responseCounter; }
    /// μ-law bytes appended on the newest connection, in order.
    [[nodiscard]] QByteArray appendedAudio() const;

Q_SIGNALS:
    void clientEvent(const QString& type);
    void connectionOpened(int index);
    /// speech_started went out (`sentNs`: steady clock), for latency measurements.
    void speechStartedSent(int connection, qint64 sentNs);
    /// An audio delta went out.
    void audioDeltaSent(int connection, qint64 sentNs);

private:
    struct Conn;
    struct Response;

    void onNewConnection();
    void onText(Conn* conn, const QString& text);
    void handle(Conn* conn, const QJsonObject& event);
    void onAppend(Conn* conn, const QByteArray& mulaw);
    void speechStarted(Conn* conn, qint64 startMs);
    void speechStopped(Conn* conn, qint64 endMs);
    void startResponse(Conn* conn);
    void step(Conn* conn, bool ignoreHold = false);
    void finishResponse(Conn* conn, const QString& status, const QString& reason);
    void send(Conn* conn, QJsonObject event);
    void error(Conn* conn, const QString& code, const QString& message, const QString& type);
    [[nodiscard]] Conn* newest() const;

    QWebSocketServer m_server;
    QString m_apiKey = QStringLiteral("sk-test-fake");
    std::deque<Reply> m_replies;
    std::deque<QString> m_calleeTexts;
    int m_chunkIntervalMs = 10;
    int m_holdAfterChunks = -1;
    int m_lateDeltas = 0;
    QJsonObject m_responseUsage;
    QJsonObject m_transcriptionUsage;
    int m_dropAfter = -1;
    bool m_rateLimitNext = false;
    bool m_ignoreFormats = false;
    int m_firstByteDelayMs = 0;

    QList<Connection> m_connections;
    std::vector<std::unique_ptr<Conn>> m_conns;
    QList<QJsonObject> m_events;
    int m_eventCounter = 0;
    int m_itemCounter = 0;
    int m_responseCounter = 0;
};

} // namespace calldeck::fakes
