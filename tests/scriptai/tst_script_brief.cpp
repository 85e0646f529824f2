#include "SampleScript.h"

#include "conversation/prompt/PromptBuilder.h"
#include "conversation/prompt/ToolCatalog.h"
#include "script/ScriptBriefBuilder.h"

#include <QJsonObject>
#include <QtTest>

using namespace calldeck;

namespace {

ScriptRunView runAt(int current, ScriptMode mode = ScriptMode::Strict)
{
    ScriptRunView run;
    run.id = 12;
    run.script = test::sampleScript();
    run.prospectName = QStringLiteral("Dana Ruiz");
    run.mode = mode;
    run.status = ScriptRunStatus::InProgress;
    run.currentMilestone = current;
    run.resumeFrom = current;
    for (const ScriptMilestone& m : std::as_const(run.script.milestones)) {
        MilestoneResponse r;
        r.number = m.number;
        r.state = m.number < current ? MilestoneState::Completed : MilestoneState::NotStarted;
        run.responses.append(r);
    }
    return run;
}

QList<int> numbers(const ScriptBrief& brief)
{
    QList<int> out;
    for (const ScriptBriefMilestone& m : brief.milestones) {
        out.append(m.number);
    }
    return out;
}

CallBrief callBrief(const ScriptBrief& script)
{
    CallBrief brief;
    brief.goal = QStringLiteral("Take Dana Ruiz through the sales script to a decision");
    brief.contactName = QStringLiteral("Dana Ruiz");
    brief.onBehalfOf = QStringLiteral("Alex Morgan");
    brief.script = script;
    return brief;
}

} // namespace

/// What an AI agent is told when its call runs a sales script: the brief from the run, the
/// instructions PromptBuilder writes and the tools ToolCatalog offers.
class TestScriptBrief : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void primaryCallCoversAllMilestonesInOrder()
    {
        const ScriptBrief brief = ScriptBriefBuilder::build(runAt(1));
        QCOMPARE(brief.name, QStringLiteral("default"));
        QVERIFY(brief.strict);
        QCOMPARE(brief.startAt, 1);
        QCOMPARE(numbers(brief), (QList<int>{1, 2, 3, 4, 5, 6, 7}));
        QCOMPARE(brief.milestones.at(1).fieldKeys,
                 (QStringList{QStringLiteral("client_count"), QStringLiteral("revenue_volatility"), QStringLiteral("main_pain")}));
        QCOMPARE(brief.milestones.at(1).fields.at(0).type, QStringLiteral("number"));
        QVERIFY(brief.milestones.at(6).decision);
        QCOMPARE(brief.milestones.at(6).decisionOptions,
                 (QStringList{QStringLiteral("Proceed"), QStringLiteral("Pause"), QStringLiteral("Decline")}));
        QCOMPARE(brief.objectionTypes, (QStringList{QStringLiteral("Price"), QStringLiteral("Need_to_Think")}));
        QVERIFY(brief.previousContext.isEmpty());
    }

    void followUpStartsAtTheRunsMilestoneWithTheContext()
    {
        ScriptRunView run = runAt(4, ScriptMode::Flexible);
        run.threadSeq = 2;
        run.previousRunId = 11;
        FollowUpContext context;
        context.threadId = 3;
        context.previousRunId = 11;
        context.previousSummary = QStringLiteral("Dana runs 620 clients and wants fewer spreadsheets.");
        context.lastMilestone = 3;
        ThreadCall previous;
        previous.runId = 11;
        previous.lastMilestone = 3;
        previous.summary = context.previousSummary;
        context.calls = {previous};
        ObjectionRecord price;
        price.runId = 11;
        price.type = QStringLiteral("Price");
        price.note = QStringLiteral("It sounds expensive.");
        price.outcome = QStringLiteral("Deferred");
        context.unresolvedObjections = {price};
        context.qualificationFlags.insert(QStringLiteral("client_count"), QStringLiteral("620 (≥ 500)"));

        const ScriptBrief brief = ScriptBriefBuilder::build(run, context);
        QVERIFY(!brief.strict);
        QCOMPARE(brief.startAt, 4);
        QCOMPARE(numbers(brief), (QList<int>{4, 5, 6, 7}));
        QVERIFY2(brief.previousContext.contains(context.previousSummary), qPrintable(brief.previousContext));
        QVERIFY(brief.previousContext.contains(QLatin1String("M3 Outcome Vision")));
        QVERIFY(brief.previousContext.contains(QLatin1String("Price (\"It sounds expensive.\")")));
        QVERIFY(brief.previousContext.contains(QLatin1String("client_count: 620")));
        QVERIFY(brief.previousContext.contains(QLatin1String("call 2")));
    }

    void instructionsWalkTheMilestonesFromStartAt()
    {
        const QString prompt = PromptBuilder::build(callBrief(ScriptBriefBuilder::build(runAt(3))));
        // Disclosure still comes first.
        QVERIFY(prompt.indexOf(QLatin1String("AI assistant")) < prompt.indexOf(QLatin1String("Sales script")));
        QVERIFY(!prompt.contains(QLatin1String("M1 Context & Frame")));
        QVERIFY(!prompt.contains(QLatin1String("M2 Current State Mapping")));
        qsizetype last = -1;
        for (const QString& title : {QStringLiteral("M3 Outcome Vision"), QStringLiteral("M4 System Reality Check"),
                                     QStringLiteral("M5 Solution Mapping"), QStringLiteral("M6 Offer Presentation"),
                                     QStringLiteral("M7 Decision Point")}) {
            const qsizetype at = prompt.indexOf(title);
            QVERIFY2(at > last, qPrintable(title));
            last = at;
        }
        QVERIFY(prompt.contains(QLatin1String("starting at M3")));
        QVERIFY(prompt.contains(QLatin1String("strictly in order and never skip")));
        QVERIFY(prompt.contains(QLatin1String("Objective: Capture the desired future state")));
        QVERIFY(prompt.contains(QLatin1String("Ask: Where do you want to be in a year?")));
        QVERIFY(prompt.contains(QLatin1String("desired_outcome (text)")));
        QVERIFY(prompt.contains(QLatin1String("understands_effort (true or false)")));
        QVERIFY(prompt.contains(QLatin1String("Get confirmed: Price shown")));
        QVERIFY(prompt.contains(QLatin1String("exactly one of Proceed, Pause, Decline")));
        QVERIFY(prompt.contains(QLatin1String("complete_milestone {milestone: 7}")));
        QVERIFY(prompt.contains(QLatin1String("log_objection with the type (one of Price, Need_to_Think)")));
        QVERIFY(prompt.contains(QLatin1String("resolve_objection")));
        QVERIFY(!prompt.contains(QLatin1String("skip_milestone")));
    }

    void flexibleInstructionsAllowLoggedSkipsAndCarryTheContext()
    {
        ScriptBrief script = ScriptBriefBuilder::build(runAt(1, ScriptMode::Flexible));
        script.previousContext = QStringLiteral("Previous call summary: Dana wants a demo.");
        const QString prompt = PromptBuilder::build(callBrief(script));
        QVERIFY(prompt.contains(QLatin1String("Flexible mode")));
        QVERIFY(prompt.contains(QLatin1String("skip_milestone")));
        QVERIFY(prompt.contains(QLatin1String("client_count (a whole number)")));
        QVERIFY(prompt.contains(QLatin1String("Follow-up context")));
        QVERIFY(prompt.contains(QLatin1String("Dana wants a demo.")));
    }

    void noScriptNoScriptSection()
    {
        const QString prompt = PromptBuilder::build(callBrief(ScriptBrief{}));
        QVERIFY(!prompt.contains(QLatin1String("Sales script")));
        QVERIFY(!prompt.contains(QLatin1String("complete_milestone")));
    }

    void scriptToolsOnlyWithAScript()
    {
        const QJsonArray plain = ToolCatalog::forBrief(callBrief(ScriptBrief{}));
        QCOMPARE(plain, ToolCatalog::neutral());
        const QJsonArray scripted = ToolCatalog::forBrief(callBrief(ScriptBriefBuilder::build(runAt(1))));
        QStringList names;
        for (const QJsonValue& value : scripted) {
            const QJsonObject tool = value.toObject();
            names.append(tool.value(QStringLiteral("name")).toString());
            QVERIFY(!tool.value(QStringLiteral("description")).toString().isEmpty());
            const QJsonObject params = tool.value(QStringLiteral("parameters")).toObject();
            QCOMPARE(params.value(QStringLiteral("type")).toString(), QStringLiteral("object"));
            const QJsonObject props = params.value(QStringLiteral("properties")).toObject();
            for (const QJsonValue& required : params.value(QStringLiteral("required")).toArray()) {
                QVERIFY2(props.contains(required.toString()), qPrintable(required.toString()));
            }
            for (const QString& key : props.keys()) {
                QVERIFY(!props.value(key).toObject().value(QStringLiteral("type")).toString().isEmpty());
            }
            if (names.constLast() == u"record_field") {
                QVERIFY(props.contains(QStringLiteral("milestone")));
            }
        }
        for (const QString& tool : {QStringLiteral("complete_milestone"), QStringLiteral("skip_milestone"),
                                    QStringLiteral("log_objection"), QStringLiteral("resolve_objection"),
                                    QStringLiteral("end_call"), QStringLiteral("record_field")}) {
            QVERIFY2(names.contains(tool), qPrintable(tool));
        }
        // The realtime shape carries them too.
        QCOMPARE(ToolCatalog::toRealtimeTools(scripted).size(), scripted.size());
    }

    void scriptToolArgumentsAreChecked()
    {
        auto call = [](const QString& name, const QJsonObject& args) { return ToolCall{QStringLiteral("c"), name, args, {}}; };
        QVERIFY(ToolCatalog::validate(call(QStringLiteral("complete_milestone"), {{QStringLiteral("milestone"), 2}})).ok());
        const Status wrongType = ToolCatalog::validate(call(QStringLiteral("complete_milestone"),
                                                            {{QStringLiteral("milestone"), QStringLiteral("two")}}));
        QVERIFY(!wrongType.ok());
        QVERIFY(wrongType.error().message.contains(QLatin1String("whole number")));
        QVERIFY(!ToolCatalog::validate(call(QStringLiteral("skip_milestone"), {{QStringLiteral("milestone"), 2}})).ok());
        QVERIFY(ToolCatalog::validate(call(QStringLiteral("record_field"),
                                           {{QStringLiteral("key"), QStringLiteral("client_count")},
                                            {QStringLiteral("value"), QStringLiteral("620")},
                                            {QStringLiteral("milestone"), 2}}))
                    .ok());
        QVERIFY(ToolCatalog::validate(call(QStringLiteral("resolve_objection"),
                                           {{QStringLiteral("objection_id"), 4},
                                            {QStringLiteral("outcome"), QStringLiteral("Resolved")},
                                            {QStringLiteral("answers"), QJsonArray{QStringLiteral("Compared to hiring.")}}}))
                    .ok());
        QVERIFY(!ToolCatalog::validate(call(QStringLiteral("resolve_objection"),
                                            {{QStringLiteral("objection_id"), 4},
                                             {QStringLiteral("outcome"), QStringLiteral("Resolved")},
                                             {QStringLiteral("answers"), QStringLiteral("not a list")}}))
                     .ok());
    }
};

QTEST_GUILESS_MAIN(TestScriptBrief)
#include "tst_script_brief.moc"
