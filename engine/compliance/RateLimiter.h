#pragma once

#include "compliance/RateLimitDecision.h"
#include "compliance/RateLimits.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

namespace calldeck {

/// The call rate limits of PRODUCT T4: manual 5/hour and 20/day, automated (and batch upload)
/// 10/hour and 50/day by default. Counts the user's call attempts (call_sessions, by their task's
/// call_type) created in sliding windows (now − 60 min, now] and (now − 24 h, now]; a call leaves
/// a window exactly 60 minutes / 24 hours after it was created. Synchronous; construct it only
/// inside a Store job.
class RateLimiter
{
    Q_DECLARE_TR_FUNCTIONS(calldeck::RateLimiter)
public:
    /// Length of the hourly window in milliseconds.
    static constexpr qint64 kHourMs = qint64{60} * 60 * 1000;
    /// Length of the daily window in milliseconds.
    static constexpr qint64 kDayMs = qint64{24} * kHourMs;

    /// `userId` is whose calls count (the local user on a desktop).
    RateLimiter(QSqlDatabase db, RateLimits limits, qint64 userId);
    /// Counts the local user's calls.
    RateLimiter(QSqlDatabase db, RateLimits limits);

    /// May one more call of `category` start at `nowUtc`? Database errors are the only failures;
    /// a refusal is a decision with allowed == false.
    Result<RateLimitDecision> check(CallCategory category, const QDateTime& nowUtc);
    /// Same for a call_tasks.call_type value ('manual', 'automated', 'batch_upload');
    /// InvalidArgument for any other value.
    Result<RateLimitDecision> check(const QString& callType, const QDateTime& nowUtc);
    /// Same for the call type of a stored task; NotFound when the task does not exist.
    Result<RateLimitDecision> checkTask(qint64 taskId, const QDateTime& nowUtc);

    /// The retry time as refusals show it: local date and time, rounded up to the whole second
    /// (so a retry at the shown second is never early), with the time zone.
    static QString formatRetryTime(const QDateTime& retryAtUtc);

private:
    Result<QList<QDateTime>> callsSince(CallCategory category, const QDateTime& sinceUtc, const QDateTime& nowUtc);
    QString refusalMessage(CallCategory category, RateLimitWindow window, int limit, const QDateTime& retryAtUtc,
                           const QDateTime& nowUtc) const;

    QSqlDatabase m_db;
    RateLimits m_limits;
    qint64 m_userId = 0;
};

} // namespace calldeck
