#pragma once

// Shared by the Realtime agent tests: a recording AgentLine whose marks the test acknowledges
// like Twilio would, a tool host that answers (or holds approvals), and a caller that feeds the
// agent's input tap with μ-law media messages on a stream clock the test controls.

#include "conversation/VoiceAgent.h"
#include "fakes/FakeRealtimeServer.h"
#include "fakes/TwilioMediaClient.h"
#include "media/MediaTap.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>

namespace calldeck::test {

/// Records what the agent sends to the callee; marks wait for ackMarks() unless auto-acked.
class RecordingLine : public AgentLine
{
public:
    quint32 generation() const override { return m_generation; }
    void playMulaw(const QByteArray& mulaw, quint32 generation) override
    {
        if (generation != m_generation) {
            staleBytes += mulaw.size();
            return;
        }
        audio += mulaw;
        audioSinceClear += mulaw.size();
        ++deltas;
    }
    void playPcm16(const QByteArray& pcm16, quint32 generation) override
    {
        Q_UNUSED(pcm16)
        Q_UNUSED(generation)
        ++pcmCalls;
    }
    void mark(const QString& label, quint32 generation) override
    {
        if (generation != m_generation)
            return;
        m_unacked.push_back(label);
        if (autoAck && agent)
            QTimer::singleShot(0, agent, [this] { ackMarks(1); });
    }
    quint32 clear() override
    {
        ++clears;
        audioSinceClear = 0;
        if (agent)
            for (const QString& label : m_unacked)
                agent->markDiscarded(m_generation, label);
        m_unacked.clear();
        return ++m_generation;
    }
    int pendingMs() const override { return int(m_unacked.size()) * 100; }

    /// Twilio played the audio up to the next `n` marks.
    void ackMarks(int n)
    {
        for (int i = 0; i < n && !m_unacked.empty(); ++i) {
            const QString label = m_unacked.front();
            m_unacked.pop_front();
            if (agent)
                agent->markPlayed(m_generation, label);
        }
    }
    [[nodiscard]] int unacked() const { return int(m_unacked.size()); }

    QPointer<VoiceAgent> agent;
    bool autoAck = true;
    QByteArray audio;
    qint64 audioSinceClear = 0;
    qint64 staleBytes = 0;
    int deltas = 0;
    int clears = 0;
    int pcmCalls = 0;

private:
    quint32 m_generation = 1;
    std::deque<QString> m_unacked;
};

/// Runs tools like the engine's host would; request_approval waits for answerApproval().
class ScriptedToolHost : public AgentToolHost
{
public:
    void invoke(QObject* context, const ToolCall& call, std::function<void(const ToolResult&)> done) override
    {
        calls.append(call);
        if (call.name == u"request_approval") {
            m_held.push_back({QPointer<QObject>(context), std::move(done)});
            return;
        }
        ToolResult result;
        result.output = QStringLiteral("{\"ok\":true}");
        result.endCall = call.name == u"end_call";
        QTimer::singleShot(0, context, [done = std::move(done), result] { done(result); });
    }
    /// The user answered the approval notification.
    void answerApproval(bool approved, const QString& note)
    {
        if (m_held.empty())
            return;
        auto [context, done] = std::move(m_held.front());
        m_held.pop_front();
        if (!context)
            return;
        ToolResult result;
        result.output = QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("approved"), approved}, {QStringLiteral("note"), note}})
                .toJson(QJsonDocument::Compact));
        done(result);
    }
    [[nodiscard]] int heldApprovals() const { return int(m_held.size()); }

    QList<ToolCall> calls;

private:
    std::deque<std::pair<QPointer<QObject>, std::function<void(const ToolResult&)>>> m_held;
};

/// The callee: μ-law media messages into the agent's tap, 20 ms each, on a stream clock.
class Caller
{
public:
    explicit Caller(std::shared_ptr<MediaTap> tap) : m_tap(std::move(tap)) {}
    /// `ms` of a loud tone (speech to the energy VAD).
    void speak(int ms) { feed(ms, true); }
    /// `ms` of μ-law silence.
    void silence(int ms) { feed(ms, false); }
    /// The stream time of the last message fed.
    [[nodiscard]] qint64 lastMs() const { return m_nextMs - 20; }
    /// Every μ-law byte fed so far.
    QByteArray fed;

private:
    void feed(int ms, bool voiced)
    {
        for (int done = 0; done < ms; done += 20) {
            const QByteArray frame = voiced ? fakes::TwilioMediaClient::toneFrame(440.0, 9000.0, m_frame++)
                                            : QByteArray(160, char(0xFF));
            fed += frame;
            const QString payload = QString::fromLatin1(frame.toBase64());
            m_tap->inboundPayload(payload, m_nextMs);
            m_nextMs += 20;
        }
    }
    std::shared_ptr<MediaTap> m_tap;
    qint64 m_nextMs = 0;
    qint64 m_frame = 0;
};

/// The neutral tool schemas the engine's ToolCatalog hands agents.
inline QJsonArray neutralTools()
{
    auto tool = [](const QString& name, const QString& description, const QStringList& required) {
        QJsonObject properties;
        for (const QString& p : required)
            properties.insert(p, QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}});
        return QJsonObject{{QStringLiteral("name"), name},
                           {QStringLiteral("description"), description},
                           {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                                                      {QStringLiteral("properties"), properties},
                                                                      {QStringLiteral("required"), QJsonArray::fromStringList(required)}}}};
    };
    return QJsonArray{
        tool(QStringLiteral("log_call_event"), QStringLiteral("Log an event"), {QStringLiteral("kind"), QStringLiteral("detail")}),
        tool(QStringLiteral("end_call"), QStringLiteral("End the call"), {QStringLiteral("summary"), QStringLiteral("objective_met")}),
        tool(QStringLiteral("record_field"), QStringLiteral("Record a field"), {QStringLiteral("key"), QStringLiteral("value")}),
        tool(QStringLiteral("request_approval"), QStringLiteral("Ask the user"), {QStringLiteral("amount_cents"), QStringLiteral("description")}),
        tool(QStringLiteral("lookup_contact"), QStringLiteral("Find a contact"), {QStringLiteral("query")}),
    };
}

/// An agent configuration pointing at `server`, with a short VAD silence so tests run quickly.
inline AgentConfig testConfig(const fakes::FakeRealtimeServer& server)
{
    AgentConfig config;
    config.callKey = QStringLiteral("c-test");
    config.apiBase = server.apiBase();
    config.apiKey = QStringLiteral("sk-test-fake");
    config.instructions = QStringLiteral("You are Alex Morgan's AI assistant. Open with who you are.");
    config.tools = neutralTools();
    config.brief.language = QStringLiteral("de-DE");
    config.vad.threshold = 0.6;
    config.vad.prefixPaddingMs = 100;
    config.vad.silenceDurationMs = 200;
    return config;
}

/// The `audio.input.turn_detection` of a session.update event (empty when it has none).
inline QJsonObject turnDetectionOf(const QJsonObject& sessionUpdate)
{
    return sessionUpdate.value(QStringLiteral("session")).toObject().value(QStringLiteral("audio")).toObject()
        .value(QStringLiteral("input")).toObject().value(QStringLiteral("turn_detection")).toObject();
}

} // namespace calldeck::test
