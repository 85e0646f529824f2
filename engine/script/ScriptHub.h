#pragma once

#include "core/Result.h"
#include "script/FollowUpContext.h"
#include "script/ScriptRun.h"
#include "script/ScriptRunService.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

#include <functional>

namespace calldeck {

class Settings;
class Store;

/// The asynchronous front of the script domain for the UI, the engine and the CLI: runs
/// ScriptRunService operations as Store jobs and announces every changed run, so the control panel
/// shows the AI's progress live and the AI's tools see the person's clicks. Lives on the thread
/// that created it (the GUI/engine thread); results and signals arrive there.
class ScriptHub : public QObject
{
    Q_OBJECT
public:
    using RunOp = std::function<Result<ScriptRunView>(ScriptRunService&)>;
    using ObjectionOp = std::function<Result<ObjectionRecord>(ScriptRunService&)>;

    /// `settings` gives the gate threshold (QualificationMinClients); may be null (default 500).
    ScriptHub(Store* store, Settings* settings, QObject* parent = nullptr);
    ~ScriptHub() override;

    /// Runs `op` on the store; on success emits runChanged(run) before the future's watchers run.
    QFuture<Result<ScriptRunView>> apply(RunOp op);
    /// Runs `op` on the store; on success emits objectionChanged and runChanged of its run.
    QFuture<Result<ObjectionRecord>> applyObjection(ObjectionOp op);

    QFuture<Result<ScriptRunView>> create(const NewScriptRun& request);
    QFuture<Result<ScriptRunView>> load(qint64 runId);
    QFuture<Result<FollowUpContext>> followUpContext(qint64 prospectId);
    /// Gate check with the configured threshold.
    QFuture<Result<GateDecision>> checkGate(qint64 runId, const QString& overrideReason = {});
    /// ScriptRunService::start with the configured threshold.
    QFuture<Result<ScriptRunView>> start(qint64 runId, const QString& overrideReason, const QString& actor);
    /// The engine's call ended: attaches the recorded session (if any) and completes a run that is
    /// still in progress (or cancels a run that never got past scheduled).
    QFuture<Result<ScriptRunView>> callEnded(qint64 runId, qint64 sessionId, const QString& actor);

    /// Gate threshold in use.
    [[nodiscard]] int minClients() const;
    /// Mode of a new run (setting ScriptDefaultMode; strict unless it says "flexible").
    [[nodiscard]] ScriptMode defaultMode() const;
    [[nodiscard]] Store* store() const { return m_store.data(); }

Q_SIGNALS:
    /// A run changed (any operation, by anyone: person, AI or supervisor).
    void runChanged(const calldeck::ScriptRunView& run);
    /// An objection was raised, answered or closed.
    void objectionChanged(const calldeck::ObjectionRecord& objection);

private:
    QPointer<Store> m_store;
    Settings* m_settings = nullptr;
};

} // namespace calldeck
