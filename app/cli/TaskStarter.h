#pragma once

#include "Console.h"
#include "core/Clock.h"
#include "tasks/CallTask.h"

#include <QEventLoop>

namespace calldeck {
class Store;
}

namespace calldeck::cli {

/// `calldeck-cli task start`: checks the attestation gate and the rate limits, places the task's
/// call through the engine, prints its events and applies the outcome with the queue's retry rules.
class TaskStarter
{
public:
    TaskStarter(Console& console, Store& store);

    /// Options of the command line; `agent` and `provider` empty: the settings decide.
    struct Options
    {
        QString agent;
        QString provider;
        QString persona;
        bool waitForPostCall = false;
        bool json = false;
    };

    /// Runs the task's call to its end; the exit code tells how it ended.
    ExitCode run(qint64 taskId, const Options& options);

private:
    void printEvent(const QString& kind, const QString& detail);

    Console& m_console;
    Store& m_store;
    QEventLoop m_loop;
    bool m_json = false;
    WallClock m_clock = systemClock(); ///< "now" for the checks, the call and the retry schedule
};

} // namespace calldeck::cli
