#pragma once

#include "conversation/AgentTypes.h"
#include "conversation/CallBrief.h"
#include "core/Result.h"

#include <QJsonArray>
#include <QStringList>

namespace calldeck {

/// The tools every AI agent gets (log_call_event, end_call, record_field, request_approval,
/// lookup_contact) as provider-neutral JSON schemas, their Realtime and chat-completions shapes,
/// and a check of a model's arguments before a tool runs.
class ToolCatalog
{
public:
    /// [{name, description, parameters (JSON Schema)}], the form AgentConfig::tools carries.
    [[nodiscard]] static QJsonArray neutral();
    /// The sales-script tools (complete_milestone, skip_milestone, log_objection, resolve_objection);
    /// ScriptAgentTools runs them.
    [[nodiscard]] static QJsonArray scriptTools();
    /// The tools an agent gets for `brief`: neutral(), plus the script tools 
    /// and a `milestone` argument on record_field when the brief carries a sales script.
    [[nodiscard]] static QJsonArray forBrief(const CallBrief& brief);
    /// The tool names in catalog order.
    [[nodiscard]] static QStringList names();
    /// OpenAI Realtime `session.tools`: [{type:"function", name, description, parameters}].
    [[nodiscard]] static QJsonArray toRealtimeTools(const QJsonArray& neutralTools = neutral());
    /// Chat completions `tools`: [{type:"function", function:{name, description, parameters}}].
    [[nodiscard]] static QJsonArray toChatTools(const QJsonArray& neutralTools = neutral());
    /// Checks a call against its schema: known tool, parseable arguments, required fields present,
    /// fields of the right type, no unknown fields. The message tells the model what to fix.
    /// Script tools are known here too; whether the call runs a script is the tool runner's call.
    [[nodiscard]] static Status validate(const ToolCall& call);
};

} // namespace calldeck
