#pragma once

#include "conversation/CallBrief.h"
#include "core/Result.h"
#include "script/ScriptRun.h"

#include <QCoreApplication>

namespace calldeck {

class Store;

/// The engine's side of a call that drives a script run: checks the run can be called,
/// puts the script (and a follow-up's context) into the call's brief, and names the actor whose
/// steps the run records.
class CallScript
{
    Q_DECLARE_TR_FUNCTIONS(calldeck::CallScript)
public:
    /// Loads run `runId` on `store` (synchronously); it must be in progress (gate passed). Fills
    /// `brief.script` with ScriptBriefBuilder, and the goal, contact and language when empty.
    static Result<ScriptRunView> prepare(Store& store, qint64 runId, CallBrief& brief);
    /// "ai:offline" for an AI agent, "agent:Alex Morgan" for the person at the desk (the profile's
    /// full name from `store`; "agent" when there is none).
    static QString actor(const QString& agentKind, Store& store);
    /// The field keys of the run's script (the fields record_field sends to the run).
    static QStringList fieldKeys(const ScriptRunView& run);
};

} // namespace calldeck
