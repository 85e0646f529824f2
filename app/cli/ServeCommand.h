#pragma once

#include "CliContext.h"

#include <QStringList>

namespace calldeck::cli {

/// `calldeck-cli serve`: runs the engine headless (media server, sandbox line, configured tunnel),
/// prints where it listens, the public URL and the tunnel state, follows changes and call events,
/// and stops cleanly on SIGINT or SIGTERM.
class ServeCommand
{
public:
    explicit ServeCommand(CliContext& context);

    ExitCode run(const QStringList& arguments);

private:
    CliContext& m_context;
    Console& m_console;
};

} // namespace calldeck::cli
