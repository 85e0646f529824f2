#pragma once

#include "core/Result.h"
#include "tasks/CallTask.h"

#include <QFuture>
#include <QObject>
#include <QString>

namespace calldeck {

/// What the queue dials through (PRODUCT T5): places one call for a task and reports when a call
/// ended. The product uses EngineCallLauncher; tests use a launcher that ends calls on command.
class CallLauncher : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~CallLauncher() override = default;

    /// Dials the task's number; the future carries the call key once the provider accepted the call.
    virtual QFuture<Result<QString>> place(const CallTask& task) = 0;
    /// Hangs up a live call; callEnded() follows with outcome "canceled" (or how it really ended).
    virtual void hangUp(const QString& callKey) = 0;

Q_SIGNALS:
    /// A placed call ended. `outcome` is the call's terminal status: completed, busy, no-answer,
    /// failed or canceled; `reason` says why in words.
    void callEnded(const QString& callKey, const QString& outcome, const QString& reason);
};

} // namespace calldeck
