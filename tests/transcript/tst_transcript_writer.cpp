// TranscriptWriter: finals that arrive together reach the database as one batch on the next
// event-loop turn, partials never touch the disk, a failed write is reported in words and
// retried until it succeeds (nothing dropped), and flush()/destruction write what is queued.
#include "store/CallRepository.h"
#include "store/Store.h"
#include "store/TranscriptRepository.h"
#include "store/TranscriptWriter.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>
#include <memory>

using namespace calldeck;

namespace {

constexpr int kSlowMs = 20000;

TranscriptSegment finalSegment(int n, const QString& speaker = QStringLiteral("callee"))
{
    TranscriptSegment s;
    s.callKey = QStringLiteral("c-1");
    s.id = QStringLiteral("%1-%2").arg(speaker).arg(n);
    s.speaker = speaker;
    s.startMs = qint64(n) * 1000;
    s.endMs = s.startMs + 800;
    s.text = QStringLiteral("Sentence number %1.").arg(n);
    return s;
}

} // namespace

class TestTranscriptWriter : public QObject
{
    Q_OBJECT

private:
    qint64 rowCount()
    {
        return m_store->runSync([](QSqlDatabase& db) -> qint64 {
            QSqlQuery query(db);
            return query.exec(QStringLiteral("SELECT COUNT(*) FROM transcript_segments")) && query.next()
                       ? query.value(0).toLongLong()
                       : -1;
        });
    }

    QStringList storedTexts()
    {
        const auto segments =
            m_store->runSync([this](QSqlDatabase& db) { return TranscriptRepository(db).segments(m_session); });
        QStringList texts;
        for (const TranscriptSegment& s : segments.valueOr({})) {
            texts.append(s.text);
        }
        return texts;
    }

    void setReadOnly(bool on)
    {
        m_store->runSync([on](QSqlDatabase& db) {
            QSqlQuery query(db);
            query.exec(on ? QStringLiteral("PRAGMA query_only=ON") : QStringLiteral("PRAGMA query_only=OFF"));
        });
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<Store>(QStringLiteral(":memory:"));
        QVERIFY(m_store->open().ok());
        NewCallRecord record;
        record.callKey = QStringLiteral("c-1");
        record.provider = QStringLiteral("sandbox");
        const Result<CallRecordIds> ids =
            m_store->runSync([&](QSqlDatabase& db) { return CallRepository(db).begin(record); });
        QVERIFY(ids.ok());
        m_session = ids.value().sessionId;
    }

    void cleanup() { m_store.reset(); }

    void finalsArrivingTogetherAreOneBatch()
    {
        TranscriptWriter writer(*m_store, m_session);
        QSignalSpy written(&writer, &TranscriptWriter::written);
        for (int i = 1; i <= 5; ++i) {
            writer.add(finalSegment(i));
        }
        QCOMPARE(writer.pendingCount(), 5);
        QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, kSlowMs);
        QCOMPARE(written.at(0).at(0).toInt(), 5);
        QCOMPARE(rowCount(), 5);
        QCOMPARE(writer.pendingCount(), 0);

        writer.add(finalSegment(6));
        writer.add(finalSegment(7));
        QTRY_COMPARE_WITH_TIMEOUT(written.count(), 2, kSlowMs);
        QCOMPARE(written.at(1).at(0).toInt(), 2);
        QCOMPARE(written.at(1).at(1).toInt(), 7);
        QCOMPARE(writer.writtenCount(), 7);
        QCOMPARE(storedTexts().constLast(), QStringLiteral("Sentence number 7."));
    }

    void partialsStayInMemoryUntilFinal()
    {
        TranscriptWriter writer(*m_store, m_session);
        QSignalSpy written(&writer, &TranscriptWriter::written);
        TranscriptSegment partial = finalSegment(1);
        partial.isFinal = false;
        partial.text = QStringLiteral("Sentence num");
        writer.add(partial);
        QCOMPARE(writer.partials().size(), 1);
        QCOMPARE(writer.pendingCount(), 0);
        QTest::qWait(50);
        QCOMPARE(rowCount(), 0);

        writer.add(finalSegment(1));
        QVERIFY(writer.partials().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, kSlowMs);
        QCOMPARE(storedTexts(), QStringList{QStringLiteral("Sentence number 1.")});
    }

    void failedWriteIsReportedAndRetried()
    {
        TranscriptWriter writer(*m_store, m_session);
        QSignalSpy written(&writer, &TranscriptWriter::written);
        QSignalSpy failed(&writer, &TranscriptWriter::writeFailed);
        setReadOnly(true);
        writer.add(finalSegment(1));
        writer.add(finalSegment(2));
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() >= 2, kSlowMs); // the first write and at least one retry
        const QString message = failed.at(0).at(0).toString();
        QVERIFY2(message.contains(QStringLiteral("transcript")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("readonly")), qPrintable(message));
        QCOMPARE(written.count(), 0);
        QCOMPARE(writer.pendingCount(), 2);

        // A segment arriving during the outage joins the retry.
        writer.add(finalSegment(3));
        setReadOnly(false);
        QTRY_COMPARE_WITH_TIMEOUT(writer.writtenCount(), 3, kSlowMs);
        QCOMPARE(writer.pendingCount(), 0);
        QCOMPARE(storedTexts(), (QStringList{QStringLiteral("Sentence number 1."), QStringLiteral("Sentence number 2."),
                                             QStringLiteral("Sentence number 3.")}));
    }

    void flushWritesAtOnceAndReportsFailure()
    {
        TranscriptWriter writer(*m_store, m_session);
        writer.add(finalSegment(1));
        writer.add(finalSegment(2));
        const Status flushed = writer.flush();
        QVERIFY2(flushed.ok(), qPrintable(flushed.error().message));
        QCOMPARE(rowCount(), 2); // without an event-loop turn
        QCOMPARE(writer.pendingCount(), 0);

        setReadOnly(true);
        writer.add(finalSegment(3));
        QSignalSpy failed(&writer, &TranscriptWriter::writeFailed);
        const Status refused = writer.flush();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Database);
        QCOMPARE(writer.pendingCount(), 1);
        setReadOnly(false);
        QTRY_COMPARE_WITH_TIMEOUT(rowCount(), 3, kSlowMs); // the retry carries on after the failed flush
    }

    void destructionWritesWhatIsQueued()
    {
        {
            TranscriptWriter writer(*m_store, m_session);
            writer.add(finalSegment(1));
            writer.add(finalSegment(2, QStringLiteral("agent")));
        }
        QCOMPARE(rowCount(), 2);
    }

private:
    std::unique_ptr<Store> m_store;
    qint64 m_session = 0;
};

QTEST_GUILESS_MAIN(TestTranscriptWriter)
#include "tst_transcript_writer.moc"
