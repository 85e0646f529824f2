#pragma once

#include "calls/AssistantSettings.h"
#include "conversation/AgentTypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

namespace calldeck {

class ScriptAgentTools;
class Store;

/// A value the agent recorded with record_field while the call went on.
struct RecordedField
{
    QString key;
    QString value;
    QString rawFragment;
    qint64 atMs = 0;   ///< call clock
};

/// Runs the agent tools of one call on the engine thread (log_call_event, end_call, record_field,
/// request_approval, lookup_contact). Approvals wait for the user (answerApproval()) and are
/// refused after a timeout; prices within the auto-approve limit are approved at once. A call that
/// runs a sales script also routes the script tools (and record_field of the script's fields) to
/// its ScriptAgentTools.
class CallTools : public QObject
{
    Q_OBJECT
public:
    using Reply = std::function<void(const ToolResult&)>;

    CallTools(Store* store, AssistantSettings settings, QObject* parent = nullptr);
    ~CallTools() override;

    void run(const ToolCall& call, Reply reply);
    /// The user's answer to a pending approval; false when `id` is not pending.
    bool answerApproval(const QString& id, bool approved, const QString& note);
    /// Refuses every pending approval (the call ended).
    void cancelPending(const QString& why);
    void setCallClockStart(qint64 answeredAtMs) { m_answeredAtMs = answeredAtMs; }
    void setApprovalTimeoutMs(int ms) { m_approvalTimeoutMs = ms; }
    /// The call's script tools (takes ownership); null = the call runs no script.
    void setScriptTools(ScriptAgentTools* tools);
    [[nodiscard]] ScriptAgentTools* scriptTools() const { return m_script; }

    [[nodiscard]] QList<RecordedField> fields() const { return m_fields; }
    [[nodiscard]] QString summary() const { return m_summary; }
    [[nodiscard]] std::optional<bool> objectiveMet() const { return m_objectiveMet; }
    [[nodiscard]] QStringList pendingApprovals() const { return m_pending.keys(); }

Q_SIGNALS:
    void logged(const QString& kind, const QString& detail);
    void fieldRecorded(const calldeck::RecordedField& field);
    void approvalRequested(const QString& id, qint64 amountCents, const QString& description);
    void approvalResolved(const QString& id, bool approved, const QString& note);
    void endCall(const QString& summary, bool objectiveMet);

private:
    struct Pending
    {
        Reply reply;
        QTimer* timer = nullptr;
    };
    void lookupContact(const QString& query, Reply reply);
    RecordedField recordField(const QJsonObject& args);
    [[nodiscard]] qint64 clockMs() const;

    QPointer<Store> m_store;
    ScriptAgentTools* m_script = nullptr;
    AssistantSettings m_settings;
    QHash<QString, Pending> m_pending;
    QList<RecordedField> m_fields;
    QString m_summary;
    std::optional<bool> m_objectiveMet;
    qint64 m_answeredAtMs = 0;
    int m_approvalTimeoutMs = 120000;
    int m_approvalCounter = 0;
};

} // namespace calldeck

Q_DECLARE_METATYPE(calldeck::RecordedField)
