#pragma once

#include "store/MigrationStep.h"

namespace calldeck {

/// Schema version 4: sales scripts: scripts per organization (JSON definitions),
/// call threads per prospect, script runs, milestone responses (UNIQUE per run and milestone),
/// objections and the audit log of skips and overrides.
class SchemaV4
{
public:
    /// The up and down statements of version 4.
    static MigrationStep step();
};

} // namespace calldeck
