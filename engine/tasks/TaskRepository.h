#pragma once

#include "core/Result.h"
#include "tasks/CallTask.h"
#include "tasks/InstructionRequest.h"
#include "tasks/ManualCallRequest.h"
#include "tasks/TaskEdits.h"
#include "tasks/TaskFilter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSqlDatabase>

#include <functional>

namespace calldeck {

/// Call tasks of the local user (PRODUCT T1, T2, T6). Synchronous; construct it only inside a Store
/// job. Every operation validates first, runs in one transaction and returns the task as stored;
/// on any error nothing is changed. Status changes go through TaskStateMachine only.
class TaskRepository
{
    Q_DECLARE_TR_FUNCTIONS(calldeck::TaskRepository)
public:
    /// Longest raw instruction accepted (characters).
    static constexpr qsizetype kMaxInstructionLength = 2000;
    /// Bounds of the manual form's objective (characters, seed 000).
    static constexpr qsizetype kMinObjectiveLength = 10;
    static constexpr qsizetype kMaxObjectiveLength = 500;

    /// `nowUtc` is "now" for schedule checks and timestamps (injected by tests).
    explicit TaskRepository(QSqlDatabase db, QDateTime nowUtc = QDateTime::currentDateTimeUtc());

    /// A pending task from a sentence plus optional hints. Refuses an empty or oversized
    /// instruction, a number that does not parse, an unknown contact, a past schedule.
    Result<CallTask> createFromInstruction(const InstructionRequest& request);
    /// A task from the manual call form; complete, so it starts ready_to_call.
    Result<CallTask> createFromManualForm(const ManualCallRequest& request);
    /// One task; NotFound when there is none with that id.
    Result<CallTask> get(qint64 id);
    /// Tasks matching `filter`, newest first.
    Result<QList<CallTask>> list(const TaskFilter& filter = {});

    /// Moves the task to `to` when TaskStateMachine allows it; Conflict otherwise. Moving to failed
    /// records `failureReason`; going back to ready_to_call from in_progress or failed counts a retry.
    Result<CallTask> transition(qint64 id, TaskStatus to, const QString& failureReason = {});
    /// Stores a planner's result for a task in preparing, fills the number, contact and price the
    /// task lacks from it, and moves it to waiting_for_user (something missing) or ready_to_call.
    Result<CallTask> applyPlan(qint64 id, const TaskPlan& plan);
    /// Stores the user's answers, merges them into the plan (PlanAnswers) and moves a task in
    /// waiting_for_user to ready_to_call once nothing is missing. `region` reads national numbers.
    Result<CallTask> setClarificationAnswers(qint64 id, const QMap<QString, QString>& answers,
                                             const QString& region = QStringLiteral("US"));
    /// Applies the control panel's edits (tone, price, approval limit, preferences, priority) to a
    /// task that has not started calling.
    Result<CallTask> edit(qint64 id, const TaskEdits& edits);
    /// Cancels the task (allowed from every status that is not final).
    Result<CallTask> cancel(qint64 id);
    /// Marks a finished (completed, failed or cancelled) task as needing nothing more.
    Result<CallTask> markResolved(qint64 id);
    /// A new pending task that follows up `parentId`: same contact, number, tone, priority, price
    /// and purpose; the instruction is `instruction` or derived from the parent's.
    Result<CallTask> createFollowUp(qint64 parentId, const QString& instruction = {});

private:
    Result<qint64> insert(const CallTask& task);
    Status write(const CallTask& task);
    Result<CallTask> changed(qint64 id, const std::function<Status(CallTask&)>& change, const QString& failure);
    Status checkSchedule(const QDateTime& scheduledForUtc, const QString& timeZone) const;

    QSqlDatabase m_db;
    QDateTime m_nowUtc;
};

} // namespace calldeck
