#include "core/Paths.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <thread>
#include <vector>

using namespace calldeck;

namespace {

Status createScratchTable(Store& store)
{
    return store.runSync([](QSqlDatabase& db) -> Status {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS scratch (id INTEGER PRIMARY KEY, note TEXT)"))) {
            return Error{ErrorCode::Database, query.lastError().text()};
        }
        return {};
    });
}

Result<qint64> insertNote(QSqlDatabase& db, const QString& note)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO scratch (note) VALUES (:note)"));
    query.bindValue(QStringLiteral(":note"), note);
    if (!query.exec()) {
        return Error{ErrorCode::Database, query.lastError().text()};
    }
    return query.lastInsertId().toLongLong();
}

qint64 countNotes(Store& store)
{
    return store.runSync([](QSqlDatabase& db) -> qint64 {
        QSqlQuery query(db);
        return query.exec(QStringLiteral("SELECT COUNT(*) FROM scratch")) && query.next() ? query.value(0).toLongLong()
                                                                                          : -1;
    });
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void memoryDatabaseOpens()
    {
        Store store(QStringLiteral(":memory:"));
        QVERIFY(!store.isOpen());
        const Status opened = store.open();
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        QVERIFY(store.isOpen());
        QVERIFY(store.open().ok()); // idempotent
        QVERIFY(createScratchTable(store).ok());
        QCOMPARE(countNotes(store), 0);
    }

    void jobsRunOnTheStoreThread()
    {
        Store store(QStringLiteral(":memory:"));
        QVERIFY(store.open().ok());
        QThread* first = store.runSync([](QSqlDatabase&) { return QThread::currentThread(); });
        QThread* second = store.runSync([](QSqlDatabase&) { return QThread::currentThread(); });
        QVERIFY(first != QThread::currentThread());
        QCOMPARE(first, second);
        QCOMPARE(first, store.storeThread());
        const bool dbOpenThere = store.runSync([](QSqlDatabase& db) { return db.isOpen(); });
        QVERIFY(dbOpenThere);
    }

    void futureContinuationsComeBackToTheCaller()
    {
        Store store(QStringLiteral(":memory:"));
        QVERIFY(store.open().ok());
        QThread* continuationThread = nullptr;
        bool done = false;
        store.run([](QSqlDatabase&) { return 41; }).then(this, [&](int value) {
            continuationThread = QThread::currentThread();
            done = value == 41;
        });
        QTRY_VERIFY(done);
        QCOMPARE(continuationThread, QThread::currentThread());
    }

    void manyConcurrentJobsAllRun()
    {
        Store store(QStringLiteral(":memory:"));
        QVERIFY(store.open().ok());
        QVERIFY(createScratchTable(store).ok());
        constexpr int kThreads = 6;
        constexpr int kJobsPerThread = 100;
        std::vector<std::thread> posters;
        std::vector<QList<QFuture<Result<qint64>>>> futures(kThreads);
        for (int t = 0; t < kThreads; ++t) {
            posters.emplace_back([&store, &futures, t] {
                for (int i = 0; i < kJobsPerThread; ++i) {
                    const QString note = QStringLiteral("%1-%2").arg(t).arg(i);
                    futures[t].append(store.run([note](QSqlDatabase& db) { return insertNote(db, note); }));
                }
            });
        }
        for (auto& poster : posters) {
            poster.join();
        }
        QSet<qint64> ids;
        for (const auto& list : futures) {
            for (auto future : list) {
                const Result<qint64> id = future.result();
                QVERIFY2(id.ok(), qPrintable(id.error().message));
                ids.insert(id.value());
            }
        }
        QCOMPARE(ids.size(), kThreads * kJobsPerThread);
        QCOMPARE(countNotes(store), qint64(kThreads * kJobsPerThread));
    }

    void closeDrainsQueuedJobs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("drain.sqlite"));
        QList<QFuture<Result<qint64>>> futures;
        {
            Store store(path);
            QVERIFY(store.open().ok());
            QVERIFY(createScratchTable(store).ok());
            for (int i = 0; i < 300; ++i) {
                futures.append(store.run([i](QSqlDatabase& db) { return insertNote(db, QString::number(i)); }));
            }
            store.close();
            QVERIFY(!store.isOpen());
            for (const auto& future : std::as_const(futures)) {
                QVERIFY(future.isFinished());
                QVERIFY(future.result().ok());
            }
            store.close(); // idempotent
        }
        Store reopened(path);
        QVERIFY(reopened.open().ok());
        QCOMPARE(countNotes(reopened), qint64(300));
    }

    void jobsOnAClosedStoreFinishWithAnError()
    {
        Store store(QStringLiteral(":memory:"));
        const Result<int> beforeOpen = store.runSync([](QSqlDatabase&) { return Result<int>(1); });
        QCOMPARE(beforeOpen.error().code, ErrorCode::Database);
        QVERIFY(!beforeOpen.error().message.isEmpty());

        QVERIFY(store.open().ok());
        store.close();
        bool ran = false;
        const Status status = store.runSync([&ran](QSqlDatabase&) -> Status {
            ran = true;
            return {};
        });
        QCOMPARE(status.error().code, ErrorCode::Database);
        QVERIFY(!ran);
        // Plain values come back default-constructed, void jobs just finish.
        QCOMPARE(store.runSync([](QSqlDatabase&) { return 7; }), 0);
        auto voidFuture = store.run([&ran](QSqlDatabase&) { ran = true; });
        voidFuture.waitForFinished();
        QVERIFY(!ran);
    }

    void fileIsCreatedUnderDataDirAndReopenKeepsData()
    {
        QVERIFY(!qEnvironmentVariableIsEmpty("CALLDECK_DATA_DIR"));
        const QString path = Paths::dataDir() + QStringLiteral("/nested/deeper/calldeck.sqlite");
        QDir(Paths::dataDir() + QStringLiteral("/nested")).removeRecursively();
        {
            Store store(path);
            const Status opened = store.open();
            QVERIFY2(opened.ok(), qPrintable(opened.error().message));
            QVERIFY(QFile::exists(path));
            QVERIFY(QDir::cleanPath(path).startsWith(QDir::cleanPath(qEnvironmentVariable("CALLDECK_DATA_DIR"))));
            QVERIFY(createScratchTable(store).ok());
            QVERIFY(store.runSync([](QSqlDatabase& db) { return insertNote(db, QStringLiteral("kept")); }).ok());
        }
        Store store(path);
        QVERIFY(store.open().ok());
        const QString note = store.runSync([](QSqlDatabase& db) {
            QSqlQuery query(db);
            return query.exec(QStringLiteral("SELECT note FROM scratch")) && query.next() ? query.value(0).toString()
                                                                                          : QString();
        });
        QCOMPARE(note, QStringLiteral("kept"));
        // Closing and opening the same Store object works too.
        store.close();
        QVERIFY(store.open().ok());
        QCOMPARE(countNotes(store), qint64(1));
    }

    void twoStoresOnOneFileUseSeparateConnections()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
        Store a(path);
        Store b(path);
        QVERIFY(a.open().ok());
        QVERIFY(b.open().ok());
        QVERIFY(createScratchTable(a).ok());
        QVERIFY(a.runSync([](QSqlDatabase& db) { return insertNote(db, QStringLiteral("from a")); }).ok());
        QCOMPARE(countNotes(b), qint64(1));
        const QString nameA = a.runSync([](QSqlDatabase& db) { return db.connectionName(); });
        const QString nameB = b.runSync([](QSqlDatabase& db) { return db.connectionName(); });
        QVERIFY(nameA != nameB);
    }

    void unopenablePathFailsWithReadableError()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("not-a-dir")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        Store store(dir.filePath(QStringLiteral("not-a-dir/db.sqlite")));
        const Status status = store.open();
        QVERIFY(!status.ok());
        QVERIFY(!status.error().message.isEmpty());
        QVERIFY(!store.isOpen());
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
