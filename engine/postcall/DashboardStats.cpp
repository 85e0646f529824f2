#include "postcall/DashboardStats.h"

#include "store/ProfileRepository.h"
#include "store/SqlSupport.h"

#include <QSqlError>
#include <QSqlQuery>

namespace calldeck {

DashboardStats::DashboardStats(QSqlDatabase& db)
    : m_db(db)
{}

std::pair<QDateTime, QDateTime> DashboardStats::monthBounds(const QDateTime& now, const QTimeZone& zone)
{
    const QTimeZone effective = zone.isValid() ? zone : QTimeZone::utc();
    const QDate today = now.toTimeZone(effective).date();
    const QDate first(today.year(), today.month(), 1);
    return {QDateTime(first, QTime(0, 0), effective), QDateTime(first.addMonths(1), QTime(0, 0), effective)};
}

Result<DashboardFigures> DashboardStats::compute(const QDateTime& now, const QTimeZone& zone, int monthlyQuota,
                                                 int recentLimit)
{
    DashboardFigures figures;
    std::tie(figures.monthStart, figures.monthEnd) = monthBounds(now, zone);
    figures.monthlyQuota = std::max(0, monthlyQuota);

    const QString failure = tr("Could not compute the dashboard figures");
    QSqlQuery query(m_db);
    // Stored timestamps are UTC text of one fixed format, so text comparison is time order.
    if (!query.prepare(QStringLiteral(
            "SELECT COUNT(*), COALESCE(SUM(s.total_cost_micros), 0),"
            " COALESCE(SUM(CASE WHEN s.status = 'completed' THEN 1 ELSE 0 END), 0),"
            " COALESCE(SUM(CASE WHEN s.status = 'completed' AND s.outcome = 'goal_achieved' THEN 1 ELSE 0 END), 0)"
            " FROM call_sessions s JOIN call_tasks t ON t.id = s.task_id"
            " WHERE t.user_id = :user AND s.created_at >= :from AND s.created_at < :to"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":user"), kLocalUserId);
    query.bindValue(QStringLiteral(":from"), sql::toText(figures.monthStart));
    query.bindValue(QStringLiteral(":to"), sql::toText(figures.monthEnd));
    if (!query.exec() || !query.next()) {
        return sql::databaseError(failure, query.lastError());
    }
    figures.callsThisMonth = query.value(0).toInt();
    figures.spendMicros = query.value(1).toLongLong();
    figures.completedCalls = query.value(2).toInt();
    figures.goalAchievedCalls = query.value(3).toInt();
    query.finish();

    figures.callsRemaining = std::max(0, figures.monthlyQuota - figures.callsThisMonth);
    if (figures.callsThisMonth > 0) {
        figures.averageCostMicros = (figures.spendMicros + figures.callsThisMonth / 2) / figures.callsThisMonth;
    }
    Result<QList<RecentCall>> recent = recentCalls(recentLimit);
    if (!recent) {
        return recent.error();
    }
    figures.recentCalls = std::move(recent).value();
    return figures;
}

Result<QList<RecentCall>> DashboardStats::recentCalls(int limit)
{
    QList<RecentCall> calls;
    if (limit <= 0) {
        return calls;
    }
    const QString failure = tr("Could not read the recent calls");
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral(
            "SELECT s.id, s.task_id, COALESCE(t.title, t.contact_name, t.company, t.phone_e164, ''), t.phone_e164,"
            " s.status, s.outcome, s.total_cost_micros, s.duration_s, s.created_at"
            " FROM call_sessions s JOIN call_tasks t ON t.id = s.task_id WHERE t.user_id = :user"
            " ORDER BY s.created_at DESC, s.id DESC LIMIT :limit"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":user"), kLocalUserId);
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    while (query.next()) {
        RecentCall call;
        call.sessionId = query.value(0).toLongLong();
        call.taskId = query.value(1).toLongLong();
        call.title = query.value(2).toString();
        call.phoneE164 = query.value(3).toString();
        call.status = query.value(4).toString();
        call.outcome = query.value(5).toString();
        call.costMicros = query.value(6).toLongLong();
        call.durationS = query.value(7).isNull() ? -1 : query.value(7).toLongLong();
        call.createdAt = sql::fromText(query.value(8));
        calls.append(call);
    }
    return calls;
}

} // namespace calldeck
