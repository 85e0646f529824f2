#pragma once

#include "CliContext.h"
#include "tasks/CallTask.h"

#include <QEventLoop>
#include <QStringList>

namespace calldeck::cli {

/// `calldeck-cli task add|answer|attest|start|list|import|cancel ...`: the composer, clarifications, attestation
/// and dialling of call tasks from a terminal.
class TaskCommands
{
public:
    explicit TaskCommands(CliContext& context);

    /// `arguments` start with the subcommand ("add", ...).
    ExitCode run(const QStringList& arguments);
    /// The subcommand overview printed by `task --help`.
    static QString overview();

private:
    ExitCode add(const QStringList& arguments);
    ExitCode answer(const QStringList& arguments);
    ExitCode attest(const QStringList& arguments);
    ExitCode start(const QStringList& arguments);
    ExitCode list(const QStringList& arguments);
    /// `task import FILE.csv`: one task per number (BatchUpload), all rows or none, then planned.
    ExitCode importCsv(const QStringList& arguments);
    /// `task cancel ID`: cancels a task that is not final.
    ExitCode cancel(const QStringList& arguments);

    void printTask(const CallTask& task, bool json);
    Result<qint64> taskIdFrom(const QString& text) const;

    CliContext& m_context;
    Console& m_console;
    QEventLoop m_loop; ///< waits for the planner and the call; context of every connection
};

} // namespace calldeck::cli
