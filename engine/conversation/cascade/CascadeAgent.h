#pragma once

#include "conversation/TurnDetector.h"
#include "conversation/VoiceAgent.h"
#include "conversation/cascade/PhraseFilter.h"
#include "conversation/cascade/SentenceSplitter.h"
#include "conversation/cascade/UtteranceBuffer.h"
#include "conversation/openai/OpenAiTypes.h"
#include "core/Result.h"

#include <QHash>
#include <QJsonArray>
#include <QPointer>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace calldeck {

class CascadeInputTap;
class ChatStream;
class OpenAiClient;
class SpeechPlayer;

/// The cascade voice agent (kind "cascade"): the callee's turns are found by the local energy
/// TurnDetector, transcribed (STT), answered by a streamed chat completion with tools and spoken
/// sentence by sentence (TTS → 16 kHz → AgentLine with one mark per sentence), all through an
/// OpenAI-compatible base URL. The callee can cut the agent off (except during the opening); the
/// conversation then keeps only the sentences whose marks came back.
class CascadeAgent : public VoiceAgent
{
    Q_OBJECT
public:
    explicit CascadeAgent(AgentConfig config, QObject* parent = nullptr);
    ~CascadeAgent() override;

    /// Timeouts and retries of the HTTP client (tests shorten them).
    void setClientOptions(const OpenAiClientOptions& options);
    /// The HTTP client, e.g. for transcribing a supervisor's speech (OpenAiClient::transcribePcm16).
    [[nodiscard]] OpenAiClient& client() { return *m_client; }
    /// The conversation as sent to the chat model (without the system prompt).
    [[nodiscard]] const QJsonArray& history() const { return m_history; }

    [[nodiscard]] QString kind() const override { return QStringLiteral("cascade"); }
    void prepare() override;
    void attach(AgentLine* line, AgentToolHost* tools, qint64 answeredAtUs) override;
    void detach() override;
    void stop() override;
    [[nodiscard]] std::shared_ptr<MediaTap> inputTap() override;
    void markPlayed(quint32 generation, const QString& label) override;
    void markDiscarded(quint32 generation, const QString& label) override;
    void lineTranscript(const QString& track, const QString& text, bool isFinal, double confidence) override;
    void dtmf(const QString& digit) override;
    void supervisorBargeIn(bool active, const QString& supervisorWords) override;
    void humanTakeover(bool active, const QString& humanWords) override;

private:
    struct Reply;
    struct PendingTurn
    {
        int number = 0;
        QString segmentId;
        qint64 startMs = 0;
        qint64 endMs = 0;
        qint64 turnEndUs = 0;
        qint64 sttStartUs = 0;
        std::optional<Result<Transcription>> result;
    };
    struct LatencyProbe
    {
        bool active = false;
        int turn = 0;
        qint64 turnEndUs = 0;
        qint64 waitedUs = 0;
        qint64 waitSinceUs = -1;
    };

    void drainInput();
    void onSpeechStarted(qint64 streamMs);
    void onTurnEnded(const QByteArray& pcm, qint64 startMs, qint64 endMs);
    void processTranscriptions();
    void appendMessage(const QJsonObject& message);
    void replyIfPossible();

    void startReply(bool opening);
    void runChatRound();
    void onChatDelta(const QString& text);
    void onChatFinished(const Result<ChatCompletion>& result);
    void speakSentence(const QString& sentence);
    void runTools(const QList<ChatToolCall>& calls);
    void onToolsDone();
    void onReplyPlayed();
    void onSentenceStarted();
    void interruptReply(const QString& why);
    void keepOnlyHeardInHistory();
    void finishAgentSegment(bool interrupted);
    void endReply();
    void hold(bool active, const QString& words, const QString& who);
    void reportError(const Error& error, const QString& what);

    void beginWait();
    void endWait();

    [[nodiscard]] bool replyActive() const;
    [[nodiscard]] qint64 callClockMs() const;
    void emitSegment(TranscriptSegment segment);

    AgentConfig m_config;
    QNetworkAccessManager* m_network;
    OpenAiClient* m_client;
    SpeechPlayer* m_player;
    std::shared_ptr<CascadeInputTap> m_tap;
    TurnDetector m_turn;
    UtteranceBuffer m_utterance;
    PhraseFilter m_forbidden;

    AgentLine* m_line = nullptr;
    AgentToolHost* m_tools = nullptr;
    qint64 m_answeredAtUs = 0;
    quint32 m_generation = 0;

    QJsonArray m_history;
    QList<QJsonObject> m_deferredMessages;   ///< held back while tool results are outstanding
    QList<PendingTurn> m_pendingTurns;
    std::unique_ptr<Reply> m_reply;
    LatencyProbe m_latency;
    qint64 m_calleeSpeechStartMs = 0;
    QString m_calleeSegmentId;
    QString m_lastSegmentId;
    QHash<QString, QString> m_previousIds;   ///< segment id → the segment it follows
    int m_calleeTurns = 0;
    int m_replyCounter = 0;
    bool m_replyWanted = false;
    bool m_held = false;
    bool m_ended = false;
    bool m_failed = false;
    bool m_stopped = false;
    QString m_endSummary;
    bool m_endObjectiveMet = false;
};

} // namespace calldeck
