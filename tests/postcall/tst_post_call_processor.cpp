// PostCallProcessor and PostCallRepository against a real store: a finished dental call gets its
// summary, outcome, rows and "completed" notification; re-running replaces rows without touching
// what the agent recorded; the AI path stores the model's answer.
#include "DentalCall.h"
#include "conversation/openai/OpenAiClient.h"
#include "fakes/FakeOpenAiServer.h"
#include "postcall/AiExtractor.h"
#include "postcall/ExtractionKeys.h"
#include "postcall/NotificationRepository.h"
#include "postcall/PostCallProcessor.h"
#include "postcall/PostCallRepository.h"
#include "store/CallRepository.h"
#include "store/Store.h"
#include "store/TranscriptRepository.h"

#include <QNetworkAccessManager>
#include <QSqlQuery>
#include <QtTest>

#include <memory>

using namespace calldeck;
using namespace calldeck::testdata;

namespace {
const QString kKey = QStringLiteral("sk-test-postcall-processor");
}

class TestPostCallProcessor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Store> m_store;

    /// A finished sandbox call to the dental persona, as the engine stores it.
    qint64 dentalSession(const QString& status = QStringLiteral("completed"))
    {
        return m_store->runSync([status](QSqlDatabase& db) -> qint64 {
            QSqlQuery(db).exec(QStringLiteral("UPDATE users SET time_zone = 'America/New_York'"));
            NewCallRecord record;
            record.callKey = QStringLiteral("c-dental-%1").arg(status);
            record.toE164 = QStringLiteral("+15555550100");
            record.provider = QStringLiteral("sandbox");
            record.agentKind = QStringLiteral("offline");
            record.objective = QStringLiteral("Get the earliest cleaning appointment this week, under $150");
            CallRepository calls(db);
            const Result<CallRecordIds> ids = calls.begin(record);
            if (!ids) {
                return 0;
            }
            QSqlQuery task(db);
            task.prepare(QStringLiteral("UPDATE call_tasks SET contact_name = 'Bright Smile Dental' WHERE id = :id"));
            task.bindValue(QStringLiteral(":id"), ids.value().taskId);
            task.exec();
            const qint64 id = ids.value().sessionId;
            if (!calls.updateStatus(id, status, QStringLiteral("CA0123"), callTime(), callTime().addSecs(95), QString())) {
                return 0;
            }
            if (status == u"completed") {
                if (!TranscriptRepository(db).appendFinal(id, dentalTranscript())) {
                    return 0;
                }
                // What the offline agent recorded during the call.
                const QList<ExtractedField> agentFields{
                    {QStringLiteral("appointment_slot"), QStringLiteral("We have an opening next Tuesday at 10:30"),
                     QStringLiteral("string"), QStringLiteral("We have an opening next Tuesday at 10:30")},
                    {QStringLiteral("price"), QStringLiteral("A cleaning is $120."), QStringLiteral("string"),
                     QStringLiteral("A cleaning is $120.")}};
                if (!calls.saveOutcome(id, QStringLiteral("Recorded appointment_slot."), agentFields)) {
                    return 0;
                }
            }
            return id;
        });
    }

    QList<ExtractedField> storedFields(qint64 sessionId)
    {
        return m_store->runSync([sessionId](QSqlDatabase& db) { return PostCallRepository(db).fields(sessionId); })
            .valueOr({});
    }

    QList<Notification> notifications()
    {
        return m_store->runSync([](QSqlDatabase& db) {
                   return NotificationRepository(db).list(NotificationFilter::All, 0);
               })
            .valueOr({});
    }

    template <typename T>
    static T wait(const QFuture<T>& future)
    {
        if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 20000)) {
            return T(Error{ErrorCode::Internal, QStringLiteral("processing timed out")});
        }
        return future.result();
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<Store>(QStringLiteral(":memory:"));
        QVERIFY(m_store->open().ok());
    }

    void cleanup() { m_store.reset(); }

    void finishedCallGetsSummaryRowsAndCompletedNotification()
    {
        const qint64 id = dentalSession();
        QVERIFY(id > 0);
        PostCallProcessor processor(*m_store);
        QSignalSpy processed(&processor, &PostCallProcessor::processed);
        const Result<PostCallReport> report = wait(processor.process(id));
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QCOMPARE(processed.size(), 1);

        const CallRecordView view =
            m_store->runSync([id](QSqlDatabase& db) { return CallRepository(db).load(id); }).valueOr({});
        QCOMPARE(view.outcome, QStringLiteral("goal_achieved"));
        QVERIFY(view.summary.contains(QStringLiteral("Tuesday, 24 November 2026, 10:30")));
        const int goalAchieved = m_store->runSync([](QSqlDatabase& db) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT goal_achieved FROM call_tasks"));
            return query.next() ? query.value(0).toInt() : -1;
        });
        QCOMPARE(goalAchieved, 1);

        const QList<ExtractedField> rows = storedFields(id);
        QCOMPARE(valuesOf(rows, ExtractionKeys::AppointmentTime), QStringList{QStringLiteral("2026-11-24T10:30:00-05:00")});
        QCOMPARE(valuesOf(rows, ExtractionKeys::PriceCents), QStringList{QStringLiteral("12000")});
        QCOMPARE(valuesOf(rows, QStringLiteral("appointment_slot")).size(), 1);
        // One price row: the agent's words ("A cleaning is $120.") give way to the typed price.
        QVERIFY(valuesOf(rows, QStringLiteral("price")).isEmpty());

        const QList<Notification> added = notifications();
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().type, NotificationType::Completed);
        QCOMPARE(added.first().sessionId, id);
        QVERIFY(added.first().title.contains(QStringLiteral("Bright Smile Dental")));
        QVERIFY(added.first().body.contains(QStringLiteral("Price: $120.00")));
        QCOMPARE(report.value().notificationId, added.first().id);
    }

    void rerunReplacesRowsAndKeepsTheAgentsOwn()
    {
        const qint64 id = dentalSession();
        QVERIFY(id > 0);
        const Result<PostCallReport> first =
            m_store->runSync([id](QSqlDatabase& db) { return PostCallProcessor::processOffline(db, id, true); });
        QVERIFY(first.ok());
        const QList<ExtractedField> afterFirst = storedFields(id);

        // A re-run from the session detail: same rows, not twice as many, and no second notification.
        const Result<PostCallReport> second =
            m_store->runSync([id](QSqlDatabase& db) { return PostCallProcessor::processOffline(db, id, false); });
        QVERIFY(second.ok());
        const QList<ExtractedField> afterSecond = storedFields(id);
        QCOMPARE(afterSecond.size(), afterFirst.size());
        QCOMPARE(valuesOf(afterSecond, ExtractionKeys::PriceCents).size(), 1);
        QCOMPARE(valuesOf(afterSecond, ExtractionKeys::ConfirmationNumber), QStringList{QStringLiteral("BS-4821")});
        QCOMPARE(valuesOf(afterSecond, QStringLiteral("appointment_slot")).size(), 1);
        QCOMPARE(notifications().size(), 1);

        // New transcript lines (a late final) change what the re-run finds.
        QVERIFY(m_store->runSync([id](QSqlDatabase& db) {
            return TranscriptRepository(db).appendFinal(
                id, {line(QStringLiteral("callee"), QStringLiteral("Your confirmation number is BS-4417."), 20)});
        }).ok());
        QVERIFY(m_store->runSync([id](QSqlDatabase& db) { return PostCallProcessor::processOffline(db, id, false); }).ok());
        QCOMPARE(valuesOf(storedFields(id), ExtractionKeys::ConfirmationNumber),
                 (QStringList{QStringLiteral("BS-4821"), QStringLiteral("BS-4417")}));
    }

    void busyCallIsStoredAsNoAnswerWithFailedNotification()
    {
        const qint64 id = dentalSession(QStringLiteral("busy"));
        QVERIFY(id > 0);
        const Result<PostCallReport> report =
            m_store->runSync([id](QSqlDatabase& db) { return PostCallProcessor::processOffline(db, id, true); });
        QVERIFY(report.ok());
        const std::optional<CallOutcome> outcome =
            m_store->runSync([id](QSqlDatabase& db) { return PostCallRepository(db).outcome(id); }).valueOr({});
        QCOMPARE(outcome, std::optional<CallOutcome>(CallOutcome::NoAnswer));
        const QList<Notification> added = notifications();
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().type, NotificationType::Failed);
        QVERIFY(added.first().body.contains(QStringLiteral("busy")));
    }

    void unknownSessionIsNotFound()
    {
        PostCallProcessor processor(*m_store);
        const Result<PostCallReport> report = wait(processor.process(4242));
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, ErrorCode::NotFound);
        QVERIFY(notifications().isEmpty());
    }

    void aiPathStoresTheModelsAnswer()
    {
        const qint64 id = dentalSession();
        QVERIFY(id > 0);
        fakes::FakeOpenAiServer server(kKey);
        fakes::FakeOpenAiServer::ChatReply reply;
        reply.text = QStringLiteral(
            "{\"summary\": \"Karen booked the cleaning for Tuesday at 10:30.\", \"outcome\": \"goal_achieved\","
            " \"goal_achieved\": true, \"follow_up_needed\": false, \"follow_up_instruction\": \"\","
            " \"fields\": [{\"key\": \"confirmation_number\", \"value\": \"KX-77\", \"raw_fragment\": \"KX-77\"},"
            " {\"key\": \"price_cents\", \"value\": 12000, \"raw_fragment\": \"A cleaning is $120.\"}]}");
        server.queueChat(reply);
        QNetworkAccessManager network;
        OpenAiClient client(network, server.start(), kKey);
        AiExtractor extractor(client, QStringLiteral("gpt-4o-mini"));
        PostCallProcessor processor(*m_store);
        processor.setAiExtractor(&extractor);

        const Result<PostCallReport> report = wait(processor.process(id));
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QCOMPARE(report.value().result.extractor, QStringLiteral("ai"));
        const QList<ExtractedField> rows = storedFields(id);
        QCOMPARE(valuesOf(rows, ExtractionKeys::ConfirmationNumber), QStringList{QStringLiteral("KX-77")});
        QCOMPARE(valuesOf(rows, QStringLiteral("appointment_slot")).size(), 1);
        const QList<Notification> added = notifications();
        QCOMPARE(added.size(), 1);
        QVERIFY(added.first().body.contains(QStringLiteral("Confirmation number: KX-77")));
    }
};

QTEST_GUILESS_MAIN(TestPostCallProcessor)
#include "tst_post_call_processor.moc"
