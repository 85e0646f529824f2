#include "queue/EngineCallLauncher.h"

#include "calls/Engine.h"
#include "core/FutureWatch.h"
#include "queue/TaskCallBrief.h"

namespace calldeck {

EngineCallLauncher::EngineCallLauncher(Engine& engine, QString agentKind, QObject* parent)
    : CallLauncher(parent), m_engine(engine), m_agentKind(std::move(agentKind))
{
    // A task ends when its call has settled — stored and judged by post-call processing — not at
    // the hang-up, so a task never shows "completed" without its verdict.
    connect(&engine, &Engine::callSettled, this, [this](const QString& callKey) {
        if (m_placed.remove(callKey)) {
            const CallSnapshot call = m_engine.snapshot(callKey);
            Q_EMIT callEnded(callKey, call.outcome, call.endReason);
        }
    });
}

QFuture<Result<QString>> EngineCallLauncher::place(const CallTask& task)
{
    CallRequest request;
    request.to = task.phoneE164;
    request.agent = m_agentKind;
    request.brief = TaskCallBrief::fromTask(task);
    request.taskId = task.id;
    QFuture<Result<QString>> placed = m_engine.placeCall(request);
    return thenOn(this, placed, [this](const Result<QString>& key) {
        if (key) {
            const CallSnapshot now = m_engine.snapshot(key.value());
            // A call that settled while the request was answered (busy) still reports its end.
            if (now.callKey == key.value() && now.state == CallState::Ended && m_engine.isSettled(key.value()))
                QMetaObject::invokeMethod(this, [this, now] { Q_EMIT callEnded(now.callKey, now.outcome, now.endReason); },
                                          Qt::QueuedConnection);
            else
                m_placed.insert(key.value());
        }
        return key;
    });
}

void EngineCallLauncher::hangUp(const QString& callKey)
{
    m_engine.hangUp(callKey);
}

} // namespace calldeck
