#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace calldeck {

/// A value a milestone must capture (seed 003 TASK-006 "Key Fields", e.g. client_count).
struct ScriptField
{
    QString key;          ///< snake_case, unique within the script ("client_count")
    QString label;        ///< shown in the control panel ("Client count")
    QString type = QStringLiteral("text");   ///< text | number | bool | choice
    QStringList options;  ///< choice only ("Proceed", "Pause", "Decline")
    bool sensitive = false; ///< client-sensitive: hidden in privacy mode (revenue, client names)

    friend bool operator==(const ScriptField&, const ScriptField&) = default;
};

/// One slide of a milestone, shown in the presentation window (S7 slide navigator).
struct ScriptSlide
{
    QString title;
    QStringList bullets;

    friend bool operator==(const ScriptSlide&, const ScriptSlide&) = default;
};

/// One milestone of a sales script (PRODUCT S1, seed 003 TASK-006).
struct ScriptMilestone
{
    int number = 0;                 ///< 1-based, unique ("M3" is 3)
    QString title;                  ///< "Outcome Vision" (shown as "M3 Outcome Vision")
    QString objective;
    QStringList requiredQuestions;  ///< each one is a checklist item of the milestone
    QList<ScriptField> requiredFields;
    QStringList confirmations;      ///< confirmation checkboxes ("Confirmed expectation")
    int estimatedMinutes = 0;       ///< > 0; the control panel's timer runs against it
    int order = 0;                  ///< position in the call; milestones run in ascending order
    QList<ScriptSlide> slides;
    /// The decision milestone (M7): its "decision" field must be one of Proceed / Pause / Decline.
    bool decision = false;

    friend bool operator==(const ScriptMilestone&, const ScriptMilestone&) = default;
};

/// An objection type with its diagnostic flow (PRODUCT S5).
struct ObjectionType
{
    QString type;                   ///< Price | Timing | Capacity_Time | Need_to_Think | Partner_Team | Skepticism
    QString label;                  ///< "Need to think"
    QStringList diagnosticQuestions;
    QStringList allowedOutcomes;    ///< subset of Resolved, Deferred, Disqualified

    friend bool operator==(const ObjectionType&, const ObjectionType&) = default;
};

/// One pre-call checklist item (PRODUCT S2, seed 003 TASK-005).
struct ChecklistItem
{
    int id = 0;                     ///< 1..8 in the shipped script
    QString text;                   ///< "Client count confirmed (>=500)"
    bool required = true;
    bool gate = false;              ///< the qualification gate (client count ≥ threshold)

    friend bool operator==(const ChecklistItem&, const ChecklistItem&) = default;
};

/// A milestone-based sales script of one organization (PRODUCT S1–S5). Value type; stored as JSON
/// by ScriptRepository, read and written by ScriptJson.
struct Script
{
    qint64 id = 0;                  ///< 0 until stored
    QString organization;           ///< "" = the local user's own organization
    QString name;                   ///< "default" for the shipped script; unique per organization
    int version = 1;                ///< bumped on every import over an existing name
    QString language = QStringLiteral("en-US");
    QList<ScriptMilestone> milestones;   ///< sorted by order
    QList<ObjectionType> objections;
    QList<ChecklistItem> checklist;

    /// The milestone with that number, or nullptr.
    [[nodiscard]] const ScriptMilestone* milestone(int number) const
    {
        for (const ScriptMilestone& m : milestones) {
            if (m.number == number) {
                return &m;
            }
        }
        return nullptr;
    }
    /// The objection type with that name, or nullptr.
    [[nodiscard]] const ObjectionType* objection(const QString& type) const
    {
        for (const ObjectionType& o : objections) {
            if (o.type == type) {
                return &o;
            }
        }
        return nullptr;
    }

    friend bool operator==(const Script&, const Script&) = default;
};

} // namespace calldeck

Q_DECLARE_METATYPE(calldeck::Script)
