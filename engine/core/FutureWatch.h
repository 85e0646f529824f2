#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPromise>

#include <memory>
#include <type_traits>
#include <utility>

namespace calldeck {

// Qt 6.4's QFuture::then(context, fn) asserts in a Debug build when `context` is destroyed before
// the future finishes (a dialog closed while the store is still saving). These helpers watch the
// future with a QFutureWatcher parented to `context` instead: when the context goes, the watcher
// goes with it and the callback is silently dropped.

/// Calls `fn(result)` on `context`'s thread once `future` has a result; never after `context` died.
/// A canceled future (or one without a result) does not call `fn`, like QFuture::then.
template <class T, class F>
void whenFinished(QObject* context, const QFuture<T>& future, F fn)
{
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, watcher, [watcher, fn = std::move(fn)]() mutable {
        watcher->deleteLater();
        const QFuture<T> finished = watcher->future();
        if (finished.isCanceled() || finished.resultCount() == 0) {
            return;
        }
        fn(finished.result());
    });
    watcher->setFuture(future);
}

/// Like QFuture::then(context, fn) and safe when `context` is destroyed first: the returned future
/// then ends canceled instead of the callback running on a dead object.
template <class T, class F>
auto thenOn(QObject* context, const QFuture<T>& future, F fn) -> QFuture<std::invoke_result_t<F, T>>
{
    using R = std::invoke_result_t<F, T>;
    static_assert(!std::is_void_v<R>, "use whenFinished() for callbacks without a result");
    // Shared so the promise outlives the copies of the lambda Qt makes; when the last copy goes
    // (watcher destroyed with its context) ~QPromise cancels and finishes the future.
    auto promise = std::make_shared<QPromise<R>>();
    promise->start();
    QFuture<R> result = promise->future();
    whenFinished(context, future, [promise, fn = std::move(fn)](const T& value) mutable {
        promise->addResult(fn(value));
        promise->finish();
    });
    return result;
}

} // namespace calldeck
