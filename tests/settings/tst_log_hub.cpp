#include "core/Logging.h"

#include <QDir>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <memory>

using namespace calldeck;

namespace {

Q_LOGGING_CATEGORY(lcStore, "calldeck.store")

QStringList g_captured;

void captureMessage(QtMsgType /*type*/, const QMessageLogContext& /*context*/, const QString& message)
{
    g_captured.append(message);
}

QStringList linesOf(const QString& filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

/// LogHub: what lands in the log file, rotation, and the problems the log panel gets.
class TestLogHub : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linesCarryTimeLevelAndCategory()
    {
        QTemporaryDir dir;
        {
            LogHub hub(dir.path());
            QCOMPARE(hub.currentLogFile(), dir.filePath(QStringLiteral("calldeck.log")));
            qCInfo(lcStore) << "migrations applied";
            qCWarning(lcStore).noquote() << "disk almost full";
            qCritical("database is gone");
        }
        const QStringList lines = linesOf(dir.filePath(QStringLiteral("calldeck.log")));
        QCOMPARE(lines.size(), 3);
        const QString stamp = QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z )");
        QVERIFY2(QRegularExpression(stamp + QStringLiteral("INFO calldeck\\.store migrations applied$"))
                     .match(lines.at(0))
                     .hasMatch(),
                 qPrintable(lines.at(0)));
        QVERIFY2(QRegularExpression(stamp + QStringLiteral("WARN calldeck\\.store disk almost full$"))
                     .match(lines.at(1))
                     .hasMatch(),
                 qPrintable(lines.at(1)));
        QVERIFY2(
            QRegularExpression(stamp + QStringLiteral("ERROR default database is gone$")).match(lines.at(2)).hasMatch(),
            qPrintable(lines.at(2)));
    }

    void appendsToAnExistingLog()
    {
        QTemporaryDir dir;
        {
            LogHub hub(dir.path());
            qCInfo(lcStore) << "first run";
        }
        {
            LogHub hub(dir.path());
            qCInfo(lcStore) << "second run";
        }
        QCOMPARE(linesOf(dir.filePath(QStringLiteral("calldeck.log"))).size(), 2);
    }

    void rotationKeepsConfiguredNumberOfFiles()
    {
        QTemporaryDir dir;
        {
            LogHub hub(dir.path(), 300, 3);
            for (int line = 0; line < 60; ++line) {
                qCInfo(lcStore).noquote() << QStringLiteral("line %1").arg(line, 3, 10, QLatin1Char('0'));
            }
        }
        const QStringList files = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files, (QStringList{QStringLiteral("calldeck.1.log"), QStringLiteral("calldeck.2.log"),
                                     QStringLiteral("calldeck.log")}));
        for (const QString& name : files) {
            QVERIFY2(QFileInfo(dir.filePath(name)).size() <= 300, qPrintable(name));
        }
        const QStringList current = linesOf(dir.filePath(QStringLiteral("calldeck.log")));
        const QStringList previous = linesOf(dir.filePath(QStringLiteral("calldeck.1.log")));
        QVERIFY(current.last().endsWith(QStringLiteral("line 059")));
        QVERIFY(!previous.isEmpty());
        // Older lines are in the rotated file: numbering continues from calldeck.1.log into calldeck.log.
        QVERIFY(previous.last().section(u' ', -1).toInt() < current.first().section(u' ', -1).toInt());
    }

    void problemsAreWarningsAndErrorsOnly()
    {
        QTemporaryDir dir;
        LogHub hub(dir.path());
        QSignalSpy spy(&hub, &LogHub::problemLogged);
        qCDebug(lcStore) << "debug detail";
        qCInfo(lcStore) << "info detail";
        qCWarning(lcStore).noquote() << "slow query";
        qCCritical(lcStore).noquote() << "write failed";
        QCOMPARE(spy.size(), 0); // queued: never delivered inside the logging call
        QCoreApplication::processEvents();
        QCOMPARE(spy.size(), 2);
        const auto first = spy.at(0).at(0).value<LogEntry>();
        QCOMPARE(first.level, LogLevel::Warning);
        QCOMPARE(first.category, QStringLiteral("calldeck.store"));
        QCOMPARE(first.message, QStringLiteral("slow query"));
        QCOMPARE(spy.at(1).at(0).value<LogEntry>().level, LogLevel::Error);
        QCOMPARE(hub.recentProblems().size(), 2);
    }

    void problemsFromOtherThreadsArriveOnTheHubThread()
    {
        QTemporaryDir dir;
        LogHub hub(dir.path());
        QThread* receivedOn = nullptr;
        connect(&hub, &LogHub::problemLogged, this, [&receivedOn] { receivedOn = QThread::currentThread(); });
        std::unique_ptr<QThread> worker(QThread::create([] {
            for (int i = 0; i < 200; ++i) {
                qCWarning(lcStore).noquote() << QStringLiteral("worker warning %1").arg(i);
            }
        }));
        worker->start();
        for (int i = 0; i < 200; ++i) {
            qCInfo(lcStore).noquote() << QStringLiteral("main info %1").arg(i);
        }
        QVERIFY(worker->wait());
        QTRY_VERIFY(receivedOn != nullptr);
        QCOMPARE(receivedOn, QThread::currentThread());
        const QStringList lines = linesOf(hub.currentLogFile());
        QCOMPARE(lines.size(), 400);
        const QRegularExpression wellFormed(
            QStringLiteral(R"(^\S+Z (INFO|WARN) calldeck\.store (main info|worker warning) \d+$)"));
        for (const QString& line : lines) {
            QVERIFY2(wellFormed.match(line).hasMatch(), qPrintable(line));
        }
    }

    void recentProblemsAreBounded()
    {
        QTemporaryDir dir;
        LogHub hub(dir.path());
        for (int i = 0; i < 600; ++i) {
            qCWarning(lcStore).noquote() << QStringLiteral("warning %1").arg(i);
        }
        const QList<LogEntry> recent = hub.recentProblems();
        QCOMPARE(recent.size(), 500);
        QCOMPARE(recent.first().message, QStringLiteral("warning 100"));
        QCOMPARE(recent.last().message, QStringLiteral("warning 599"));
    }

    void unwritableLogDirKeepsLogging()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("logs")));
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the folder should be
        blocker.close();
        LogHub hub(dir.filePath(QStringLiteral("logs")));
        qCWarning(lcStore) << "first";
        qCWarning(lcStore) << "second";
        QCOMPARE(hub.recentProblems().size(), 2);
    }

    void destroyingTheHubRestoresThePreviousHandler()
    {
        const QtMessageHandler original = qInstallMessageHandler(captureMessage);
        {
            QTemporaryDir dir;
            LogHub hub(dir.path());
            qWarning("while the hub runs");
        }
        qWarning("after the hub");
        qInstallMessageHandler(original);
        QCOMPARE(g_captured, QStringList{QStringLiteral("after the hub")});
    }
};

QTEST_GUILESS_MAIN(TestLogHub)
#include "tst_log_hub.moc"
