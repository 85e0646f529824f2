#pragma once

#include "store/MigrationStep.h"

namespace calldeck {

/// Schema version 2: call records for AI agents: call key, agent kind, pre-call estimate,
/// cost lines and per-turn latency on the session, and stable segment keys on transcripts.
class SchemaV2
{
public:
    /// The up and down statements of version 2.
    static MigrationStep step();
};

} // namespace calldeck
