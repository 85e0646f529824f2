#include "tasks/PlanParser.h"

#include "core/PhoneNumbers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace calldeck {

Result<TaskPlan> PlanParser::parse(const QString& content, const QString& region)
{
    // Models wrap JSON in ```json fences or add a sentence around it; the object is what counts.
    const qsizetype open = content.indexOf(QLatin1Char('{'));
    const qsizetype close = content.lastIndexOf(QLatin1Char('}'));
    if (open < 0 || close <= open) {
        return Error{ErrorCode::InvalidArgument, tr("The AI's answer contains no JSON plan.")};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(content.mid(open, close - open + 1).toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error{ErrorCode::InvalidArgument,
                     tr("The AI's plan is not valid JSON (%1).").arg(parseError.errorString())};
    }
    Result<TaskPlan> read = TaskPlan::fromJson(document.object());
    if (!read) {
        return Error{ErrorCode::InvalidArgument, tr("The AI's plan does not fit: %1").arg(read.error().message)};
    }
    TaskPlan plan = std::move(read).value();
    if (plan.goal.isEmpty()) {
        return Error{ErrorCode::InvalidArgument, tr("The AI's plan has no goal.")};
    }
    if (!plan.phoneE164.isEmpty()) {
        Result<QString> e164 = PhoneNumbers::toPossibleE164(plan.phoneE164, region);
        plan.phoneE164 = e164 ? e164.value() : QString();
    }
    // Only the planner's own fields come from the model; provenance and answers are CallDeck's.
    plan.source = PlanSource::Ai;
    plan.answers.clear();
    plan.notices.clear();
    return plan;
}

} // namespace calldeck
