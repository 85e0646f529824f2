#pragma once

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>

namespace calldeck {

/// Blocks until `future` finishes while running a local event loop, for the CLI and tests: keychain
/// jobs and other engine futures complete on the calling thread's event loop, so a plain
/// QFuture::waitForFinished() would wait forever. Never call it on the UI thread of the GUI.
template <typename T>
QFuture<T> syncWait(const QFuture<T>& future)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished()) {
            loop.exec();
        }
    }
    return future;
}

/// syncWait() and then the single result, for futures that always deliver one (Result<T>, Status).
template <typename T>
T syncResult(const QFuture<T>& future)
{
    return syncWait(future).result();
}

} // namespace calldeck
