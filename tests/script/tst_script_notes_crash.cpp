// Notes are never lost on a crash (PRODUCT S4): a process killed with SIGKILL right after its
// autosave reported success keeps the last notes in the database.
#include "script/ScriptRunService.h"
#include "store/Store.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace calldeck;

class TestScriptNotesCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedChildKeepsTheLastAutosave()
    {
        constexpr int kRounds = 25;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("calldeck.sqlite"));

        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QStringLiteral(CALLDECK_NOTES_CRASH_CHILD), {path, QString::number(kRounds)});
        QVERIFY2(child.waitForStarted(20000), qPrintable(child.errorString()));
        QByteArray line;
        QTRY_VERIFY_WITH_TIMEOUT(
            (line += child.readAllStandardOutput()).contains('\n') || child.state() == QProcess::NotRunning, 20000);
        QVERIFY2(line.startsWith("saved "), line.constData());
        const qint64 runId = line.mid(6).trimmed().toLongLong();
        QVERIFY(runId > 0);

        child.kill(); // SIGKILL: no destructors, no close of the database
        QVERIFY(child.waitForFinished(20000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        Store store(path);
        QVERIFY(store.open().ok());
        const Result<ScriptRunView> run =
            store.runSync([runId](QSqlDatabase& db) { return ScriptRunService(db).load(runId); });
        QVERIFY2(run.ok(), qPrintable(run.error().message));
        QCOMPARE(run.value().status, ScriptRunStatus::InProgress);
        QCOMPARE(run.value().response(1)->notes,
                 QStringLiteral("Round %1: prospect has 620 clients, churn after month three").arg(kRounds));
        QVERIFY(run.value().response(1)->notesSavedAt.isValid());
    }
};

QTEST_GUILESS_MAIN(TestScriptNotesCrash)
#include "tst_script_notes_crash.moc"
