#pragma once

#include "ExitCode.h"

#include <QStringList>

namespace calldeck::cli {

/// The `calldeck-cli` command line: global options, then a command (contacts, status).
class CliApp
{
public:
    /// `arguments` as QCoreApplication::arguments() (program first). Returns the process exit code.
    ExitCode run(const QStringList& arguments);

    /// Full --help text: options, commands and the exit codes scripts can rely on.
    static QString helpText(const QString& optionsHelp);
};

} // namespace calldeck::cli
