#include "tasks/TaskRepository.h"

#include "core/PhoneNumbers.h"
#include "store/ProfileRepository.h"
#include "store/SqlSupport.h"
#include "store/SqlTransaction.h"
#include "tasks/PlanAnswers.h"
#include "tasks/TaskRow.h"
#include "tasks/TaskStateMachine.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace calldeck {

namespace {

constexpr qsizetype kMaxNameLength = 200;
constexpr qsizetype kTitleLength = 80;
/// A schedule picked to the minute in a form is a few seconds old when saved; that is not "past".
constexpr qint64 kScheduleGraceSeconds = 60;

Error invalid(const QString& message)
{
    return Error{ErrorCode::InvalidArgument, message};
}

QString titleFrom(const QString& text)
{
    const QString simple = text.simplified();
    return simple.size() <= kTitleLength ? simple : simple.left(kTitleLength - 1) + QChar(0x2026);
}

/// Copies what a plan found into the task's own columns where the task has nothing yet, and makes
/// sure a task without a number lists it as missing: no plan can call without one.
void takeFromPlan(CallTask& task, TaskPlan& plan)
{
    if (task.phoneE164.isEmpty()) {
        task.phoneE164 = plan.phoneE164;
    }
    if (task.contactName.isEmpty()) {
        task.contactName = plan.contactName;
    }
    if (task.maxPriceCents < 0) {
        task.maxPriceCents = plan.maxPriceCents;
    } else if (plan.maxPriceCents < 0) {
        plan.maxPriceCents = task.maxPriceCents;
    }
    if (plan.phoneE164.isEmpty()) {
        plan.phoneE164 = task.phoneE164;
    }
    const bool phoneListed = std::any_of(plan.missingInfo.begin(), plan.missingInfo.end(),
                                         [](const MissingInfo& info) { return info.key == QLatin1String("phone_number"); });
    if (!task.phoneE164.isEmpty()) {
        plan.missingInfo.removeIf([](const MissingInfo& info) { return info.key == QLatin1String("phone_number"); });
    } else if (!phoneListed) {
        plan.missingInfo.prepend(MissingInfo{
            QStringLiteral("phone_number"),
            TaskRepository::tr("Which phone number should be called?")});
    }
}

} // namespace

TaskRepository::TaskRepository(QSqlDatabase db, QDateTime nowUtc)
    : m_db(std::move(db))
    , m_nowUtc(std::move(nowUtc))
{}

Status TaskRepository::checkSchedule(const QDateTime& scheduledForUtc, const QString& timeZone) const
{
    if (!timeZone.isEmpty() && !QTimeZone(timeZone.toUtf8()).isValid()) {
        return invalid(tr("\"%1\" is not a time zone CallDeck knows (use a name like Europe/Stockholm).").arg(timeZone));
    }
    if (scheduledForUtc.isValid() && scheduledForUtc.secsTo(m_nowUtc) > kScheduleGraceSeconds) {
        return invalid(tr("The scheduled time is in the past; pick a later time or call now."));
    }
    return {};
}

Result<CallTask> TaskRepository::createFromInstruction(const InstructionRequest& request)
{
    CallTask task;
    task.rawInstruction = request.instruction.trimmed();
    if (task.rawInstruction.isEmpty()) {
        return invalid(tr("Write what the call should achieve."));
    }
    if (task.rawInstruction.size() > kMaxInstructionLength) {
        return invalid(tr("The instruction is too long (%1 characters; at most %2).")
                           .arg(task.rawInstruction.size())
                           .arg(kMaxInstructionLength));
    }
    if (!request.phone.trimmed().isEmpty()) {
        Result<QString> e164 = PhoneNumbers::toPossibleE164(request.phone.trimmed(), request.region);
        if (!e164) {
            return invalid(tr("\"%1\" is not a phone number CallDeck can call: %2")
                               .arg(request.phone.trimmed(), e164.error().message));
        }
        task.phoneE164 = e164.value();
    }
    if (request.maxPriceCents < -1) {
        return invalid(tr("The maximum price cannot be negative."));
    }
    if (Status schedule = checkSchedule(request.scheduledForUtc, request.timeZone); !schedule) {
        return schedule.error();
    }
    if (request.contactId != 0) {
        QSqlQuery query(m_db);
        if (!query.prepare(QStringLiteral("SELECT name, company, phone_e164 FROM contacts WHERE id = :id AND user_id = :user"))) {
            return sql::databaseError(tr("Could not read the contact"), query.lastError());
        }
        query.bindValue(QStringLiteral(":id"), request.contactId);
        query.bindValue(QStringLiteral(":user"), kLocalUserId);
        if (!query.exec()) {
            return sql::databaseError(tr("Could not read the contact"), query.lastError());
        }
        if (!query.next()) {
            return Error{ErrorCode::NotFound, tr("There is no contact with id %1.").arg(request.contactId)};
        }
        task.contactId = request.contactId;
        task.contactName = query.value(0).toString();
        task.company = query.value(1).toString();
        if (task.phoneE164.isEmpty()) {
            task.phoneE164 = query.value(2).toString();
        }
    }
    task.title = titleFrom(task.rawInstruction);
    task.tone = request.tone;
    task.priority = request.priority;
    task.maxPriceCents = request.maxPriceCents;
    task.scheduledForUtc = request.scheduledForUtc.toUTC();
    task.timeZone = request.timeZone;
    task.callType = request.callType;

    SqlTransaction transaction(m_db);
    Result<qint64> id = insert(task);
    if (!id) {
        return id.error();
    }
    if (!transaction.commit()) {
        return sql::databaseError(tr("Could not save the task"), m_db.lastError());
    }
    return get(id.value());
}

Result<CallTask> TaskRepository::createFromManualForm(const ManualCallRequest& request)
{
    CallTask task;
    const QString phone = request.phone.trimmed();
    if (phone.isEmpty()) {
        return invalid(tr("Enter the phone number to call."));
    }
    Result<QString> e164 = PhoneNumbers::toPossibleE164(phone, request.region);
    if (!e164) {
        return invalid(tr("\"%1\" is not a phone number CallDeck can call: %2").arg(phone, e164.error().message));
    }
    task.phoneE164 = e164.value();
    task.contactName = request.contactName.trimmed();
    task.company = request.company.trimmed();
    if (task.contactName.size() > kMaxNameLength || task.company.size() > kMaxNameLength) {
        return invalid(tr("Names are limited to %1 characters.").arg(kMaxNameLength));
    }
    if (!request.purpose) {
        return invalid(tr("Choose the purpose of the call."));
    }
    task.objective = request.objective.trimmed();
    if (task.objective.size() < kMinObjectiveLength) {
        return invalid(tr("Describe the objective in at least %1 characters.").arg(kMinObjectiveLength));
    }
    if (task.objective.size() > kMaxObjectiveLength) {
        return invalid(tr("The objective is too long (%1 characters; at most %2).")
                           .arg(task.objective.size())
                           .arg(kMaxObjectiveLength));
    }
    if (Status schedule = checkSchedule(request.scheduledForUtc, request.timeZone); !schedule) {
        return schedule.error();
    }
    task.purpose = request.purpose;
    task.priority = request.priority;
    task.tone = request.tone;
    task.scheduledForUtc = request.scheduledForUtc.toUTC();
    task.timeZone = request.timeZone;
    task.callType = TaskCallType::Manual;
    task.title = titleFrom(task.objective);
    // The form already holds everything a call needs, so its plan is the objective itself and the
    // task skips planning (pending → ready_to_call, allowed by TaskStateMachine).
    TaskPlan plan;
    plan.goal = task.objective;
    plan.contactName = task.contactName.isEmpty() ? task.company : task.contactName;
    plan.contactType = TaskEnums::name(*request.purpose);
    plan.phoneE164 = task.phoneE164;
    task.plan = plan;
    task.status = TaskStateMachine::transition(TaskStatus::Pending, TaskStatus::ReadyToCall).value();

    SqlTransaction transaction(m_db);
    Result<qint64> id = insert(task);
    if (!id) {
        return id.error();
    }
    if (!transaction.commit()) {
        return sql::databaseError(tr("Could not save the task"), m_db.lastError());
    }
    return get(id.value());
}

Result<qint64> TaskRepository::insert(const CallTask& task)
{
    const QString failure = tr("Could not save the task");
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral(
            "INSERT INTO call_tasks (user_id, title, raw_instruction, plan, status, priority, tone, max_price_cents,"
            " contact_id, contact_name, company, phone_e164, purpose, objective, call_type, scheduled_for, retry_count,"
            " next_action, goal_achieved, failure_reason, estimated_cost_micros, parent_task_id, created_at,"
            " updated_at, time_zone, clarification_answers, approval_limit_cents, resolved_at)"
            " VALUES (:user, :title, :raw, :plan, :status, :priority, :tone, :max_price, :contact, :contact_name,"
            " :company, :phone, :purpose, :objective, :call_type, :scheduled, :retries, :next_action, :goal,"
            " :failure, :estimate, :parent, :created, :updated, :time_zone, :answers, :approval, :resolved)"
            " RETURNING id"))) {
        return sql::databaseError(failure, query.lastError());
    }
    const QString now = sql::toText(m_nowUtc);
    query.bindValue(QStringLiteral(":user"), kLocalUserId);
    query.bindValue(QStringLiteral(":created"), now);
    TaskRow::bind(query, task, now);
    if (!query.exec() || !query.next()) {
        return sql::databaseError(failure, query.lastError());
    }
    return query.value(0).toLongLong();
}

Status TaskRepository::write(const CallTask& task)
{
    const QString failure = tr("Could not save the task");
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral(
            "UPDATE call_tasks SET title = :title, raw_instruction = :raw, plan = :plan, status = :status,"
            " priority = :priority, tone = :tone, max_price_cents = :max_price, contact_id = :contact,"
            " contact_name = :contact_name, company = :company, phone_e164 = :phone, purpose = :purpose,"
            " objective = :objective, call_type = :call_type, scheduled_for = :scheduled, retry_count = :retries,"
            " next_action = :next_action, goal_achieved = :goal, failure_reason = :failure,"
            " estimated_cost_micros = :estimate, parent_task_id = :parent, updated_at = :updated,"
            " time_zone = :time_zone, clarification_answers = :answers, approval_limit_cents = :approval,"
            " resolved_at = :resolved WHERE id = :id AND user_id = :user"))) {
        return sql::databaseError(failure, query.lastError());
    }
    TaskRow::bind(query, task, sql::toText(m_nowUtc));
    query.bindValue(QStringLiteral(":id"), task.id);
    query.bindValue(QStringLiteral(":user"), kLocalUserId);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    return {};
}

Result<CallTask> TaskRepository::get(qint64 id)
{
    const QString failure = tr("Could not read the task");
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("SELECT %1 FROM call_tasks WHERE id = :id AND user_id = :user").arg(TaskRow::columns()))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":id"), id);
    query.bindValue(QStringLiteral(":user"), kLocalUserId);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    if (!query.next()) {
        return Error{ErrorCode::NotFound, tr("There is no task with id %1.").arg(id)};
    }
    return TaskRow::read(query);
}

Result<QList<CallTask>> TaskRepository::list(const TaskFilter& filter)
{
    QString statement = QStringLiteral("SELECT %1 FROM call_tasks WHERE user_id = :user").arg(TaskRow::columns());
    if (!filter.statuses.isEmpty()) {
        QStringList binds;
        for (qsizetype i = 0; i < filter.statuses.size(); ++i) {
            binds.append(QStringLiteral(":s%1").arg(i));
        }
        statement += QStringLiteral(" AND status IN (%1)").arg(binds.join(QStringLiteral(", ")));
    }
    if (filter.createdFromUtc.isValid()) {
        statement += QStringLiteral(" AND created_at >= :from");
    }
    if (filter.createdToUtc.isValid()) {
        statement += QStringLiteral(" AND created_at < :to");
    }
    statement += QStringLiteral(" ORDER BY created_at DESC, id DESC LIMIT :limit");

    const QString failure = tr("Could not list the tasks");
    QSqlQuery query(m_db);
    if (!query.prepare(statement)) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":user"), kLocalUserId);
    for (qsizetype i = 0; i < filter.statuses.size(); ++i) {
        query.bindValue(QStringLiteral(":s%1").arg(i), TaskStatusNames::name(filter.statuses.at(i)));
    }
    if (filter.createdFromUtc.isValid()) {
        query.bindValue(QStringLiteral(":from"), sql::toText(filter.createdFromUtc));
    }
    if (filter.createdToUtc.isValid()) {
        query.bindValue(QStringLiteral(":to"), sql::toText(filter.createdToUtc));
    }
    query.bindValue(QStringLiteral(":limit"), qMax(1, filter.limit));
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    QList<CallTask> tasks;
    while (query.next()) {
        tasks.append(TaskRow::read(query));
    }
    return tasks;
}

Result<CallTask> TaskRepository::changed(qint64 id, const std::function<Status(CallTask&)>& change,
                                         const QString& failure)
{
    SqlTransaction transaction(m_db);
    Result<CallTask> current = get(id);
    if (!current) {
        return current;
    }
    CallTask task = std::move(current).value();
    if (Status applied = change(task); !applied) {
        return applied.error();
    }
    if (Status written = write(task); !written) {
        return written.error();
    }
    if (!transaction.commit()) {
        return sql::databaseError(failure, m_db.lastError());
    }
    return get(id);
}

Result<CallTask> TaskRepository::transition(qint64 id, TaskStatus to, const QString& failureReason)
{
    return changed(
        id,
        [&](CallTask& task) -> Status {
            const TaskStatus from = task.status;
            Result<TaskStatus> next = TaskStateMachine::transition(from, to);
            if (!next) {
                return next.error();
            }
            task.status = next.value();
            if (to == TaskStatus::Failed) {
                task.failureReason = failureReason.trimmed().isEmpty() ? tr("The call failed.") : failureReason.trimmed();
            } else if (to == TaskStatus::ReadyToCall && (from == TaskStatus::InProgress || from == TaskStatus::Failed)) {
                ++task.retryCount;
            }
            return {};
        },
        tr("Could not change the task's status"));
}

Result<CallTask> TaskRepository::applyPlan(qint64 id, const TaskPlan& input)
{
    return changed(
        id,
        [&](CallTask& task) -> Status {
            TaskPlan plan = input;
            takeFromPlan(task, plan);
            const TaskStatus to = plan.isComplete() ? TaskStatus::ReadyToCall : TaskStatus::WaitingForUser;
            Result<TaskStatus> next = TaskStateMachine::transition(task.status, to);
            if (!next) {
                return next.error();
            }
            task.plan = plan;
            task.status = next.value();
            return {};
        },
        tr("Could not save the plan"));
}

Result<CallTask> TaskRepository::setClarificationAnswers(qint64 id, const QMap<QString, QString>& answers,
                                                         const QString& region)
{
    return changed(
        id,
        [&](CallTask& task) -> Status {
            if (task.status != TaskStatus::WaitingForUser && task.status != TaskStatus::ReadyToCall) {
                return Error{ErrorCode::Conflict, tr("This task is \"%1\" and is not waiting for answers.")
                                                      .arg(TaskStatusNames::label(task.status))};
            }
            if (!task.plan) {
                return Error{ErrorCode::Conflict, tr("This task has no plan to answer questions for yet.")};
            }
            Result<TaskPlan> merged = PlanAnswers::merge(*task.plan, answers, region);
            if (!merged) {
                return merged.error();
            }
            TaskPlan plan = std::move(merged).value();
            // An answer is the user's word, so it replaces what the planner guessed.
            if (!plan.phoneE164.isEmpty() && answers.contains(QStringLiteral("phone_number"))) {
                task.phoneE164 = plan.phoneE164;
            }
            if (answers.contains(QStringLiteral("max_price")) && plan.maxPriceCents >= 0) {
                task.maxPriceCents = plan.maxPriceCents;
            }
            if (answers.contains(QStringLiteral("contact_name"))) {
                task.contactName = plan.contactName;
            }
            takeFromPlan(task, plan);
            for (auto it = answers.begin(); it != answers.end(); ++it) {
                if (!it.value().trimmed().isEmpty()) {
                    task.clarificationAnswers.insert(it.key().trimmed(), it.value().trimmed());
                }
            }
            task.plan = plan;
            if (task.status == TaskStatus::WaitingForUser && plan.isComplete()) {
                task.status = TaskStateMachine::transition(task.status, TaskStatus::ReadyToCall).value();
            }
            return {};
        },
        tr("Could not save the answers"));
}

Result<CallTask> TaskRepository::edit(qint64 id, const TaskEdits& edits)
{
    if ((edits.maxPriceCents && *edits.maxPriceCents < -1)
        || (edits.approvalLimitCents && *edits.approvalLimitCents < -1)) {
        return invalid(tr("Amounts cannot be negative."));
    }
    return changed(
        id,
        [&](CallTask& task) -> Status {
            if (task.status == TaskStatus::InProgress || TaskStateMachine::isFinal(task.status)) {
                return Error{ErrorCode::Conflict, tr("A task that is \"%1\" can no longer be edited.")
                                                      .arg(TaskStatusNames::label(task.status))};
            }
            if (edits.tone) {
                task.tone = *edits.tone;
            }
            if (edits.priority) {
                task.priority = *edits.priority;
            }
            if (edits.approvalLimitCents) {
                task.approvalLimitCents = *edits.approvalLimitCents;
            }
            if (edits.maxPriceCents) {
                task.maxPriceCents = *edits.maxPriceCents;
                if (task.plan) {
                    task.plan->maxPriceCents = *edits.maxPriceCents;
                }
            }
            if (edits.softPreferences) {
                if (!task.plan) {
                    task.plan = TaskPlan{};
                }
                task.plan->softPreferences = *edits.softPreferences;
            }
            return {};
        },
        tr("Could not save the changes"));
}

Result<CallTask> TaskRepository::cancel(qint64 id)
{
    return transition(id, TaskStatus::Cancelled);
}

Result<CallTask> TaskRepository::markResolved(qint64 id)
{
    return changed(
        id,
        [&](CallTask& task) -> Status {
            if (task.status != TaskStatus::Completed && task.status != TaskStatus::Failed
                && task.status != TaskStatus::Cancelled) {
                return Error{ErrorCode::Conflict, tr("Only a finished task can be marked resolved; this one is \"%1\".")
                                                      .arg(TaskStatusNames::label(task.status))};
            }
            if (!task.resolvedAtUtc.isValid()) {
                task.resolvedAtUtc = m_nowUtc;
            }
            return {};
        },
        tr("Could not mark the task resolved"));
}

Result<CallTask> TaskRepository::createFollowUp(qint64 parentId, const QString& instruction)
{
    Result<CallTask> parent = get(parentId);
    if (!parent) {
        return parent;
    }
    const CallTask& from = parent.value();
    CallTask task;
    const QString basis = from.rawInstruction.isEmpty() ? from.objective : from.rawInstruction;
    task.rawInstruction = instruction.trimmed().isEmpty()
                              ? tr("Follow up: %1").arg(basis).left(kMaxInstructionLength)
                              : instruction.trimmed();
    if (task.rawInstruction.size() > kMaxInstructionLength) {
        return invalid(tr("The instruction is too long (%1 characters; at most %2).")
                           .arg(task.rawInstruction.size())
                           .arg(kMaxInstructionLength));
    }
    task.title = titleFrom(task.rawInstruction);
    task.priority = from.priority;
    task.tone = from.tone;
    task.maxPriceCents = from.maxPriceCents;
    task.approvalLimitCents = from.approvalLimitCents;
    task.contactId = from.contactId;
    task.contactName = from.contactName;
    task.company = from.company;
    task.phoneE164 = from.phoneE164;
    task.purpose = from.purpose;
    task.objective = from.objective;
    task.callType = from.callType;
    task.timeZone = from.timeZone;
    task.parentTaskId = from.id;

    SqlTransaction transaction(m_db);
    Result<qint64> id = insert(task);
    if (!id) {
        return id.error();
    }
    if (!transaction.commit()) {
        return sql::databaseError(tr("Could not save the task"), m_db.lastError());
    }
    return get(id.value());
}

} // namespace calldeck
