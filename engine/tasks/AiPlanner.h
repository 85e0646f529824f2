#pragma once

#include "core/Result.h"
#include "tasks/PlannerInput.h"
#include "tasks/TaskPlan.h"

#include <QFuture>
#include <QJsonArray>
#include <QObject>
#include <QString>

namespace calldeck {

class OpenAiClient;

/// Plans a task with the configured LLM (PRODUCT T1, seed 002 §3.1): one chat completion through
/// OpenAiClient asking for a strict JSON plan, read by PlanParser. When the model's answer cannot be
/// read, the result is OfflinePlanner's plan with a notice saying why; when the request itself fails
/// (bad key, no network), the result is the client's readable error. Lives on the client's thread.
class AiPlanner : public QObject
{
    Q_OBJECT
public:
    /// `model` such as "gpt-4o-mini"; `client` must outlive the planner.
    AiPlanner(OpenAiClient& client, QString model, QObject* parent = nullptr);

    /// Starts planning; the future finishes on this object's thread.
    QFuture<Result<TaskPlan>> plan(const PlannerInput& input);

    /// The chat messages sent for `input` (system prompt with the schema, then the task).
    static QJsonArray messagesFor(const PlannerInput& input);

private:
    OpenAiClient& m_client;
    QString m_model;
};

} // namespace calldeck
