#include "script/ScriptRunService.h"
#include "store/ContactRepository.h"
#include "store/Store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace calldeck;

namespace {

const QString kDana = QStringLiteral("+15555550102");

struct Outcome
{
    int exitCode = -1;
    QStringList script;     ///< details of the "script" events, in order
    QString errors;
    QJsonObject outcome;
    QStringList agentSaid;
};

} // namespace

/// `calldeck-cli call --script`: the offline agent walks the sales script with the sandbox
/// prospect, a second call follows up, and the gate blocks or lets through as the mode says.
class TstCliCallScript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void offlineAgentWalksTheScriptThenAFollowUpResumes();
    void strictGateWithoutClientCountExitsTwo();
    void flexibleOverrideIsLogged();
    void followUpWithResumeStartsAtTheChosenMilestone();

private:
    Outcome call(const QStringList& extra, int timeoutMs = 400000) const;
    QList<ScriptRunView> runsOf(const QString& phone) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstCliCallScript::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

Outcome TstCliCallScript::call(const QStringList& extra, int timeoutMs) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CALLDECK_DATA_DIR"), m_dir->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("CALLDECK_LISTEN"), QStringLiteral("127.0.0.1:0"));
    env.insert(QStringLiteral("CALLDECK_TUNNEL"), QStringLiteral("none"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/calldeck-test-bus"));
    env.remove(QStringLiteral("DISPLAY"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CALLDECK_CLI_PATH), QStringList{QStringLiteral("call"), QStringLiteral("--json")} + extra);
    Outcome out;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        out.errors = QStringLiteral("timed out");
        return out;
    }
    out.exitCode = process.exitCode();
    out.errors = QString::fromUtf8(process.readAllStandardError());
    for (const QByteArray& line : process.readAllStandardOutput().trimmed().split('\n')) {
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        const QString kind = event.value(QStringLiteral("event")).toString();
        if (kind == u"script") {
            out.script.append(event.value(QStringLiteral("detail")).toString());
        } else if (kind == u"outcome") {
            out.outcome = event;
        } else if (kind == u"transcript") {
            const QJsonObject detail = event.value(QStringLiteral("detail")).toObject();
            if (detail.value(QStringLiteral("speaker")).toString() == u"agent") {
                out.agentSaid.append(detail.value(QStringLiteral("text")).toString());
            }
        }
    }
    return out;
}

QList<ScriptRunView> TstCliCallScript::runsOf(const QString& phone) const
{
    Store store(m_dir->filePath(QStringLiteral("data/calldeck.sqlite")));
    if (!store.open().ok()) {
        return {};
    }
    const auto runs = store.runSync([phone](QSqlDatabase& db) -> Result<QList<ScriptRunView>> {
        const Result<std::optional<Contact>> contact = ContactRepository(db).findByPhone(phone);
        if (!contact || !contact.value()) {
            return Error{ErrorCode::NotFound, QStringLiteral("no prospect")};
        }
        return ScriptRunService(db).runsOfProspect(contact.value()->id);
    });
    store.close();
    return runs ? runs.value() : QList<ScriptRunView>{};
}

void TstCliCallScript::offlineAgentWalksTheScriptThenAFollowUpResumes()
{
    const Outcome first = call({QStringLiteral("--to"), kDana, QStringLiteral("--persona"), QStringLiteral("prospect"),
                                QStringLiteral("--agent"), QStringLiteral("offline"), QStringLiteral("--script"),
                                QStringLiteral("default"), QStringLiteral("--contact-name"), QStringLiteral("Dana Ruiz"),
                                QStringLiteral("--client-count"), QStringLiteral("620"), QStringLiteral("--checklist"),
                                QStringLiteral("all")});
    const QString log = first.script.join(u'\n') + u'\n' + first.errors;
    QVERIFY2(first.exitCode == 0, qPrintable(log));
    // Progress lines in order, the objection and the decision.
    QVERIFY2(first.script.contains(QStringLiteral("M1 Context & Frame — completed (1/7)")), qPrintable(log));
    QVERIFY2(first.script.contains(QStringLiteral("M2 Current State Mapping — completed (2/7)")), qPrintable(log));
    QVERIFY2(first.script.contains(QStringLiteral("M7 Decision Point — completed (7/7)")), qPrintable(log));
    QVERIFY(first.script.indexOf(QStringLiteral("M2 Current State Mapping — completed (2/7)"))
            < first.script.indexOf(QStringLiteral("M7 Decision Point — completed (7/7)")));
    QVERIFY2(first.script.contains(QStringLiteral("decision: Proceed")), qPrintable(log));
    QVERIFY2(first.script.contains(QStringLiteral("objection Price at M6 — Resolved")), qPrintable(log));
    QCOMPARE(first.outcome.value(QStringLiteral("detail")).toString(), QStringLiteral("completed"));
    QVERIFY(first.outcome.value(QStringLiteral("summary")).toString().contains(QLatin1String("Proceed")));

    QList<ScriptRunView> runs = runsOf(kDana);
    QCOMPARE(runs.size(), 1);
    const ScriptRunView& run = runs.first();
    QCOMPARE(run.status, ScriptRunStatus::Completed);
    QCOMPARE(run.doneCount(), 7);
    for (const MilestoneResponse& r : run.responses) {
        QCOMPARE(r.state, MilestoneState::Completed);
    }
    QCOMPARE(run.response(2)->fields.value(QStringLiteral("client_count")), QStringLiteral("620"));
    QCOMPARE(run.response(7)->fields.value(QStringLiteral("decision")), QStringLiteral("Proceed"));
    QVERIFY(run.sessionId > 0);
    QVERIFY(!run.callKey.isEmpty());

    // The same number again: a follow-up of the thread that resumes from the context (after M7
    // the suggestion is the decision point itself).
    const Outcome second = call({QStringLiteral("--to"), kDana, QStringLiteral("--persona"), QStringLiteral("prospect"),
                                 QStringLiteral("--agent"), QStringLiteral("offline"), QStringLiteral("--script"),
                                 QStringLiteral("default"), QStringLiteral("--checklist"), QStringLiteral("all")});
    const QString log2 = second.script.join(u'\n') + u'\n' + second.errors;
    QVERIFY2(second.exitCode == 0, qPrintable(log2));
    QVERIFY2(!second.script.isEmpty() && second.script.first().startsWith(QLatin1String("follow-up call 2")), qPrintable(log2));
    runs = runsOf(kDana);
    QCOMPARE(runs.size(), 2);
    const ScriptRunView& followUp = runs.at(1);
    QCOMPARE(followUp.threadSeq, 2);
    QCOMPARE(followUp.threadId, runs.first().threadId);
    QCOMPARE(followUp.previousRunId, runs.first().id);
    QCOMPARE(followUp.resumeFrom, 7);
    QVERIFY(followUp.status == ScriptRunStatus::Completed);
    // The agent went straight to the decision question after its opening.
    QVERIFY2(second.agentSaid.size() >= 2 && second.agentSaid.at(1).contains(QLatin1String("proceed, pause or decline")),
             qPrintable(second.agentSaid.join(u'\n')));
}

void TstCliCallScript::strictGateWithoutClientCountExitsTwo()
{
    const Outcome blocked = call({QStringLiteral("--to"), QStringLiteral("+15555550177"), QStringLiteral("--agent"),
                                  QStringLiteral("offline"), QStringLiteral("--script"), QStringLiteral("default"),
                                  QStringLiteral("--contact-name"), QStringLiteral("Lee Park"), QStringLiteral("--checklist"),
                                  QStringLiteral("all")},
                                 60000);
    QCOMPARE(blocked.exitCode, 2);
    QVERIFY2(blocked.errors.contains(QLatin1String("blocked")), qPrintable(blocked.errors));
    QVERIFY(blocked.outcome.isEmpty());   // no call was placed
    const QList<ScriptRunView> runs = runsOf(QStringLiteral("+15555550177"));
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().status, ScriptRunStatus::Scheduled);
}

void TstCliCallScript::flexibleOverrideIsLogged()
{
    const Outcome passed = call({QStringLiteral("--to"), QStringLiteral("+15555550178"), QStringLiteral("--agent"),
                                 QStringLiteral("offline"), QStringLiteral("--script"), QStringLiteral("default"),
                                 QStringLiteral("--mode"), QStringLiteral("flexible"), QStringLiteral("--contact-name"),
                                 QStringLiteral("Sam Oduya"), QStringLiteral("--checklist"), QStringLiteral("all"),
                                 QStringLiteral("--override-reason"), QStringLiteral("Referral from their CEO"),
                                 QStringLiteral("--hangup-after"), QStringLiteral("4")},
                                120000);
    QVERIFY2(passed.exitCode == 0, qPrintable(passed.errors));
    QVERIFY2(passed.script.contains(QStringLiteral("gate overridden: Referral from their CEO")), qPrintable(passed.script.join(u'\n')));
    const QList<ScriptRunView> runs = runsOf(QStringLiteral("+15555550178"));
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().mode, ScriptMode::Flexible);
    QCOMPARE(runs.first().gateOverrideReason, QStringLiteral("Referral from their CEO"));
    bool logged = false;
    for (const ScriptEvent& event : runs.first().events) {
        logged = logged || (event.kind == u"gate_override" && event.reason == u"Referral from their CEO" && event.actor == u"cli");
    }
    QVERIFY(logged);
    QVERIFY(runs.first().status != ScriptRunStatus::Scheduled);
}

void TstCliCallScript::followUpWithResumeStartsAtTheChosenMilestone()
{
    const QString robin = QStringLiteral("+15555550179");
    const QStringList common{QStringLiteral("--to"), robin, QStringLiteral("--persona"), QStringLiteral("prospect"),
                             QStringLiteral("--agent"), QStringLiteral("offline"), QStringLiteral("--script"),
                             QStringLiteral("default"), QStringLiteral("--checklist"), QStringLiteral("all")};
    // A first call that ends early, so the second one is a follow-up of the same thread.
    const Outcome first = call(common + QStringList{QStringLiteral("--contact-name"), QStringLiteral("Robin Hale"),
                                                    QStringLiteral("--client-count"), QStringLiteral("700"),
                                                    QStringLiteral("--hangup-after"), QStringLiteral("3")},
                               120000);
    QVERIFY2(first.exitCode == 0, qPrintable(first.script.join(u'\n') + u'\n' + first.errors));

    const Outcome second = call(common + QStringList{QStringLiteral("--resume"), QStringLiteral("5")});
    const QString log = second.script.join(u'\n') + u'\n' + second.errors;
    QVERIFY2(second.exitCode == 0, qPrintable(log));
    QVERIFY2(!second.script.isEmpty() && second.script.first().startsWith(QLatin1String("follow-up call 2"))
                 && second.script.first().contains(QLatin1String("resuming at M5 ")),
             qPrintable(log));
    // The first milestone this run completes is M5, as the first of the run.
    QVERIFY2(second.script.contains(QStringLiteral("M5 Solution Mapping — completed (1/7)")), qPrintable(log));
    const QRegularExpression earlier(QStringLiteral("^M[1-4] "));
    for (const QString& line : second.script) {
        QVERIFY2(!earlier.match(line).hasMatch(), qPrintable(log));
    }

    const QList<ScriptRunView> runs = runsOf(robin);
    QCOMPARE(runs.size(), 2);
    const ScriptRunView& resumed = runs.at(1);
    QCOMPARE(resumed.threadSeq, 2);
    QCOMPARE(resumed.previousRunId, runs.first().id);
    QCOMPARE(resumed.resumeFrom, 5);
    QCOMPARE(resumed.status, ScriptRunStatus::Completed);
    QCOMPARE(resumed.response(5)->state, MilestoneState::Completed);
    // M1–M4 were left alone in this run; the walk began at M5.
    for (int m = 1; m <= 4; ++m) {
        QVERIFY(resumed.response(m) != nullptr);
        QCOMPARE(resumed.response(m)->state, MilestoneState::NotStarted);
        QVERIFY(resumed.response(m)->fields.isEmpty());
    }
    bool logged = false;
    for (const ScriptEvent& event : resumed.events) {
        logged = logged || (event.kind == u"resume" && event.milestone == 5 && event.actor == u"cli");
    }
    QVERIFY2(logged, "the resume at M5 is in the run's log");
}

QTEST_GUILESS_MAIN(TstCliCallScript)
#include "tst_cli_call_script.moc"
