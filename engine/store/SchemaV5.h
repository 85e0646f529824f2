#pragma once

#include "store/MigrationStep.h"

namespace calldeck {

/// Schema version 5: the compliance gate's Do-Not-Call list (who added each number, when and
/// why) and an index that lets the gate count recent calls to one number.
class SchemaV5
{
public:
    /// The up and down statements of version 5.
    static MigrationStep step();
};

} // namespace calldeck
