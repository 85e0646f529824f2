#pragma once

#include "queue/CallLauncher.h"

#include <QSet>

namespace calldeck {

class Engine;

/// The product's CallLauncher: places a task's call through the Engine (recorded as the task's next
/// session, with the brief from its plan) and reports the end of the calls it placed.
class EngineCallLauncher : public CallLauncher
{
    Q_OBJECT
public:
    /// `agentKind` is who talks ("offline", "realtime", ...); empty: the DefaultAgent setting.
    EngineCallLauncher(Engine& engine, QString agentKind = {}, QObject* parent = nullptr);

    /// Who talks on the calls placed from now on.
    void setAgentKind(const QString& agentKind) { m_agentKind = agentKind; }
    QFuture<Result<QString>> place(const CallTask& task) override;
    void hangUp(const QString& callKey) override;

private:
    Engine& m_engine;
    QString m_agentKind;
    QSet<QString> m_placed;
};

} // namespace calldeck
