#include "conversation/cascade/CascadeAgent.h"

#include "conversation/cascade/CascadeInputTap.h"
#include "conversation/cascade/SpeechPlayer.h"
#include "conversation/cascade/ToolMessages.h"
#include "conversation/openai/ChatStream.h"
#include "conversation/openai/OpenAiClient.h"
#include "conversation/openai/OpenAiLog.h"
#include "core/FutureWatch.h"
#include "media/AudioLevel.h"
#include "media/MediaPacer.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>

namespace calldeck {

namespace {

QJsonObject message(const QString& role, const QString& content)
{
    return QJsonObject{{QStringLiteral("role"), role}, {QStringLiteral("content"), content}};
}

// Prompts to the model, not text for the user: not translated.
const QString kOpeningCue = QStringLiteral("[The call was answered. Begin now with your opening.]");

} // namespace

/// One agent reply: one or more chat rounds (tool calls in between) and the sentences spoken.
struct CascadeAgent::Reply
{
    int number = 0;
    bool opening = false;
    QPointer<ChatStream> chat;
    SentenceSplitter splitter;
    int round = 0;
    QList<QPair<int, qsizetype>> roundMessages;   ///< round → index of its assistant message in m_history
    QStringList toolCallIds;
    QList<std::optional<ToolResult>> toolResults;
    int toolsPending = 0;
    bool endCall = false;
    bool interrupted = false;
    QString segmentId;
    qint64 segmentStartMs = -1;
};

CascadeAgent::CascadeAgent(AgentConfig config, QObject* parent)
    : VoiceAgent(parent)
    , m_config(std::move(config))
    , m_network(new QNetworkAccessManager(this))
    , m_client(new OpenAiClient(*m_network, m_config.apiBase, m_config.apiKey, this))
    , m_player(new SpeechPlayer(*m_client, m_config.ttsModel, m_config.voice,
                                QStringLiteral("Speak in a %1 tone, like a person on a phone call.").arg(m_config.brief.tone),
                                this))
    , m_turn(m_config.vad.threshold, m_config.vad.silenceDurationMs)
    , m_utterance(m_config.vad.prefixPaddingMs)
    , m_forbidden(m_config.brief.assistant.forbiddenPhrases)
{
    m_tap = std::make_shared<CascadeInputTap>(this, [this] { drainInput(); });
    connect(m_player, &SpeechPlayer::usage, this, &CascadeAgent::usage);
    connect(m_player, &SpeechPlayer::played, this, &CascadeAgent::onReplyPlayed);
    connect(m_player, &SpeechPlayer::sentenceStarted, this, &CascadeAgent::onSentenceStarted);
    connect(m_player, &SpeechPlayer::sentenceFailed, this,
            [this](const Error& error) { reportError(error, QStringLiteral("tts")); });
    connect(m_player, &SpeechPlayer::firstAudio, this, [this](qint64 ttsWaitUs) {
        if (!m_latency.active)
            return;
        m_latency.active = false;
        const qint64 totalUs = MediaPacer::nowUs() - m_latency.turnEndUs;
        const qint64 waitedUs = m_latency.waitedUs + ttsWaitUs;
        Q_EMIT turnLatency(TurnLatency{m_latency.turn, totalUs, std::max<qint64>(0, totalUs - waitedUs)});
    });
}

CascadeAgent::~CascadeAgent()
{
    m_tap->disconnect();
}

void CascadeAgent::setClientOptions(const OpenAiClientOptions& options)
{
    m_client->setOptions(options);
}

void CascadeAgent::prepare()
{
    // Plain HTTP needs no connection ahead of time; a wrong base URL is caught now, not at answer.
    if (!m_config.apiBase.isValid() || m_config.apiBase.scheme().isEmpty() || m_config.apiBase.host().isEmpty()) {
        m_failed = true;
        Q_EMIT failed(tr("The AI base URL \"%1\" is not a valid http(s) address.").arg(m_config.apiBase.toString()));
    }
}

void CascadeAgent::attach(AgentLine* line, AgentToolHost* tools, qint64 answeredAtUs)
{
    m_line = line;
    m_tools = tools;
    m_answeredAtUs = answeredAtUs;
    m_generation = line ? line->generation() : 0;
    Q_EMIT agentEvent(QStringLiteral("connected"), tr("Cascade agent on %1").arg(m_config.apiBase.host()));
    if (m_failed)
        return;
    appendMessage(message(QStringLiteral("user"), kOpeningCue));
    startReply(true);
}

void CascadeAgent::detach()
{
    if (m_reply) {
        if (m_reply->chat)
            m_reply->chat->cancel();
        m_player->stop();
        finishAgentSegment(!m_player->allPlayed());
        m_reply.reset();
    }
    m_line = nullptr;
    m_tools = nullptr;
}

void CascadeAgent::stop()
{
    detach();
    m_tap->disconnect();
    m_stopped = true;
    blockSignals(true);
}

std::shared_ptr<MediaTap> CascadeAgent::inputTap()
{
    return m_tap;
}

void CascadeAgent::lineTranscript(const QString& track, const QString& text, bool isFinal, double confidence)
{
    // The cascade transcribes the callee itself; the line's transcription would say it twice.
    Q_UNUSED(track)
    Q_UNUSED(text)
    Q_UNUSED(isFinal)
    Q_UNUSED(confidence)
}

void CascadeAgent::dtmf(const QString& digit)
{
    appendMessage(message(QStringLiteral("user"), QStringLiteral("[The callee pressed the phone key %1.]").arg(digit)));
}

// ---- callee audio → turns → transcription ----------------------------------------------------

void CascadeAgent::drainInput()
{
    const QList<CascadeInputTap::Frame> frames = m_tap->take();
    for (const CascadeInputTap::Frame& frame : frames) {
        const auto* samples = reinterpret_cast<const qint16*>(frame.pcm.constData());
        const int count = int(frame.pcm.size() / 2);
        m_utterance.push(samples, count, frame.streamMs);
        switch (m_turn.feed(levelDbfs(samples, count), frame.streamMs)) {
        case TurnDetector::Event::SpeechStarted:
            m_utterance.begin(m_turn.speechStartMs());
            onSpeechStarted(m_turn.speechStartMs());
            break;
        case TurnDetector::Event::TurnEnded:
            onTurnEnded(m_utterance.take(), m_calleeSpeechStartMs, m_turn.speechEndMs());
            break;
        case TurnDetector::Event::None:
            break;
        }
    }
}

void CascadeAgent::onSpeechStarted(qint64 streamMs)
{
    m_calleeSpeechStartMs = streamMs;
    m_calleeSegmentId = QStringLiteral("callee-%1").arg(++m_calleeTurns);
    Q_EMIT calleeSpeechStarted();
    emitSegment(TranscriptSegment{m_config.callKey, m_calleeSegmentId, {}, QStringLiteral("callee"), streamMs, -1, {},
                                  -1, false, false});
    if (m_reply && !m_reply->interrupted && !(m_reply->opening && m_config.uninterruptibleOpening) && replyActive())
        interruptReply(QStringLiteral("callee"));
}

void CascadeAgent::onTurnEnded(const QByteArray& pcm, qint64 startMs, qint64 endMs)
{
    Q_EMIT calleeTurnEnded();
    PendingTurn turn;
    turn.number = m_calleeTurns;
    turn.segmentId = m_calleeSegmentId;
    turn.startMs = startMs;
    turn.endMs = endMs;
    turn.turnEndUs = MediaPacer::nowUs();
    turn.sttStartUs = turn.turnEndUs;
    m_pendingTurns.append(turn);
    const int number = turn.number;
    whenFinished(this,
                 m_client->transcribePcm16(pcm, 16000, m_config.transcriptionModel, m_config.brief.language),
                 [this, number](const Result<Transcription>& result) {
                     for (PendingTurn& t : m_pendingTurns)
                         if (t.number == number)
                             t.result = result;
                     processTranscriptions();
                 });
}

void CascadeAgent::processTranscriptions()
{
    // Transcripts are used in the order the turns were spoken, whatever order they came back in.
    while (!m_pendingTurns.isEmpty() && m_pendingTurns.first().result.has_value()) {
        const PendingTurn turn = m_pendingTurns.takeFirst();
        const Result<Transcription>& result = *turn.result;
        QString text;
        if (result.ok()) {
            Q_EMIT usage(result.value().usage);
            text = result.value().text;
        } else {
            reportError(result.error(), QStringLiteral("stt"));
        }
        emitSegment(TranscriptSegment{m_config.callKey, turn.segmentId, {}, QStringLiteral("callee"), turn.startMs,
                                      turn.endMs, text, -1, true, false});
        if (text.isEmpty())
            continue;
        appendMessage(message(QStringLiteral("user"), text));
        m_latency = LatencyProbe{true, turn.number, turn.turnEndUs, MediaPacer::nowUs() - turn.sttStartUs, -1};
        m_replyWanted = true;
    }
    replyIfPossible();
}

void CascadeAgent::appendMessage(const QJsonObject& msg)
{
    // Tool results must follow their assistant message directly; anything else waits.
    if (m_reply && m_reply->toolsPending > 0)
        m_deferredMessages.append(msg);
    else
        m_history.append(msg);
}

void CascadeAgent::replyIfPossible()
{
    if (!m_replyWanted || m_reply || m_held || m_ended || m_failed || !m_line || m_turn.speaking() ||
        !m_pendingTurns.isEmpty())
        return;
    m_replyWanted = false;
    startReply(false);
}

// ---- replies: chat → sentences → speech --------------------------------------------------------

void CascadeAgent::startReply(bool opening)
{
    if (!m_line || m_held || m_ended || m_failed)
        return;
    m_reply = std::make_unique<Reply>();
    m_reply->number = ++m_replyCounter;
    m_reply->opening = opening;
    m_reply->segmentId = QStringLiteral("agent-%1").arg(m_reply->number);
    m_player->begin(m_line, m_generation, QStringLiteral("cascade-%1-").arg(m_reply->number));
    runChatRound();
}

void CascadeAgent::runChatRound()
{
    QJsonArray messages{message(QStringLiteral("system"), m_config.instructions)};
    for (const QJsonValue& m : std::as_const(m_history))
        messages.append(m);
    ++m_reply->round;
    beginWait();
    m_reply->chat = m_client->chatStream(messages, m_config.tools, m_config.chatModel, this);
    connect(m_reply->chat, &ChatStream::contentDelta, this, &CascadeAgent::onChatDelta);
    connect(m_reply->chat, &ChatStream::finished, this, &CascadeAgent::onChatFinished);
}

void CascadeAgent::onChatDelta(const QString& text)
{
    if (!m_reply)
        return;
    const QStringList sentences = m_reply->splitter.push(text);
    for (const QString& sentence : sentences)
        speakSentence(sentence);
}

void CascadeAgent::speakSentence(const QString& sentence)
{
    const QString phrase = m_forbidden.match(sentence);
    if (!phrase.isEmpty()) {
        Q_EMIT warning(tr("The agent was about to say the forbidden phrase \"%1\"; that sentence was left out.").arg(phrase));
        Q_EMIT agentEvent(QStringLiteral("forbidden"), phrase);
        return;
    }
    endWait();
    m_player->say(sentence, m_reply->round);
}

void CascadeAgent::onChatFinished(const Result<ChatCompletion>& result)
{
    if (!m_reply)
        return;
    m_reply->chat->deleteLater();
    m_reply->chat = nullptr;
    if (!result.ok()) {
        reportError(result.error(), QStringLiteral("chat"));
        if (m_reply)
            m_player->finishInput();
        return;
    }
    const ChatCompletion& completion = result.value();
    if (completion.usageReported)
        Q_EMIT usage(completion.usage);
    if (completion.skippedLines > 0)
        Q_EMIT agentEvent(QStringLiteral("garbage"), QString::number(completion.skippedLines));
    const QString rest = m_reply->splitter.flush();
    if (!rest.isEmpty())
        speakSentence(rest);
    endWait();

    // The conversation keeps what is being said (forbidden sentences never are).
    const QString said = m_player->queued(m_reply->round).join(QLatin1Char(' '));
    if (completion.toolCalls.isEmpty()) {
        if (!said.isEmpty() || !completion.content.isEmpty()) {
            m_reply->roundMessages.append({m_reply->round, m_history.size()});
            m_history.append(ToolMessages::assistantMessage(said, {}));
        }
        m_player->finishInput();
        return;
    }
    m_reply->roundMessages.append({m_reply->round, m_history.size()});
    m_history.append(ToolMessages::assistantMessage(said, completion.toolCalls));
    runTools(completion.toolCalls);
}

void CascadeAgent::runTools(const QList<ChatToolCall>& calls)
{
    m_reply->toolCallIds.clear();
    m_reply->toolResults.clear();
    m_reply->toolsPending = int(calls.size());
    for (const ChatToolCall& call : calls) {
        m_reply->toolCallIds.append(call.id);
        m_reply->toolResults.append(std::nullopt);
    }
    beginWait();
    const int replyNumber = m_reply->number;
    for (qsizetype i = 0; i < calls.size(); ++i) {
        const ToolCall call = ToolMessages::toToolCall(calls.at(i));
        Q_EMIT agentEvent(QStringLiteral("tool"), call.name);
        auto done = [this, replyNumber, i, call](const ToolResult& result) {
            if (!m_reply || m_reply->number != replyNumber || m_reply->toolResults.at(i).has_value())
                return;
            m_reply->toolResults[i] = result;
            if (result.endCall) {
                m_reply->endCall = true;
                m_endSummary = call.arguments.value(QLatin1String("summary")).toString();
                m_endObjectiveMet = call.arguments.value(QLatin1String("objective_met")).toBool();
            }
            if (--m_reply->toolsPending == 0)
                onToolsDone();
        };
        if (!call.argumentsError.isEmpty()) {
            const ToolResult result = ToolMessages::argumentsErrorResult(call);
            QMetaObject::invokeMethod(this, [done, result] { done(result); }, Qt::QueuedConnection);
        } else if (!m_tools) {
            QMetaObject::invokeMethod(this, [done] { done(ToolResult{QStringLiteral("{\"error\":\"no tools on this call\"}"), false, false}); },
                                      Qt::QueuedConnection);
        } else {
            m_tools->invoke(this, call, done);
        }
    }
}

void CascadeAgent::onToolsDone()
{
    endWait();
    for (qsizetype i = 0; i < m_reply->toolCallIds.size(); ++i) {
        m_history.append(ToolMessages::toolMessage(m_reply->toolCallIds.at(i), *m_reply->toolResults.at(i)));
    }
    for (const QJsonObject& msg : std::as_const(m_deferredMessages))
        m_history.append(msg);
    m_deferredMessages.clear();
    if (m_reply->endCall) {
        // end_call: say nothing more; hang up once what is queued has played.
        m_ended = true;
        m_player->finishInput();
        if (m_reply && m_reply->interrupted)
            onReplyPlayed();
        return;
    }
    if (m_reply->interrupted || m_held) {
        endReply();
        replyIfPossible();
        return;
    }
    runChatRound();
}

void CascadeAgent::onSentenceStarted()
{
    if (!m_reply)
        return;
    if (m_reply->segmentStartMs < 0)
        m_reply->segmentStartMs = callClockMs();
    emitSegment(TranscriptSegment{m_config.callKey, m_reply->segmentId, {}, QStringLiteral("agent"),
                                  m_reply->segmentStartMs, -1, m_player->spoken().join(QLatin1Char(' ')), -1, false,
                                  false});
}

void CascadeAgent::onReplyPlayed()
{
    if (!m_reply)
        return;
    finishAgentSegment(m_reply->interrupted);
    const bool endCall = m_reply->endCall;
    endReply();
    if (endCall) {
        Q_EMIT endCallRequested(m_endSummary, m_endObjectiveMet);
        return;
    }
    replyIfPossible();
}

void CascadeAgent::finishAgentSegment(bool interrupted)
{
    if (!m_reply || m_reply->segmentStartMs < 0)
        return;
    const QString text = (interrupted ? m_player->heard() : m_player->spoken()).join(QLatin1Char(' '));
    emitSegment(TranscriptSegment{m_config.callKey, m_reply->segmentId, {}, QStringLiteral("agent"),
                                  m_reply->segmentStartMs, callClockMs(), text, -1, true, interrupted});
    m_reply->segmentStartMs = -1;
}

void CascadeAgent::endReply()
{
    m_reply.reset();
    m_latency.active = false;
}

bool CascadeAgent::replyActive() const
{
    return m_reply && (m_reply->chat || m_reply->toolsPending > 0 || !m_player->allPlayed());
}

// ---- barge-in, hold and hand-back ----------------------------------------------------------------

void CascadeAgent::interruptReply(const QString& why)
{
    if (!m_reply)
        return;
    if (m_reply->chat) {
        m_reply->chat->cancel();
        m_reply->chat->deleteLater();
        m_reply->chat = nullptr;
    }
    m_player->stop();
    if (m_line)
        m_generation = m_line->clear();
    m_reply->interrupted = true;
    keepOnlyHeardInHistory();
    const QString heard = m_player->heard().join(QLatin1Char(' '));
    Q_EMIT agentEvent(QStringLiteral("truncate"), QStringLiteral("%1: %2").arg(why, heard));
    finishAgentSegment(true);
    m_latency.active = false;
    if (m_reply->toolsPending == 0)
        endReply();
}

void CascadeAgent::keepOnlyHeardInHistory()
{
    // Rounds whose assistant message is in the history: keep only the heard sentences. The round
    // that was still streaming gets a message with what was heard, so the model knows it spoke.
    bool currentRoundRecorded = false;
    for (auto it = m_reply->roundMessages.crbegin(); it != m_reply->roundMessages.crend(); ++it) {
        const auto [round, index] = *it;
        currentRoundRecorded = currentRoundRecorded || round == m_reply->round;
        QJsonObject msg = m_history.at(index).toObject();
        const QString heard = m_player->heard(round).join(QLatin1Char(' '));
        if (heard.isEmpty() && !msg.contains(QLatin1String("tool_calls"))) {
            m_history.removeAt(index);
            continue;
        }
        msg.insert(QStringLiteral("content"), heard.isEmpty() ? QJsonValue() : QJsonValue(heard));
        m_history.replace(index, msg);
    }
    m_reply->roundMessages.clear();
    const QString heard = m_player->heard(m_reply->round).join(QLatin1Char(' '));
    if (!currentRoundRecorded && !heard.isEmpty())
        m_history.append(message(QStringLiteral("assistant"), heard));
}

void CascadeAgent::supervisorBargeIn(bool active, const QString& supervisorWords)
{
    hold(active, supervisorWords, QStringLiteral("A supervisor (a human colleague of the person you call for) "
                                                 "spoke to the callee on this call and said"));
}

void CascadeAgent::humanTakeover(bool active, const QString& humanWords)
{
    hold(active, humanWords, QStringLiteral("A human took this call over for a while and said to the callee"));
}

void CascadeAgent::hold(bool active, const QString& words, const QString& who)
{
    if (active) {
        m_held = true;
        if (m_reply && !m_reply->interrupted)
            interruptReply(QStringLiteral("supervisor"));
        Q_EMIT agentEvent(QStringLiteral("hold"), QString());
        return;
    }
    if (!m_held)
        return;
    m_held = false;
    if (!words.trimmed().isEmpty()) {
        appendMessage(message(QStringLiteral("system"),
                              QStringLiteral("%1: \"%2\". You have the call again; continue from there.")
                                  .arg(who, words.trimmed())));
    }
    Q_EMIT agentEvent(QStringLiteral("release"), QString());
    replyIfPossible();
}

void CascadeAgent::markPlayed(quint32 generation, const QString& label)
{
    if (generation != m_generation || !m_reply)
        return;
    m_player->markPlayed(label);
}

void CascadeAgent::markDiscarded(quint32 generation, const QString& label)
{
    // Discarded marks belong to audio that a clear() dropped: never heard, nothing to do.
    Q_UNUSED(generation)
    Q_UNUSED(label)
}

// ---- errors, latency, segments -------------------------------------------------------------------

void CascadeAgent::reportError(const Error& error, const QString& what)
{
    qCWarning(lcOpenAi) << "cascade" << what << "failed:" << error.message;
    // A wrong key or model fails every later request too: give the call to a human.
    if (error.remoteCode == 401 || error.remoteCode == 403 || error.remoteCode == 404) {
        if (!m_failed) {
            m_failed = true;
            if (m_reply && m_reply->chat)
                m_reply->chat->cancel();
            m_player->stop();
            Q_EMIT failed(error.message);
        }
        return;
    }
    Q_EMIT warning(error.message);
}

void CascadeAgent::beginWait()
{
    if (m_latency.active && m_latency.waitSinceUs < 0)
        m_latency.waitSinceUs = MediaPacer::nowUs();
}

void CascadeAgent::endWait()
{
    if (m_latency.active && m_latency.waitSinceUs >= 0) {
        m_latency.waitedUs += MediaPacer::nowUs() - m_latency.waitSinceUs;
        m_latency.waitSinceUs = -1;
    }
}

qint64 CascadeAgent::callClockMs() const
{
    return std::max<qint64>(0, (MediaPacer::nowUs() - m_answeredAtUs) / 1000);
}

void CascadeAgent::emitSegment(TranscriptSegment segment)
{
    if (!m_previousIds.contains(segment.id)) {
        m_previousIds.insert(segment.id, m_lastSegmentId);
        m_lastSegmentId = segment.id;
    }
    segment.previousId = m_previousIds.value(segment.id);
    Q_EMIT this->segment(segment);
}

} // namespace calldeck
