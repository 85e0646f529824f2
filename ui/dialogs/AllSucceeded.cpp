#include "dialogs/AllSucceeded.h"

#include "core/FutureWatch.h"

#include <QObject>
#include <QPromise>

#include <memory>

namespace calldeck {

QFuture<bool> AllSucceeded::of(QObject* context, const QList<QFuture<bool>>& futures)
{
    if (futures.isEmpty()) {
        return QtFuture::makeReadyFuture(true);
    }
    struct State
    {
        QPromise<bool> promise;
        qsizetype remaining = 0;
        bool ok = true;
    };
    auto state = std::make_shared<State>();
    state->remaining = futures.size();
    state->promise.start();
    QFuture<bool> combined = state->promise.future();
    for (QFuture<bool> future : futures) {
        whenFinished(context, future, [state](bool ok) {
            state->ok = state->ok && ok;
            if (--state->remaining == 0) {
                state->promise.addResult(state->ok);
                state->promise.finish();
            }
        });
    }
    return combined;
}

} // namespace calldeck
