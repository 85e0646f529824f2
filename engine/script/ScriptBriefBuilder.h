#pragma once

#include "conversation/ScriptBrief.h"
#include "script/FollowUpContext.h"
#include "script/ScriptRun.h"

namespace calldeck {

/// Turns a started run (and, for a follow-up, its context) into the ScriptBrief an AI agent
/// follows: the milestones from the run's current one on, with their questions, field keys and
/// confirmations; strict or flexible; the objection types; the previous call's context.
class ScriptBriefBuilder
{
public:
    static ScriptBrief build(const ScriptRunView& run, const FollowUpContext& context = {});
};

} // namespace calldeck
