#pragma once

#include "store/MigrationStep.h"

namespace calldeck {

/// Schema version 1: everything "Calls and tasks" (PRODUCT T1–T13) needs, so later features add
/// behaviour rather than tables. Also creates the local user (id 1) and its assistant settings.
class SchemaV1
{
public:
    /// The up and down statements of version 1.
    static MigrationStep step();
};

} // namespace calldeck
