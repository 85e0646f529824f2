// CallRepository: what `calls show`, the history and the cost/latency views read back after a
// call: ad-hoc tasks, attempts, status with duration and task outcome, cost lines, latency
// percentiles, crash recovery and lookups by call key.
#include "store/CallRepository.h"
#include "store/Store.h"
#include "store/TranscriptRepository.h"

#include <QSqlQuery>
#include <QtTest>
#include <memory>

using namespace calldeck;

namespace {

NewCallRecord dentist(const QString& key)
{
    NewCallRecord record;
    record.callKey = key;
    record.toE164 = QStringLiteral("+14155550123");
    record.provider = QStringLiteral("sandbox");
    record.agentKind = QStringLiteral("offline");
    record.objective = QStringLiteral("Book a dental cleaning next week, mornings preferred");
    record.estimatedCostMicros = 120000;
    return record;
}

QDateTime at(const QString& iso)
{
    return QDateTime::fromString(iso, Qt::ISODate);
}

} // namespace

class TestCallRepository : public QObject
{
    Q_OBJECT

private:
    template <typename F>
    auto withRepo(F&& fn)
    {
        return m_store->runSync([&fn](QSqlDatabase& db) {
            CallRepository repo(db);
            return fn(repo);
        });
    }

    CallRecordIds beginOk(const NewCallRecord& record)
    {
        const Result<CallRecordIds> ids = withRepo([&](CallRepository& r) { return r.begin(record); });
        if (!ids) {
            qWarning() << ids.error().message;
            return {};
        }
        return ids.value();
    }

    CallRecordView loadOk(qint64 sessionId)
    {
        const Result<CallRecordView> view = withRepo([&](CallRepository& r) { return r.load(sessionId); });
        if (!view) {
            qWarning() << view.error().message;
            return {};
        }
        return view.value();
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<Store>(QStringLiteral(":memory:"));
        QVERIFY(m_store->open().ok());
    }

    void cleanup() { m_store.reset(); }

    void beginCreatesAdHocTaskAndSession()
    {
        const CallRecordIds ids = beginOk(dentist(QStringLiteral("c-1")));
        QVERIFY(ids.taskId > 0);
        QVERIFY(ids.sessionId > 0);
        const CallRecordView view = loadOk(ids.sessionId);
        QCOMPARE(view.taskId, ids.taskId);
        QCOMPARE(view.status, QStringLiteral("initiated"));
        QCOMPARE(view.attempt, 1);
        QCOMPARE(view.callKey, QStringLiteral("c-1"));
        QCOMPARE(view.provider, QStringLiteral("sandbox"));
        QCOMPARE(view.agentKind, QStringLiteral("offline"));
        QCOMPARE(view.toE164, QStringLiteral("+14155550123"));
        QCOMPARE(view.taskTitle, QStringLiteral("Book a dental cleaning next week, mornings preferred"));
        QCOMPARE(view.objective, view.taskTitle);
        QCOMPARE(view.taskStatus, QStringLiteral("in_progress"));
        QCOMPARE(view.estimatedCostMicros, 120000);
        QCOMPARE(view.durationS, -1);
        QCOMPARE(view.latencyP50Ms, -1);
        QVERIFY(view.segments.isEmpty());
        QCOMPARE(withRepo([](CallRepository& r) { return r.sessionIdForCallKey(QStringLiteral("c-1")); }).value(),
                 ids.sessionId);
    }

    void attemptsCountPerTaskAndKeysAreUnique()
    {
        const CallRecordIds first = beginOk(dentist(QStringLiteral("c-1")));
        NewCallRecord retry = dentist(QStringLiteral("c-2"));
        retry.taskId = first.taskId;
        const CallRecordIds second = beginOk(retry);
        QCOMPARE(second.taskId, first.taskId);
        QCOMPARE(loadOk(second.sessionId).attempt, 2);

        const Result<CallRecordIds> again = withRepo([](CallRepository& r) { return r.begin(dentist(QStringLiteral("c-2"))); });
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        QVERIFY(again.error().message.contains(QStringLiteral("c-2")));

        NewCallRecord missingTask = dentist(QStringLiteral("c-3"));
        missingTask.taskId = 999;
        QCOMPARE(withRepo([&](CallRepository& r) { return r.begin(missingTask); }).error().code, ErrorCode::NotFound);
        NewCallRecord badAgent = dentist(QStringLiteral("c-4"));
        badAgent.agentKind = QStringLiteral("robot");
        QCOMPARE(withRepo([&](CallRepository& r) { return r.begin(badAgent); }).error().code,
                 ErrorCode::InvalidArgument);
        QCOMPARE(withRepo([](CallRepository& r) { return r.sessionIdForCallKey(QStringLiteral("c-404")); }).error().code,
                 ErrorCode::NotFound);
    }

    void sessionsForTaskListsAttemptsNewestFirst()
    {
        // A task called three times: busy, no answer, then a completed call with an outcome and cost.
        const CallRecordIds first = beginOk(dentist(QStringLiteral("c-1")));
        NewCallRecord retry = dentist(QStringLiteral("c-2"));
        retry.taskId = first.taskId;
        const CallRecordIds second = beginOk(retry);
        retry.callKey = QStringLiteral("c-3");
        const CallRecordIds third = beginOk(retry);
        const CallRecordIds otherTask = beginOk(dentist(QStringLiteral("c-other")));
        QVERIFY(withRepo([&](CallRepository& r) {
            return r.updateStatus(first.sessionId, QStringLiteral("busy"), QStringLiteral("CA1"),
                                  at(QStringLiteral("2026-11-20T09:00:00Z")), at(QStringLiteral("2026-11-20T09:00:05Z")),
                                  QStringLiteral("The line was busy."));
        }).ok());
        QVERIFY(withRepo([&](CallRepository& r) {
            return r.updateStatus(second.sessionId, QStringLiteral("no-answer"), QStringLiteral("CA2"), {}, {}, {});
        }).ok());
        QVERIFY(withRepo([&](CallRepository& r) {
            return r.updateStatus(third.sessionId, QStringLiteral("completed"), QStringLiteral("CA3"),
                                  at(QStringLiteral("2026-11-20T11:00:00Z")), at(QStringLiteral("2026-11-20T11:01:35Z")), {});
        }).ok());
        CallCost cost;
        cost.telephonyMicros = 21000;
        cost.voiceAiMicros = 90000;
        QVERIFY(withRepo([&](CallRepository& r) { return r.saveCost(third.sessionId, cost); }).ok());
        QVERIFY(m_store->runSync([&](QSqlDatabase& db) {
            QSqlQuery query(db);
            return query.exec(QStringLiteral("UPDATE call_sessions SET outcome = 'goal_achieved' WHERE id = %1")
                                  .arg(third.sessionId));
        }));

        const Result<QList<TaskAttempt>> attempts =
            withRepo([&](CallRepository& r) { return r.sessionsForTask(first.taskId); });
        QVERIFY2(attempts.ok(), qPrintable(attempts.ok() ? QString() : attempts.error().message));
        const QList<TaskAttempt>& list = attempts.value();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).sessionId, third.sessionId);
        QCOMPARE(list.at(1).sessionId, second.sessionId);
        QCOMPARE(list.at(2).sessionId, first.sessionId);
        QCOMPARE(list.at(0).attempt, 3);
        QCOMPARE(list.at(2).attempt, 1);

        const TaskAttempt& completed = list.at(0);
        QCOMPARE(completed.taskId, first.taskId);
        QCOMPARE(completed.callKey, QStringLiteral("c-3"));
        QCOMPARE(completed.status, QStringLiteral("completed"));
        QCOMPARE(completed.outcome, QStringLiteral("goal_achieved"));
        QCOMPARE(completed.startedAt, at(QStringLiteral("2026-11-20T11:00:00Z")));
        QCOMPARE(completed.endedAt, at(QStringLiteral("2026-11-20T11:01:35Z")));
        QCOMPARE(completed.durationS, 95);
        QCOMPARE(completed.costMicros, 111000);
        QVERIFY(completed.createdAt.isValid());

        const TaskAttempt& busy = list.at(2);
        QCOMPARE(busy.status, QStringLiteral("busy"));
        QCOMPARE(busy.failureReason, QStringLiteral("The line was busy."));
        QVERIFY(busy.outcome.isEmpty());
        QCOMPARE(list.at(1).status, QStringLiteral("no-answer"));
        QVERIFY(!list.at(1).startedAt.isValid());
        QCOMPARE(list.at(1).durationS, -1);
        QCOMPARE(list.at(1).costMicros, 0);

        // Another task's call is not among them; a task without calls has none; an unknown task is NotFound.
        const Result<QList<TaskAttempt>> other =
            withRepo([&](CallRepository& r) { return r.sessionsForTask(otherTask.taskId); });
        QCOMPARE(other.value().size(), 1);
        QCOMPARE(other.value().first().callKey, QStringLiteral("c-other"));
        const qint64 emptyTask = m_store->runSync([](QSqlDatabase& db) -> qint64 {
            QSqlQuery query(db);
            query.exec(QStringLiteral("INSERT INTO call_tasks (user_id, title, status, call_type, created_at, updated_at)"
                                      " SELECT user_id, 'No calls yet', 'pending', 'manual', created_at, updated_at"
                                      " FROM call_tasks LIMIT 1"));
            return query.lastInsertId().toLongLong();
        });
        QVERIFY(emptyTask > 0);
        const Result<QList<TaskAttempt>> none = withRepo([&](CallRepository& r) { return r.sessionsForTask(emptyTask); });
        QVERIFY(none.ok());
        QVERIFY(none.value().isEmpty());
        QCOMPARE(withRepo([](CallRepository& r) { return r.sessionsForTask(999); }).error().code, ErrorCode::NotFound);
    }

    void statusUpdatesDurationAndAdHocTask()
    {
        const CallRecordIds ids = beginOk(dentist(QStringLiteral("c-1")));
        Status status = withRepo([&](CallRepository& r) {
            return r.updateStatus(ids.sessionId, QStringLiteral("connected"), QStringLiteral("CA123"),
                                  at(QStringLiteral("2026-03-02T09:00:00Z")), {}, {});
        });
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        CallRecordView view = loadOk(ids.sessionId);
        QCOMPARE(view.status, QStringLiteral("connected"));
        QCOMPARE(view.providerCallId, QStringLiteral("CA123"));
        QCOMPARE(view.taskStatus, QStringLiteral("in_progress"));
        QCOMPARE(view.durationS, -1);

        // The end arrives alone; the start and the call id are kept.
        status = withRepo([&](CallRepository& r) {
            return r.updateStatus(ids.sessionId, QStringLiteral("completed"), {}, {},
                                  at(QStringLiteral("2026-03-02T09:03:25Z")), {});
        });
        QVERIFY(status.ok());
        view = loadOk(ids.sessionId);
        QCOMPARE(view.status, QStringLiteral("completed"));
        QCOMPARE(view.providerCallId, QStringLiteral("CA123"));
        QCOMPARE(view.startedAt, at(QStringLiteral("2026-03-02T09:00:00Z")));
        QCOMPARE(view.durationS, 205);
        QCOMPARE(view.taskStatus, QStringLiteral("completed"));

        // A failed call fails its ad-hoc task with the reason.
        const CallRecordIds busy = beginOk(dentist(QStringLiteral("c-2")));
        QVERIFY(withRepo([&](CallRepository& r) {
                    return r.updateStatus(busy.sessionId, QStringLiteral("busy"), {}, {}, {},
                                          QStringLiteral("The line was busy."));
                }).ok());
        view = loadOk(busy.sessionId);
        QCOMPARE(view.taskStatus, QStringLiteral("failed"));
        QCOMPARE(view.failureReason, QStringLiteral("The line was busy."));

        QCOMPARE(withRepo([&](CallRepository& r) {
                     return r.updateStatus(ids.sessionId, QStringLiteral("exploded"), {}, {}, {}, {});
                 }).error().code,
                 ErrorCode::InvalidArgument);
        QCOMPARE(withRepo([](CallRepository& r) {
                     return r.updateStatus(999, QStringLiteral("completed"), {}, {}, {}, {});
                 }).error().code,
                 ErrorCode::NotFound);
    }

    void plannedTaskStatusIsLeftToItsOwner()
    {
        const qint64 taskId = m_store->runSync([](QSqlDatabase& db) -> qint64 {
            QSqlQuery query(db);
            query.exec(QStringLiteral("INSERT INTO call_tasks (user_id, title, status, created_at, updated_at)"
                                      " VALUES (1, 'Planned', 'ready_to_call', 'a', 'a') RETURNING id"));
            return query.next() ? query.value(0).toLongLong() : 0;
        });
        QVERIFY(taskId > 0);
        NewCallRecord record = dentist(QStringLiteral("c-7"));
        record.taskId = taskId;
        const CallRecordIds ids = beginOk(record);
        QVERIFY(withRepo([&](CallRepository& r) {
                    return r.updateStatus(ids.sessionId, QStringLiteral("failed"), {}, {}, {}, QStringLiteral("x"));
                }).ok());
        QCOMPARE(loadOk(ids.sessionId).taskStatus, QStringLiteral("ready_to_call"));
    }

    void costIsStoredWithLines()
    {
        const CallRecordIds ids = beginOk(dentist(QStringLiteral("c-1")));
        CallCost cost;
        cost.telephonyMicros = 45000;
        cost.voiceAiMicros = 310250;
        cost.reasoningAiMicros = 1200;
        cost.lines = {CostLine{QStringLiteral("telephony"), QStringLiteral("twilio"),
                               QStringLiteral("twilio.outbound_minute"), 3.25, QStringLiteral("minute"), 45000},
                      CostLine{QStringLiteral("voice_ai"), QStringLiteral("openai"),
                               QStringLiteral("gpt-realtime.audio_in"), 4120, QStringLiteral("token"), 310250},
                      CostLine{QStringLiteral("reasoning_ai"), QStringLiteral("openai"),
                               QStringLiteral("gpt-4o-mini.input"), 800, QStringLiteral("token"), 1200}};
        const Status saved = withRepo([&](CallRepository& r) { return r.saveCost(ids.sessionId, cost); });
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        const CallRecordView view = loadOk(ids.sessionId);
        QCOMPARE(view.cost, cost);
        QCOMPARE(view.cost.totalMicros(), 356450);
        const qint64 storedTotal = m_store->runSync([&](QSqlDatabase& db) -> qint64 {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT total_cost_micros FROM call_sessions WHERE id = %1").arg(ids.sessionId));
            return query.next() ? query.value(0).toLongLong() : -1;
        });
        QCOMPARE(storedTotal, 356450);

        CallCost negative;
        negative.voiceAiMicros = -1;
        QCOMPARE(withRepo([&](CallRepository& r) { return r.saveCost(ids.sessionId, negative); }).error().code,
                 ErrorCode::InvalidArgument);
        QCOMPARE(withRepo([&](CallRepository& r) { return r.saveCost(999, cost); }).error().code, ErrorCode::NotFound);
    }

    void latencyRowsAndPercentiles()
    {
        const CallRecordIds ids = beginOk(dentist(QStringLiteral("c-1")));
        QList<TurnLatency> turns;
        // Totals 100..2000 ms in 20 turns; internal 1..20 ms.
        for (int i = 1; i <= 20; ++i) {
            turns.append(TurnLatency{i, qint64(i) * 100000, qint64(i) * 1000});
        }
        const Status saved = withRepo([&](CallRepository& r) { return r.saveLatency(ids.sessionId, turns); });
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        CallRecordView view = loadOk(ids.sessionId);
        QCOMPARE(view.latencies.size(), turns.size());
        for (qsizetype i = 0; i < turns.size(); ++i) {
            QCOMPARE(view.latencies.at(i).turn, turns.at(i).turn);
            QCOMPARE(view.latencies.at(i).totalUs, turns.at(i).totalUs);
            QCOMPARE(view.latencies.at(i).internalUs, turns.at(i).internalUs);
        }
        QCOMPARE(view.latencyTurns, 20);
        QCOMPARE(view.latencyP50Ms, 1000);
        QCOMPARE(view.latencyP95Ms, 1900);
        QCOMPARE(view.internalP50Ms, 10);
        QCOMPARE(view.internalP95Ms, 19);

        // Saving a turn again replaces it rather than adding a row.
        QVERIFY(withRepo([&](CallRepository& r) {
                    return r.saveLatency(ids.sessionId, {TurnLatency{20, 5000000, 20000}});
                }).ok());
        view = loadOk(ids.sessionId);
        QCOMPARE(view.latencies.size(), 20);
        QCOMPARE(view.latencies.constLast().totalUs, 5000000);

        QCOMPARE(withRepo([&](CallRepository& r) {
                     return r.saveLatency(ids.sessionId, {TurnLatency{0, 1, 1}});
                 }).error().code,
                 ErrorCode::InvalidArgument);
        QCOMPARE(withRepo([&](CallRepository& r) { return r.saveLatency(999, turns); }).error().code,
                 ErrorCode::NotFound);
    }

    void markInterruptedClosesRunningCalls()
    {
        const CallRecordIds ringing = beginOk(dentist(QStringLiteral("c-1")));
        const CallRecordIds connected = beginOk(dentist(QStringLiteral("c-2")));
        const CallRecordIds done = beginOk(dentist(QStringLiteral("c-3")));
        QVERIFY(withRepo([&](CallRepository& r) {
                    return r.updateStatus(ringing.sessionId, QStringLiteral("ringing"), {}, {}, {}, {});
                }).ok());
        QVERIFY(withRepo([&](CallRepository& r) {
                    return r.updateStatus(connected.sessionId, QStringLiteral("connected"), {}, {}, {}, {});
                }).ok());
        QVERIFY(withRepo([&](CallRepository& r) {
                    return r.updateStatus(done.sessionId, QStringLiteral("completed"), {}, {}, {}, {});
                }).ok());
        const CallRecordIds initiated = beginOk(dentist(QStringLiteral("c-4")));

        const Result<int> marked = withRepo([](CallRepository& r) { return r.markInterrupted(); });
        QVERIFY2(marked.ok(), qPrintable(marked.error().message));
        QCOMPARE(marked.value(), 3);
        for (const qint64 id : {ringing.sessionId, connected.sessionId, initiated.sessionId}) {
            const CallRecordView view = loadOk(id);
            QCOMPARE(view.status, QStringLiteral("interrupted"));
            QCOMPARE(view.taskStatus, QStringLiteral("failed"));
            QVERIFY(!view.failureReason.isEmpty());
        }
        QCOMPARE(loadOk(done.sessionId).status, QStringLiteral("completed"));
        QCOMPARE(loadOk(done.sessionId).taskStatus, QStringLiteral("completed"));
        QCOMPARE(withRepo([](CallRepository& r) { return r.markInterrupted(); }).value(), 0);
    }

    void loadIncludesTranscriptAndMissingIsNotFound()
    {
        const CallRecordIds ids = beginOk(dentist(QStringLiteral("c-1")));
        TranscriptSegment hello;
        hello.callKey = QStringLiteral("c-1");
        hello.id = QStringLiteral("agent-1");
        hello.speaker = QStringLiteral("agent");
        hello.text = QStringLiteral("Hello, this is CallDeck's assistant.");
        hello.endMs = 2100;
        QVERIFY(m_store->runSync([&](QSqlDatabase& db) {
                    return TranscriptRepository(db).appendFinal(ids.sessionId, {hello});
                }).ok());
        const CallRecordView view = loadOk(ids.sessionId);
        QCOMPARE(view.segments.size(), 1);
        QCOMPARE(view.segments.at(0).text, hello.text);
        QCOMPARE(view.segments.at(0).callKey, QStringLiteral("c-1"));
        QCOMPARE(withRepo([](CallRepository& r) { return r.load(424242); }).error().code, ErrorCode::NotFound);
    }

    void percentileIsNearestRank()
    {
        QCOMPARE(CallRepository::percentile({}, 50), -1);
        QCOMPARE(CallRepository::percentile({7}, 95), 7);
        QCOMPARE(CallRepository::percentile({5, 1, 4, 2, 3}, 50), 3);
        QCOMPARE(CallRepository::percentile({5, 1, 4, 2, 3}, 95), 5);
    }

private:
    std::unique_ptr<Store> m_store;
};

QTEST_GUILESS_MAIN(TestCallRepository)
#include "tst_call_repository.moc"
