#include "fakes/FakeCallLauncher.h"

#include <QMetaObject>
#include <QPromise>

namespace calldeck {

QFuture<Result<QString>> FakeCallLauncher::place(const CallTask& task)
{
    QPromise<Result<QString>> promise;
    promise.start();
    m_dialled.append(task.id);
    if (!m_refusal.isEmpty()) {
        promise.addResult(Result<QString>(Error{ErrorCode::Network, m_refusal}));
    } else {
        const QString key = QStringLiteral("fake-%1").arg(m_nextKey++);
        m_liveByTask.insert(task.id, key);
        promise.addResult(Result<QString>(key));
    }
    promise.finish();
    return promise.future();
}

void FakeCallLauncher::hangUp(const QString& callKey)
{
    m_hungUp.append(callKey);
    const qint64 taskId = m_liveByTask.key(callKey, 0);
    if (taskId == 0)
        return;
    m_liveByTask.remove(taskId);
    // Like the engine: the end arrives after the hang-up request, not inside it.
    QMetaObject::invokeMethod(
        this, [this, callKey] { Q_EMIT callEnded(callKey, QStringLiteral("canceled"), QStringLiteral("Hung up.")); },
        Qt::QueuedConnection);
}

bool FakeCallLauncher::end(qint64 taskId, const QString& outcome, const QString& reason)
{
    const QString key = m_liveByTask.take(taskId);
    if (key.isEmpty())
        return false;
    Q_EMIT callEnded(key, outcome, reason);
    return true;
}

} // namespace calldeck
