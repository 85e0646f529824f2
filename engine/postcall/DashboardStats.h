#pragma once

#include "core/Result.h"
#include "postcall/DashboardFigures.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QTimeZone>

namespace calldeck {

/// Computes the dashboard's figures (PRODUCT I1) from call_sessions. Synchronous; construct it
/// only inside a Store job.
class DashboardStats
{
    Q_DECLARE_TR_FUNCTIONS(calldeck::DashboardStats)
public:
    explicit DashboardStats(QSqlDatabase& db);

    /// The figures of the calendar month that contains `now` in `zone` (the user's zone, so a
    /// call at 23:30 on the 31st local time counts where the user expects it). `monthlyQuota`
    /// is the MonthlyCallQuota setting; `recentLimit` how many recent calls to list.
    Result<DashboardFigures> compute(const QDateTime& now, const QTimeZone& zone, int monthlyQuota, int recentLimit);

    /// The first instant of the month containing `now` in `zone`, and of the month after it.
    static std::pair<QDateTime, QDateTime> monthBounds(const QDateTime& now, const QTimeZone& zone);

private:
    Result<QList<RecentCall>> recentCalls(int limit);

    QSqlDatabase& m_db;
};

} // namespace calldeck
