#include "CallCommand.h"

#include "compliance/AttestationForm.h"
#include "compliance/AttestationStatements.h"

#include "CallScriptSetup.h"
#include "UnixSignals.h"
#include "audio/WavFileInput.h"
#include "audio/WavFileOutput.h"
#include "calls/AgentFactory.h"
#include "calls/Engine.h"
#include "core/PhoneNumbers.h"
#include "core/Settings.h"
#include "secrets/KeychainCredentialStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QTimer>

#include <csignal>

namespace calldeck::cli {

namespace {

/// After a hang-up the provider's final callback normally arrives within a second or two.
constexpr int kHangUpGraceMs = 30'000;
/// Post-call processing is local (offline) or one AI request; never wait longer than this.
constexpr int kPostCallWaitMs = 20'000;

/// Runs `loop` until `future` finished (the loop quits early when the command ends otherwise).
template <typename T>
T waitFor(QEventLoop& loop, const QFuture<T>& future)
{
    if (!future.isFinished()) {
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished()) {
            loop.exec();
        }
    }
    return future.result();
}

QString timeNow()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"));
}

QString outcomeWord(ExitCode code)
{
    switch (code) {
    case ExitCode::Ok:
        return QCoreApplication::translate("calldeck-cli", "completed");
    case ExitCode::Busy:
        return QCoreApplication::translate("calldeck-cli", "busy");
    case ExitCode::NoAnswer:
        return QCoreApplication::translate("calldeck-cli", "no answer");
    case ExitCode::Canceled:
        return QCoreApplication::translate("calldeck-cli", "canceled");
    default:
        return QCoreApplication::translate("calldeck-cli", "failed");
    }
}

} // namespace

CallCommand::CallCommand(CliContext& context) : m_context(context), m_console(context.console()) {}

ExitCode CallCommand::exitCodeForOutcome(const QString& outcome)
{
    if (outcome == QLatin1String("completed")) {
        return ExitCode::Ok;
    }
    if (outcome == QLatin1String("busy")) {
        return ExitCode::Busy;
    }
    if (outcome == QLatin1String("no-answer")) {
        return ExitCode::NoAnswer;
    }
    if (outcome == QLatin1String("canceled")) {
        return ExitCode::Canceled;
    }
    return ExitCode::CallFailed;
}

ExitCode CallCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("calldeck-cli", "Place one call and follow it until it ends: you talk (--agent human, through the headset or "
           "--mic-file) or an AI agent does (--agent offline|realtime|cascade, with --goal). Exit codes: 0 completed, 2 invalid number or option value, the script gate or the compliance gate blocked the call (the reasons on stderr), 4 no such --mic-file or script, 5 the engine "
           "could not start, 6 busy, 7 no answer, 8 failed or rejected by the provider, 9 canceled before "
           "it was answered (e.g. Ctrl+C while ringing)."));
    const QCommandLineOption to(QStringLiteral("to"), QCoreApplication::translate("calldeck-cli", "The number to call (E.164, or national in the US)."),
                                QStringLiteral("NUMBER"));
    const QCommandLineOption provider(QStringLiteral("provider"),
                                      QCoreApplication::translate("calldeck-cli", "sandbox or twilio (default: twilio when configured, else sandbox)."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption persona(QStringLiteral("persona"),
                                     QCoreApplication::translate("calldeck-cli", "Sandbox only: who answers (dental, garden, prospect, busy, …)."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption micFile(QStringLiteral("mic-file"),
                                     QCoreApplication::translate("calldeck-cli", "Speak this 16-bit PCM WAV file into the call instead of the microphone."),
                                     QStringLiteral("WAV"));
    const QCommandLineOption recordFile(QStringLiteral("record-file"),
                                        QCoreApplication::translate("calldeck-cli", "Write what the speaker would play (the callee) to this WAV file."),
                                        QStringLiteral("WAV"));
    const QCommandLineOption hangupAfter(QStringLiteral("hangup-after"),
                                         QCoreApplication::translate("calldeck-cli", "Hang up this many seconds after the call is answered."),
                                         QStringLiteral("SECONDS"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("calldeck-cli", "One JSON object per line: {\"event\", \"call\", \"detail\", \"time\"}."));
    const QCommandLineOption agent(QStringLiteral("agent"),
                                   QCoreApplication::translate("calldeck-cli", "Who talks: human, offline (no network), realtime or cascade (need an OpenAI-compatible key). Default: the DefaultAgent setting."),
                                   QStringLiteral("KIND"));
    const QCommandLineOption goal(QStringLiteral("goal"),
                                  QCoreApplication::translate("calldeck-cli", "What the AI agent is to achieve, e.g. \"get the earliest cleaning appointment this week\"."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption ask(QStringLiteral("ask"),
                                 QCoreApplication::translate("calldeck-cli", "A question the AI agent asks (repeatable); its answer is recorded."),
                                 QStringLiteral("QUESTION"));
    const QCommandLineOption obtain(QStringLiteral("obtain"),
                                    QCoreApplication::translate("calldeck-cli", "A field to find out, e.g. appointment_time (repeatable)."),
                                    QStringLiteral("KEY"));
    const QCommandLineOption contactName(QStringLiteral("contact-name"),
                                         QCoreApplication::translate("calldeck-cli", "Who is called, e.g. \"Bright Smile Dental\"."),
                                         QStringLiteral("NAME"));
    const QCommandLineOption maxPrice(QStringLiteral("max-price"),
                                      QCoreApplication::translate("calldeck-cli", "The most the AI agent may agree to, e.g. 150 or 149.50."),
                                      QStringLiteral("AMOUNT"));
    const QCommandLineOption approvals(QStringLiteral("approvals"),
                                       QCoreApplication::translate("calldeck-cli", "How to answer the agent's approval requests: approve or deny (default deny)."),
                                       QStringLiteral("ANSWER"));
    const QCommandLineOption attestName(QStringLiteral("attest-name"),
                                        QCoreApplication::translate("calldeck-cli", "Sign the five-statement attestation for this call with your full name (required for --provider twilio)."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption attestOrg(QStringLiteral("attest-org"),
                                       QCoreApplication::translate("calldeck-cli", "Your organization on the attestation (optional)."),
                                       QStringLiteral("ORG"));
    const QCommandLineOption agreeAll(QStringLiteral("agree-all"),
                                      QCoreApplication::translate("calldeck-cli", "You accept all five attestation statements (see \"task attest --help\")."));
    parser.addOptions({to, provider, persona, micFile, recordFile, hangupAfter, json, agent, goal, ask, obtain,
                       contactName, maxPrice, approvals, attestName, attestOrg, agreeAll});
    CallScriptSetup script;
    script.addOptions(parser);
    if (const auto stop = m_context.parse(parser, QStringLiteral("call"), arguments)) {
        return *stop;
    }
    const QString help = QStringLiteral("calldeck-cli call");
    if (!parser.positionalArguments().isEmpty()) {
        return m_console.usageError(QCoreApplication::translate("calldeck-cli", "unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()),
                                    help);
    }
    if (!parser.isSet(to)) {
        return m_console.usageError(QCoreApplication::translate("calldeck-cli", "--to NUMBER is required"), help);
    }
    const QString providerName = parser.value(provider).trimmed().toLower();
    if (!providerName.isEmpty() && providerName != QLatin1String("sandbox") && providerName != QLatin1String("twilio")) {
        return m_console.usageError(QCoreApplication::translate("calldeck-cli", "--provider must be sandbox or twilio, not \"%1\"").arg(providerName), help);
    }
    if (parser.isSet(hangupAfter)) {
        bool ok = false;
        const double seconds = parser.value(hangupAfter).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 24 * 3600) {
            return m_console.usageError(QCoreApplication::translate("calldeck-cli", "--hangup-after needs a number of seconds, e.g. 30"), help);
        }
        m_hangupAfterMs = static_cast<int>(seconds * 1000);
    }
    m_json = parser.isSet(json);
    const QString agentKind = parser.value(agent).trimmed().toLower();
    if (!agentKind.isEmpty() && !AgentFactory::kinds().contains(agentKind)) {
        return m_console.usageError(QCoreApplication::translate("calldeck-cli", "--agent must be human, offline, realtime or cascade, not \"%1\"").arg(agentKind), help);
    }
    const QString approvalAnswer = parser.value(approvals).trimmed().toLower();
    if (!approvalAnswer.isEmpty() && approvalAnswer != QLatin1String("approve") && approvalAnswer != QLatin1String("deny")) {
        return m_console.usageError(QCoreApplication::translate("calldeck-cli", "--approvals must be approve or deny"), help);
    }
    m_approve = approvalAnswer == QLatin1String("approve");
    qint64 maxPriceCents = -1;
    if (parser.isSet(maxPrice)) {
        bool ok = false;
        const double amount = parser.value(maxPrice).toDouble(&ok);
        if (!ok || amount < 0 || amount > 1e7) {
            return m_console.usageError(QCoreApplication::translate("calldeck-cli", "--max-price needs an amount, e.g. 150"), help);
        }
        maxPriceCents = qRound64(amount * 100.0);
    }
    if (parser.value(goal).size() > 2000) {
        return m_console.usageError(QCoreApplication::translate("calldeck-cli", "--goal is longer than 2000 characters"), help);
    }
    const bool scripted = script.requested(parser);
    if (scripted) {
        if (const Status read = script.read(parser); !read.ok()) {
            return m_console.usageError(read.error().message, help);
        }
    }
    // The lenient check accepts the sandbox's fictional numbers; the engine applies Twilio's rules.
    const Result<QString> number = PhoneNumbers::toPossibleE164(parser.value(to), QStringLiteral("US"));
    if (!number.ok()) {
        return m_console.fail(Error{ErrorCode::InvalidArgument,
                                    QCoreApplication::translate("calldeck-cli", "\"%1\" is not a number CallDeck can call: %2")
                                        .arg(parser.value(to), number.error().message)});
    }
    std::optional<AttestationForm> attestation;
    if (parser.isSet(attestName)) {
        if (!parser.isSet(agreeAll)) {
            QString statements;
            for (const QString& text : AttestationStatements::texts())
                statements += QStringLiteral("\n  - ") + text;
            return m_console.fail(Error{ErrorCode::InvalidArgument,
                                        QCoreApplication::translate("calldeck-cli", "the five statements must be accepted explicitly with --agree-all:%1").arg(statements)});
        }
        AttestationForm form;
        form.acceptAll();
        form.fullName = parser.value(attestName);
        form.organization = parser.value(attestOrg);
        attestation = form;
    }
    if (parser.isSet(micFile) && !QFileInfo(parser.value(micFile)).isFile()) {
        return m_console.fail(
            Error{ErrorCode::NotFound, QCoreApplication::translate("calldeck-cli", "no such microphone file \"%1\"").arg(parser.value(micFile))});
    }

    Settings settings;
    KeychainCredentialStore credentials;
    Engine engine(settings, credentials);
    // The call is recorded in the database, and the agent's lookup_contact reads the contacts.
    if (const Result<Store*> store = m_context.openStore(); store.ok()) {
        engine.setStore(store.value());
        m_storeOpen = true;
    } else {
        m_console.error(QCoreApplication::translate("calldeck-cli", "the database is not available (%1); the call will not be saved")
                            .arg(store.error().message));
    }
    if (parser.isSet(micFile)) {
        engine.setAudioInput(std::make_unique<WavFileInput>(parser.value(micFile)));
    }
    if (parser.isSet(recordFile)) {
        engine.setAudioOutput(std::make_unique<WavFileOutput>(parser.value(recordFile)));
    }
    QObject::connect(&engine, &Engine::callEvent, &m_loop,
                     [this](const QString& callKey, const QString& kind, const QString& detail) {
                         // One call per run: events before the key is known are ours too.
                         if (callKey.isEmpty() || m_callKey.isEmpty() || callKey == m_callKey) {
                             printEvent(callKey, kind, detail);
                             // The summary and extraction follow the end of the call; then we are done.
                             if (m_ended && kind == QLatin1String("post-call")) {
                                 m_loop.quit();
                             }
                         }
                     });
    QObject::connect(&engine, &Engine::transcript, &m_loop, [this](const TranscriptSegment& line) {
        if (line.isFinal && (m_callKey.isEmpty() || line.callKey == m_callKey)) {
            printTranscript(line);
        }
    });
    QObject::connect(&engine, &Engine::callUpdated, &m_loop,
                     [this, &engine](const CallSnapshot& call) { onCallUpdated(engine, call); });
    QObject::connect(&engine, &Engine::approvalRequested, &m_loop,
                     [this, &engine](const QString& callKey, const QString& id, qint64, const QString&) {
                         // Nobody at a terminal to ask: answer as --approvals says.
                         engine.answerApproval(callKey, id, m_approve,
                                               m_approve ? QCoreApplication::translate("calldeck-cli", "approved by --approvals")
                                                         : QCoreApplication::translate("calldeck-cli", "declined by --approvals"));
                     });
    UnixSignals unixSignals({SIGINT, SIGTERM});
    QObject::connect(&unixSignals, &UnixSignals::received, &m_loop, [this, &engine](int) { hangUp(engine); });

    const Status started = waitFor(m_loop, engine.start());
    if (!started.ok()) {
        m_console.error(QCoreApplication::translate("calldeck-cli", "the call engine did not start: %1").arg(started.error().message));
        return ExitCode::Failure;
    }
    CallRequest request;
    request.to = parser.value(to);
    request.provider = providerName;
    request.persona = parser.value(persona);
    request.attestation = attestation;
    request.agent = agentKind;
    request.brief.goal = parser.value(goal).trimmed();
    request.brief.questions = parser.values(ask);
    request.brief.infoToObtain = parser.values(obtain);
    request.brief.contactName = parser.value(contactName).trimmed();
    request.brief.maxPriceCents = maxPriceCents;
    const CallScriptSetup::Printer printScript = [this](const QString& kind, const QString& detail) {
        printEvent(m_callKey, kind, detail);
    };
    if (scripted) {
        if (!m_storeOpen) {
            engine.shutdown();
            m_console.error(QCoreApplication::translate("calldeck-cli", "--script needs the database, which is not available"));
            return ExitCode::Failure;
        }
        const Result<qint64> run = script.prepare(engine, m_loop, number.value(), request.brief.contactName, printScript);
        if (!run.ok()) {
            engine.shutdown();
            m_console.error(run.error().message);
            return run.error().code == ErrorCode::InvalidArgument ? ExitCode::InvalidInput
                 : run.error().code == ErrorCode::NotFound        ? ExitCode::NotFound
                                                                  : ExitCode::Failure;
        }
        request.scriptRunId = run.value();
        script.follow(engine, &m_loop, printScript);
    }
    const Result<QString> placed = waitFor(m_loop, engine.placeCall(request));
    if (!placed.ok()) {
        engine.shutdown();
        m_console.error(placed.error().message);
        // Conflict: the compliance gate refused the call before it reached the provider.
        return placed.error().code == ErrorCode::InvalidArgument || placed.error().code == ErrorCode::Conflict
                   ? ExitCode::InvalidInput
                   : ExitCode::CallFailed;
    }
    m_callKey = placed.value();
    if (m_hangupRequested) {
        engine.hangUp(m_callKey);
    }
    // The call may already have ended while the request was answered (busy, failed).
    onCallUpdated(engine, engine.snapshot(m_callKey));
    if (!m_ended) {
        m_loop.exec();
    }
    if (m_ended && m_storeOpen) {
        // Post-call processing (summary, extracted data, notification) takes a moment.
        QTimer::singleShot(kPostCallWaitMs, &m_loop, &QEventLoop::quit);
        m_loop.exec();
    }
    if (scripted && m_ended) {
        script.printFinal(engine, m_loop, printScript);
    }
    engine.shutdown();
    if (!m_ended) {
        m_console.error(QCoreApplication::translate("calldeck-cli", "the call did not report its end within %1 seconds of hanging up; giving up")
                            .arg(kHangUpGraceMs / 1000));
        return ExitCode::CallFailed;
    }
    const ExitCode code = exitCodeForOutcome(m_final.outcome);
    printOutcome(m_final, code);
    return code;
}

void CallCommand::onCallUpdated(Engine& engine, const CallSnapshot& call)
{
    if (m_callKey.isEmpty() || call.callKey != m_callKey || m_ended) {
        return;
    }
    if (call.state == CallState::Connected && m_hangupAfterMs > 0 && !m_hangupScheduled) {
        m_hangupScheduled = true;
        QTimer::singleShot(m_hangupAfterMs, &m_loop, [this, &engine] { hangUp(engine); });
    }
    if (call.state == CallState::Ended) {
        m_final = call;
        m_ended = true;
        m_loop.quit();
    }
}

void CallCommand::hangUp(Engine& engine)
{
    if (m_ended) {
        return;
    }
    if (m_callKey.isEmpty()) {
        m_hangupRequested = true; // hang up as soon as the provider names the call
        return;
    }
    if (!m_hangupRequested) {
        m_hangupRequested = true;
        QTimer::singleShot(kHangUpGraceMs, &m_loop, &QEventLoop::quit);
    }
    engine.hangUp(m_callKey);
}

void CallCommand::printEvent(const QString& callKey, const QString& kind, const QString& detail)
{
    if (m_json) {
        m_console.out() << QJsonDocument(QJsonObject{
                                             {QStringLiteral("event"), kind},
                                             {QStringLiteral("call"), callKey},
                                             {QStringLiteral("detail"), detail},
                                             {QStringLiteral("time"),
                                              QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                                         })
                               .toJson(QJsonDocument::Compact)
                        << '\n';
    } else {
        m_console.out() << timeNow() << "  " << kind.leftJustified(9) << ' ' << detail << '\n';
    }
    m_console.out().flush();
}

void CallCommand::printTranscript(const TranscriptSegment& line)
{
    if (m_json) {
        const QJsonObject detail{{QStringLiteral("speaker"), line.speaker},
                                 {QStringLiteral("text"), line.text},
                                 {QStringLiteral("start_ms"), line.startMs},
                                 {QStringLiteral("end_ms"), line.endMs},
                                 {QStringLiteral("interrupted"), line.interrupted}};
        m_console.out() << QJsonDocument(QJsonObject{
                                             {QStringLiteral("event"), QStringLiteral("transcript")},
                                             {QStringLiteral("call"), line.callKey},
                                             {QStringLiteral("detail"), detail},
                                             {QStringLiteral("time"),
                                              QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                                         })
                               .toJson(QJsonDocument::Compact)
                        << '\n';
    } else {
        m_console.out() << timeNow() << "  " << QStringLiteral("said").leftJustified(9) << ' ' << line.speaker
                        << ": " << line.text << (line.interrupted ? QStringLiteral(" [cut off]") : QString()) << '\n';
    }
    m_console.out().flush();
}

void CallCommand::printOutcome(const CallSnapshot& call, ExitCode code)
{
    const qint64 talkMs = call.connectedAt.isValid() && call.endedAt.isValid() ? call.connectedAt.msecsTo(call.endedAt)
                                                                               : 0;
    if (m_json) {
        m_console.out() << QJsonDocument(QJsonObject{
                                             {QStringLiteral("event"), QStringLiteral("outcome")},
                                             {QStringLiteral("call"), call.callKey},
                                             {QStringLiteral("detail"), call.outcome},
                                             {QStringLiteral("reason"), call.endReason},
                                             {QStringLiteral("talk_ms"), talkMs},
                                             {QStringLiteral("agent"), call.agentKind},
                                             {QStringLiteral("cost_micros"), call.costMicros},
                                             {QStringLiteral("estimated_cost_micros"), call.estimatedCostMicros},
                                             {QStringLiteral("latency_turns"), call.latencyTurns},
                                             {QStringLiteral("latency_p50_ms"), call.latencyP50Ms},
                                             {QStringLiteral("latency_p95_ms"), call.latencyP95Ms},
                                             {QStringLiteral("summary"), call.summary},
                                             {QStringLiteral("exit_code"), static_cast<int>(code)},
                                             {QStringLiteral("time"),
                                              QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                                         })
                               .toJson(QJsonDocument::Compact)
                        << '\n';
    } else {
        //: Last line of `calldeck-cli call`; %1 outcome word, %2 talk time in seconds, %3 the reason.
        m_console.out() << QCoreApplication::translate("calldeck-cli", "Outcome: %1 after %2 s of talk. %3")
                               .arg(outcomeWord(code), QString::number(talkMs / 1000.0, 'f', 1), call.endReason)
                               .trimmed()
                        << '\n';
        //: %1 cost in dollars, %2 the estimate before the call.
        m_console.out() << QCoreApplication::translate("calldeck-cli", "Cost: $%1 (estimated $%2).")
                               .arg(QString::number(call.costMicros / 1e6, 'f', 4),
                                    QString::number(std::max<qint64>(0, call.estimatedCostMicros) / 1e6, 'f', 4))
                        << '\n';
        if (call.latencyTurns > 0) {
            //: Agent response time over the call's turns.
            m_console.out() << QCoreApplication::translate("calldeck-cli", "Response time over %1 turns: p50 %2 ms, p95 %3 ms.")
                                   .arg(call.latencyTurns)
                                   .arg(call.latencyP50Ms)
                                   .arg(call.latencyP95Ms)
                            << '\n';
        }
        if (!call.summary.isEmpty()) {
            m_console.out() << QCoreApplication::translate("calldeck-cli", "Summary: %1").arg(call.summary) << '\n';
        }
    }
    m_console.out().flush();
}

} // namespace calldeck::cli
