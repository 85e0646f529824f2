// "Captured so far" on the live page: the values recorded in earlier milestones (by the agent or
// the AI) stay in view once their milestone is done; sensitive ones are masked in privacy mode.
#include "script/CapturedFieldsView.h"

#include <QtTest>

using namespace calldeck;

class TestCapturedFieldsView : public QObject
{
    Q_OBJECT
private:
    static ScriptRunView run()
    {
        ScriptRunView r;
        r.id = 7;
        r.status = ScriptRunStatus::InProgress;
        ScriptMilestone m1;
        m1.number = 1;
        m1.title = QStringLiteral("Context & Frame");
        m1.requiredFields = {ScriptField{QStringLiteral("reason_for_call"), QStringLiteral("Reason for the call"), QStringLiteral("text"), {}, false},
                             ScriptField{QStringLiteral("confirmed"), QStringLiteral("Expectation confirmed"), QStringLiteral("bool"), {}, false}};
        ScriptMilestone m2;
        m2.number = 2;
        m2.title = QStringLiteral("Current State Mapping");
        m2.requiredFields = {ScriptField{QStringLiteral("client_count"), QStringLiteral("Client count"), QStringLiteral("number"), {}, false},
                             ScriptField{QStringLiteral("revenue"), QStringLiteral("Revenue"), QStringLiteral("text"), {}, true},
                             ScriptField{QStringLiteral("tools"), QStringLiteral("Tools"), QStringLiteral("text"), {}, false}};
        ScriptMilestone m3;
        m3.number = 3;
        m3.title = QStringLiteral("Outcome Vision");
        m3.requiredFields = {ScriptField{QStringLiteral("desired_outcome"), QStringLiteral("Desired outcome"), QStringLiteral("text"), {}, false}};
        r.script.milestones = {m1, m2, m3};
        MilestoneResponse r1;
        r1.number = 1;
        r1.state = MilestoneState::Completed;
        r1.fields.insert(QStringLiteral("reason_for_call"), QStringLiteral("Losing track of client work"));
        r1.fields.insert(QStringLiteral("confirmed"), QStringLiteral("true"));
        MilestoneResponse r2;
        r2.number = 2;
        r2.state = MilestoneState::Completed;
        r2.fields.insert(QStringLiteral("client_count"), QStringLiteral("620"));
        r2.fields.insert(QStringLiteral("revenue"), QStringLiteral("$300k"));
        MilestoneResponse r3;
        r3.number = 3;
        r3.state = MilestoneState::InProgress;
        r3.fields.insert(QStringLiteral("desired_outcome"), QStringLiteral("One place for updates"));
        r.responses = {r1, r2, r3};
        r.currentMilestone = 3;
        return r;
    }

private Q_SLOTS:
    void earlierMilestonesValuesAreListedInOrder()
    {
        CapturedFieldsView view;
        view.show();
        view.showRun(run(), false);
        QVERIFY(!view.isHidden());
        // The current milestone's value is in its own form; an empty field is left out.
        QCOMPARE(view.rows(), (QStringList{QStringLiteral("M1 Reason for the call: Losing track of client work"),
                                           QStringLiteral("M1 Expectation confirmed: Yes"),
                                           QStringLiteral("M2 Client count: 620"), QStringLiteral("M2 Revenue: $300k")}));
    }

    void privacyModeMasksOnlySensitiveValues()
    {
        CapturedFieldsView view;
        view.showRun(run(), true);
        QVERIFY(view.rows().contains(QStringLiteral("M2 Revenue: •••")));
        QVERIFY(view.rows().contains(QStringLiteral("M2 Client count: 620")));
        QVERIFY(!view.rows().join(u'\n').contains(QLatin1String("$300k")));
    }

    void nothingCapturedYetHidesTheBox()
    {
        CapturedFieldsView view;
        view.show();
        ScriptRunView fresh = run();
        for (MilestoneResponse& r : fresh.responses) {
            r.fields.clear();
        }
        view.showRun(fresh, false);
        QVERIFY(view.rows().isEmpty());
        QVERIFY(view.isHidden());
    }
};

QTEST_MAIN(TestCapturedFieldsView)
#include "tst_captured_fields_view.moc"
