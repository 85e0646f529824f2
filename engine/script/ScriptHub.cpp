#include "script/ScriptHub.h"

#include "core/FutureWatch.h"
#include "core/Settings.h"
#include "script/FollowUpContextBuilder.h"
#include "script/PreCallChecklist.h"
#include "store/Store.h"

#include <QPromise>
#include <memory>

namespace calldeck {

namespace {

template <typename T>
QFuture<Result<T>> noStore()
{
    return QtFuture::makeReadyFuture(Result<T>(
        Error{ErrorCode::Internal, ScriptHub::tr("The script runs are not available: no database is open.")}));
}

/// An objection and its run as they stand after one job, so both signals carry fresh values.
struct ObjectionAndRun
{
    ObjectionRecord objection;
    ScriptRunView run;
};

} // namespace

ScriptHub::ScriptHub(Store* store, Settings* settings, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(settings)
{
    qRegisterMetaType<ScriptRunView>();
}

ScriptHub::~ScriptHub() = default;

int ScriptHub::minClients() const
{
    return m_settings != nullptr ? m_settings->value(SettingKeys::QualificationMinClients)
                                 : PreCallChecklist::kDefaultMinClients;
}

ScriptMode ScriptHub::defaultMode() const
{
    const QString mode = m_settings != nullptr ? m_settings->value(SettingKeys::ScriptDefaultMode)
                                               : SettingKeys::ScriptDefaultMode.defaultValue;
    return ScriptRunEnums::modeFromName(mode.trimmed().toLower()).value_or(ScriptMode::Strict);
}

QFuture<Result<ScriptRunView>> ScriptHub::apply(RunOp op)
{
    if (m_store.isNull()) {
        return noStore<ScriptRunView>();
    }
    const QFuture<Result<ScriptRunView>> job = m_store->run([op = std::move(op)](QSqlDatabase& db) {
        ScriptRunService service(db);
        return op(service);
    });
    // The caller's future finishes only after the signal went out, so every view (panel, AI tools)
    // has the new state before the one who asked continues.
    auto promise = std::make_shared<QPromise<Result<ScriptRunView>>>();
    promise->start();
    QFuture<Result<ScriptRunView>> result = promise->future();
    whenFinished(this, job, [this, promise](const Result<ScriptRunView>& run) {
        if (run) {
            Q_EMIT runChanged(run.value());
        }
        promise->addResult(run);
        promise->finish();
    });
    return result;
}

QFuture<Result<ObjectionRecord>> ScriptHub::applyObjection(ObjectionOp op)
{
    if (m_store.isNull()) {
        return noStore<ObjectionRecord>();
    }
    const QFuture<Result<ObjectionAndRun>> job =
        m_store->run([op = std::move(op)](QSqlDatabase& db) -> Result<ObjectionAndRun> {
            ScriptRunService service(db);
            Result<ObjectionRecord> objection = op(service);
            if (!objection) {
                return objection.error();
            }
            Result<ScriptRunView> run = service.load(objection.value().runId);
            if (!run) {
                return run.error();
            }
            return ObjectionAndRun{std::move(objection).value(), std::move(run).value()};
        });
    auto promise = std::make_shared<QPromise<Result<ObjectionRecord>>>();
    promise->start();
    QFuture<Result<ObjectionRecord>> result = promise->future();
    whenFinished(this, job, [this, promise](const Result<ObjectionAndRun>& done) {
        if (done) {
            Q_EMIT objectionChanged(done.value().objection);
            Q_EMIT runChanged(done.value().run);
            promise->addResult(Result<ObjectionRecord>(done.value().objection));
        } else {
            promise->addResult(Result<ObjectionRecord>(done.error()));
        }
        promise->finish();
    });
    return result;
}

QFuture<Result<ScriptRunView>> ScriptHub::create(const NewScriptRun& request)
{
    return apply([request](ScriptRunService& service) { return service.create(request); });
}

QFuture<Result<ScriptRunView>> ScriptHub::load(qint64 runId)
{
    if (m_store.isNull()) {
        return noStore<ScriptRunView>();
    }
    return m_store->run([runId](QSqlDatabase& db) { return ScriptRunService(db).load(runId); });
}

QFuture<Result<FollowUpContext>> ScriptHub::followUpContext(qint64 prospectId)
{
    if (m_store.isNull()) {
        return noStore<FollowUpContext>();
    }
    const int threshold = minClients();
    return m_store->run(
        [prospectId, threshold](QSqlDatabase& db) { return FollowUpContextBuilder(db).build(prospectId, threshold); });
}

QFuture<Result<GateDecision>> ScriptHub::checkGate(qint64 runId, const QString& overrideReason)
{
    if (m_store.isNull()) {
        return noStore<GateDecision>();
    }
    const int threshold = minClients();
    return m_store->run([runId, threshold, overrideReason](QSqlDatabase& db) {
        return ScriptRunService(db).checkGate(runId, threshold, overrideReason);
    });
}

QFuture<Result<ScriptRunView>> ScriptHub::start(qint64 runId, const QString& overrideReason, const QString& actor)
{
    const int threshold = minClients();
    return apply([=](ScriptRunService& service) { return service.start(runId, threshold, overrideReason, actor); });
}

QFuture<Result<ScriptRunView>> ScriptHub::callEnded(qint64 runId, qint64 sessionId, const QString& actor)
{
    const QString reason = tr("The call ended before the script started.");
    return apply([=](ScriptRunService& service) -> Result<ScriptRunView> {
        Result<ScriptRunView> run = service.load(runId);
        if (run && sessionId > 0) {
            run = service.attachSession(runId, sessionId);
        }
        if (!run) {
            return run;
        }
        switch (run.value().status) {
        case ScriptRunStatus::InProgress:
            return service.complete(runId, actor);
        case ScriptRunStatus::Scheduled:
            return service.cancel(runId, reason, actor);
        case ScriptRunStatus::Completed:
        case ScriptRunStatus::Cancelled:
            break;
        }
        return run;
    });
}

} // namespace calldeck
