#pragma once

#include "queue/CallLauncher.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace calldeck {

/// A CallLauncher for queue tests: accepts every call at once (or refuses with a set error), remembers
/// which tasks it dialled in order, and ends a call when the test says how it ended.
class FakeCallLauncher : public CallLauncher
{
    Q_OBJECT
public:
    using CallLauncher::CallLauncher;

    QFuture<Result<QString>> place(const CallTask& task) override;
    void hangUp(const QString& callKey) override;

    /// Makes every following place() fail with this error (an empty message accepts again).
    void refuseWith(const QString& message) { m_refusal = message; }
    /// Ends the live call of `taskId` as `outcome`; false when that task has no live call.
    bool end(qint64 taskId, const QString& outcome, const QString& reason = {});

    /// Task ids in the order they were dialled (one entry per attempt).
    [[nodiscard]] const QList<qint64>& dialled() const { return m_dialled; }
    /// Calls placed and not yet ended.
    [[nodiscard]] int liveCount() const { return int(m_liveByTask.size()); }
    /// Call keys that were hung up.
    [[nodiscard]] const QStringList& hungUp() const { return m_hungUp; }

private:
    QList<qint64> m_dialled;
    QHash<qint64, QString> m_liveByTask;
    QStringList m_hungUp;
    QString m_refusal;
    int m_nextKey = 1;
};

} // namespace calldeck
