#pragma once

#include "conversation/AgentTypes.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

namespace calldeck {

class ScriptHub;

/// The script tools an AI agent gets when its call runs a script:
/// complete_milestone {milestone, summary?}, skip_milestone {milestone, reason} (flexible only),
/// record_field {key, value, raw_fragment?, milestone?} for the script's fields,
/// log_objection {type, note} and resolve_objection {objection_id, outcome, answers?}.
/// Each goes through ScriptHub with actor "ai:<agent kind>", so strict mode binds the AI exactly as
/// it binds a person: a refused step comes back to the model as {"ok":false,"error":"…"} naming
/// what is missing. Lives on the engine thread.
class ScriptAgentTools : public QObject
{
    Q_OBJECT
public:
    using Reply = std::function<void(const ToolResult&)>;

    ScriptAgentTools(ScriptHub* hub, qint64 runId, const QString& actor, QObject* parent = nullptr);

    /// Names of the script-only tools (record_field is shared with the base catalog).
    static QStringList toolNames();
    /// Neutral schemas of the script-only tools, for ToolCatalog ({name, description, parameters}).
    static QJsonArray schemas();
    /// True for the script-only tools and for record_field whose key is a field of the script.
    [[nodiscard]] bool handles(const ToolCall& call) const;
    /// Runs `call`; `reply` runs exactly once on this object's thread (never after it is destroyed).
    void run(const ToolCall& call, Reply reply);

    [[nodiscard]] qint64 runId() const { return m_runId; }
    /// Field keys of the script (filled from the run when first loaded).
    void setFieldKeys(const QStringList& keys) { m_fieldKeys = keys; }

private:
    QPointer<ScriptHub> m_hub;
    qint64 m_runId = 0;
    QString m_actor;
    QStringList m_fieldKeys;
};

} // namespace calldeck
