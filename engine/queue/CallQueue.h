#pragma once

#include <memory>

#include "compliance/RateLimits.h"
#include "core/Result.h"
#include "queue/QueueTick.h"
#include "tasks/CallTask.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

namespace calldeck {

class CallLauncher;
class CallingHours;
class Store;

/// Runs ready_to_call tasks (PRODUCT T5) when the person presses Call now or at their scheduled
/// time (never because an attestation was signed), at most maxConcurrentCalls at once, high
/// priority first and then oldest; checks the attestation gate
/// and the rate limits before dialling; applies each call's outcome (completed, retry with backoff,
/// failed); cancels queued and live calls; and recovers after a restart. Lives on the engine
/// thread; the database work runs as Store jobs. The clock is injected so schedules are testable.
class CallQueue : public QObject
{
    Q_OBJECT
public:
    /// Default pause between scheduling passes.
    static constexpr int kDefaultTickIntervalMs = 5000;

    CallQueue(Store& store, CallLauncher& launcher, QObject* parent = nullptr);
    ~CallQueue() override;

    /// "Now" for schedules, retries and rate limits (tests pass a settable time).
    void setClock(std::function<QDateTime()> nowUtc) { m_nowUtc = std::move(nowUtc); }
    /// How many calls may run at once (the MaxConcurrentCalls setting); at least 1.
    void setMaxConcurrentCalls(int calls) { m_maxConcurrent = std::max(1, calls); }
    [[nodiscard]] int maxConcurrentCalls() const { return m_maxConcurrent; }
    /// The rate limits checked before each call (RateLimits::fromSettings).
    void setRateLimits(const RateLimits& limits) { m_limits = limits; }
    /// Calling hours in the callee's local time (default: the shipped rules); null turns the check off.
    void setCallingHours(std::shared_ptr<const CallingHours> hours) { m_hours = std::move(hours); }
    /// Pause between automatic passes; 0 runs passes only through tick() and the queue's own events.
    void setTickIntervalMs(int intervalMs);

    /// Recovers from a previous run (interrupted calls, in_progress tasks), then starts scheduling.
    QFuture<Result<QueueRecovery>> start();
    /// Runs one scheduling pass now (also after a task became ready or a schedule changed).
    void tick();
    /// The person pressed Call now: the ready task becomes due at once and a pass runs. This and a
    /// scheduled time are the only ways a task's first call starts.
    QFuture<Result<CallTask>> callNow(qint64 taskId);
    /// Cancels a task: a queued one at once, a live one by hanging up its call.
    QFuture<Result<CallTask>> cancel(qint64 taskId);

    /// Tasks with a call being placed or live.
    [[nodiscard]] QList<qint64> activeTaskIds() const;
    /// The live call of a task; empty when none.
    [[nodiscard]] QString callKeyOf(qint64 taskId) const { return m_live.value(taskId); }

Q_SIGNALS:
    /// A call for the task was placed.
    void callStarted(qint64 taskId, const QString& callKey);
    /// A due task was not dialled; `reason` says what to do (sign the attestation, ...).
    void taskHeld(qint64 taskId, const QString& reason);
    /// A rate limit or the callee's calling hours moved the task to `atUtc`.
    void taskRescheduled(qint64 taskId, const QDateTime& atUtc, const QString& reason);
    /// A task's status changed through the queue (outcome applied, cancelled, recovered).
    void taskChanged(const calldeck::CallTask& task);
    /// A scheduling pass finished (whether or not it dialled anything).
    void tickFinished();
    /// Something failed that the user should know about (database errors).
    void error(const QString& message);

private:
    void runTick();
    void onTickResult(const Result<QueueTick>& result);
    void dial(const CallTask& task);
    void onCallEnded(const QString& callKey, const QString& outcome, const QString& reason);
    void applyOutcome(qint64 taskId, const QString& outcome, const QString& reason);

    Store& m_store;
    QPointer<CallLauncher> m_launcher;
    std::function<QDateTime()> m_nowUtc = [] { return QDateTime::currentDateTimeUtc(); };
    RateLimits m_limits;
    std::shared_ptr<const CallingHours> m_hours;
    int m_maxConcurrent = 3;
    QTimer m_timer;
    bool m_started = false;
    bool m_tickRunning = false;
    bool m_tickAgain = false;
    QSet<qint64> m_placing;            ///< claimed, waiting for the launcher's call key
    QHash<qint64, QString> m_live;     ///< task id → call key
    QSet<qint64> m_cancelRequested;    ///< cancel() while the call was being placed
    /// Calls that ended before the launcher named their key: key → (outcome, reason).
    QHash<QString, QPair<QString, QString>> m_pendingEnds;
};

} // namespace calldeck
