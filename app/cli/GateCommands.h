#pragma once

#include "CliContext.h"

#include <QStringList>

namespace calldeck::cli {

/// `calldeck-cli gate check --to NUMBER [--at ISO-8601] [--json]`: every rule of the compliance
/// gate for a call to NUMBER, as it would be decided at the moment of dialling.
class GateCommands
{
public:
    explicit GateCommands(CliContext& context);

    /// `arguments` start with the subcommand ("check").
    ExitCode run(const QStringList& arguments);

private:
    ExitCode check(const QStringList& arguments);

    CliContext& m_context;
    Console& m_console;
};

} // namespace calldeck::cli
