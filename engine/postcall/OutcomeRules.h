#pragma once

#include "postcall/PostCallTypes.h"

#include <QList>
#include <QString>

#include <optional>

namespace calldeck {

/// The outcomes that need no reading of the conversation: what the call status says (no-answer,
/// busy, failed, …), a voicemail greeting, or a call where the callee never spoke.
class OutcomeRules
{
public:
    /// The database name of an outcome ("goal_achieved", "no_answer", …).
    static QString name(CallOutcome outcome);
    /// The outcome for a database name; nothing for an unknown one.
    static std::optional<CallOutcome> fromName(const QString& name);
    /// Every database name, in enum order.
    static const QStringList& names();

    /// The outcome a session status alone decides: no-answer and busy → NoAnswer; failed,
    /// cancelled and interrupted → Error. Nothing for completed (and live) calls.
    static std::optional<CallOutcome> fromStatus(const QString& sessionStatus);
    /// True when what the callee said is an answering machine's or voicemail greeting.
    static bool isVoicemail(const QList<TranscriptSegment>& segments);
    /// The callee's lines (speaker "callee"), in order.
    static QStringList calleeLines(const QList<TranscriptSegment>& segments);
    /// The outcome decided without reading the conversation: fromStatus(), then a voicemail
    /// greeting, then NoAnswer when the callee said nothing. Nothing when a conversation took place.
    static std::optional<CallOutcome> withoutConversation(const PostCallInput& input);
};

} // namespace calldeck
