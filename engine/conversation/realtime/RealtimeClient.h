#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QWebSocket>

namespace calldeck {

/// One WebSocket connection to an OpenAI Realtime server (GA protocol, realtime-ai.md §1): JSON
/// text events in both directions, `Authorization: Bearer`, never the beta header. Frames that are
/// not JSON objects with a `type` are counted and reported once, never fatal. Lives on the agent's
/// thread.
class RealtimeClient : public QObject
{
    Q_OBJECT
public:
    explicit RealtimeClient(QObject* parent = nullptr);
    ~RealtimeClient() override;

    /// The Realtime WebSocket URL for an OpenAI-compatible API base: `https://host/v1` →
    /// `wss://host/v1/realtime?model=M` (`http` → `ws`); invalid when the base is not http(s).
    [[nodiscard]] static QUrl realtimeUrl(const QUrl& apiBase, const QString& model);

    /// Connects; `connected()` or `disconnected()` follows. The key is only put in the header.
    void open(const QUrl& apiBase, const QString& model, const QString& apiKey);
    /// Closes the socket (normal close); `disconnected()` follows when it was open.
    void close();
    [[nodiscard]] bool isOpen() const;

    /// Sends one client event; false when the socket is not open.
    bool send(const QJsonObject& event);
    /// Sends a prepared JSON text (the hot path for audio appends: no JSON document is built).
    bool sendText(const QString& json);

    /// Frames that could not be read as events so far.
    [[nodiscard]] int garbageCount() const { return m_garbage; }
    /// The close code and reason of the last disconnect.
    [[nodiscard]] int closeCode() const { return m_closeCode; }
    [[nodiscard]] QString closeReason() const { return m_closeReason; }

Q_SIGNALS:
    void connected();
    /// A server event; `receivedUs` is when its frame arrived (MediaPacer::nowUs clock).
    void eventReceived(const QJsonObject& event, qint64 receivedUs);
    /// The first unreadable frame (later ones are only counted).
    void garbageReceived(const QString& detail);
    void disconnected();

private:
    void onText(const QString& text);
    void onGone();

    QWebSocket m_socket;
    int m_garbage = 0;
    int m_closeCode = 0;
    QString m_closeReason;
    bool m_open = false;
    bool m_active = false;   // open() called and disconnected() not yet emitted
};

} // namespace calldeck
