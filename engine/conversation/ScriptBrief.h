#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace calldeck {

/// A field of a milestone with its type, so an agent records a value the script accepts.
struct ScriptBriefField
{
    QString key;                   ///< "client_count"
    QString type = QStringLiteral("text");   ///< text | number | bool | choice
    QStringList options;           ///< choice only
};

/// One milestone as an agent follows it.
struct ScriptBriefMilestone
{
    int number = 0;
    QString title;                 ///< "Current State Mapping"
    QString objective;
    QStringList questions;         ///< ask these (in one turn each, or combined)
    QStringList fieldKeys;         ///< record each with record_field {key, value, milestone}
    QList<ScriptBriefField> fields;   ///< the same keys with their types, in the same order
    QStringList confirmations;     ///< get these confirmed before complete_milestone
    bool decision = false;         ///< the decision point: record "decision" as Proceed | Pause | Decline
    QStringList decisionOptions;
};

/// The sales script an agent must follow on this call. Empty = no script. PromptBuilder
/// turns it into instructions and ToolCatalog adds the script tools; the offline agent walks it.
struct ScriptBrief
{
    QString name;                          ///< "default"
    bool strict = true;                    ///< strict: milestones strictly in order, none skipped
    int startAt = 1;                       ///< first milestone of this call (follow-ups resume later)
    QList<ScriptBriefMilestone> milestones;   ///< from startAt on, in order
    QStringList objectionTypes;            ///< Price, Timing, … for log_objection
    QString previousContext;               ///< follow-up: previous summary, open objections, flags

    [[nodiscard]] bool isEmpty() const { return milestones.isEmpty(); }
};

} // namespace calldeck
