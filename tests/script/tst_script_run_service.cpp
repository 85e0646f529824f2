// Script runs as an agent lives them: the call's state machine, strict order and required items,
// flexible skips and jumps with logged reasons, supervisor overrides, one response per milestone,
// field validation, notes with their limit, and the gate override on start.
#include "ScriptTestSupport.h"

#include <QSqlQuery>

using namespace calldeck;
using namespace calldeck::test;

namespace {

const QString kAgent = QStringLiteral("agent:Alex Morgan");
const QString kSupervisor = QStringLiteral("supervisor:Sam Lee");

QStringList kindsOf(const ScriptRunView& run)
{
    QStringList kinds;
    for (const ScriptEvent& e : run.events) {
        kinds.append(e.kind);
    }
    return kinds;
}

} // namespace

class TestScriptRunService : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ScriptFixture> m_fx;
    qint64 m_dana = 0;

    Result<ScriptRunView> started(ScriptMode mode)
    {
        Result<ScriptRunView> run = m_fx->prepared(m_dana, mode);
        if (!run) {
            return run;
        }
        const qint64 id = run.value().id;
        return m_fx->service([id](ScriptRunService& s) { return s.start(id, 500, {}, kAgent); });
    }

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<ScriptFixture>(QStringLiteral("runs.sqlite"));
        m_dana = m_fx->addProspect(QStringLiteral("Dana Ruiz"), QStringLiteral("+15555550102"), 620);
        QVERIFY(m_dana > 0);
    }

    void cleanup() { m_fx.reset(); }

    void runGoesScheduledInProgressCompleted()
    {
        const Result<ScriptRunView> created = m_fx->prepared(m_dana, ScriptMode::Strict);
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        const ScriptRunView& run = created.value();
        QCOMPARE(run.status, ScriptRunStatus::Scheduled);
        QCOMPARE(run.prospectName, QStringLiteral("Dana Ruiz"));
        QCOMPARE(run.responses.size(), 7);
        QCOMPARE(run.currentMilestone, 0);
        QCOMPARE(run.threadSeq, 1);
        QCOMPARE(run.createdAt, kNow);
        const qint64 id = run.id;

        const Result<ScriptRunView> early = m_fx->service([id](ScriptRunService& s) { return s.complete(id, kAgent); });
        QCOMPARE(early.error().code, ErrorCode::Conflict);
        QCOMPARE(early.error().message, QStringLiteral("Cannot complete the call: the call has not started yet."));

        const Result<ScriptRunView> live =
            m_fx->service([id](ScriptRunService& s) { return s.start(id, 500, {}, kAgent); });
        QVERIFY2(live.ok(), qPrintable(live.error().message));
        QCOMPARE(live.value().status, ScriptRunStatus::InProgress);
        QCOMPARE(live.value().currentMilestone, 1);
        QCOMPARE(live.value().response(1)->state, MilestoneState::InProgress);
        QCOMPARE(live.value().response(1)->startedAt, kNow);
        QCOMPARE(live.value().startedAt, kNow);
        QVERIFY(live.value().gateOverrideReason.isEmpty());

        const Result<ScriptRunView> twice =
            m_fx->service([id](ScriptRunService& s) { return s.start(id, 500, {}, kAgent); });
        QCOMPARE(twice.error().message, QStringLiteral("Cannot start the call: the call is already in progress."));

        const Result<ScriptRunView> done = m_fx->service([id](ScriptRunService& s) { return s.complete(id, kAgent); });
        QVERIFY(done.ok());
        QCOMPARE(done.value().status, ScriptRunStatus::Completed);
        QCOMPARE(done.value().endedAt, kNow);
        QCOMPARE(kindsOf(done.value()), (QStringList{QStringLiteral("start"), QStringLiteral("complete")}));

        const Result<ScriptRunView> cancelLate =
            m_fx->service([id](ScriptRunService& s) { return s.cancel(id, QStringLiteral("Oops"), kAgent); });
        QCOMPARE(cancelLate.error().code, ErrorCode::Conflict);
        QCOMPARE(m_fx->service([id](ScriptRunService& s) { return s.load(id); }).value().status,
                 ScriptRunStatus::Completed);
    }

    void cancelNeedsAReasonAndIsLogged()
    {
        const Result<ScriptRunView> created = m_fx->prepared(m_dana, ScriptMode::Strict);
        const qint64 id = created.value().id;
        const Result<ScriptRunView> blank =
            m_fx->service([id](ScriptRunService& s) { return s.cancel(id, QStringLiteral("  "), kAgent); });
        QCOMPARE(blank.error().code, ErrorCode::InvalidArgument);
        const Result<ScriptRunView> cancelled = m_fx->service(
            [id](ScriptRunService& s) { return s.cancel(id, QStringLiteral("Prospect rescheduled"), kAgent); });
        QVERIFY(cancelled.ok());
        QCOMPARE(cancelled.value().status, ScriptRunStatus::Cancelled);
        QCOMPARE(cancelled.value().events.size(), 1);
        QCOMPARE(cancelled.value().events.first(),
                 (ScriptEvent{cancelled.value().events.first().id, QStringLiteral("cancel"), 0,
                              QStringLiteral("Prospect rescheduled"), kAgent, kNow}));
        const Result<ScriptRunView> restart =
            m_fx->service([id](ScriptRunService& s) { return s.start(id, 500, {}, kAgent); });
        QCOMPARE(restart.error().message, QStringLiteral("Cannot start the call: the call was cancelled."));
        const Result<ScriptRunView> notes =
            m_fx->service([id](ScriptRunService& s) { return s.saveNotes(id, 1, QStringLiteral("late")); });
        QCOMPARE(notes.error().code, ErrorCode::Conflict);
    }

    void strictModeEnforcesOrderAndRequiredItems()
    {
        const Result<ScriptRunView> live = started(ScriptMode::Strict);
        QVERIFY2(live.ok(), qPrintable(live.error().message));
        const qint64 id = live.value().id;
        QVERIFY(m_fx->fill(id, 1).ok());
        const Result<ScriptRunView> m1 =
            m_fx->service([id](ScriptRunService& s) { return s.completeMilestone(id, 1, kAgent); });
        QVERIFY2(m1.ok(), qPrintable(m1.error().message));
        QCOMPARE(m1.value().currentMilestone, 2);
        QCOMPARE(m1.value().response(2)->state, MilestoneState::InProgress);

        const Result<ScriptRunView> outOfOrder =
            m_fx->service([id](ScriptRunService& s) { return s.completeMilestone(id, 3, kAgent); });
        QCOMPARE(outOfOrder.error().code, ErrorCode::Conflict);
        QCOMPARE(outOfOrder.error().message,
                 QStringLiteral("M3 Outcome Vision cannot be completed yet: the current milestone is M2 Current State "
                                "Mapping and strict mode keeps the order."));
        const Result<ScriptRunView> earlyField = m_fx->service([id](ScriptRunService& s) {
            return s.setField(id, 3, QStringLiteral("desired_outcome"), QStringLiteral("x"), kAgent);
        });
        QCOMPARE(earlyField.error().code, ErrorCode::Conflict);

        const Result<ScriptRunView> empty =
            m_fx->service([id](ScriptRunService& s) { return s.completeMilestone(id, 2, kAgent); });
        QCOMPARE(empty.error().code, ErrorCode::Conflict);
        for (const QString& part :
             {QStringLiteral("question \"How many active clients do you serve today?\""),
              QStringLiteral("field \"Client count\""), QStringLiteral("field \"Main pain\""),
              QStringLiteral("confirmation \"Prospect agreed with the summary of the current state\"")}) {
            QVERIFY2(empty.error().message.contains(part), qPrintable(empty.error().message));
        }

        QVERIFY(m_fx->fill(id, 2).ok());
        QVERIFY(m_fx->service([id](ScriptRunService& s) {
                        return s.setField(id, 2, QStringLiteral("main_pain"), QString(), kAgent);
                    })
                    .ok());
        const Result<ScriptRunView> oneMissing =
            m_fx->service([id](ScriptRunService& s) { return s.completeMilestone(id, 2, kAgent); });
        QCOMPARE(oneMissing.error().message,
                 QStringLiteral("M2 Current State Mapping is missing: field \"Main pain\"."));
        QVERIFY(m_fx->service([id](ScriptRunService& s) {
                        return s.setField(id, 2, QStringLiteral("main_pain"), QStringLiteral("Churn"), kAgent);
                    })
                    .ok());
        const Result<ScriptRunView> m2 =
            m_fx->service([id](ScriptRunService& s) { return s.completeMilestone(id, 2, kAgent); });
        QVERIFY2(m2.ok(), qPrintable(m2.error().message));
        QCOMPARE(m2.value().currentMilestone, 3);
        QCOMPARE(m2.value().doneCount(), 2);

        const Result<ScriptRunView> skip = m_fx->service(
            [id](ScriptRunService& s) { return s.skipMilestone(id, 3, QStringLiteral("No time"), kAgent); });
        QCOMPARE(skip.error().code, ErrorCode::Conflict);
        const Result<ScriptRunView> jump =
            m_fx->service([id](ScriptRunService& s) { return s.goTo(id, 7, QStringLiteral("Ready"), kAgent); });
        QCOMPARE(jump.error().code, ErrorCode::Conflict);
        QCOMPARE(m_fx->service([id](ScriptRunService& s) { return s.load(id); }).value().currentMilestone, 3);
    }

    void flexibleSkipsAndJumpsNeedReasonsAndAreLogged()
    {
        const Result<ScriptRunView> live = started(ScriptMode::Flexible);
        QVERIFY(live.ok());
        const qint64 id = live.value().id;
        const Result<ScriptRunView> noReason =
            m_fx->service([id](ScriptRunService& s) { return s.skipMilestone(id, 1, QStringLiteral(" "), kAgent); });
        QCOMPARE(noReason.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(noReason.error().message, QStringLiteral("Give a reason to skip M1 Context & Frame."));

        const Result<ScriptRunView> skipped = m_fx->service([id](ScriptRunService& s) {
            return s.skipMilestone(id, 1, QStringLiteral("Context known from the form"), kAgent);
        });
        QVERIFY(skipped.ok());
        QCOMPARE(skipped.value().response(1)->state, MilestoneState::Skipped);
        QCOMPARE(skipped.value().response(1)->skipReason, QStringLiteral("Context known from the form"));
        QCOMPARE(skipped.value().currentMilestone, 2);

        QCOMPARE(m_fx->service([id](ScriptRunService& s) { return s.goTo(id, 1, QString(), kAgent); }).error().code,
                 ErrorCode::InvalidArgument);
        const Result<ScriptRunView> back = m_fx->service([id](ScriptRunService& s) {
            return s.goTo(id, 1, QStringLiteral("Prospect asked to restate the goal"), kAgent);
        });
        QVERIFY(back.ok());
        QCOMPARE(back.value().currentMilestone, 1);
        QCOMPARE(back.value().response(1)->state, MilestoneState::InProgress);

        const Result<ScriptRunView> partial =
            m_fx->service([id](ScriptRunService& s) { return s.completeMilestone(id, 1, kAgent); });
        QVERIFY2(partial.ok(), qPrintable(partial.error().message));
        QCOMPARE(partial.value().currentMilestone, 2);
        QVERIFY(partial.value().events.last().reason.startsWith(QStringLiteral("completed without question")));

        const Result<ScriptRunView> jump = m_fx->service(
            [id](ScriptRunService& s) { return s.goTo(id, 7, QStringLiteral("Prospect ready to decide"), kAgent); });
        QVERIFY(jump.ok());
        QCOMPARE(jump.value().currentMilestone, 7);
        for (int n = 2; n <= 6; ++n) {
            QCOMPARE(jump.value().response(n)->state, MilestoneState::Skipped);
        }
        QCOMPARE(kindsOf(jump.value()),
                 (QStringList{QStringLiteral("start"), QStringLiteral("skip"), QStringLiteral("back"),
                              QStringLiteral("override"), QStringLiteral("jump")}));
        for (const ScriptEvent& e : jump.value().events) {
            QCOMPARE(e.actor, kAgent);
            QCOMPARE(e.at, kNow);
        }
        QCOMPARE(jump.value().events.last().reason, QStringLiteral("Prospect ready to decide"));
        QCOMPARE(jump.value().events.last().milestone, 7);
    }

    void supervisorOverridesStrictModeWithALoggedReason()
    {
        const Result<ScriptRunView> live = started(ScriptMode::Strict);
        const qint64 id = live.value().id;
        QCOMPARE(m_fx->service([id](ScriptRunService& s) { return s.overrideTo(id, 5, {}, kSupervisor); }).error().code,
                 ErrorCode::InvalidArgument);
        const Result<ScriptRunView> moved = m_fx->service([id](ScriptRunService& s) {
            return s.overrideTo(id, 5, QStringLiteral("Offer already seen"), kSupervisor);
        });
        QVERIFY2(moved.ok(), qPrintable(moved.error().message));
        QCOMPARE(moved.value().currentMilestone, 5);
        QCOMPARE(moved.value().mode, ScriptMode::Strict);
        const ScriptEvent& e = moved.value().events.last();
        QCOMPARE(e.kind, QStringLiteral("override"));
        QCOMPARE(e.actor, kSupervisor);
        QCOMPARE(e.reason, QStringLiteral("Offer already seen"));
        QCOMPARE(e.milestone, 5);
    }

    void oneResponsePerMilestoneEvenWhenCompletedTwice()
    {
        const Result<ScriptRunView> live = started(ScriptMode::Flexible);
        const qint64 id = live.value().id;
        QVERIFY(m_fx->fill(id, 1).ok());
        QVERIFY(m_fx->service([id](ScriptRunService& s) { return s.completeMilestone(id, 1, kAgent); }).ok());
        const Result<ScriptRunView> again =
            m_fx->service([id](ScriptRunService& s) { return s.completeMilestone(id, 1, kAgent); });
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        QCOMPARE(again.error().message, QStringLiteral("M1 Context & Frame is already completed."));
        const QString where = QStringLiteral(" FROM milestone_responses WHERE run_id = %1").arg(id);
        QCOMPARE(m_fx->count(QStringLiteral("SELECT COUNT(*)") + where + QStringLiteral(" AND milestone_number = 1")),
                 1);
        QCOMPARE(m_fx->count(QStringLiteral("SELECT COUNT(*)") + where), 7);
        const bool duplicate = m_fx->store().runSync([id](QSqlDatabase& db) {
            QSqlQuery q(db);
            return q.exec(
                QStringLiteral("INSERT INTO milestone_responses (run_id, milestone_number) VALUES (%1, 1)").arg(id));
        });
        QVERIFY(!duplicate);
    }

    void fieldsAreValidatedByType()
    {
        const Result<ScriptRunView> live = started(ScriptMode::Flexible);
        const qint64 id = live.value().id;
        const auto set = [&](int m, const QString& key, const QString& value) {
            return m_fx->service([=](ScriptRunService& s) { return s.setField(id, m, key, value, kAgent); });
        };
        QCOMPARE(set(2, QStringLiteral("client_count"), QStringLiteral("lots")).error().message,
                 QStringLiteral("\"Client count\" needs a number; \"lots\" is not one."));
        QCOMPARE(set(2, QStringLiteral("client_count"), QStringLiteral("1,200"))
                     .value()
                     .response(2)
                     ->fields.value(QStringLiteral("client_count")),
                 QStringLiteral("1200"));
        QCOMPARE(set(4, QStringLiteral("understands_effort"), QStringLiteral("maybe")).error().code,
                 ErrorCode::InvalidArgument);
        QCOMPARE(set(4, QStringLiteral("understands_effort"), QStringLiteral("Yes"))
                     .value()
                     .response(4)
                     ->fields.value(QStringLiteral("understands_effort")),
                 QStringLiteral("true"));
        QCOMPARE(set(7, QStringLiteral("decision"), QStringLiteral("later")).error().message,
                 QStringLiteral("\"later\" is not a choice of \"Decision\" (Proceed, Pause, Decline)."));
        QCOMPARE(set(7, QStringLiteral("decision"), QStringLiteral("proceed"))
                     .value()
                     .response(7)
                     ->fields.value(QStringLiteral("decision")),
                 QStringLiteral("Proceed"));
        QCOMPARE(set(2, QStringLiteral("decision"), QStringLiteral("Proceed")).error().message,
                 QStringLiteral("M2 Current State Mapping has no field \"decision\"."));
        QCOMPARE(set(9, QStringLiteral("x"), QStringLiteral("y")).error().code, ErrorCode::InvalidArgument);
    }

    void notesAutosaveUpToTheLimit()
    {
        const Result<ScriptRunView> live = started(ScriptMode::Strict);
        const qint64 id = live.value().id;
        const QString full(ScriptRunService::kMaxNotesLength, u'n');
        const Result<ScriptRunView> saved =
            m_fx->service([=](ScriptRunService& s) { return s.saveNotes(id, 1, full); });
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        QCOMPARE(saved.value().response(1)->notes, full);
        QCOMPARE(saved.value().response(1)->notesSavedAt, kNow);
        const Result<ScriptRunView> tooLong =
            m_fx->service([=](ScriptRunService& s) { return s.saveNotes(id, 1, full + u'!'); });
        QCOMPARE(tooLong.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(tooLong.error().message,
                 QStringLiteral(
                     "The notes of M1 Context & Frame are 2001 characters long; at most 2000 fit. Nothing was saved."));
        QCOMPARE(m_fx->service([id](ScriptRunService& s) { return s.load(id); }).value().response(1)->notes, full);
        // Notes of a later milestone may be taken ahead, and still after the call.
        QVERIFY(
            m_fx->service([id](ScriptRunService& s) { return s.saveNotes(id, 6, QStringLiteral("Ask about plans")); })
                .ok());
        QVERIFY(m_fx->service([id](ScriptRunService& s) { return s.complete(id, kAgent); }).ok());
        const Result<ScriptRunView> after =
            m_fx->service([id](ScriptRunService& s) { return s.saveNotes(id, 7, QStringLiteral("Call back Friday")); });
        QVERIFY(after.ok());
        QCOMPARE(after.value().response(7)->notes, QStringLiteral("Call back Friday"));
        QCOMPARE(after.value().response(6)->notes, QStringLiteral("Ask about plans"));
    }

    void gateOverrideIsLoggedOnStart()
    {
        const qint64 small = m_fx->addProspect(QStringLiteral("Pat Kim"), QStringLiteral("+15555550177"), 499);
        const Result<ScriptRunView> strictRun = m_fx->prepared(small, ScriptMode::Strict);
        const qint64 id = strictRun.value().id;
        const Result<ScriptRunView> blocked = m_fx->service(
            [id](ScriptRunService& s) { return s.start(id, 500, QStringLiteral("Partner referral"), kAgent); });
        QCOMPARE(blocked.error().code, ErrorCode::Conflict);
        QVERIFY2(blocked.error().message.contains(QStringLiteral("has 499 clients")),
                 qPrintable(blocked.error().message));
        QVERIFY(m_fx->service([id](ScriptRunService& s) { return s.setMode(id, ScriptMode::Flexible, kAgent); }).ok());
        QVERIFY(m_fx->service([id](ScriptRunService& s) { return s.setChecklistItem(id, 8, false, kAgent); }).ok());
        QCOMPARE(m_fx->service([id](ScriptRunService& s) { return s.start(id, 500, {}, kAgent); }).error().code,
                 ErrorCode::Conflict);
        const Result<ScriptRunView> overridden = m_fx->service(
            [id](ScriptRunService& s) { return s.start(id, 500, QStringLiteral("Partner referral"), kAgent); });
        QVERIFY2(overridden.ok(), qPrintable(overridden.error().message));
        QCOMPARE(overridden.value().status, ScriptRunStatus::InProgress);
        QCOMPARE(overridden.value().gateOverrideReason, QStringLiteral("Partner referral"));
        QCOMPARE(kindsOf(overridden.value()),
                 (QStringList{QStringLiteral("mode"), QStringLiteral("gate_override"),
                              QStringLiteral("checklist_override"), QStringLiteral("start")}));
        const ScriptEvent& gate = overridden.value().events.at(1);
        QCOMPARE(gate.reason, QStringLiteral("Partner referral"));
        QCOMPARE(gate.actor, kAgent);
        QCOMPARE(gate.at, kNow);
        QCOMPARE(overridden.value().events.at(2).reason,
                 QStringLiteral("Partner referral (Time block clear (90 min))"));
        const Result<FollowUpContext> context =
            m_fx->service([small](ScriptRunService& s) { return s.followUpContext(small); });
        QCOMPARE(context.value().qualificationFlags.value(QStringLiteral("gate")),
                 QStringLiteral("overridden: Partner referral"));
        QCOMPARE(context.value().qualificationFlags.value(QStringLiteral("client_count")),
                 QStringLiteral("499 (< 500)"));
    }

    void badRequestsAreRefused()
    {
        NewScriptRun unknown;
        unknown.prospectId = 999;
        QCOMPARE(m_fx->service([unknown](ScriptRunService& s) { return s.create(unknown); }).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(m_fx->prepared(m_dana, ScriptMode::Strict, {}, 9).error().message,
                 QStringLiteral("The script \"default\" has no milestone M9 to resume from."));
        const Result<ScriptRunView> live = started(ScriptMode::Strict);
        QVERIFY(live.ok());
        const Result<ScriptRunView> second = m_fx->prepared(m_dana, ScriptMode::Strict);
        QCOMPARE(second.error().code, ErrorCode::Conflict);
        QCOMPARE(m_fx->service([](ScriptRunService& s) { return s.load(4242); }).error().code, ErrorCode::NotFound);
        QCOMPARE(m_fx->count(QStringLiteral("SELECT COUNT(*) FROM script_runs")), 1);
    }
};

QTEST_GUILESS_MAIN(TestScriptRunService)
#include "tst_script_run_service.moc"
