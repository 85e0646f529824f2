#include "store/SchemaV5.h"

namespace calldeck {

// Portability rules as in SchemaV1. The list is keyed by the number's E.164 digits as an integer
// (at most 15 digits, so it fits 64 bits): on SQLite `INTEGER PRIMARY KEY` makes it the rowid,
// so tens of millions of numbers need no second index and a lookup is one B-tree descent; on
// PostgreSQL the column is BIGINT PRIMARY KEY. Imports use INSERT … ON CONFLICT DO NOTHING,
// which both databases speak.
MigrationStep SchemaV5::step()
{
    MigrationStep step;
    step.version = 5;
    step.description = QStringLiteral("compliance: Do-Not-Call list, calls per number");
    step.up = {
        QStringLiteral("CREATE TABLE dnc_numbers ("
                       " phone_digits INTEGER PRIMARY KEY,"
                       " source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'import', 'callee')),"
                       " reason TEXT,"
                       " added_by TEXT NOT NULL,"
                       " added_at TEXT NOT NULL)"),
        // The abuse rule counts a number's calls in the last 24 hours at every dial.
        QStringLiteral("CREATE INDEX idx_call_tasks_phone ON call_tasks (phone_e164)"),
    };
    step.down = {
        QStringLiteral("DROP INDEX idx_call_tasks_phone"),
        QStringLiteral("DROP TABLE dnc_numbers"),
    };
    return step;
}

} // namespace calldeck
