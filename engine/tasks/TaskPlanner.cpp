#include "tasks/TaskPlanner.h"

#include "core/FutureWatch.h"
#include "store/Store.h"
#include "tasks/AiPlanner.h"
#include "tasks/OfflinePlanner.h"
#include "tasks/TaskLog.h"
#include "tasks/TaskRepository.h"

#include <QCoreApplication>
#include <QPromise>

#include <memory>

namespace calldeck {

namespace {

using Promise = QPromise<Result<CallTask>>;

void finish(const std::shared_ptr<Promise>& promise, const Result<CallTask>& result)
{
    promise->addResult(result);
    promise->finish();
}

} // namespace

TaskPlanner::TaskPlanner(Store& store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{}

QFuture<Result<CallTask>> TaskPlanner::plan(qint64 taskId)
{
    auto promise = std::make_shared<Promise>();
    promise->start();
    QFuture<Result<CallTask>> future = promise->future();
    const QDateTime now = m_nowUtc();
    auto started = m_store.run([taskId, now](QSqlDatabase& db) {
        return TaskRepository(db, now).transition(taskId, TaskStatus::Preparing);
    });
    whenFinished(this, started, [this, promise, taskId, now](const Result<CallTask>& task) {
        if (!task) {
            finish(promise, task);
            return;
        }
        Q_EMIT taskChanged(task.value());
        PlannerInput input;
        input.instruction = task.value().rawInstruction.isEmpty() ? task.value().objective : task.value().rawInstruction;
        input.phoneE164 = task.value().phoneE164;
        input.contactName = task.value().contactName;
        input.maxPriceCents = task.value().maxPriceCents;
        input.nowUtc = now;
        input.timeZone = task.value().timeZone.isEmpty() ? m_defaultTimeZone : task.value().timeZone;
        input.region = m_region;
        if (!m_ai) {
            planned(taskId, OfflinePlanner::plan(input), promise);
            return;
        }
        whenFinished(this, m_ai->plan(input), [this, promise, taskId, input](const Result<TaskPlan>& aiPlan) {
            if (aiPlan) {
                planned(taskId, aiPlan.value(), promise);
                return;
            }
            // The AI could not be asked at all; an offline plan keeps the task moving and the notice
            // tells the user what to fix.
            TaskPlan fallback = OfflinePlanner::plan(input);
            fallback.notices.removeAll(OfflinePlanner::noAiNotice());
            fallback.notices.prepend(QCoreApplication::translate("calldeck::TaskPlanner",
                                                                 "The AI planner failed: %1 CallDeck planned this "
                                                                 "task offline instead.")
                                         .arg(aiPlan.error().message));
            planned(taskId, fallback, promise);
        });
    });
    return future;
}

void TaskPlanner::planned(qint64 taskId, const TaskPlan& plan, const std::shared_ptr<Promise>& promise)
{
    const QDateTime now = m_nowUtc();
    auto applied = m_store.run([taskId, plan, now](QSqlDatabase& db) -> Result<CallTask> {
        Result<CallTask> result = TaskRepository(db, now).applyPlan(taskId, plan);
        if (!result) {
            // Back to pending so the task can be planned again instead of hanging in preparing.
            (void)TaskRepository(db, now).transition(taskId, TaskStatus::Pending);
        }
        return result;
    });
    whenFinished(this, applied, [this, promise, taskId](const Result<CallTask>& task) {
        if (task) {
            qCInfo(lcTasks) << "task" << taskId << "planned"
                            << (task.value().plan && task.value().plan->source == PlanSource::Ai ? "by the AI" : "offline")
                            << "->" << TaskStatusNames::name(task.value().status);
            Q_EMIT taskChanged(task.value());
        } else {
            qCWarning(lcTasks) << "task" << taskId << "plan not saved:" << task.error().codeName();
        }
        finish(promise, task);
    });
}

QFuture<Result<CallTask>> TaskPlanner::answerClarifications(qint64 taskId, const QMap<QString, QString>& answers)
{
    auto promise = std::make_shared<Promise>();
    promise->start();
    QFuture<Result<CallTask>> future = promise->future();
    const QDateTime now = m_nowUtc();
    const QString region = m_region;
    auto answered = m_store.run([taskId, answers, now, region](QSqlDatabase& db) {
        return TaskRepository(db, now).setClarificationAnswers(taskId, answers, region);
    });
    whenFinished(this, answered, [this, promise](const Result<CallTask>& task) {
        if (task) {
            Q_EMIT taskChanged(task.value());
        }
        finish(promise, task);
    });
    return future;
}

} // namespace calldeck
