#pragma once

#include "CliContext.h"

#include <QStringList>

namespace calldeck::cli {

/// `calldeck-cli status`: opens the engine headless and reports data directory, database schema,
/// contact count, default region, keychain state and which settings and secrets the environment
/// provides (names only, never values).
class StatusCommand
{
public:
    explicit StatusCommand(CliContext& context);

    ExitCode run(const QStringList& arguments);

private:
    CliContext& m_context;
    Console& m_console;
};

} // namespace calldeck::cli
