#include "conversation/offline/OfflineAgent.h"

#include "conversation/offline/OfflineInputTap.h"
#include "conversation/offline/PriceMention.h"
#include "conversation/prompt/PromptBuilder.h"
#include "conversation/prompt/ToolCatalog.h"
#include "core/FutureWatch.h"
#include "media/AudioFormat.h"
#include "media/MediaPacer.h"
#include "telephony/sandbox/SpeechSynth.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace calldeck {

Q_LOGGING_CATEGORY(lcOffline, "calldeck.agent.offline")

namespace {

constexpr int kGreetingSilenceMs = 3000;     // the callee may say nothing at all after answering
constexpr int kTranscriptGraceMs = 1500;     // transcription trails the end of speech
constexpr int kRateWpm = 165;
constexpr int kMulawBytesPerMs = audio_format::kTwilioRate / 1000;

// espeak-ng names voices by lower-case language tags ("en-us", "de").
QString espeakVoice(const QString& bcp47)
{
    const QString tag = bcp47.trimmed().toLower();
    return tag.isEmpty() ? QStringLiteral("en-us") : tag;
}

// The words of `text` the callee heard when `fraction` of its audio played, cut at a word.
QString heardPart(const QString& text, double fraction)
{
    if (fraction <= 0.0) {
        return {};
    }
    if (fraction >= 1.0) {
        return text;
    }
    qsizetype cut = qsizetype(double(text.size()) * fraction);
    while (cut > 0 && !text.at(cut).isSpace()) {
        --cut;
    }
    return text.left(cut).trimmed();
}

} // namespace

OfflineAgent::OfflineAgent(AgentConfig config, QObject* parent)
    : VoiceAgent(parent),
      m_config(std::move(config)),
      m_guard(m_config.brief.assistant.forbiddenPhrases),
      m_detector(m_config.vad.threshold, m_config.vad.silenceDurationMs)
{
    const QString voice = espeakVoice(m_config.brief.language);
    m_synthesizer = [voice](const QString& text) { return sandbox::SpeechSynth::synthesizeMuLaw(text, voice, kRateWpm); };
    m_greetingTimer.setSingleShot(true);
    m_transcriptTimer.setSingleShot(true);
    connect(&m_greetingTimer, &QTimer::timeout, this, [this] {
        if (m_phase == Phase::Greeting && !m_calleeOpen) {
            startPlan();
        }
    });
    connect(&m_transcriptTimer, &QTimer::timeout, this, [this] {
        if (m_calleeOpen) {
            calleeTurnFinished(QString(), false);
        }
    });
    m_tap = std::make_shared<OfflineInputTap>(this, [this] { processLevels(); });
}

OfflineAgent::~OfflineAgent()
{
    m_tap->disconnect();
}

void OfflineAgent::setSynthesizer(Synthesizer synthesizer)
{
    m_synthesizer = std::move(synthesizer);
}

void OfflineAgent::setTimeScale(double scale)
{
    m_timeScale = std::clamp(scale, 0.001, 10.0);
}

int OfflineAgent::scaledMs(int ms) const
{
    return std::max(1, int(double(ms) * m_timeScale));
}

void OfflineAgent::prepare()
{
    // Nothing to open: no network. Say so in the call log so every agent reports readiness alike.
    Q_EMIT agentEvent(QStringLiteral("connected"), QStringLiteral("offline agent ready (espeak-ng)"));
}

void OfflineAgent::attach(AgentLine* line, AgentToolHost* tools, qint64 answeredAtUs)
{
    if (m_stopped) {
        return;
    }
    m_line = line;
    m_tools = tools;
    m_answeredAtUs = answeredAtUs;
    m_steps = OfflinePlan::build(m_config.brief);
    m_stepIndex = -1;
    if (!m_config.brief.script.isEmpty()) {
        m_walk.emplace(m_config.brief.script);
    }
    m_phase = Phase::Greeting;
    m_detector.reset();
    m_greetingTimer.start(scaledMs(kGreetingSilenceMs));
}

void OfflineAgent::detach()
{
    m_greetingTimer.stop();
    m_transcriptTimer.stop();
    m_line = nullptr;
    m_tools = nullptr;
    m_utterance.reset();
    ++m_serial;   // results of synthesis still running are dropped
    m_phase = Phase::Detached;
}

void OfflineAgent::stop()
{
    detach();
    m_tap->disconnect();
    m_stopped = true;
}

std::shared_ptr<MediaTap> OfflineAgent::inputTap()
{
    return m_tap;
}

qint64 OfflineAgent::callMs() const
{
    return (MediaPacer::nowUs() - m_answeredAtUs) / 1000;
}

void OfflineAgent::publish(TranscriptSegment segment)
{
    if (m_stopped) {
        return;
    }
    segment.callKey = m_config.callKey;
    auto known = m_previousIds.constFind(segment.id);
    if (known == m_previousIds.constEnd()) {
        known = m_previousIds.insert(segment.id, m_lastSegmentId);
        m_lastSegmentId = segment.id;
    }
    segment.previousId = known.value();
    Q_EMIT this->segment(segment);
}

// ---- speaking -------------------------------------------------------------------------------

void OfflineAgent::speak(const QString& text, bool interruptible, Then then)
{
    const QStringList forbidden = m_guard.findForbidden(text);
    QString said = text;
    if (!forbidden.isEmpty()) {
        said = m_guard.withoutForbiddenSentences(text);
        Q_EMIT warning(QCoreApplication::translate("calldeck::OfflineAgent",
                                                   "The offline agent left out a sentence with a forbidden phrase (%1).")
                           .arg(forbidden.join(QStringLiteral(", "))));
    }
    if (said.trimmed().isEmpty()) {
        // Nothing sayable is left; carry on as if it had been heard.
        Utterance silent;
        silent.interruptible = interruptible;
        silent.then = then;
        silent.serial = ++m_serial;
        m_utterance = silent;
        onUtteranceHeard();
        return;
    }
    Utterance utterance;
    utterance.segmentId = QStringLiteral("agent-%1").arg(++m_segmentCount);
    utterance.text = said;
    utterance.interruptible = interruptible;
    utterance.then = then;
    utterance.serial = ++m_serial;
    utterance.startMs = callMs();
    m_utterance = utterance;
    m_phase = Phase::Speaking;

    TranscriptSegment partial;
    partial.id = utterance.segmentId;
    partial.speaker = QStringLiteral("agent");
    partial.startMs = utterance.startMs;
    partial.text = said;
    partial.isFinal = false;
    publish(partial);

    const quint64 serial = utterance.serial;
    const Synthesizer synthesizer = m_synthesizer;
    whenFinished(this, QtConcurrent::run([synthesizer, said] { return synthesizer(said); }),
                 [this, serial](const Result<QByteArray>& audio) { onSynthesized(serial, audio); });
}

void OfflineAgent::onSynthesized(quint64 serial, const Result<QByteArray>& audio)
{
    if (m_stopped || m_line == nullptr || !m_utterance || m_utterance->serial != serial) {
        return;   // cut, held or detached while synthesising
    }
    if (!audio.ok()) {
        qCWarning(lcOffline) << "Speech synthesis failed:" << audio.error().message;
        Q_EMIT failed(audio.error().message);
        return;
    }
    Utterance& u = *m_utterance;
    u.generation = m_line->generation();
    u.markLabel = u.segmentId;
    u.audioMs = audio.value().size() / kMulawBytesPerMs;
    u.handedAtUs = MediaPacer::nowUs();
    u.handed = true;
    m_line->playMulaw(audio.value(), u.generation);
    m_line->mark(u.markLabel, u.generation);

    if (m_turnEndUs >= 0) {
        // Everything between the callee's turn end and now happened inside CallDeck.
        const qint64 totalUs = u.handedAtUs - m_turnEndUs;
        Q_EMIT turnLatency(TurnLatency{++m_turns, totalUs, totalUs});
        m_turnEndUs = -1;
    }
    AiUsage usage;
    usage.provider = QStringLiteral("espeak");
    usage.model = QStringLiteral("espeak-ng");
    usage.kind = QStringLiteral("tts");
    usage.characters = u.text.size();
    Q_EMIT this->usage(usage);

    if (u.then == Then::EndCall) {
        endCall();   // the engine hangs up once this audio has played
    }
}

void OfflineAgent::markPlayed(quint32 generation, const QString& label)
{
    if (!m_utterance || !m_utterance->handed || m_utterance->generation != generation || m_utterance->markLabel != label) {
        return;
    }
    onUtteranceHeard();
}

void OfflineAgent::markDiscarded(quint32 generation, const QString& label)
{
    // Only our own clear() discards marks, and the cut utterance was already finalised there.
    Q_UNUSED(generation)
    Q_UNUSED(label)
}

void OfflineAgent::onUtteranceHeard()
{
    const Utterance u = *m_utterance;
    m_utterance.reset();
    if (!u.segmentId.isEmpty()) {
        TranscriptSegment done;
        done.id = u.segmentId;
        done.speaker = QStringLiteral("agent");
        done.startMs = u.startMs;
        done.endMs = callMs();
        done.text = u.text;
        publish(done);
    }
    switch (u.then) {
    case Then::NextStep:
        nextStep();
        break;
    case Then::Listen:
        m_phase = Phase::Listening;
        break;
    case Then::AwaitApproval:
        m_phase = Phase::AwaitingApproval;
        if (m_approvalResult) {
            continueAfterApproval();
        }
        break;
    case Then::EndCall:
        if (u.segmentId.isEmpty()) {
            endCall();   // nothing was said, so nothing triggered end_call yet
        }
        break;
    case Then::Resume:
        if (m_approvalPending || m_approvalResult) {
            m_phase = Phase::AwaitingApproval;
            if (m_approvalResult) {
                continueAfterApproval();
            }
        } else if (m_repeatStepOnResume) {
            m_repeatStepOnResume = false;
            runStep();
        } else {
            nextStep();
        }
        break;
    }
}

void OfflineAgent::cutUtterance()
{
    if (!m_utterance) {
        return;
    }
    const Utterance u = *m_utterance;
    m_utterance.reset();
    ++m_serial;
    QString heard;
    if (u.handed && m_line != nullptr) {
        m_line->clear();
        const qint64 elapsedMs = (MediaPacer::nowUs() - u.handedAtUs) / 1000;
        const qint64 heardMs = std::clamp<qint64>(elapsedMs, 0, u.audioMs);
        heard = heardPart(u.text, u.audioMs > 0 ? double(heardMs) / double(u.audioMs) : 0.0);
        Q_EMIT agentEvent(QStringLiteral("truncate"), QStringLiteral("%1 ms of %2 ms heard").arg(heardMs).arg(u.audioMs));
    }
    if (!u.segmentId.isEmpty()) {
        TranscriptSegment cut;
        cut.id = u.segmentId;
        cut.speaker = QStringLiteral("agent");
        cut.startMs = u.startMs;
        cut.endMs = callMs();
        cut.text = heard;
        cut.interrupted = true;
        publish(cut);
    }
}

// ---- the plan -------------------------------------------------------------------------------

void OfflineAgent::startPlan()
{
    m_greetingTimer.stop();
    m_stepIndex = -1;
    nextStep();
}

void OfflineAgent::nextStep()
{
    ++m_stepIndex;
    runStep();
}

void OfflineAgent::runStep()
{
    if (m_line == nullptr || m_stepIndex < 0 || m_stepIndex >= m_steps.size()) {
        return;
    }
    if (held()) {
        return;   // holdChanged() resumes
    }
    const OfflinePlan::Step& step = m_steps.at(m_stepIndex);
    switch (step.kind) {
    case OfflinePlan::Step::Kind::Opening:
        speak(step.text, !m_config.uninterruptibleOpening, Then::NextStep);
        break;
    case OfflinePlan::Step::Kind::Purpose:
        speak(step.text, true, Then::NextStep);
        break;
    case OfflinePlan::Step::Kind::Question:
        speak(step.text, true, Then::Listen);
        break;
    case OfflinePlan::Step::Kind::ReadBack:
        speak(OfflinePlan::readBack(m_outcome.answers()), true, Then::Listen);
        break;
    case OfflinePlan::Step::Kind::Script:
        if (!m_walk || m_walk->finished()) {
            nextStep();
        } else {
            speak(m_walk->prompt(), true, Then::Listen);
        }
        break;
    case OfflinePlan::Step::Kind::Closing:
        speak(step.text, false, Then::EndCall);
        break;
    }
}

// ---- listening ------------------------------------------------------------------------------

void OfflineAgent::processLevels()
{
    const QList<OfflineInputTap::Level> levels = m_tap->takeLevels();
    if (m_phase == Phase::Detached || m_stopped) {
        return;
    }
    for (const OfflineInputTap::Level& level : levels) {
        switch (m_detector.feed(level.db, level.streamMs)) {
        case TurnDetector::Event::SpeechStarted:
            calleeSpeechBegan(m_detector.speechStartMs());
            break;
        case TurnDetector::Event::TurnEnded:
            if (m_calleeOpen) {
                m_calleeEndMs = m_detector.speechEndMs();
                m_turnEndUs = MediaPacer::nowUs();
                m_transcriptTimer.start(scaledMs(kTranscriptGraceMs));
            }
            break;
        case TurnDetector::Event::None:
            break;
        }
    }
}

void OfflineAgent::calleeSpeechBegan(qint64 startMs)
{
    if (!m_calleeOpen) {
        m_calleeOpen = true;
        m_calleeSegmentId = QStringLiteral("callee-%1").arg(++m_segmentCount);
        m_calleeStartMs = startMs;
        m_calleeEndMs = -1;
        m_transcriptTimer.stop();
        m_greetingTimer.stop();
        Q_EMIT calleeSpeechStarted();
    }
    // Barge-in: the callee talks over an utterance that may be cut.
    if (m_utterance && m_utterance->interruptible && !held()) {
        cutUtterance();
        m_phase = Phase::Listening;
    }
}

void OfflineAgent::lineTranscript(const QString& track, const QString& text, bool isFinal, double confidence)
{
    if (m_phase == Phase::Detached || m_stopped || track != QLatin1String("inbound_track")) {
        return;
    }
    if (!m_calleeOpen) {
        calleeSpeechBegan(callMs());
    }
    TranscriptSegment segment;
    segment.id = m_calleeSegmentId;
    segment.speaker = QStringLiteral("callee");
    segment.startMs = m_calleeStartMs;
    segment.endMs = isFinal ? (m_calleeEndMs >= 0 ? m_calleeEndMs : callMs()) : -1;
    segment.text = text;
    segment.confidence = confidence;
    segment.isFinal = isFinal;
    publish(segment);
    if (isFinal) {
        if (m_turnEndUs < 0) {
            m_turnEndUs = MediaPacer::nowUs();
        }
        calleeTurnFinished(text, true);
    }
}

void OfflineAgent::calleeTurnFinished(const QString& text, bool transcribed)
{
    m_transcriptTimer.stop();
    m_calleeOpen = false;
    if (!transcribed) {
        // No words arrived in time: say how long the callee spoke, so the transcript has no gap.
        const qint64 spokeMs = std::max<qint64>(0, m_calleeEndMs - m_calleeStartMs);
        TranscriptSegment segment;
        segment.id = m_calleeSegmentId;
        segment.speaker = QStringLiteral("callee");
        segment.startMs = m_calleeStartMs;
        segment.endMs = m_calleeEndMs;
        segment.text = QCoreApplication::translate("calldeck::OfflineAgent", "(callee spoke for %1 s)")
                           .arg(QString::number(double(spokeMs) / 1000.0, 'f', 1));
        publish(segment);
    }
    Q_EMIT calleeTurnEnded();
    if (m_stopped || m_line == nullptr) {
        return;
    }
    const bool answered = !held() && (m_phase == Phase::Greeting || m_phase == Phase::Listening);
    if (!answered) {
        m_turnEndUs = -1;   // no reply follows this turn, so there is no latency to measure
    }
    switch (m_phase) {
    case Phase::Greeting:
        if (!held()) {
            startPlan();
        } else {
            m_stepIndex = -1;   // resume starts the plan
        }
        break;
    case Phase::Listening:
        if (!held()) {
            handleAnswer(transcribed ? text : QString());
        }
        break;
    case Phase::Speaking:
    case Phase::AwaitingApproval:
    case Phase::Ended:
    case Phase::Detached:
        // Talk over an uninterruptible line or while holding: kept in the transcript only.
        break;
    }
}

void OfflineAgent::handleAnswer(const QString& text)
{
    const OfflinePlan::Step& step = m_steps.at(m_stepIndex);
    if (step.kind == OfflinePlan::Step::Kind::Script && m_walk) {
        // Busy until the script's tools answered: a turn meanwhile is kept in the transcript only.
        m_phase = Phase::Speaking;
        runScriptSteps(m_walk->answer(text));
        return;
    }
    if (!text.trimmed().isEmpty()) {
        if (step.kind == OfflinePlan::Step::Kind::Question) {
            for (const QString& key : step.keys) {
                m_outcome.recordAnswer(key, text.trimmed());
                invoke(QStringLiteral("record_field"),
                       QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("value"), text.trimmed()},
                                   {QStringLiteral("raw_fragment"), text}});
            }
        } else if (step.kind == OfflinePlan::Step::Kind::ReadBack) {
            invoke(QStringLiteral("log_call_event"),
                   QJsonObject{{QStringLiteral("kind"), QStringLiteral("confirmation")}, {QStringLiteral("detail"), text.trimmed()}});
        }
        if (checkPrice(text)) {
            return;   // the approval answer continues the plan
        }
    }
    nextStep();
}

void OfflineAgent::runScriptSteps(QList<OfflineScriptWalk::ToolStep> steps)
{
    if (m_stopped || m_line == nullptr || !m_walk) {
        return;
    }
    if (steps.isEmpty()) {
        m_walk->advance();
        runStep();   // the same Script step: the next question, or on to the closing
        return;
    }
    const OfflineScriptWalk::ToolStep step = steps.takeFirst();
    auto next = [this, step, steps](const ToolResult& result) {
        if (m_stopped || m_line == nullptr || !m_walk) {
            return;
        }
        m_walk->toolResult(step, result);
        runScriptSteps(steps);
    };
    const ToolCall call{QStringLiteral("offline-%1").arg(++m_toolCalls), step.name, step.arguments, QString()};
    if (m_tools == nullptr) {
        return;
    }
    if (const Status valid = ToolCatalog::validate(call); !valid.ok()) {
        // A step the catalog refuses is a refusal like any other: the walk decides what follows.
        next(ToolResult{QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("ok"), false},
                                                                    {QStringLiteral("error"), valid.error().message}})
                                              .toJson(QJsonDocument::Compact)),
                        false, false});
        return;
    }
    Q_EMIT agentEvent(QStringLiteral("tool"), step.name);
    m_tools->invoke(this, call, [this, name = step.name, next](const ToolResult& result) {
        if (m_stopped) {
            return;
        }
        if (!result.ok) {
            Q_EMIT agentEvent(QStringLiteral("script"),
                              QCoreApplication::translate("calldeck::OfflineAgent", "%1 refused: %2").arg(name, result.output));
        }
        next(result);
    });
}

bool OfflineAgent::checkPrice(const QString& text)
{
    const std::optional<qint64> cents = PriceMention::highestCents(text);
    if (!cents) {
        return false;
    }
    const CallBrief& brief = m_config.brief;
    // A limit in the task ("under $150") is the user's approval in advance for prices up to it;
    // the profile's "ask me above" threshold speaks only for tasks that name no limit.
    const qint64 askAbove = brief.maxPriceCents >= 0 ? brief.maxPriceCents : brief.assistant.requireApprovalOverCents;
    if (*cents <= askAbove) {
        return false;
    }
    m_approvalPending = true;
    m_approvalResult.reset();
    m_approvalCents = *cents;
    speak(OfflinePlan::holdForApproval(brief), false, Then::AwaitApproval);
    const QString description = QStringLiteral("%1 quoted %2: \"%3\"")
                                    .arg(brief.contactName.isEmpty() ? QStringLiteral("The callee") : brief.contactName,
                                         PromptBuilder::formatCents(*cents, brief.currency), text.trimmed());
    invoke(QStringLiteral("request_approval"),
           QJsonObject{{QStringLiteral("amount_cents"), double(*cents)}, {QStringLiteral("description"), description}},
           [this](const ToolResult& result) { onApprovalAnswer(result); });
    return true;
}

void OfflineAgent::onApprovalAnswer(const ToolResult& result)
{
    m_approvalPending = false;
    m_approvalResult = result;
    if (m_phase == Phase::AwaitingApproval && !held()) {
        continueAfterApproval();
    }
}

void OfflineAgent::continueAfterApproval()
{
    const ToolResult result = *m_approvalResult;
    m_approvalResult.reset();
    const QJsonObject answer = QJsonDocument::fromJson(result.output.toUtf8()).object();
    const bool approved = result.ok && answer.value(QStringLiteral("approved")).toBool();
    const QString price = PromptBuilder::formatCents(m_approvalCents, m_config.brief.currency);
    m_outcome.recordPrice(price, approved);
    const QString note = answer.value(QStringLiteral("note")).toString();
    if (!note.isEmpty()) {
        Q_EMIT agentEvent(QStringLiteral("approval"), note);
    }
    // Not interruptible: the answer to the current step is already recorded.
    speak(OfflinePlan::approvalAnswer(m_config.brief, approved, m_approvalCents), false, Then::NextStep);
}

// ---- supervisor and human -------------------------------------------------------------------

void OfflineAgent::supervisorBargeIn(bool active, const QString& supervisorWords)
{
    const bool wasHeld = held();
    m_supervisorHold = active;
    if (!active && !supervisorWords.trimmed().isEmpty()) {
        Q_EMIT agentEvent(QStringLiteral("supervisor"), supervisorWords.trimmed());
    }
    holdChanged(wasHeld);
}

void OfflineAgent::humanTakeover(bool active, const QString& humanWords)
{
    const bool wasHeld = held();
    m_humanHold = active;
    if (!active && !humanWords.trimmed().isEmpty()) {
        Q_EMIT agentEvent(QStringLiteral("human"), humanWords.trimmed());
    }
    holdChanged(wasHeld);
}

void OfflineAgent::holdChanged(bool wasHeld)
{
    if (m_line == nullptr || m_phase == Phase::Ended || m_phase == Phase::Detached || wasHeld == held()) {
        return;
    }
    if (held()) {
        m_greetingTimer.stop();
        if (m_utterance) {
            // A step cut short is said again afterwards; one already heard is not. The hold line
            // and the "thank you for waiting" line belong to no step.
            if (m_utterance->then != Then::AwaitApproval && m_utterance->then != Then::Resume) {
                m_repeatStepOnResume = true;
            }
            cutUtterance();
        }
        return;
    }
    if (m_phase == Phase::Greeting && m_stepIndex < 0) {
        startPlan();
        return;
    }
    // Not interruptible: a callee talking over it would otherwise answer a step not asked yet.
    speak(OfflinePlan::resume(), false, Then::Resume);
}

// ---- tools and the end ----------------------------------------------------------------------

void OfflineAgent::invoke(const QString& name, const QJsonObject& arguments, std::function<void(const ToolResult&)> done)
{
    if (m_tools == nullptr) {
        return;
    }
    const ToolCall call{QStringLiteral("offline-%1").arg(++m_toolCalls), name, arguments, QString()};
    const Status valid = ToolCatalog::validate(call);
    if (!valid.ok()) {
        Q_EMIT warning(valid.error().message);
        return;
    }
    Q_EMIT agentEvent(QStringLiteral("tool"), name);
    m_tools->invoke(this, call, [this, name, done = std::move(done)](const ToolResult& result) {
        if (m_stopped) {
            return;
        }
        if (!result.ok) {
            Q_EMIT warning(QCoreApplication::translate("calldeck::OfflineAgent", "The tool %1 failed: %2").arg(name, result.output));
        }
        if (done) {
            done(result);
        }
    });
}

void OfflineAgent::endCall()
{
    if (m_phase == Phase::Ended) {
        return;
    }
    m_phase = Phase::Ended;
    const QString text = m_walk ? m_walk->summary() : m_outcome.summary(m_config.brief);
    const bool met = m_walk ? !m_walk->decision().isEmpty() : m_outcome.objectiveMet(m_config.brief.infoToObtain);
    if (m_tools == nullptr) {
        Q_EMIT endCallRequested(text, met);
        return;
    }
    invoke(QStringLiteral("end_call"), QJsonObject{{QStringLiteral("summary"), text}, {QStringLiteral("objective_met"), met}},
           [this, text, met](const ToolResult&) { Q_EMIT endCallRequested(text, met); });
}

} // namespace calldeck
