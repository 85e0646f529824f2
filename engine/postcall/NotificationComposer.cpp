#include "postcall/NotificationComposer.h"

#include "postcall/ExtractionKeys.h"
#include "postcall/OfflineExtractor.h"

namespace calldeck {

namespace {

QString firstParagraph(const QString& summary)
{
    return summary.section(QStringLiteral("\n\n"), 0, 0).trimmed();
}

QString bodyOf(const QStringList& parts)
{
    QStringList kept;
    for (const QString& part : parts) {
        if (!part.trimmed().isEmpty()) {
            kept.append(part.trimmed());
        }
    }
    return kept.join(QStringLiteral("\n\n"));
}

} // namespace

NewNotification NotificationComposer::afterCall(const PostCallInput& input, const PostCallResult& result)
{
    const QString callee = OfflineExtractor::calleeName(input);
    switch (result.outcome) {
    case CallOutcome::Error:
    case CallOutcome::NoAnswer:
        return failed(input.taskId, input.sessionId, callee, result.summary.section(QStringLiteral("\n\n"), 1).trimmed());
    case CallOutcome::GoalAchieved:
    case CallOutcome::Voicemail:
    case CallOutcome::Declined:
        break;
    }
    if (result.followUpNeeded) {
        return needsFollowUp(input.taskId, input.sessionId, callee, result.followUpInstruction, result.summary);
    }
    return completed(input.taskId, input.sessionId, callee, result.fields, result.summary, input.timeZone);
}

NewNotification NotificationComposer::completed(qint64 taskId, qint64 sessionId, const QString& callee,
                                                const QList<ExtractedField>& fields, const QString& summary,
                                                const QTimeZone& zone)
{
    NewNotification notification;
    notification.type = NotificationType::Completed;
    notification.taskId = taskId;
    notification.sessionId = sessionId;
    // The title carries the one fact people look for first: the appointment, else the price.
    QString headline;
    for (const ExtractedField& field : fields) {
        if (field.key == ExtractionKeys::AppointmentTime) {
            headline = tr("appointment %1").arg(ExtractionKeys::displayValue(field, zone));
            break;
        }
    }
    notification.title = headline.isEmpty() ? tr("Call completed: %1").arg(callee)
                                            : tr("Call completed: %1 \u2014 %2").arg(callee, headline);
    notification.body = bodyOf({ExtractionKeys::highlights(fields, zone).join(QLatin1Char('\n')), firstParagraph(summary)});
    return notification;
}

NewNotification NotificationComposer::needsFollowUp(qint64 taskId, qint64 sessionId, const QString& callee,
                                                    const QString& instruction, const QString& summary)
{
    NewNotification notification;
    notification.type = NotificationType::NeedsFollowUp;
    notification.taskId = taskId;
    notification.sessionId = sessionId;
    notification.title = tr("Follow-up needed: %1").arg(callee);
    notification.body = bodyOf({instruction, summary.section(QStringLiteral("\n\n"), 1, 1)});
    return notification;
}

NewNotification NotificationComposer::failed(qint64 taskId, qint64 sessionId, const QString& callee, const QString& reason)
{
    NewNotification notification;
    notification.type = NotificationType::Failed;
    notification.taskId = taskId;
    notification.sessionId = sessionId;
    notification.title = tr("Call failed: %1").arg(callee);
    notification.body = reason.trimmed();
    return notification;
}

NewNotification NotificationComposer::needsClarification(qint64 taskId, const QString& taskTitle,
                                                         const QStringList& questions)
{
    NewNotification notification;
    notification.type = NotificationType::NeedsClarification;
    notification.taskId = taskId;
    notification.title = tr("The assistant needs more information: %1").arg(taskTitle);
    QStringList lines;
    for (const QString& question : questions) {
        lines.append(QStringLiteral("\u2022 ") + question.trimmed());
    }
    notification.body = lines.join(QLatin1Char('\n'));
    return notification;
}

NewNotification NotificationComposer::approvalNeeded(qint64 taskId, qint64 sessionId, const QString& callee,
                                                     qint64 amountCents, const QString& description)
{
    NewNotification notification;
    notification.type = NotificationType::ApprovalNeeded;
    notification.taskId = taskId;
    notification.sessionId = sessionId;
    notification.title = tr("Approval needed: %1 at %2").arg(ExtractionKeys::formatCents(amountCents), callee);
    notification.body = description.trimmed();
    return notification;
}

} // namespace calldeck
