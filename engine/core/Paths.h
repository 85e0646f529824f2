#pragma once

#include <QString>

namespace calldeck {

/// Where CallDeck keeps its files. CALLDECK_DATA_DIR overrides the per-user data directory.
class Paths
{
public:
    /// The data directory (created on demand): $CALLDECK_DATA_DIR or ~/.local/share/CallDeck.
    static QString dataDir();
    /// The SQLite database file inside dataDir().
    static QString databaseFile();
    /// The directory holding the rotating log files.
    static QString logDir();
    /// The settings file (typed settings, written atomically).
    static QString settingsFile();
};

} // namespace calldeck
