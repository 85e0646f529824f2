#include "TaskOverviewHtml.h"

#include "tasks/MoneyText.h"
#include "tasks/TaskEnums.h"
#include "tasks/TaskNextAction.h"

#include <QLocale>

namespace calldeck {

namespace {

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

QString list(const QString& heading, const QStringList& items)
{
    if (items.isEmpty()) {
        return {};
    }
    QString html = QStringLiteral("<p><b>%1</b></p><ul>").arg(heading.toHtmlEscaped());
    for (const QString& item : items) {
        html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    }
    return html + QStringLiteral("</ul>");
}

} // namespace

QString TaskOverviewHtml::build(const TaskHistoryRow& history)
{
    const CallTask& task = history.task;
    const QLocale locale;
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(task.title.toHtmlEscaped());
    html += row(tr("Calls"), TaskListModel::contactText(task));
    html += row(tr("Status"), TaskStatusNames::label(task.status));
    html += row(tr("Next action"), TaskListModel::nextActionText(task));
    html += row(tr("Priority"), TaskEnums::name(task.priority));
    if (task.tone.has_value()) {
        html += row(tr("Tone"), TaskEnums::name(*task.tone));
    }
    if (task.maxPriceCents >= 0) {
        html += row(tr("Max price"), MoneyText::formatCents(task.maxPriceCents));
    }
    if (task.approvalLimitCents >= 0) {
        html += row(tr("Ask before agreeing to more than"), MoneyText::formatCents(task.approvalLimitCents));
    }
    html += row(tr("Created"), locale.toString(task.createdAtUtc.toLocalTime(), QLocale::ShortFormat));
    if (task.scheduledForUtc.isValid()) {
        html += row(tr("Scheduled for"), locale.toString(task.scheduledForUtc.toLocalTime(), QLocale::ShortFormat));
    }
    html += row(tr("Attempts"), QString::number(history.sessions.size()));
    if (task.goalAchieved.has_value()) {
        html += row(tr("Goal achieved"), *task.goalAchieved ? tr("Yes") : tr("No"));
    }
    if (!task.failureReason.isEmpty()) {
        html += row(tr("Failure reason"), task.failureReason);
    }
    if (task.parentTaskId > 0) {
        html += row(tr("Follows up"), tr("task %1").arg(task.parentTaskId));
    }
    html += QStringLiteral("</table>");
    const QString instruction = task.rawInstruction.isEmpty() ? task.objective : task.rawInstruction;
    if (!instruction.isEmpty()) {
        html += QStringLiteral("<p><i>\u201c%1\u201d</i></p>").arg(instruction.toHtmlEscaped());
    }
    if (!task.plan.has_value()) {
        return html + QStringLiteral("<p>%1</p>").arg(tr("Not planned yet.").toHtmlEscaped());
    }
    const TaskPlan& plan = *task.plan;
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Plan").toHtmlEscaped());
    if (!plan.goal.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Goal:").toHtmlEscaped(), plan.goal.toHtmlEscaped());
    }
    html += list(tr("Steps"), plan.steps);
    html += list(tr("Questions to ask"), plan.questionsToAsk);
    html += list(tr("Information to obtain"), plan.infoToObtain);
    html += list(tr("Success conditions"), plan.successConditions);
    QStringList constraints = plan.hardConstraints.other;
    if (plan.hardConstraints.earliestDate.isValid()) {
        constraints.prepend(tr("not before %1").arg(locale.toString(plan.hardConstraints.earliestDate, QLocale::ShortFormat)));
    }
    if (plan.hardConstraints.latestDate.isValid()) {
        constraints.prepend(tr("not after %1").arg(locale.toString(plan.hardConstraints.latestDate, QLocale::ShortFormat)));
    }
    if (plan.hardConstraints.windowStart.isValid() && plan.hardConstraints.windowEnd.isValid()) {
        constraints.append(tr("between %1 and %2")
                               .arg(locale.toString(plan.hardConstraints.windowStart, QLocale::ShortFormat),
                                    locale.toString(plan.hardConstraints.windowEnd, QLocale::ShortFormat)));
    }
    html += list(tr("Hard constraints"), constraints);
    html += list(tr("Preferences"), plan.softPreferences);
    QStringList missing;
    for (const MissingInfo& info : plan.missingInfo) {
        missing.append(info.question);
    }
    html += list(tr("Still missing"), missing);
    html += list(tr("Notes"), plan.notices);
    return html;
}

} // namespace calldeck
