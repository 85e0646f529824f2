#pragma once

#include "script/Script.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace calldeck {

/// Lifecycle of a script run (seed 003 TASK-004): scheduled → in_progress → completed, and
/// scheduled or in_progress → cancelled. Nothing else.
enum class ScriptRunStatus
{
    Scheduled,
    InProgress,
    Completed,
    Cancelled,
};

/// Strict enforces order and required items; flexible allows skips, going back and gate
/// overrides, each with a logged reason (PRODUCT S3).
enum class ScriptMode
{
    Strict,
    Flexible,
};

/// Where one milestone of a run stands.
enum class MilestoneState
{
    NotStarted,
    InProgress,
    Completed,
    Skipped,
};

/// The single response of one milestone in one run (PRODUCT S4; UNIQUE (run, milestone)).
struct MilestoneResponse
{
    int number = 0;
    MilestoneState state = MilestoneState::NotStarted;
    QDateTime startedAt;               ///< UTC; invalid until started
    QDateTime completedAt;             ///< UTC; set when completed or skipped
    QSet<int> questionsChecked;        ///< indexes into ScriptMilestone::requiredQuestions
    QSet<int> confirmationsChecked;    ///< indexes into ScriptMilestone::confirmations
    QMap<QString, QString> fields;     ///< required field key → value as captured
    QString notes;                     ///< ≤ ScriptRunService::kMaxNotesLength characters
    QDateTime notesSavedAt;            ///< UTC of the last autosave
    QString skipReason;                ///< flexible mode: why it was skipped

    friend bool operator==(const MilestoneResponse&, const MilestoneResponse&) = default;
};

/// One objection raised during a run (PRODUCT S5). Open until it has an outcome; open objections
/// stay on the prospect and show up in the next follow-up's context.
struct ObjectionRecord
{
    qint64 id = 0;
    qint64 runId = 0;
    qint64 prospectId = 0;
    QString type;                      ///< ObjectionType::type
    int milestone = 0;                 ///< where it came up (0 = before the first)
    QString note;                      ///< what the prospect said
    QStringList answers;               ///< one per diagnostic question, as far as walked
    QString outcome;                   ///< "" (open) | Resolved | Deferred | Disqualified
    QString actor;                     ///< who recorded it
    QDateTime openedAt;
    QDateTime closedAt;

    [[nodiscard]] bool isOpen() const { return outcome.isEmpty() || outcome == QLatin1String("Deferred"); }
    friend bool operator==(const ObjectionRecord&, const ObjectionRecord&) = default;
};

/// An audited decision: a skip, a step back, a jump, an override, a gate override, a resume point.
struct ScriptEvent
{
    qint64 id = 0;
    QString kind;        ///< gate_override | checklist_override | skip | back | jump | override | resume | start | complete | cancel
    int milestone = 0;   ///< the milestone concerned (0 = the run)
    QString reason;      ///< required for gate_override, checklist_override, skip, back, jump, override
    QString actor;       ///< "agent:Alex Morgan", "ai:offline", "supervisor:Alex Morgan"
    QDateTime at;        ///< UTC

    friend bool operator==(const ScriptEvent&, const ScriptEvent&) = default;
};

/// A script run: one call of one prospect through a script (PRODUCT S3, S4, S6), as stored.
struct ScriptRunView
{
    qint64 id = 0;
    Script script;                     ///< the script version the run started with
    qint64 prospectId = 0;             ///< contacts.id
    QString prospectName;
    qint64 threadId = 0;               ///< call thread of the prospect (S6)
    int threadSeq = 1;                 ///< 1 = primary call, 2.. = follow-ups
    qint64 previousRunId = 0;          ///< the call this one follows up (0 = none)
    QString callKey;                   ///< engine call key once the call is placed
    qint64 sessionId = 0;              ///< call_sessions.id once recorded (0 = not yet)
    ScriptMode mode = ScriptMode::Strict;
    QString language = QStringLiteral("en-US");
    ScriptRunStatus status = ScriptRunStatus::Scheduled;
    int currentMilestone = 0;          ///< 0 before start
    int resumeFrom = 1;                ///< the milestone the run starts at (follow-ups may resume later)
    QSet<int> checklistChecked;        ///< pre-call checklist item ids
    QString gateOverrideReason;        ///< flexible mode only; "" = none
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime endedAt;
    QList<MilestoneResponse> responses;   ///< one per milestone of `script`, in order
    QList<ObjectionRecord> objections;    ///< raised in this run
    QList<ScriptEvent> events;            ///< oldest first

    /// The response of milestone `number`, or nullptr.
    [[nodiscard]] const MilestoneResponse* response(int number) const
    {
        for (const MilestoneResponse& r : responses) {
            if (r.number == number) {
                return &r;
            }
        }
        return nullptr;
    }
    /// Milestones completed or skipped.
    [[nodiscard]] int doneCount() const
    {
        int n = 0;
        for (const MilestoneResponse& r : responses) {
            n += (r.state == MilestoneState::Completed || r.state == MilestoneState::Skipped) ? 1 : 0;
        }
        return n;
    }
    /// The highest milestone number that was completed (0 = none).
    [[nodiscard]] int lastCompleted() const
    {
        int last = 0;
        for (const MilestoneResponse& r : responses) {
            if (r.state == MilestoneState::Completed && r.number > last) {
                last = r.number;
            }
        }
        return last;
    }

    friend bool operator==(const ScriptRunView&, const ScriptRunView&) = default;
};

/// Stored names of the run enums ("in_progress", "flexible", "skipped") and back.
class ScriptRunEnums
{
public:
    static QString name(ScriptRunStatus status);
    static QString name(ScriptMode mode);
    static QString name(MilestoneState state);
    static std::optional<ScriptRunStatus> statusFromName(const QString& name);
    static std::optional<ScriptMode> modeFromName(const QString& name);
    static std::optional<MilestoneState> stateFromName(const QString& name);
};

} // namespace calldeck

Q_DECLARE_METATYPE(calldeck::ScriptRunView)
