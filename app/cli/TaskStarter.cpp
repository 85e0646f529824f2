#include "TaskStarter.h"

#include "CallCommand.h"
#include "UnixSignals.h"
#include "calls/Engine.h"
#include "compliance/AttestationGate.h"
#include "compliance/RateLimiter.h"
#include "core/Settings.h"
#include "queue/QueueScheduler.h"
#include "queue/TaskCallBrief.h"
#include "secrets/KeychainCredentialStore.h"
#include "store/CallRepository.h"
#include "store/Store.h"
#include "tasks/TaskRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QTimer>

#include <csignal>

namespace calldeck::cli {

namespace {

/// Post-call processing is local (offline) or one AI request; never wait longer than this.
constexpr int kPostCallWaitMs = 30'000;

template <typename T>
T waitFor(QEventLoop& loop, const QFuture<T>& future)
{
    if (!future.isFinished()) {
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    return future.result();
}

} // namespace

TaskStarter::TaskStarter(Console& console, Store& store) : m_console(console), m_store(store) {}

ExitCode TaskStarter::run(qint64 taskId, const Options& options)
{
    m_json = options.json;
    Settings settings;
    const RateLimits limits = RateLimits::fromSettings(settings);
    const QDateTime now = m_clock();
    // The same checks the queue makes, in the same order; a refusal names its reason.
    const Result<CallTask> claimed = m_store.runSync([taskId, limits, now](QSqlDatabase& db) -> Result<CallTask> {
        TaskRepository tasks(db, now);
        Result<CallTask> task = tasks.get(taskId);
        if (!task)
            return task;
        if (task.value().status == TaskStatus::WaitingForUser) {
            return Error{ErrorCode::Conflict,
                         QCoreApplication::translate("calldeck-cli", "task %1 is waiting for your answers; run \"task answer %1 KEY=VALUE\" first")
                             .arg(taskId)};
        }
        if (task.value().status != TaskStatus::ReadyToCall) {
            return Error{ErrorCode::Conflict, QCoreApplication::translate("calldeck-cli", "task %1 is %2, not ready to call")
                                                  .arg(taskId)
                                                  .arg(TaskStatusNames::name(task.value().status))};
        }
        if (Status gate = AttestationGate(db).check(taskId); !gate)
            return gate.error();
        Result<RateLimitDecision> decision = RateLimiter(db, limits).checkTask(taskId, now);
        if (!decision)
            return decision.error();
        if (Status allowed = decision.value().toStatus(); !allowed)
            return allowed.error();
        return tasks.transition(taskId, TaskStatus::InProgress);
    });
    if (!claimed)
        return m_console.fail(claimed.error());

    KeychainCredentialStore credentials;
    Engine engine(settings, credentials);
    engine.setClock(m_clock);
    engine.setStore(&m_store);
    const auto giveBack = [&](const QString& outcome, const QString& reason) {
        Result<CallTask> task = m_store.runSync([&](QSqlDatabase& db) {
            return QueueScheduler(db, limits, m_clock()).applyOutcome(taskId, outcome, reason);
        });
        if (!task)
            m_console.error(QCoreApplication::translate("calldeck-cli", "the task's status was not updated: %1").arg(task.error().message));
        return task;
    };
    const Status started = waitFor(m_loop, engine.start());
    if (!started.ok()) {
        static_cast<void>(giveBack(QStringLiteral("failed"), started.error().message));
        m_console.error(QCoreApplication::translate("calldeck-cli", "the call engine did not start: %1").arg(started.error().message));
        return ExitCode::Failure;
    }
    QString callKey;
    CallSnapshot final;
    bool ended = false;
    QObject::connect(&engine, &Engine::callEvent, &m_loop,
                     [&](const QString& key, const QString& kind, const QString& detail) {
                         if (key.isEmpty() || callKey.isEmpty() || key == callKey) {
                             printEvent(kind, detail);
                             if (ended && kind == QLatin1String("post-call"))
                                 m_loop.quit();
                         }
                     });
    QObject::connect(&engine, &Engine::transcript, &m_loop, [&](const TranscriptSegment& line) {
        if (line.isFinal && (callKey.isEmpty() || line.callKey == callKey))
            printEvent(QStringLiteral("said"), line.speaker + QStringLiteral(": ") + line.text);
    });
    QObject::connect(&engine, &Engine::callUpdated, &m_loop, [&](const CallSnapshot& call) {
        if (!callKey.isEmpty() && call.callKey == callKey && call.state == CallState::Ended && !ended) {
            final = call;
            ended = true;
            m_loop.quit();
        }
    });
    const qint64 maxPriceCents = claimed.value().maxPriceCents;
    QObject::connect(&engine, &Engine::approvalRequested, &m_loop,
                     [&engine, maxPriceCents](const QString& key, const QString& id, qint64 amountCents, const QString&) {
                         // Nobody at a terminal to ask: the task's own price limit is the user's answer.
                         const bool approve = maxPriceCents >= 0 && amountCents >= 0 && amountCents <= maxPriceCents;
                         engine.answerApproval(key, id, approve,
                                               approve ? QCoreApplication::translate("calldeck-cli", "approved: within the task's price limit")
                                                       : QCoreApplication::translate("calldeck-cli", "declined: above the task's price limit"));
                     });
    UnixSignals unixSignals({SIGINT, SIGTERM});
    QObject::connect(&unixSignals, &UnixSignals::received, &m_loop, [&](int) {
        if (!callKey.isEmpty())
            engine.hangUp(callKey);
    });

    CallRequest request;
    request.to = claimed.value().phoneE164;
    request.provider = options.provider;
    request.persona = options.persona;
    request.agent = options.agent;
    request.brief = TaskCallBrief::fromTask(claimed.value());
    request.taskId = taskId;
    const Result<QString> placed = waitFor(m_loop, engine.placeCall(request));
    if (!placed.ok()) {
        engine.shutdown();
        static_cast<void>(giveBack(QStringLiteral("failed"), placed.error().message));
        m_console.error(placed.error().message);
        return placed.error().code == ErrorCode::InvalidArgument ? ExitCode::InvalidInput : ExitCode::CallFailed;
    }
    callKey = placed.value();
    if (const CallSnapshot current = engine.snapshot(callKey); current.callKey == callKey && current.state == CallState::Ended) {
        final = current;
        ended = true;
    }
    if (!ended)
        m_loop.exec();
    if (ended && options.waitForPostCall) {
        QTimer::singleShot(kPostCallWaitMs, &m_loop, &QEventLoop::quit);
        m_loop.exec();
    }
    engine.shutdown();
    const Result<CallTask> after = giveBack(final.outcome.isEmpty() ? QStringLiteral("failed") : final.outcome,
                                            final.endReason);
    const ExitCode code = CallCommand::exitCodeForOutcome(final.outcome);
    const Result<qint64> session =
        m_store.runSync([&](QSqlDatabase& db) { return CallRepository(db).sessionIdForCallKey(callKey); });
    const qint64 sessionId = session ? session.value() : 0;
    if (m_json) {
        m_console.out() << QJsonDocument(QJsonObject{
                                             {QStringLiteral("event"), QStringLiteral("outcome")},
                                             {QStringLiteral("call"), callKey},
                                             {QStringLiteral("session_id"), sessionId},
                                             {QStringLiteral("task_id"), taskId},
                                             {QStringLiteral("detail"), final.outcome},
                                             {QStringLiteral("reason"), final.endReason},
                                             {QStringLiteral("task_status"),
                                              after ? TaskStatusNames::name(after.value().status) : QString()},
                                             {QStringLiteral("exit_code"), static_cast<int>(code)},
                                         })
                               .toJson(QJsonDocument::Compact)
                        << '\n';
    } else {
        //: %1 the call's outcome, %2 the session id, %3 the task's status afterwards.
        m_console.out() << QCoreApplication::translate("calldeck-cli", "Outcome: %1 (session %2); the task is now %3.")
                               .arg(final.outcome)
                               .arg(sessionId)
                               .arg(after ? TaskStatusNames::name(after.value().status) : QStringLiteral("?"))
                        << '\n';
        if (after && !after.value().failureReason.isEmpty())
            m_console.out() << after.value().failureReason << '\n';
    }
    m_console.out().flush();
    return code;
}

void TaskStarter::printEvent(const QString& kind, const QString& detail)
{
    if (m_json) {
        m_console.out() << QJsonDocument(QJsonObject{{QStringLiteral("event"), kind},
                                                     {QStringLiteral("detail"), detail},
                                                     {QStringLiteral("time"),
                                                      QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}})
                               .toJson(QJsonDocument::Compact)
                        << '\n';
    } else {
        m_console.out() << QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")) << "  "
                        << kind.leftJustified(9) << ' ' << detail << '\n';
    }
    m_console.out().flush();
}

} // namespace calldeck::cli
