#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace calldeck {

/// One line of the dashboard's recent calls.
struct RecentCall
{
    qint64 sessionId = 0;
    qint64 taskId = 0;
    QString title;            ///< the task's title, else its contact, else the number
    QString phoneE164;
    QString status;           ///< call_sessions.status
    QString outcome;          ///< call_sessions.outcome; empty until processed
    qint64 costMicros = 0;    ///< total_cost_micros
    qint64 durationS = -1;    ///< −1 when not known
    QDateTime createdAt;      ///< UTC
};

/// The dashboard's figures for one month (PRODUCT I1). Money in micro-dollars.
struct DashboardFigures
{
    QDateTime monthStart;          ///< first instant of the month, in the requested zone
    QDateTime monthEnd;            ///< first instant of the next month, in the requested zone
    int callsThisMonth = 0;        ///< call attempts created this month
    int monthlyQuota = 0;          ///< the MonthlyCallQuota setting
    int callsRemaining = 0;        ///< quota − calls, never below 0
    qint64 spendMicros = 0;        ///< sum of total_cost_micros this month
    qint64 averageCostMicros = 0;  ///< spend / calls, rounded to the nearest micro-dollar; 0 without calls
    int completedCalls = 0;        ///< this month's calls with status completed
    int goalAchievedCalls = 0;     ///< of those, the ones whose outcome is goal_achieved
    QList<RecentCall> recentCalls; ///< newest first, any month

    /// goalAchievedCalls / completedCalls in percent; −1 while no call completed this month.
    [[nodiscard]] double successRatePercent() const
    {
        return completedCalls == 0 ? -1.0 : 100.0 * goalAchievedCalls / completedCalls;
    }
};

} // namespace calldeck
