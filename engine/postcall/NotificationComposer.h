#pragma once

#include "postcall/Notification.h"
#include "postcall/PostCallTypes.h"

#include <QCoreApplication>
#include <QStringList>

namespace calldeck {

/// Writes the titles and bodies of notifications (PRODUCT T9), e.g. "Call completed: Bright
/// Smile Dental — appointment Tuesday, 24 November 2026, 10:30" with the price and confirmation
/// number as highlights. Pure functions; the texts are translated.
class NotificationComposer
{
    Q_DECLARE_TR_FUNCTIONS(calldeck::NotificationComposer)
public:
    /// The notification for a processed call: Failed for errors and calls nobody answered,
    /// NeedsFollowUp when another call is suggested, Completed otherwise (with highlights).
    static NewNotification afterCall(const PostCallInput& input, const PostCallResult& result);
    /// "Call completed: <who>" with the highlights of `fields` and the summary's first paragraph.
    static NewNotification completed(qint64 taskId, qint64 sessionId, const QString& callee,
                                     const QList<ExtractedField>& fields, const QString& summary, const QTimeZone& zone);
    /// "Follow-up needed: <who>" with the suggested instruction.
    static NewNotification needsFollowUp(qint64 taskId, qint64 sessionId, const QString& callee,
                                         const QString& instruction, const QString& summary);
    /// "Call failed: <who>" with the reason.
    static NewNotification failed(qint64 taskId, qint64 sessionId, const QString& callee, const QString& reason);
    /// "The assistant needs more information: <task>" listing the questions.
    static NewNotification needsClarification(qint64 taskId, const QString& taskTitle, const QStringList& questions);
    /// "Approval needed: $180.00 at <who>" with what the price is for.
    static NewNotification approvalNeeded(qint64 taskId, qint64 sessionId, const QString& callee, qint64 amountCents,
                                          const QString& description);
};

} // namespace calldeck
