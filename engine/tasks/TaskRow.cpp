#include "tasks/TaskRow.h"

#include "store/SqlSupport.h"
#include "tasks/TaskNextAction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace calldeck {

namespace {

const QString& columnList()
{
    static const QString columns = QStringLiteral(
    "id, title, raw_instruction, plan, status, priority, tone, max_price_cents, contact_id, contact_name, company,"
    " phone_e164, purpose, objective, call_type, scheduled_for, retry_count, next_action, goal_achieved,"
    " failure_reason, estimated_cost_micros, parent_task_id, created_at, updated_at, time_zone,"
    " clarification_answers, approval_limit_cents, resolved_at");
    return columns;
}


QVariant nullIfNegative(qint64 value)
{
    return value < 0 ? QVariant() : QVariant(value);
}

QVariant nullIfZero(qint64 value)
{
    return value == 0 ? QVariant() : QVariant(value);
}


QString answersJson(const QMap<QString, QString>& answers)
{
    if (answers.isEmpty()) {
        return {};
    }
    QJsonObject object;
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        object.insert(it.key(), it.value());
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> answersFrom(const QVariant& column)
{
    QMap<QString, QString> answers;
    const QJsonObject object = QJsonDocument::fromJson(column.toString().toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        answers.insert(it.key(), it.value().toString());
    }
    return answers;
}

qint64 valueOrMinusOne(const QVariant& column)
{
    return column.isNull() ? -1 : column.toLongLong();
}

} // namespace

CallTask TaskRow::read(const QSqlQuery& q)
{
    CallTask task;
    task.id = q.value(0).toLongLong();
    task.title = q.value(1).toString();
    task.rawInstruction = q.value(2).toString();
    if (!q.value(3).isNull()) {
        // A plan this repository wrote always reads back; a damaged one is dropped rather than
        // making the whole task unreadable, and the task can be planned again.
        Result<TaskPlan> plan = TaskPlan::fromJson(QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object());
        if (plan) {
            task.plan = plan.value();
        }
    }
    task.status = TaskStatusNames::fromName(q.value(4).toString()).value_or(TaskStatus::Pending);
    task.priority = TaskEnums::priorityFromName(q.value(5).toString()).value_or(TaskPriority::Normal);
    task.tone = TaskEnums::toneFromName(q.value(6).toString());
    task.maxPriceCents = valueOrMinusOne(q.value(7));
    task.contactId = q.value(8).toLongLong();
    task.contactName = q.value(9).toString();
    task.company = q.value(10).toString();
    task.phoneE164 = q.value(11).toString();
    task.purpose = TaskEnums::purposeFromName(q.value(12).toString());
    task.objective = q.value(13).toString();
    task.callType = TaskEnums::callTypeFromName(q.value(14).toString()).value_or(TaskCallType::Manual);
    task.scheduledForUtc = sql::fromText(q.value(15));
    task.retryCount = q.value(16).toInt();
    task.nextAction = q.value(17).toString();
    if (!q.value(18).isNull()) {
        task.goalAchieved = q.value(18).toInt() != 0;
    }
    task.failureReason = q.value(19).toString();
    task.estimatedCostMicros = valueOrMinusOne(q.value(20));
    task.parentTaskId = q.value(21).toLongLong();
    task.createdAtUtc = sql::fromText(q.value(22));
    task.updatedAtUtc = sql::fromText(q.value(23));
    task.timeZone = q.value(24).toString();
    task.clarificationAnswers = answersFrom(q.value(25));
    task.approvalLimitCents = valueOrMinusOne(q.value(26));
    task.resolvedAtUtc = sql::fromText(q.value(27));
    return task;
}

void TaskRow::bind(QSqlQuery& query, const CallTask& task, const QString& now)
{
    query.bindValue(QStringLiteral(":title"), sql::nullIfEmpty(task.title));
    // raw_instruction is NOT NULL and a null QString binds as NULL; a manual-form task stores it empty.
    query.bindValue(QStringLiteral(":raw"), task.rawInstruction.isNull() ? QStringLiteral("") : task.rawInstruction);
    query.bindValue(QStringLiteral(":plan"),
                    task.plan ? QVariant(QString::fromUtf8(QJsonDocument(task.plan->toJson()).toJson(
                                    QJsonDocument::Compact)))
                              : QVariant());
    query.bindValue(QStringLiteral(":status"), TaskStatusNames::name(task.status));
    query.bindValue(QStringLiteral(":priority"), TaskEnums::name(task.priority));
    query.bindValue(QStringLiteral(":tone"), task.tone ? QVariant(TaskEnums::name(*task.tone)) : QVariant());
    query.bindValue(QStringLiteral(":max_price"), nullIfNegative(task.maxPriceCents));
    query.bindValue(QStringLiteral(":contact"), nullIfZero(task.contactId));
    query.bindValue(QStringLiteral(":contact_name"), sql::nullIfEmpty(task.contactName));
    query.bindValue(QStringLiteral(":company"), sql::nullIfEmpty(task.company));
    query.bindValue(QStringLiteral(":phone"), sql::nullIfEmpty(task.phoneE164));
    query.bindValue(QStringLiteral(":purpose"), task.purpose ? QVariant(TaskEnums::name(*task.purpose)) : QVariant());
    query.bindValue(QStringLiteral(":objective"), sql::nullIfEmpty(task.objective));
    query.bindValue(QStringLiteral(":call_type"), TaskEnums::name(task.callType));
    query.bindValue(QStringLiteral(":scheduled"),
                    task.scheduledForUtc.isValid() ? QVariant(sql::toText(task.scheduledForUtc)) : QVariant());
    query.bindValue(QStringLiteral(":retries"), task.retryCount);
    query.bindValue(QStringLiteral(":next_action"), TaskNextAction::keyFor(task.status, task.isResolved()));
    query.bindValue(QStringLiteral(":goal"), task.goalAchieved ? QVariant(*task.goalAchieved ? 1 : 0) : QVariant());
    query.bindValue(QStringLiteral(":failure"), sql::nullIfEmpty(task.failureReason));
    query.bindValue(QStringLiteral(":estimate"), nullIfNegative(task.estimatedCostMicros));
    query.bindValue(QStringLiteral(":parent"), nullIfZero(task.parentTaskId));
    query.bindValue(QStringLiteral(":updated"), now);
    query.bindValue(QStringLiteral(":time_zone"), sql::nullIfEmpty(task.timeZone));
    query.bindValue(QStringLiteral(":answers"), sql::nullIfEmpty(answersJson(task.clarificationAnswers)));
    query.bindValue(QStringLiteral(":approval"), nullIfNegative(task.approvalLimitCents));
    query.bindValue(QStringLiteral(":resolved"),
                    task.resolvedAtUtc.isValid() ? QVariant(sql::toText(task.resolvedAtUtc)) : QVariant());
}

const QString& TaskRow::columns()
{
    return columnList();
}

} // namespace calldeck
