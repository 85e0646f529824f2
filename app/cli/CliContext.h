#pragma once

#include "Console.h"
#include "core/Result.h"

#include <QCommandLineParser>
#include <QStringList>
#include <memory>
#include <optional>

namespace calldeck {
class Store;
}

namespace calldeck::cli {

/// What every command needs: the console, option parsing with the common options, and the store.
class CliContext
{
public:
    explicit CliContext(Console& console);
    ~CliContext();
    CliContext(const CliContext&) = delete;
    CliContext& operator=(const CliContext&) = delete;

    Console& console() { return m_console; }

    /// Adds --help and --data-dir to `parser` and parses `arguments` (options and positionals after
    /// the command words in `command`, e.g. "contacts list"). Returns an exit code when the command
    /// should stop here (usage error, or --help printed); std::nullopt to go on.
    std::optional<ExitCode> parse(QCommandLineParser& parser, const QString& command, const QStringList& arguments);
    /// Points CALLDECK_DATA_DIR at `dir` for everything that follows.
    static void useDataDir(const QString& dir);

    /// Opens the database on first use (creating and migrating it); Database/Io error when it cannot.
    Result<Store*> openStore();
    /// The region national numbers are read in: `explicitRegion` when given (validated), else the
    /// user profile's default region.
    Result<QString> region(const QString& explicitRegion);

private:
    Console& m_console;
    std::unique_ptr<Store> m_store;
};

} // namespace calldeck::cli
