#pragma once

#include "core/Result.h"
#include "tasks/CallTask.h"

#include <QDateTime>
#include <QFuture>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QPromise>

#include <functional>
#include <memory>

namespace calldeck {

class AiPlanner;
class Store;

/// Turns a saved task into a plan and moves it on (PRODUCT T1, seed 002 §6.1): pending → preparing
/// → waiting_for_user (something missing) or ready_to_call. Uses the AI planner when one is set; on
/// an AI failure it plans offline and says why in the plan's notices, so a task is never stuck
/// because the AI was unreachable. Lives on the engine thread; all database work runs as Store jobs.
class TaskPlanner : public QObject
{
    Q_OBJECT
public:
    explicit TaskPlanner(Store& store, QObject* parent = nullptr);

    /// Plans with `planner` from now on; nullptr plans offline (no AI configured).
    void setAiPlanner(AiPlanner* planner) { m_ai = planner; }
    /// The clock for "today" and "this week" (tests inject a fixed time).
    void setClock(std::function<QDateTime()> nowUtc) { m_nowUtc = std::move(nowUtc); }
    /// The user's time zone (IANA id) for tasks that have none; empty: UTC.
    void setDefaultTimeZone(const QString& timeZone) { m_defaultTimeZone = timeZone; }
    /// The region for national phone numbers ("US").
    void setRegion(const QString& region) { m_region = region; }

    /// Plans the pending task `taskId`; the future carries the task as stored afterwards, or why not.
    QFuture<Result<CallTask>> plan(qint64 taskId);
    /// Merges the user's answers into the plan; the task becomes ready_to_call once nothing is missing.
    QFuture<Result<CallTask>> answerClarifications(qint64 taskId, const QMap<QString, QString>& answers);

Q_SIGNALS:
    /// A task changed through this planner (planned or answered), for lists and notifications.
    void taskChanged(const calldeck::CallTask& task);

private:
    void planned(qint64 taskId, const TaskPlan& plan,
                 const std::shared_ptr<QPromise<Result<CallTask>>>& promise);

    Store& m_store;
    QPointer<AiPlanner> m_ai;
    std::function<QDateTime()> m_nowUtc = [] { return QDateTime::currentDateTimeUtc(); };
    QString m_defaultTimeZone;
    QString m_region = QStringLiteral("US");
};

} // namespace calldeck
