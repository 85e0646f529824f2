// TranscriptRepository: final segments come back in conversation order however they arrived,
// a segment re-sent with the same id is updated rather than duplicated, speakers map to the
// database's values and back, and full_text reads like the conversation.
#include "store/CallRepository.h"
#include "store/Store.h"
#include "store/TranscriptRepository.h"

#include <QSqlQuery>
#include <QtTest>
#include <memory>

using namespace calldeck;

namespace {

TranscriptSegment segment(const QString& id, const QString& speaker, qint64 startMs, const QString& text)
{
    TranscriptSegment s;
    s.callKey = QStringLiteral("c-1");
    s.id = id;
    s.speaker = speaker;
    s.startMs = startMs;
    s.endMs = startMs + 1500;
    s.text = text;
    return s;
}

} // namespace

class TestTranscriptRepository : public QObject
{
    Q_OBJECT

private:
    Status append(const QList<TranscriptSegment>& segments)
    {
        return m_store->runSync([&](QSqlDatabase& db) { return TranscriptRepository(db).appendFinal(m_session, segments); });
    }

    QList<TranscriptSegment> stored()
    {
        const Result<QList<TranscriptSegment>> result =
            m_store->runSync([&](QSqlDatabase& db) { return TranscriptRepository(db).segments(m_session); });
        if (!result) {
            qWarning() << result.error().message;
            return {};
        }
        return result.value();
    }

    QStringList texts()
    {
        QStringList list;
        const QList<TranscriptSegment> segments = stored();
        for (const TranscriptSegment& s : segments) {
            list.append(s.text);
        }
        return list;
    }

    qint64 rowCount()
    {
        return m_store->runSync([](QSqlDatabase& db) -> qint64 {
            QSqlQuery query(db);
            return query.exec(QStringLiteral("SELECT COUNT(*) FROM transcript_segments")) && query.next()
                       ? query.value(0).toLongLong()
                       : -1;
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
        record.toE164 = QStringLiteral("+14155550123");
        const Result<CallRecordIds> ids =
            m_store->runSync([&](QSqlDatabase& db) { return CallRepository(db).begin(record); });
        QVERIFY(ids.ok());
        m_session = ids.value().sessionId;
    }

    void cleanup() { m_store.reset(); }

    void emptyBeforeAnything()
    {
        QVERIFY(stored().isEmpty());
        QCOMPARE(m_store->runSync([&](QSqlDatabase& db) { return TranscriptRepository(db).fullText(m_session); }).value(),
                 QString());
    }

    void conversationOrderByStartThenArrival()
    {
        // The callee's words are transcribed after the agent already answered them.
        QVERIFY(append({segment(QStringLiteral("a1"), QStringLiteral("agent"), 0, QStringLiteral("Hello!")),
                        segment(QStringLiteral("a2"), QStringLiteral("agent"), 6000, QStringLiteral("Tuesday works."))})
                    .ok());
        QVERIFY(append({segment(QStringLiteral("c1"), QStringLiteral("callee"), 2500, QStringLiteral("Hi, which day?")),
                        segment(QStringLiteral("s1"), QStringLiteral("system"), 6000, QStringLiteral("Recording on"))})
                    .ok());
        QCOMPARE(texts(), (QStringList{QStringLiteral("Hello!"), QStringLiteral("Hi, which day?"),
                                       QStringLiteral("Tuesday works."), QStringLiteral("Recording on")}));
        const QList<TranscriptSegment> segments = stored();
        QCOMPARE(segments.at(0).speaker, QStringLiteral("agent"));
        QCOMPARE(segments.at(1).speaker, QStringLiteral("callee"));
        QCOMPARE(segments.at(3).speaker, QStringLiteral("system"));
        QCOMPARE(segments.at(1).id, QStringLiteral("c1"));
        QCOMPARE(segments.at(1).previousId, QStringLiteral("a1"));
        QCOMPARE(segments.at(1).endMs, 4000);
        QCOMPARE(segments.at(1).callKey, QStringLiteral("c-1"));

        const QString fullText =
            m_store->runSync([&](QSqlDatabase& db) { return TranscriptRepository(db).fullText(m_session); }).value();
        QCOMPARE(fullText, QStringLiteral("Agent: Hello!\nCallee: Hi, which day?\nAgent: Tuesday works.\n"
                                          "System: Recording on"));
        const QString dbSpeaker = m_store->runSync([](QSqlDatabase& db) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT speaker FROM transcript_segments WHERE segment_key = 'c1'"));
            return query.next() ? query.value(0).toString() : QString();
        });
        QCOMPARE(dbSpeaker, QStringLiteral("human"));
    }

    void sameIdUpdatesInsteadOfDuplicating()
    {
        QVERIFY(append({segment(QStringLiteral("a1"), QStringLiteral("agent"), 0, QStringLiteral("We have Tuesday at"))})
                    .ok());
        TranscriptSegment cut = segment(QStringLiteral("a1"), QStringLiteral("agent"), 0, QStringLiteral("We have Tue"));
        cut.interrupted = true;
        cut.confidence = 0.87;
        QVERIFY(append({cut, cut}).ok());
        QCOMPARE(rowCount(), 1);
        const QList<TranscriptSegment> segments = stored();
        QCOMPARE(segments.size(), 1);
        QCOMPARE(segments.at(0).text, QStringLiteral("We have Tue"));
        QVERIFY(segments.at(0).interrupted);
        QCOMPARE(segments.at(0).confidence, 0.87);
    }

    void partialsAreNotStoredAndBadSpeakerIsRefused()
    {
        TranscriptSegment partial = segment(QStringLiteral("c1"), QStringLiteral("callee"), 0, QStringLiteral("I'd li"));
        partial.isFinal = false;
        QVERIFY(append({partial}).ok());
        QCOMPARE(rowCount(), 0);

        const Status bad = append({segment(QStringLiteral("x"), QStringLiteral("robot"), 0, QStringLiteral("beep"))});
        QCOMPARE(bad.error().code, ErrorCode::InvalidArgument);
        QVERIFY(bad.error().message.contains(QStringLiteral("robot")));

        const Status missing = m_store->runSync([](QSqlDatabase& db) {
            return TranscriptRepository(db).appendFinal(
                999, {segment(QStringLiteral("a"), QStringLiteral("agent"), 0, QStringLiteral("Hi"))});
        });
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }

    void segmentsWithoutIdAreAllKept()
    {
        QVERIFY(append({segment({}, QStringLiteral("system"), 0, QStringLiteral("Call connected")),
                        segment({}, QStringLiteral("system"), 0, QStringLiteral("Recording on"))})
                    .ok());
        QCOMPARE(texts(), (QStringList{QStringLiteral("Call connected"), QStringLiteral("Recording on")}));
    }

private:
    std::unique_ptr<Store> m_store;
    qint64 m_session = 0;
};

QTEST_GUILESS_MAIN(TestTranscriptRepository)
#include "tst_transcript_repository.moc"
