#pragma once

#include "script/Script.h"

namespace calldeck {

/// The script CallDeck ships (seed 003): M1 Context & Frame … M7 Decision Point, the six objection
/// types and the eight pre-call checklist items. Read from the resource :/scripts/default.json.
class DefaultScript
{
public:
    /// The shipped script (name "default"); the resource is validated by ScriptJson.
    static Script load();
};

} // namespace calldeck
