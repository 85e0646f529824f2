// A process killed mid-call (SIGKILL: no destructors, no flush) keeps every final transcript
// segment its TranscriptWriter had reported written; the partial it was holding is not stored.
#include "store/Store.h"
#include "store/TranscriptRepository.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace calldeck;

class TestTranscriptCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedChildKeepsEveryFinalSegment()
    {
        constexpr int kSegments = 40;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("calldeck.sqlite"));

        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QStringLiteral(CALLDECK_CRASH_CHILD), {path, QString::number(kSegments)});
        QVERIFY2(child.waitForStarted(20000), qPrintable(child.errorString()));
        QByteArray line;
        // Stop waiting as soon as the child exits: its error is on stderr (forwarded).
        QTRY_VERIFY_WITH_TIMEOUT((line += child.readAllStandardOutput()).contains('\n') ||
                                     child.state() == QProcess::NotRunning,
                                 20000);
        QVERIFY2(line.startsWith("written "), line.constData());
        const qint64 sessionId = line.mid(8).trimmed().toLongLong();
        QVERIFY(sessionId > 0);

        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(20000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        Store store(path);
        QVERIFY(store.open().ok());
        const Result<QList<TranscriptSegment>> segments =
            store.runSync([&](QSqlDatabase& db) { return TranscriptRepository(db).segments(sessionId); });
        QVERIFY2(segments.ok(), qPrintable(segments.error().message));
        QCOMPARE(segments.value().size(), kSegments);
        for (int i = 0; i < kSegments; ++i) {
            QCOMPARE(segments.value().at(i).text, QStringLiteral("Line %1").arg(i));
            QCOMPARE(segments.value().at(i).speaker, i % 2 == 0 ? QStringLiteral("agent") : QStringLiteral("callee"));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranscriptCrash)
#include "tst_transcript_crash.moc"
