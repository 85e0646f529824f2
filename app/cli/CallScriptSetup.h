#pragma once

#include "core/Result.h"
#include "script/ScriptRun.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QHash>
#include <QList>
#include <QSet>

#include <functional>
#include <optional>

namespace calldeck {
class Engine;
}

namespace calldeck::cli {

/// The sales-script part of `calldeck-cli call`: --script, --mode, --client-count,
/// --checklist, --override-reason and --resume. Finds or creates the prospect by number, creates
/// the run (a follow-up when the prospect has a thread), ticks the checklist, passes the gate and
/// prints the run's progress while the call goes on.
class CallScriptSetup
{
public:
    /// Prints one progress line: kind ("script"), detail.
    using Printer = std::function<void(const QString& kind, const QString& detail)>;

    CallScriptSetup();

    void addOptions(QCommandLineParser& parser) const;
    /// True when --script was given.
    [[nodiscard]] bool requested(const QCommandLineParser& parser) const;
    /// Reads and checks the options; the message names the bad one.
    Status read(const QCommandLineParser& parser);

    /// Creates and starts the run for the prospect at `e164` (named `contactName`). InvalidArgument
    /// when the gate blocks the call (the message is the gate's reason); other codes otherwise.
    Result<qint64> prepare(Engine& engine, QEventLoop& loop, const QString& e164, const QString& contactName,
                           const Printer& print);
    /// Prints the run's progress lines as it changes, until `context` goes.
    void follow(Engine& engine, QObject* context, Printer print);
    /// The run as stored once the call ended, as one closing line.
    void printFinal(Engine& engine, QEventLoop& loop, const Printer& print);

private:
    void onRunChanged(const ScriptRunView& run, const Printer& print);

    QCommandLineOption m_script;
    QCommandLineOption m_mode;
    QCommandLineOption m_clientCount;
    QCommandLineOption m_checklist;
    QCommandLineOption m_overrideReason;
    QCommandLineOption m_resume;

    QString m_scriptName;
    ScriptMode m_scriptMode = ScriptMode::Strict;
    std::optional<int> m_clients;
    bool m_allChecklist = false;
    QSet<int> m_checked;
    QString m_reason;
    QString m_resumeText;          ///< "" | "decision" | a milestone number
    qint64 m_runId = 0;
    QHash<int, MilestoneState> m_states;   ///< what was printed per milestone
    QString m_decision;
    QHash<qint64, QString> m_objections;   ///< objection id → last printed outcome
};

} // namespace calldeck::cli
