#pragma once

#include "CliContext.h"

#include <QStringList>

namespace calldeck::cli {

/// `calldeck-cli dnc add|remove|check|import|list ...`: the internal Do-Not-Call list.
class DncCommands
{
public:
    explicit DncCommands(CliContext& context);

    /// `arguments` start with the subcommand ("add", ...).
    ExitCode run(const QStringList& arguments);
    /// The subcommand overview printed by `dnc --help`.
    static QString overview();

private:
    ExitCode add(const QStringList& arguments);
    ExitCode remove(const QStringList& arguments);
    ExitCode check(const QStringList& arguments);
    ExitCode importFile(const QStringList& arguments);
    ExitCode list(const QStringList& arguments);
    /// Parses `parser` for "dnc NAME NUMBER"; the number in E.164, or the exit code to stop with.
    Result<QString> numberArgument(QCommandLineParser& parser, const QString& name, const QStringList& arguments,
                                   std::optional<ExitCode>& stop);

    CliContext& m_context;
    Console& m_console;
};

} // namespace calldeck::cli
