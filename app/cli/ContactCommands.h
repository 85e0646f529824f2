#pragma once

#include "CliContext.h"

#include <QStringList>

namespace calldeck::cli {

/// `calldeck-cli contacts list|add|import|export|remove ...`
class ContactCommands
{
public:
    explicit ContactCommands(CliContext& context);

    /// `arguments` start with the subcommand ("list", ...).
    ExitCode run(const QStringList& arguments);
    /// The subcommand overview printed by `contacts --help`.
    static QString overview();

private:
    ExitCode list(const QStringList& arguments);
    ExitCode add(const QStringList& arguments);
    ExitCode importCsv(const QStringList& arguments);
    ExitCode exportCsv(const QStringList& arguments);
    ExitCode remove(const QStringList& arguments);

    CliContext& m_context;
    Console& m_console;
};

} // namespace calldeck::cli
