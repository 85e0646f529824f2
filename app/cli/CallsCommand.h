#pragma once

#include "CliContext.h"

#include <QStringList>

namespace calldeck::cli {

/// `calldeck-cli calls show <session-id|call-key> [--json]`: one stored call with its summary,
/// extracted data, transcript, cost, latency and the task's attestation.
class CallsCommand
{
public:
    explicit CallsCommand(CliContext& context);

    /// `arguments` start with the subcommand ("show").
    ExitCode run(const QStringList& arguments);

private:
    CliContext& m_context;
    Console& m_console;
};

} // namespace calldeck::cli
