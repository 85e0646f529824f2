#pragma once

#include "conversation/AgentTypes.h"
#include "conversation/ScriptBrief.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace calldeck {

/// How the offline agent walks a sales script: one question turn per milestone from
/// the brief's start, the answer recorded into the milestone's fields by type, the confirmations
/// said, complete_milestone called; an objection in an answer is logged, diagnosed with its first
/// question and resolved. Refusals (strict mode) make it ask once more, then stop, so the walk
/// always ends. Pure logic: the agent speaks the prompts and runs the tool steps.
class OfflineScriptWalk
{
    Q_DECLARE_TR_FUNCTIONS(calldeck::OfflineScriptWalk)
public:
    /// One tool call the walk needs, in order.
    struct ToolStep
    {
        QString name;
        QJsonObject arguments;
    };

    explicit OfflineScriptWalk(ScriptBrief script);

    /// What to say now (acknowledgement + the next question); empty once the walk is finished.
    [[nodiscard]] QString prompt() const;
    [[nodiscard]] bool finished() const { return m_stage == Stage::Done; }
    /// The callee answered the prompt: the tool calls to make, in order. Then toolResult() for
    /// each and advance() once all are back.
    QList<ToolStep> answer(const QString& text);
    /// The result of one step of the last answer().
    void toolResult(const ToolStep& step, const ToolResult& result);
    /// All results of the last answer are in: decides what is asked next.
    void advance();

    /// The highest milestone completed on this call (0 = none), its title and the decision.
    [[nodiscard]] int lastCompleted() const { return m_lastCompleted; }
    [[nodiscard]] QString decision() const { return m_decision; }
    /// For end_call: "Sales script default: reached M7 Decision Point (7 milestones completed on this
    /// call); decision: Proceed. Objections: Price (Resolved)."
    [[nodiscard]] QString summary() const;

    /// The first whole number in `text` ("about 620 clients" → 620), ignoring thousands separators.
    static std::optional<int> firstInteger(const QString& text);
    /// True unless `text` clearly says no.
    static bool affirmative(const QString& text);
    /// The option of a choice field `text` names; for a decision, Proceed / Pause / Decline from
    /// what the prospect means ("let's go ahead" → Proceed). Empty when none is clear.
    static QString choiceFrom(const QString& text, const QStringList& options, bool decision);
    /// The objection type `text` raises, among `types`; empty when it raises none.
    static QString objectionCue(const QString& text, const QStringList& types);
    /// The part of a multi-part answer that answers text field `key`: the clause sharing most
    /// words with the key (twice) and with `question`, the one asked for it; the whole answer when
    /// no clause shares any. "Revenue swings a lot, and the biggest problem is …" gives
    /// revenue_volatility the first clause and main_pain ("… the one problem …?") the second.
    static QString clauseFor(const QString& text, const QString& key, const QString& question);
    /// "What brought you here? And have you confirmed …?": one natural question from several.
    static QString combinedQuestion(const QStringList& questions);

private:
    enum class Stage
    {
        Ask,         ///< the milestone's question is (to be) asked
        Diagnose,    ///< an objection's diagnostic question is (to be) asked
        Done,
    };
    struct Objection
    {
        qint64 id = 0;
        QString type;
        QString outcome;
    };

    [[nodiscard]] const ScriptBriefMilestone* current() const;
    QList<ToolStep> fieldSteps(const ScriptBriefMilestone& m, const QString& text) const;

    ScriptBrief m_script;
    qsizetype m_index = 0;
    Stage m_stage = Stage::Ask;
    int m_asks = 0;                   ///< times the current milestone was asked
    bool m_objectionRaised = false;   ///< in the current milestone (one per milestone)
    QString m_heldAnswer;             ///< the answer that raised the objection
    QString m_diagnostic;             ///< the diagnostic question to ask
    QString m_ack;                    ///< said before the next question
    bool m_completed = false;         ///< the last answer completed its milestone
    QString m_refusal;                ///< why the last complete_milestone was refused
    int m_lastCompleted = 0;
    int m_completedCount = 0;
    QString m_lastTitle;
    QString m_decision;
    QList<Objection> m_objections;
};

} // namespace calldeck
