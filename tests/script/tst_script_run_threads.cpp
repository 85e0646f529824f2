// Follow-up threads (PRODUCT S6) through ScriptRunService: three calls to one prospect form a
// thread; each follow-up starts from the previous summary, the last milestone, open objections and
// the qualification flags, inherits the language and can resume or jump to the decision.
#include "ScriptTestSupport.h"
#include "store/CallRepository.h"

using namespace calldeck;
using namespace calldeck::test;

namespace {

const QString kAgent = QStringLiteral("agent:Alex Morgan");

} // namespace

class TestScriptRunThreads : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ScriptFixture> m_fx;
    qint64 m_dana = 0;

    Result<ScriptRunView> op(const std::function<Result<ScriptRunView>(ScriptRunService&)>& f)
    {
        return m_fx->service(f);
    }

    void completeFilled(qint64 run, int milestone)
    {
        QVERIFY(m_fx->fill(run, milestone).ok());
        const Result<ScriptRunView> done =
            op([=](ScriptRunService& s) { return s.completeMilestone(run, milestone, kAgent); });
        QVERIFY2(done.ok(), qPrintable(done.error().message));
    }

    FollowUpContext context()
    {
        const qint64 dana = m_dana;
        const Result<FollowUpContext> c =
            m_fx->service([dana](ScriptRunService& s) { return s.followUpContext(dana); });
        return c.valueOr({});
    }

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<ScriptFixture>(QStringLiteral("threads.sqlite"));
        m_dana = m_fx->addProspect(QStringLiteral("Dana Ruiz"), QStringLiteral("+15555550102"), 620);
        QVERIFY(m_dana > 0);
    }

    void cleanup() { m_fx.reset(); }

    void firstCallHasNoThreadYet()
    {
        const FollowUpContext c = context();
        QCOMPARE(c.prospectId, m_dana);
        QVERIFY(!c.isFollowUp());
        QVERIFY(c.calls.isEmpty());
        QCOMPARE(c.suggestedResume, 1);
        QCOMPARE(c.qualificationFlags.value(QStringLiteral("client_count")), QStringLiteral("620 (≥ 500)"));
        QCOMPARE(c.qualificationFlags.value(QStringLiteral("business_type")), QStringLiteral("Coaching"));
        QCOMPARE(c.qualificationFlags.value(QStringLiteral("gate")), QStringLiteral("passed"));
        QVERIFY(!c.qualificationFlags.contains(QStringLiteral("tool_stack")));
    }

    void threadOfThreeCalls()
    {
        // Call 1, in Spanish: M1 and M2 done, a deferred objection, notes but no recorded session.
        const Result<ScriptRunView> first = m_fx->prepared(m_dana, ScriptMode::Strict, QStringLiteral("es-ES"));
        QVERIFY(first.ok());
        const qint64 run1 = first.value().id;
        QVERIFY(op([=](ScriptRunService& s) { return s.start(run1, 500, {}, kAgent); }).ok());
        completeFilled(run1, 1);
        QVERIFY(op([=](ScriptRunService& s) { return s.saveNotes(run1, 1, QStringLiteral("Warm intro")); }).ok());
        QVERIFY(op([=](ScriptRunService& s) {
                    return s.saveNotes(run1, 2, QStringLiteral("Needs partner sign-off"));
                }).ok());
        completeFilled(run1, 2);
        const Result<ObjectionRecord> timing = m_fx->service([=](ScriptRunService& s) {
            return s.raiseObjection(run1, QStringLiteral("Timing"), QStringLiteral("Busy season"), kAgent);
        });
        QVERIFY(timing.ok());
        const qint64 timingId = timing.value().id;
        QVERIFY(m_fx->service([=](ScriptRunService& s) {
                        return s.closeObjection(timingId, QStringLiteral("Deferred"), kAgent);
                    })
                    .ok());
        QVERIFY(op([=](ScriptRunService& s) { return s.complete(run1, kAgent); }).ok());

        FollowUpContext c = context();
        QVERIFY(c.isFollowUp());
        QCOMPARE(c.threadId, first.value().threadId);
        QCOMPARE(c.previousRunId, run1);
        QCOMPARE(c.previousSummary, QStringLiteral("Needs partner sign-off"));
        QCOMPARE(c.lastMilestone, 2);
        QCOMPARE(c.lastMilestoneTitle, QStringLiteral("Current State Mapping"));
        QCOMPARE(c.unresolvedObjections.size(), 1);
        QCOMPARE(c.unresolvedObjections.first().type, QStringLiteral("Timing"));
        QCOMPARE(c.language, QStringLiteral("es-ES"));
        QCOMPARE(c.suggestedResume, 3);
        QCOMPARE(c.decisionMilestone, 7);

        // Call 2 inherits the language, resumes at M3 and is recorded with a post-call summary.
        const Result<ScriptRunView> second = m_fx->prepared(m_dana, ScriptMode::Strict);
        QVERIFY2(second.ok(), qPrintable(second.error().message));
        const qint64 run2 = second.value().id;
        QCOMPARE(second.value().threadId, first.value().threadId);
        QCOMPARE(second.value().threadSeq, 2);
        QCOMPARE(second.value().previousRunId, run1);
        QCOMPARE(second.value().language, QStringLiteral("es-ES"));
        QCOMPARE(second.value().resumeFrom, 3);
        const Result<ScriptRunView> resumed = op([=](ScriptRunService& s) { return s.start(run2, 500, {}, kAgent); });
        QVERIFY(resumed.ok());
        QCOMPARE(resumed.value().currentMilestone, 3);
        QCOMPARE(resumed.value().events.last().kind, QStringLiteral("resume"));
        QCOMPARE(resumed.value().events.last().milestone, 3);
        completeFilled(run2, 3);
        completeFilled(run2, 4);
        QVERIFY(op([=](ScriptRunService& s) { return s.saveNotes(run2, 4, QStringLiteral("Raw notes")); }).ok());
        const Result<CallRecordIds> recorded = m_fx->store().runSync([](QSqlDatabase& db) {
            NewCallRecord record;
            record.callKey = QStringLiteral("c-follow-up");
            record.toE164 = QStringLiteral("+15555550102");
            record.provider = QStringLiteral("sandbox");
            record.agentKind = QStringLiteral("human");
            record.objective = QStringLiteral("Follow-up");
            return CallRepository(db).begin(record);
        });
        QVERIFY2(recorded.ok(), qPrintable(recorded.error().message));
        const qint64 session = recorded.value().sessionId;
        QVERIFY(m_fx->store().runSync([session](QSqlDatabase& db) {
            QSqlQuery q(db);
            return q.exec(
                QStringLiteral("UPDATE call_sessions SET summary = 'Pause until the partner meeting' WHERE id = %1")
                    .arg(session));
        }));
        QCOMPARE(op([=](ScriptRunService& s) { return s.attachSession(run2, 9999); }).error().code,
                 ErrorCode::NotFound);
        QVERIFY(op([=](ScriptRunService& s) { return s.attachSession(run2, session); }).ok());
        QVERIFY(op([=](ScriptRunService& s) { return s.attachCall(run2, QStringLiteral("c-follow-up")); }).ok());
        QVERIFY(op([=](ScriptRunService& s) { return s.complete(run2, kAgent); }).ok());
        const Result<std::optional<ScriptRunView>> byCall =
            m_fx->service([](ScriptRunService& s) { return s.runForCall(QStringLiteral("c-follow-up")); });
        QVERIFY(byCall.ok() && byCall.value().has_value());
        QCOMPARE(byCall.value()->id, run2);

        c = context();
        QCOMPARE(c.previousRunId, run2);
        QCOMPARE(c.previousSummary, QStringLiteral("Pause until the partner meeting"));
        QCOMPARE(c.lastMilestone, 4);
        QCOMPARE(c.suggestedResume, 5);
        QCOMPARE(c.unresolvedObjections.size(), 1);

        // Call 3 jumps straight to the decision.
        const Result<ScriptRunView> third = m_fx->prepared(m_dana, ScriptMode::Strict, {}, c.decisionMilestone);
        QVERIFY(third.ok());
        const qint64 run3 = third.value().id;
        QCOMPARE(third.value().threadSeq, 3);
        QCOMPARE(third.value().previousRunId, run2);
        QCOMPARE(third.value().language, QStringLiteral("es-ES"));
        const Result<ScriptRunView> atDecision =
            op([=](ScriptRunService& s) { return s.start(run3, 500, {}, kAgent); });
        QCOMPARE(atDecision.value().currentMilestone, 7);
        completeFilled(run3, 7);
        QVERIFY(op([=](ScriptRunService& s) { return s.complete(run3, kAgent); }).ok());

        c = context();
        QCOMPARE(c.calls.size(), 3);
        QList<int> seqs;
        for (const ThreadCall& call : std::as_const(c.calls)) {
            seqs.append(call.threadSeq);
            QCOMPARE(call.status, ScriptRunStatus::Completed);
        }
        QCOMPARE(seqs, (QList<int>{1, 2, 3}));
        QCOMPARE(c.calls.at(0).lastMilestone, 2);
        QCOMPARE(c.calls.at(1).summary, QStringLiteral("Pause until the partner meeting"));
        QCOMPARE(c.calls.at(2).decision, QStringLiteral("Proceed"));
        QCOMPARE(c.lastMilestone, 7);
        QCOMPARE(c.lastMilestoneTitle, QStringLiteral("Decision Point"));
        QCOMPARE(c.suggestedResume, 7);
        const Result<QList<ScriptRunView>> runs =
            m_fx->service([this](ScriptRunService& s) { return s.runsOfProspect(m_dana); });
        QCOMPARE(runs.value().size(), 3);
        QCOMPARE(runs.value().at(2).previousRunId, run2);
        QCOMPARE(m_fx->count(QStringLiteral("SELECT COUNT(*) FROM call_threads")), 1);
    }
};

QTEST_GUILESS_MAIN(TestScriptRunThreads)
#include "tst_script_run_threads.moc"
