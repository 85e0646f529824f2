#pragma once

#include "core/Result.h"

#include <QFuture>
#include <QMutex>
#include <QObject>
#include <QPromise>
#include <QSqlDatabase>
#include <QThread>
#include <functional>
#include <memory>
#include <type_traits>

namespace calldeck {

namespace detail {
template <typename T>
struct IsResult : std::false_type
{
};
template <typename T>
struct IsResult<Result<T>> : std::true_type
{
};
/// The error a job gets when it was posted to a store that is not open.
Error storeClosedError();
} // namespace detail

/// The CallDeck database. Owns one QThread and the single SQLite connection that lives on it;
/// every query runs there as a job, so no caller ever blocks the UI or the media path on disk.
///
/// Repositories (ContactRepository, ...) are plain synchronous classes over a QSqlDatabase; they
/// are only ever constructed inside a job:
///
///     store.run([c](QSqlDatabase& db) { return ContactRepository(db).add(c); })
///     whenFinished(this, future, [](Result<Contact> r) { ... });  // core/FutureWatch.h
///
/// Jobs posted while the store is not open never run; their future finishes at once with
/// Error{Database, "database is closed"} when the job returns a Result, a default-constructed
/// value otherwise (void jobs just finish). Never call runSync(), open() or close() from inside a
/// job: the store thread would wait on itself.
class Store : public QObject
{
    Q_OBJECT
public:
    /// `databasePath` is a file path (its parent directory is created); ":memory:" is allowed for tests.
    explicit Store(QString databasePath, QObject* parent = nullptr);
    ~Store() override; ///< calls close()

    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    /// Starts the store thread, opens the connection (WAL, foreign keys on, busy timeout) and
    /// migrates to the latest schema version. Blocks the caller until done. Reopening after close() works.
    Status open();
    /// Runs outstanding jobs, closes the connection and stops the thread. Idempotent.
    void close();

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] bool isOpen() const;
    /// The thread jobs run on (for thread assertions in callers and tests).
    [[nodiscard]] const QThread* storeThread() const { return &m_thread; }

    /// Queues `job(QSqlDatabase&)` on the store thread; the future carries its return value.
    template <typename F>
    auto run(F&& job) -> QFuture<std::invoke_result_t<F, QSqlDatabase&>>
    {
        using R = std::invoke_result_t<F, QSqlDatabase&>;
        auto promise = std::make_shared<QPromise<R>>();
        QFuture<R> future = promise->future();
        promise->start();
        const bool queued = post([promise, fn = std::forward<F>(job)](QSqlDatabase& db) mutable {
            if constexpr (std::is_void_v<R>) {
                fn(db);
            } else {
                promise->addResult(fn(db));
            }
            promise->finish();
        });
        if (!queued) {
            finishUnrun(*promise);
        }
        return future;
    }

    /// Convenience for tests and the CLI: run a job and wait for its result.
    template <typename F>
    auto runSync(F&& job) -> std::invoke_result_t<F, QSqlDatabase&>
    {
        Q_ASSERT_X(QThread::currentThread() != &m_thread, "Store::runSync",
                   "called from a job; it would wait on itself");
        auto future = run(std::forward<F>(job));
        future.waitForFinished();
        if constexpr (!std::is_void_v<std::invoke_result_t<F, QSqlDatabase&>>) {
            return future.result();
        }
    }

private:
    /// False when the store is not open; the job is then dropped without running.
    bool post(std::function<void(QSqlDatabase&)> job);

    template <typename R>
    static void finishUnrun(QPromise<R>& promise)
    {
        if constexpr (detail::IsResult<R>::value) {
            promise.addResult(R(detail::storeClosedError()));
        } else if constexpr (!std::is_void_v<R>) {
            static_assert(std::is_default_constructible_v<R>,
                          "Store jobs must return a Result<T>, void or a default-constructible value");
            promise.addResult(R{});
        }
        promise.finish();
    }

    QString m_path;
    QThread m_thread;
    class Worker;
    Worker* m_worker = nullptr; // lives on m_thread
    mutable QMutex m_mutex;     // guards m_accepting against concurrent run()/close()
    bool m_accepting = false;
    QMutex m_lifecycleMutex; // serialises open() and close()
};

} // namespace calldeck
