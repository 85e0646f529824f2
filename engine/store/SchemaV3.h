#pragma once

#include "store/MigrationStep.h"

namespace calldeck {

/// Schema version 3: call tasks from a sentence: the time zone a task is scheduled in,
/// the user's clarification answers, the approval limit and when the user marked it resolved.
class SchemaV3
{
public:
    /// The up and down statements of version 3.
    static MigrationStep step();
};

} // namespace calldeck
