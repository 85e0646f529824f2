#pragma once

#include "core/Result.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QSqlDatabase>
#include <QThread>

#include <functional>
#include <memory>
#include <type_traits>

namespace calldeck {

/// The CallDeck database. Owns one QThread and the single SQLite connection that lives on it;
/// every query runs there as a job, so no caller ever blocks the UI or the media path on disk.
///
/// Repositories (ContactRepository, ...) are plain synchronous classes over a QSqlDatabase; they
/// are only ever constructed inside a job:
///
///     store.run([c](QSqlDatabase& db) { return ContactRepository(db).add(c); })
///         .then(this, [](Result<Contact> r) { ... });
class Store : public QObject
{
    Q_OBJECT
public:
    /// `databasePath` is a file path; ":memory:" is allowed for tests.
    explicit Store(QString databasePath, QObject* parent = nullptr);
    ~Store() override;

    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    /// Starts the store thread, opens the connection (WAL, foreign keys on, busy timeout) and
    /// migrates to the latest schema version. Blocks the caller until done.
    Status open();
    /// Runs outstanding jobs, closes the connection and stops the thread. Idempotent.
    void close();

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] bool isOpen() const;

    /// Queues `job(QSqlDatabase&)` on the store thread; the future carries its return value.
    template <typename F>
    auto run(F&& job) -> QFuture<std::invoke_result_t<F, QSqlDatabase&>>
    {
        using R = std::invoke_result_t<F, QSqlDatabase&>;
        auto promise = std::make_shared<QPromise<R>>();
        QFuture<R> future = promise->future();
        promise->start();
        post([promise, fn = std::forward<F>(job)](QSqlDatabase& db) mutable {
            if constexpr (std::is_void_v<R>) {
                fn(db);
            } else {
                promise->addResult(fn(db));
            }
            promise->finish();
        });
        return future;
    }

    /// Convenience for tests and the CLI: run a job and wait for its result.
    template <typename F>
    auto runSync(F&& job) -> std::invoke_result_t<F, QSqlDatabase&>
    {
        auto future = run(std::forward<F>(job));
        future.waitForFinished();
        if constexpr (!std::is_void_v<std::invoke_result_t<F, QSqlDatabase&>>) {
            return future.result();
        }
    }

private:
    void post(std::function<void(QSqlDatabase&)> job);

    QString m_path;
    QThread m_thread;
    class Worker;
    Worker* m_worker = nullptr; // lives on m_thread
};

} // namespace calldeck
