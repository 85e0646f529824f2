#pragma once

#include "conversation/CallBrief.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace calldeck {

/// What the offline agent says, step by step, for one brief: opening, purpose, the questions,
/// a read-back of the answers, closing; plus the lines for holds and approvals. With a sales
/// script in the brief: opening, the script's milestones, closing.
class OfflinePlan
{
public:
    /// One step of the conversation.
    struct Step
    {
        enum class Kind
        {
            Opening,    ///< disclosure; not interruptible when the config says so
            Purpose,    ///< why we call, from the goal
            Question,   ///< waits for the callee's answer and records it under `keys`
            ReadBack,   ///< repeats what was learned and waits for the confirmation
            Script,     ///< the sales script's milestones (OfflineScriptWalk), as many turns as it takes
            Closing,    ///< goodbye, then end_call
        };
        Kind kind = Kind::Purpose;
        QString text;        ///< empty for ReadBack (built from the answers when reached)
        QStringList keys;    ///< record_field keys the answer fills (Question only)
    };

    /// The steps for `brief`, in order.
    [[nodiscard]] static QList<Step> build(const CallBrief& brief);
    /// "Let me confirm: appointment date: Tuesday at 9. … Is that correct?"
    [[nodiscard]] static QString readBack(const QList<QPair<QString, QString>>& answers);
    /// "One moment please, I need to check that price with Alex Morgan."
    [[nodiscard]] static QString holdForApproval(const CallBrief& brief);
    /// What the agent says when the user answered the approval request.
    [[nodiscard]] static QString approvalAnswer(const CallBrief& brief, bool approved, qint64 amountCents);
    /// What the agent says when it gets the floor back after a supervisor or a human.
    [[nodiscard]] static QString resume();
    /// A field key as people say it: "appointment_date" → "appointment date".
    [[nodiscard]] static QString spokenKey(const QString& key);
};

} // namespace calldeck
