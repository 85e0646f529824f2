// One desk per data directory: a later start hands its tel: link to the running desk and ends,
// in-process and as real processes; a desk killed with SIGKILL leaves a lock and a socket that the
// next start takes over; another data directory is another desk.
#include "core/SingleInstance.h"
#include "core/TelUri.h"

#include <QLocalServer>
#include <QProcess>
#include <QSignalSpy>
#include <QDeadlineTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <csignal>

using namespace calldeck;

namespace {

/// Waits until the process printed a line starting with `prefix`; returns that line.
QString waitForLine(QProcess& process, const QString& prefix, int timeoutMs = 15000)
{
    QDeadlineTimer deadline(timeoutMs);
    QString seen;
    while (!deadline.hasExpired()) {
        while (process.canReadLine()) {
            const QString line = QString::fromUtf8(process.readLine()).trimmed();
            if (line.startsWith(prefix)) {
                return line;
            }
            seen += line + u'\n';
        }
        process.waitForReadyRead(100);
    }
    qWarning("no line starting with %s; seen:\n%s", qPrintable(prefix), qPrintable(seen));
    return {};
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void telLinksAndNumbers()
    {
        QCOMPARE(TelUri::number(QStringLiteral("tel:+1-555-555-0100")), QStringLiteral("+1-555-555-0100"));
        QCOMPARE(TelUri::number(QStringLiteral("tel:+15555550100;ext=12")), QStringLiteral("+15555550100"));
        QCOMPARE(TelUri::number(QStringLiteral("tel:%2B1%20555%20555%200100")), QStringLiteral("+1 555 555 0100"));
        QCOMPARE(TelUri::number(QStringLiteral("TEL://+46701234567")), QStringLiteral("+46701234567"));
        QCOMPARE(TelUri::number(QStringLiteral("+1 (555) 555-0100")), QStringLiteral("+1 (555) 555-0100"));
        QCOMPARE(TelUri::number(QStringLiteral("1-800-FLOWERS")), QStringLiteral("1-800-FLOWERS"));
        QVERIFY(TelUri::number(QStringLiteral("--verbose")).isEmpty());
        QVERIFY(TelUri::number(QStringLiteral("banana")).isEmpty());
        QVERIFY(TelUri::number(QStringLiteral("https://example.com/1234")).isEmpty());
    }

    void secondStartHandsOverInProcess()
    {
        QTemporaryDir dir;
        SingleInstance first(dir.path());
        QCOMPARE(first.start({}), SingleInstance::Role::Primary);
        QSignalSpy activated(&first, &SingleInstance::activated);

        // The later start blocks while it waits for the answer, so it runs on its own thread.
        SingleInstance::Role role = SingleInstance::Role::Primary;
        QThread* later = QThread::create([&dir, &role] {
            SingleInstance second(dir.path());
            role = second.start({QStringLiteral("tel:+15555550100")});
        });
        later->start();
        QTRY_VERIFY_WITH_TIMEOUT(later->isFinished(), 15000);
        delete later;
        QCOMPARE(role, SingleInstance::Role::HandedOver);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toStringList(), QStringList{QStringLiteral("tel:+15555550100")});

        // Another data directory is another desk.
        QTemporaryDir other;
        SingleInstance elsewhere(other.path());
        QCOMPARE(elsewhere.start({}), SingleInstance::Role::Primary);
        QVERIFY(SingleInstance::serverName(dir.path()) != SingleInstance::serverName(other.path()));
        QCOMPARE(SingleInstance::serverName(dir.path() + QStringLiteral("/")), SingleInstance::serverName(dir.path()));
    }

    void secondProcessHandsOverAndACrashedDeskIsReplaced()
    {
        QTemporaryDir dir;
        QProcess desk;
        desk.start(QStringLiteral(CALLDECK_INSTANCE_CHILD), {dir.path()});
        QVERIFY(desk.waitForStarted());
        QCOMPARE(waitForLine(desk, QStringLiteral("desk")), QStringLiteral("desk"));

        QProcess later;
        later.start(QStringLiteral(CALLDECK_INSTANCE_CHILD), {dir.path(), QStringLiteral("tel:+15555550102")});
        QVERIFY(later.waitForFinished(15000));
        QCOMPARE(later.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(later.readAllStandardOutput()).trimmed(), QStringLiteral("handed over"));
        QCOMPARE(waitForLine(desk, QStringLiteral("got ")), QStringLiteral("got tel:+15555550102"));

        // A crash leaves the lock file and the socket behind; the next start is the desk anyway.
        ::kill(static_cast<pid_t>(desk.processId()), SIGKILL);
        QVERIFY(desk.waitForFinished(15000));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("calldeck.lock"))));
        QProcess next;
        next.start(QStringLiteral(CALLDECK_INSTANCE_CHILD), {dir.path()});
        QVERIFY(next.waitForStarted());
        QCOMPARE(waitForLine(next, QStringLiteral("desk")), QStringLiteral("desk"));

        QProcess again;
        again.start(QStringLiteral(CALLDECK_INSTANCE_CHILD), {dir.path(), QStringLiteral("+15555550100")});
        QVERIFY(again.waitForFinished(15000));
        QCOMPARE(again.exitCode(), 0);
        QCOMPARE(waitForLine(next, QStringLiteral("got ")), QStringLiteral("got +15555550100"));
        next.kill();
        next.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_single_instance.moc"
