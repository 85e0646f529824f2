#include "SampleScript.h"

#include "conversation/offline/OfflinePlan.h"
#include "conversation/offline/OfflineScriptWalk.h"
#include "script/DefaultScript.h"
#include "script/ScriptBriefBuilder.h"
#include "telephony/sandbox/Persona.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace calldeck;

namespace {

ScriptBrief brief(int startAt = 1, const Script& script = test::sampleScript())
{
    ScriptRunView run;
    run.id = 1;
    run.script = script;
    run.status = ScriptRunStatus::InProgress;
    run.currentMilestone = startAt;
    for (const ScriptMilestone& m : std::as_const(run.script.milestones)) {
        MilestoneResponse response;
        response.number = m.number;
        run.responses.append(response);
    }
    return ScriptBriefBuilder::build(run);
}

ToolResult ok(const QJsonObject& out = {})
{
    QJsonObject body = out;
    body.insert(QStringLiteral("ok"), true);
    return ToolResult{QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)), true, false};
}

ToolResult refused(const QString& error)
{
    return ToolResult{QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), error}})
                                            .toJson(QJsonDocument::Compact)),
                      false, false};
}

/// Plays the script tools: every step succeeds, objections get id 7 and their diagnostic question.
struct Tools
{
    QList<OfflineScriptWalk::ToolStep> calls;
    std::function<ToolResult(const OfflineScriptWalk::ToolStep&)> answer = [](const OfflineScriptWalk::ToolStep& step) {
        if (step.name == u"log_objection") {
            return ok({{QStringLiteral("objection_id"), 7},
                       {QStringLiteral("diagnostic_questions"), QJsonArray{QStringLiteral("Compared to what?")}}});
        }
        if (step.name == u"resolve_objection") {
            return ok({{QStringLiteral("outcome"), step.arguments.value(QStringLiteral("outcome"))}});
        }
        return ok();
    };

    void reply(OfflineScriptWalk& walk, const QString& text)
    {
        for (const OfflineScriptWalk::ToolStep& step : walk.answer(text)) {
            calls.append(step);
            walk.toolResult(step, answer(step));
        }
        walk.advance();
    }
    QStringList names() const
    {
        QStringList out;
        for (const auto& c : calls) {
            out.append(c.name);
        }
        return out;
    }
    QString value(const QString& key) const
    {
        for (const auto& c : calls) {
            if (c.name == u"record_field" && c.arguments.value(QStringLiteral("key")).toString() == key) {
                return c.arguments.value(QStringLiteral("value")).toString();
            }
        }
        return {};
    }
    QList<int> completed() const
    {
        QList<int> out;
        for (const auto& c : calls) {
            if (c.name == u"complete_milestone") {
                out.append(c.arguments.value(QStringLiteral("milestone")).toInt());
            }
        }
        return out;
    }
};

} // namespace

/// The offline agent's way through a sales script: the questions it asks, what it records from
/// the answers, objections, refusals, and the sandbox prospect who answers all seven milestones.
class TestOfflineScriptWalk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valuesComeFromTheAnswerByType()
    {
        QCOMPARE(OfflineScriptWalk::firstInteger(QStringLiteral("We serve about 620 clients.")), std::optional<int>(620));
        QCOMPARE(OfflineScriptWalk::firstInteger(QStringLiteral("Roughly 1,250 of them")), std::optional<int>(1250));
        QCOMPARE(OfflineScriptWalk::firstInteger(QStringLiteral("quite a few")), std::nullopt);
        QVERIFY(OfflineScriptWalk::affirmative(QStringLiteral("Yes, I see the risk.")));
        QVERIFY(OfflineScriptWalk::affirmative(QStringLiteral("I suppose it would take effort.")));
        QVERIFY(!OfflineScriptWalk::affirmative(QStringLiteral("No, not at all.")));
        QVERIFY(!OfflineScriptWalk::affirmative(QStringLiteral("I don't think so.")));
        const QStringList decision{QStringLiteral("Proceed"), QStringLiteral("Pause"), QStringLiteral("Decline")};
        QCOMPARE(OfflineScriptWalk::choiceFrom(QStringLiteral("Yes, let's go ahead."), decision, true), QStringLiteral("Proceed"));
        QCOMPARE(OfflineScriptWalk::choiceFrom(QStringLiteral("Let me think about it and call you later."), decision, true),
                 QStringLiteral("Pause"));
        QCOMPARE(OfflineScriptWalk::choiceFrom(QStringLiteral("No, we're not interested."), decision, true), QStringLiteral("Decline"));
        QCOMPARE(OfflineScriptWalk::choiceFrom(QStringLiteral("What is this about?"), decision, true), QString());
        QCOMPARE(OfflineScriptWalk::choiceFrom(QStringLiteral("Six instalments would fit our cash flow."),
                                               {QStringLiteral("Pay in full"), QStringLiteral("Six instalments")}, false),
                 QStringLiteral("Six instalments"));
    }

    void clauseForPicksThePartThatAnswersTheField()
    {
        const QString answer = QStringLiteral("We serve about 620 clients. Revenue swings a lot from month to month, "
                                              "and the biggest problem is chasing my people for updates.");
        QCOMPARE(OfflineScriptWalk::clauseFor(answer, QStringLiteral("revenue_volatility"),
                                              QStringLiteral("How much does your monthly revenue swing?")),
                 QStringLiteral("Revenue swings a lot from month to month"));
        QCOMPARE(OfflineScriptWalk::clauseFor(answer, QStringLiteral("main_pain"),
                                              QStringLiteral("What is the one problem that costs you the most right now?")),
                 QStringLiteral("the biggest problem is chasing my people for updates."));
        // Nothing in common: the whole answer, never an arbitrary piece of it.
        QCOMPARE(OfflineScriptWalk::clauseFor(answer, QStringLiteral("tool_stack"), QStringLiteral("Which tools?")),
                 answer);
        QCOMPARE(OfflineScriptWalk::clauseFor(QStringLiteral("Spreadsheets."), QStringLiteral("main_pain"), QString()),
                 QStringLiteral("Spreadsheets."));
    }

    void objectionCuesNameTheirType()
    {
        const QStringList all{QStringLiteral("Price"), QStringLiteral("Timing"), QStringLiteral("Capacity_Time"),
                              QStringLiteral("Need_to_Think"), QStringLiteral("Partner_Team"), QStringLiteral("Skepticism")};
        QCOMPARE(OfflineScriptWalk::objectionCue(QStringLiteral("Honestly it sounds expensive."), all), QStringLiteral("Price"));
        QCOMPARE(OfflineScriptWalk::objectionCue(QStringLiteral("I need to think about it."), all), QStringLiteral("Need_to_Think"));
        QCOMPARE(OfflineScriptWalk::objectionCue(QStringLiteral("I have to run it by my boss."), all), QStringLiteral("Partner_Team"));
        QCOMPARE(OfflineScriptWalk::objectionCue(QStringLiteral("We are too busy right now."), all), QStringLiteral("Capacity_Time"));
        QCOMPARE(OfflineScriptWalk::objectionCue(QStringLiteral("We tried that before and it failed."), all), QStringLiteral("Skepticism"));
        QCOMPARE(OfflineScriptWalk::objectionCue(QStringLiteral("My team spends hours every week on it."), all), QString());
        // Only the script's types count.
        QCOMPARE(OfflineScriptWalk::objectionCue(QStringLiteral("It is too expensive."), {QStringLiteral("Timing")}), QString());
    }

    void planIsOpeningScriptClosing()
    {
        CallBrief call;
        call.goal = QStringLiteral("Sell");
        call.questions = {QStringLiteral("Ignored with a script?")};
        call.script = brief();
        const QList<OfflinePlan::Step> steps = OfflinePlan::build(call);
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps.at(0).kind, OfflinePlan::Step::Kind::Opening);
        QCOMPARE(steps.at(1).kind, OfflinePlan::Step::Kind::Script);
        QCOMPARE(steps.at(2).kind, OfflinePlan::Step::Kind::Closing);
    }

    void walksAllMilestonesWithAnObjection()
    {
        OfflineScriptWalk walk(brief());
        Tools tools;
        QVERIFY(walk.prompt().startsWith(QLatin1String("What brought you to this call today? And are you okay")));
        tools.reply(walk, QStringLiteral("We lose track of client work. And yes, a diagnostic is fine."));
        QCOMPARE(tools.value(QStringLiteral("confirmed_expectation")), QStringLiteral("true"));
        QVERIFY2(walk.prompt().startsWith(QLatin1String("Thank you. Noted: Confirmed expectation. How many clients")),
                 qPrintable(walk.prompt()));
        tools.reply(walk, QStringLiteral("About 620 clients. Revenue swings a lot, and chasing updates is the pain."));
        QCOMPARE(tools.value(QStringLiteral("client_count")), QStringLiteral("620"));
        QVERIFY(tools.value(QStringLiteral("main_pain")).contains(QLatin1String("chasing updates")));
        tools.reply(walk, QStringLiteral("Everything in one place. Doing nothing costs two days a week."));
        tools.reply(walk, QStringLiteral("Yes, it would take real effort."));
        tools.reply(walk, QStringLiteral("Yes, I see the leverage."));
        // M6: the price objection is logged, diagnosed with the type's first question, resolved.
        tools.reply(walk, QStringLiteral("Honestly, it sounds expensive for our budget."));
        QCOMPARE(tools.names().constLast(), QStringLiteral("log_objection"));
        QCOMPARE(tools.calls.constLast().arguments.value(QStringLiteral("type")).toString(), QStringLiteral("Price"));
        QCOMPARE(walk.prompt(), QStringLiteral("I understand. Compared to what?"));
        tools.reply(walk, QStringLiteral("Compared to the hours we lose, it pays for itself. Three instalments work."));
        const auto resolve = std::find_if(tools.calls.cbegin(), tools.calls.cend(),
                                          [](const auto& c) { return c.name == u"resolve_objection"; });
        QVERIFY(resolve != tools.calls.cend());
        QCOMPARE(resolve->arguments.value(QStringLiteral("outcome")).toString(), QStringLiteral("Resolved"));
        QCOMPARE(resolve->arguments.value(QStringLiteral("objection_id")).toInteger(), 7);
        QCOMPARE(tools.value(QStringLiteral("payment_plan_selected")), QStringLiteral("Three instalments"));
        tools.reply(walk, QStringLiteral("Yes, let's go ahead."));
        QVERIFY(walk.finished());
        QVERIFY(walk.prompt().isEmpty());
        QCOMPARE(tools.completed(), (QList<int>{1, 2, 3, 4, 5, 6, 7}));
        QCOMPARE(walk.decision(), QStringLiteral("Proceed"));
        QCOMPARE(walk.lastCompleted(), 7);
        const QString summary = walk.summary();
        QVERIFY2(summary.contains(QLatin1String("M7 Decision Point")), qPrintable(summary));
        QVERIFY(summary.contains(QLatin1String("Decision: Proceed")));
        QVERIFY(summary.contains(QLatin1String("Price (Resolved)")));
    }

    void unresolvedObjectionIsDeferred()
    {
        OfflineScriptWalk walk(brief(6));
        Tools tools;
        tools.reply(walk, QStringLiteral("It is too expensive."));
        tools.reply(walk, QStringLiteral("No, not really."));
        QCOMPARE(tools.calls.at(1).name, QStringLiteral("resolve_objection"));
        QCOMPARE(tools.calls.at(1).arguments.value(QStringLiteral("outcome")).toString(), QStringLiteral("Deferred"));
    }

    void strictRefusalAsksOnceMoreThenStops()
    {
        OfflineScriptWalk walk(brief(2));
        Tools tools;
        tools.answer = [](const OfflineScriptWalk::ToolStep& step) {
            return step.name == u"complete_milestone" ? refused(QStringLiteral("M2 needs: client_count")) : ok();
        };
        // No number in the answer: client_count is not recorded, the milestone is refused.
        tools.reply(walk, QStringLiteral("Quite a lot of clients, revenue is bumpy, updates are the pain."));
        QVERIFY(tools.value(QStringLiteral("client_count")).isEmpty());
        QVERIFY(!walk.finished());
        QVERIFY2(walk.prompt().startsWith(QLatin1String("Sorry, I need to be sure")), qPrintable(walk.prompt()));
        QVERIFY(walk.prompt().contains(QLatin1String("How many clients do you serve?")));
        tools.reply(walk, QStringLiteral("Still quite a lot."));
        QVERIFY(walk.finished());   // never loops: the call closes
        QCOMPARE(walk.lastCompleted(), 0);
        QVERIFY2(walk.summary().contains(QLatin1String("M2 needs: client_count")), qPrintable(walk.summary()));
        QVERIFY(walk.summary().contains(QLatin1String("No decision yet")));
    }

    void sandboxProspectAnswersTheWholeScript_data()
    {
        QTest::addColumn<bool>("shipped");
        QTest::newRow("sample") << false;
        QTest::newRow("default script") << true;
    }
    void sandboxProspectAnswersTheWholeScript()
    {
        // The persona speaks its turns in order whatever is asked: they must walk M1 → M7.
        const Result<sandbox::Persona> prospect = sandbox::Persona::load(QStringLiteral("prospect"));
        QVERIFY2(prospect.ok(), qPrintable(prospect.error().message));
        QFETCH(bool, shipped);
        OfflineScriptWalk walk(shipped ? brief(1, DefaultScript::load()) : brief());
        QVERIFY(walk.prompt().startsWith(QLatin1String("What brought you to this call today? And ")));
        Tools tools;
        qsizetype turn = 0;
        while (!walk.finished() && turn < prospect.value().turns.size()) {
            tools.reply(walk, prospect.value().turns.at(turn++).text);
        }
        QVERIFY2(walk.finished(), qPrintable(walk.summary()));
        QCOMPARE(tools.completed(), (QList<int>{1, 2, 3, 4, 5, 6, 7}));
        QCOMPARE(tools.value(QStringLiteral("client_count")), QStringLiteral("620"));
        QCOMPARE(walk.decision(), QStringLiteral("Proceed"));
        if (shipped) {
            // One answer covers several text fields: each field gets the clause that answers it.
            QCOMPARE(tools.value(QStringLiteral("revenue_volatility")),
                     QStringLiteral("Revenue swings a lot from month to month"));
            QCOMPARE(tools.value(QStringLiteral("main_pain")),
                     QStringLiteral("the biggest problem is chasing my people for updates in spreadsheets."));
            QCOMPARE(tools.value(QStringLiteral("cost_of_inaction")),
                     QStringLiteral("If nothing changes, we keep losing two days a week."));
        }
        QVERIFY(tools.names().contains(QStringLiteral("log_objection")));
        QVERIFY(turn <= prospect.value().maxTurns);
        QVERIFY(turn >= 8 && turn <= 10);
    }
};

QTEST_GUILESS_MAIN(TestOfflineScriptWalk)
#include "tst_offline_script_walk.moc"
