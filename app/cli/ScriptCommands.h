#pragma once

#include "CliContext.h"
#include "script/Script.h"

#include <QStringList>

namespace calldeck::cli {

/// `calldeck-cli script show|export|import|list ...`: the sales scripts from a terminal.
class ScriptCommands
{
public:
    explicit ScriptCommands(CliContext& context);

    /// `arguments` start with the subcommand ("show", ...).
    ExitCode run(const QStringList& arguments);
    /// The subcommand overview printed by `script --help`.
    static QString overview();

private:
    ExitCode show(const QStringList& arguments);
    ExitCode exportScript(const QStringList& arguments);
    ExitCode importScript(const QStringList& arguments);
    ExitCode list(const QStringList& arguments);

    /// The script as text: milestones with minutes, questions and fields; objections; checklist.
    static QString describe(const Script& script);

    CliContext& m_context;
    Console& m_console;
};

} // namespace calldeck::cli
