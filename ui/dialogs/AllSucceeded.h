#pragma once

#include <QFuture>
#include <QList>

class QObject;

namespace calldeck {

/// Combines "did it work" futures into one. Unlike QtFuture::whenAll in Qt 6.4, which records
/// results from whichever thread finishes each future (a race when the store thread finishes
/// some of them), every step here runs on `context`'s thread.
class AllSucceeded
{
public:
    /// Finishes with true when every future finished with true; with false as soon as all have
    /// finished and any was false. An empty list is a ready true.
    static QFuture<bool> of(QObject* context, const QList<QFuture<bool>>& futures);
};

} // namespace calldeck
