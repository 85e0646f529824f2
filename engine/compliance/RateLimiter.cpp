#include "compliance/RateLimiter.h"

#include "compliance/ComplianceLog.h"
#include "store/ProfileRepository.h"
#include "store/SqlSupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <algorithm>

namespace calldeck {

namespace {

/// When a window holding `times` (ascending) lets one more call in, given `limit`: the moment
/// enough of the oldest calls have left that fewer than `limit` remain. Invalid when already allowed.
QDateTime retryAt(const QList<QDateTime>& times, int limit, qint64 windowMs)
{
    const qsizetype count = times.size();
    if (count < limit) {
        return {};
    }
    // After times[count - limit] leaves, limit - 1 calls remain in the window.
    return times.at(count - limit).addMSecs(windowMs);
}

} // namespace

RateLimiter::RateLimiter(QSqlDatabase db, RateLimits limits, qint64 userId)
    : m_db(std::move(db))
    , m_limits(limits)
    , m_userId(userId)
{}

RateLimiter::RateLimiter(QSqlDatabase db, RateLimits limits)
    : RateLimiter(std::move(db), limits, kLocalUserId)
{}

Result<QList<QDateTime>> RateLimiter::callsSince(CallCategory category, const QDateTime& sinceUtc,
                                                 const QDateTime& nowUtc)
{
    const QString failure = tr("Could not count recent calls");
    const QStringList types = RateLimits::callTypesOf(category);
    // Timestamps are fixed-width UTC text (SqlSupport), so text comparison is time comparison on
    // SQLite and PostgreSQL alike.
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("SELECT s.created_at FROM call_sessions s"
                                      " JOIN call_tasks t ON t.id = s.task_id"
                                      " WHERE t.user_id = :user AND t.call_type IN (:type1, :type2)"
                                      " AND s.created_at > :since AND s.created_at <= :now"
                                      " ORDER BY s.created_at"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":user"), m_userId);
    query.bindValue(QStringLiteral(":type1"), types.constFirst());
    query.bindValue(QStringLiteral(":type2"), types.constLast());
    query.bindValue(QStringLiteral(":since"), sql::toText(sinceUtc));
    query.bindValue(QStringLiteral(":now"), sql::toText(nowUtc));
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    QList<QDateTime> times;
    while (query.next()) {
        times.append(sql::fromText(query.value(0)));
    }
    return times;
}

Result<RateLimitDecision> RateLimiter::check(CallCategory category, const QDateTime& nowUtc)
{
    if (!nowUtc.isValid()) {
        return Error{ErrorCode::InvalidArgument, tr("The rate limit check needs a valid time.")};
    }
    // Millisecond precision like the stored timestamps, so the window edges compare exactly.
    const QDateTime now = sql::fromText(sql::toText(nowUtc));
    Result<QList<QDateTime>> lastDay = callsSince(category, now.addMSecs(-kDayMs), now);
    if (!lastDay) {
        return lastDay.error();
    }
    const QList<QDateTime>& dayTimes = lastDay.value();
    const QDateTime hourStart = now.addMSecs(-kHourMs);
    const auto firstInHour =
        std::find_if(dayTimes.cbegin(), dayTimes.cend(), [&hourStart](const QDateTime& t) { return t > hourStart; });
    const QList<QDateTime> hourTimes(firstInHour, dayTimes.cend());

    RateLimitDecision decision;
    decision.category = category;
    decision.usedLastHour = int(hourTimes.size());
    decision.usedLastDay = int(dayTimes.size());

    const int hourLimit = m_limits.perHour(category);
    const int dayLimit = m_limits.perDay(category);
    if (hourLimit < 1 || dayLimit < 1) {
        decision.allowed = false;
        decision.window = hourLimit < 1 ? RateLimitWindow::Hour : RateLimitWindow::Day;
        decision.limit = std::max(0, hourLimit < 1 ? hourLimit : dayLimit);
        decision.message = category == CallCategory::Manual
                               ? tr("Manual calls are switched off: their limit in the settings is 0.")
                               : tr("Automated calls are switched off: their limit in the settings is 0.");
        return decision;
    }

    const QDateTime hourRetry = retryAt(hourTimes, hourLimit, kHourMs);
    const QDateTime dayRetry = retryAt(dayTimes, dayLimit, kDayMs);
    if (!hourRetry.isValid() && !dayRetry.isValid()) {
        return decision;
    }
    // When both windows are full, the later retry is the one that binds.
    const bool dayBinds = dayRetry.isValid() && (!hourRetry.isValid() || dayRetry > hourRetry);
    decision.allowed = false;
    decision.window = dayBinds ? RateLimitWindow::Day : RateLimitWindow::Hour;
    decision.limit = dayBinds ? dayLimit : hourLimit;
    decision.retryAtUtc = dayBinds ? dayRetry : hourRetry;
    decision.message = refusalMessage(category, decision.window, decision.limit, decision.retryAtUtc, now);
    qCInfo(lcCompliance).noquote() << QStringLiteral("%1 call refused by the %2 limit of %3; retry at %4")
                                          .arg(category == CallCategory::Manual ? u"manual" : u"automated",
                                               dayBinds ? u"daily" : u"hourly")
                                          .arg(decision.limit)
                                          .arg(sql::toText(decision.retryAtUtc));
    return decision;
}

Result<RateLimitDecision> RateLimiter::check(const QString& callType, const QDateTime& nowUtc)
{
    const std::optional<CallCategory> category = RateLimits::categoryOf(callType);
    if (!category) {
        return Error{ErrorCode::InvalidArgument,
                     tr("\"%1\" is not a call type (expected manual, automated or batch_upload).").arg(callType)};
    }
    return check(*category, nowUtc);
}

Result<RateLimitDecision> RateLimiter::checkTask(qint64 taskId, const QDateTime& nowUtc)
{
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("SELECT call_type FROM call_tasks WHERE id = :id"))) {
        return sql::databaseError(tr("Could not read the task"), query.lastError());
    }
    query.bindValue(QStringLiteral(":id"), taskId);
    if (!query.exec()) {
        return sql::databaseError(tr("Could not read the task"), query.lastError());
    }
    if (!query.next()) {
        return Error{ErrorCode::NotFound, tr("Task %1 does not exist.").arg(taskId)};
    }
    return check(query.value(0).toString(), nowUtc);
}

QString RateLimiter::formatRetryTime(const QDateTime& retryAtUtc)
{
    if (!retryAtUtc.isValid()) {
        return {};
    }
    QDateTime shown = retryAtUtc.toUTC();
    const int partialMs = shown.time().msec();
    if (partialMs > 0) {
        shown = shown.addMSecs(1000 - partialMs);
    }
    const QDateTime local = shown.toLocalTime();
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss ")) + local.timeZoneAbbreviation();
}

QString RateLimiter::refusalMessage(CallCategory category, RateLimitWindow window, int limit,
                                    const QDateTime& retryAtUtc, const QDateTime& nowUtc) const
{
    const QString when = formatRetryTime(retryAtUtc);
    // Whole minutes rounded up, so "in 1 minute" is never shown for a wait of 61 seconds.
    const qint64 waitMs = std::max<qint64>(0, nowUtc.msecsTo(retryAtUtc));
    const int waitMinutes = int((waitMs + 59'999) / 60'000);
    // Counts go in as plain numbers ("5 per hour") so no plural forms are needed in any language.
    QString limitText;
    if (category == CallCategory::Manual) {
        limitText = window == RateLimitWindow::Hour ? tr("Manual call limit reached: %1 per hour.").arg(limit)
                                                    : tr("Manual call limit reached: %1 per 24 hours.").arg(limit);
    } else {
        limitText = window == RateLimitWindow::Hour ? tr("Automated call limit reached: %1 per hour.").arg(limit)
                                                    : tr("Automated call limit reached: %1 per 24 hours.").arg(limit);
    }
    const QString retryText = tr("The next call is allowed at %1 (in %2 min).").arg(when).arg(waitMinutes);
    return limitText + QLatin1Char(' ') + retryText;
}

} // namespace calldeck
