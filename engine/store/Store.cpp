#include "store/Store.h"

#include "store/Migrations.h"
#include "store/StoreLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>

namespace calldeck {

Q_LOGGING_CATEGORY(lcStore, "calldeck.store")

namespace {

const QString kMemoryPath = QStringLiteral(":memory:");
constexpr int kBusyTimeoutMs = 5000;

std::atomic<int> s_connectionCounter{0};

bool isFilePath(const QString& path)
{
    return path != kMemoryPath && !path.startsWith(QLatin1String("file:"));
}

} // namespace

Error detail::storeClosedError()
{
    return Error{ErrorCode::Database,
                 QCoreApplication::translate("calldeck::Store", "The database is closed; the request was not run.")};
}

/// Lives on the store thread and owns the connection; jobs arrive as queued functor calls, so
/// they run one after another in the order they were posted.
class Store::Worker : public QObject
{
public:
    Status openDatabase(const QString& path);
    void closeDatabase();
    void runJob(const std::function<void(QSqlDatabase&)>& job) { job(m_db); }

private:
    Status configure();

    QSqlDatabase m_db;
};

Status Store::Worker::openDatabase(const QString& path)
{
    // Qt binds a connection to the thread that created it, hence addDatabase here and not in open().
    const QString name = QStringLiteral("calldeck-store-%1").arg(s_connectionCounter.fetch_add(1));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (!m_db.isValid()) {
        closeDatabase();
        return Error{ErrorCode::Database, Store::tr("The SQLite database driver (QSQLITE) is not available.")};
    }
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        const QString reason = m_db.lastError().text();
        closeDatabase();
        return Error{ErrorCode::Database, Store::tr("Could not open the database %1: %2").arg(path, reason)};
    }
    Status status = configure();
    if (status) {
        status = Migrations().migrateToLatest(m_db);
    }
    if (!status) {
        closeDatabase();
        return status;
    }
    qCDebug(lcStore) << "opened" << path << "on connection" << name;
    return {};
}

Status Store::Worker::configure()
{
    QSqlQuery query(m_db);
    // journal_mode answers with the mode it ended up in; ":memory:" stays "memory", and some
    // file systems (network shares) refuse WAL. Both still work, only with less concurrency.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next()) {
        return Error{ErrorCode::Database,
                     Store::tr("Could not configure the database: %1").arg(query.lastError().text())};
    }
    const QString mode = query.value(0).toString().toLower();
    if (mode != QLatin1String("wal") && isFilePath(m_db.databaseName())) {
        qCWarning(lcStore) << "journal_mode is" << mode << "instead of wal for" << m_db.databaseName();
    }
    query.finish();
    // synchronous=NORMAL is the recommended pairing with WAL: an application crash loses nothing,
    // only a power cut may lose the last commits, and it saves an fsync per transaction.
    const QStringList pragmas = {QStringLiteral("PRAGMA foreign_keys=ON"),
                                 QStringLiteral("PRAGMA busy_timeout=%1").arg(kBusyTimeoutMs),
                                 QStringLiteral("PRAGMA synchronous=NORMAL")};
    for (const QString& pragma : pragmas) {
        if (!query.exec(pragma)) {
            return Error{ErrorCode::Database,
                         Store::tr("Could not configure the database: %1").arg(query.lastError().text())};
        }
        query.finish();
    }
    // foreign_keys silently does nothing in builds without FK support; refuse to run unprotected.
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys")) || !query.next() || query.value(0).toInt() != 1) {
        return Error{ErrorCode::Database, Store::tr("The SQLite library does not enforce foreign keys.")};
    }
    return {};
}

void Store::Worker::closeDatabase()
{
    const QString name = m_db.connectionName();
    if (name.isEmpty()) {
        return;
    }
    m_db.close();
    m_db = QSqlDatabase(); // the last handle must be gone before removeDatabase()
    QSqlDatabase::removeDatabase(name);
    qCDebug(lcStore) << "closed connection" << name;
}

Store::Store(QString databasePath, QObject* parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_worker(new Worker)
{
    m_thread.setObjectName(QStringLiteral("calldeck-store"));
    m_worker->moveToThread(&m_thread);
}

Store::~Store()
{
    close();
    delete m_worker; // the thread has stopped, so deleting it from here is safe
}

bool Store::isOpen() const
{
    QMutexLocker lock(&m_mutex);
    return m_accepting;
}

Status Store::open()
{
    QMutexLocker lifecycle(&m_lifecycleMutex);
    if (isOpen()) {
        return {};
    }
    if (QThread::currentThread() == &m_thread) {
        return Error{ErrorCode::Internal, tr("The database cannot be opened from one of its own jobs.")};
    }
    if (isFilePath(m_path)) {
        const QDir parent = QFileInfo(m_path).absoluteDir();
        if (!parent.exists() && !QDir().mkpath(parent.absolutePath())) {
            return Error{ErrorCode::Io,
                         tr("Could not create the folder %1 for the database.").arg(parent.absolutePath())};
        }
    }
    m_thread.start();
    Status status;
    Worker* worker = m_worker;
    const QString path = m_path;
    QMetaObject::invokeMethod(
        m_worker, [worker, path, &status] { status = worker->openDatabase(path); }, Qt::BlockingQueuedConnection);
    if (!status) {
        m_thread.quit();
        m_thread.wait();
        qCWarning(lcStore) << "open failed:" << status.error().message;
        return status;
    }
    QMutexLocker lock(&m_mutex);
    m_accepting = true;
    return {};
}

void Store::close()
{
    if (QThread::currentThread() == &m_thread) {
        qCWarning(lcStore) << "close() called from a store job; ignored";
        return;
    }
    QMutexLocker lifecycle(&m_lifecycleMutex);
    {
        QMutexLocker lock(&m_mutex);
        m_accepting = false;
    }
    if (!m_thread.isRunning()) {
        return;
    }
    // Queued after every job already posted (posting stopped above), so this drains the queue.
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker] { worker->closeDatabase(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool Store::post(std::function<void(QSqlDatabase&)> job)
{
    // Posting under the lock orders every accepted job before close()'s drain marker.
    QMutexLocker lock(&m_mutex);
    if (!m_accepting) {
        return false;
    }
    Worker* worker = m_worker;
    return QMetaObject::invokeMethod(
        m_worker, [worker, job = std::move(job)] { worker->runJob(job); }, Qt::QueuedConnection);
}

} // namespace calldeck
