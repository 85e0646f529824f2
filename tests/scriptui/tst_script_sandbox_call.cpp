// A human-agent call on the sandbox line driven by the Script panel, end to end against the real
// Engine (loopback only): the setup page starts the run and places the call to Dana Ruiz (the
// "prospect" persona) with the run attached; the agent walks M1→M7 in the panel while the call is
// live; hanging up leaves the run completed with its call key and session recorded; the next call
// is a follow-up in the same thread that resumes at the decision. The same with the offline AI
// agent: it walks the script through its tools and the panel follows it live.
#include "ScriptUiFixture.h"
#include "calls/Engine.h"
#include "fakes/MemoryCredentialStore.h"
#include "fakes/ScriptedAudioInput.h"
#include "store/ProfileRepository.h"
#include "script/FollowUpContextView.h"
#include "script/MilestoneChecklistForm.h"
#include "script/ScriptDock.h"
#include "script/ScriptLivePage.h"
#include "script/ScriptSetupPage.h"
#include "telephony/sandbox/SandboxLine.h"

#include <QMessageBox>
#include <QtTest>

using namespace calldeck;
using namespace calldeck::testing;

/// A started Engine on the sandbox line (loopback, test audio) with a store that knows the user
/// and Dana Ruiz, the sandbox prospect.
struct SandboxRig
{
    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    Store store{dir.filePath(QStringLiteral("calldeck.sqlite"))};
    MemoryCredentialStore credentials;
    std::unique_ptr<Engine> engine;
    fakes::ScriptedAudioInput* mic = nullptr;
    qint64 dana = 0;

    void start()
    {
        settings.setValue(SettingKeys::ListenAddress, QStringLiteral("127.0.0.1:0"));
        QVERIFY(store.open().ok());
        const Result<UserProfile> me = store.runSync([](QSqlDatabase& db) {
            UserProfile profile;
            profile.fullName = QStringLiteral("Alex Morgan");
            return ProfileRepository(db).saveProfile(profile);
        });
        QVERIFY(me.ok());
        engine = std::make_unique<Engine>(settings, credentials);
        auto input = std::make_unique<fakes::ScriptedAudioInput>();
        mic = input.get();
        engine->setAudioInput(std::move(input));
        engine->setAudioOutput(std::make_unique<fakes::CapturingAudioOutput>());
        engine->setStore(&store);
        QVERIFY(engine->scriptHub() != nullptr);
        const QFuture<Status> started = engine->start();
        QVERIFY(QTest::qWaitFor([&started] { return started.isFinished(); }, kSlowMs));
        QVERIFY2(started.result().ok(), qPrintable(started.result().error().message));

        Prospect p;
        p.contact.name = QStringLiteral("Dana Ruiz");
        p.contact.phoneE164 = QStringLiteral("+15555550102");
        p.profile.clientCount = 620;
        p.profile.businessType = QStringLiteral("Coaching practice");
        p.profile.revenueRange = QStringLiteral("$250k–$500k");
        p.profile.mainPain = QStringLiteral("Chasing people for updates");
        const Result<Prospect> added = store.runSync([p](QSqlDatabase& db) { return ProspectRepository(db).add(p); });
        QVERIFY2(added.ok(), qPrintable(added.error().message));
        dana = added.value().contact.id;
    }

    /// The stored run once the engine attached the recorded session to it.
    Result<ScriptRunView> storedWithSession(qint64 runId)
    {
        const bool attached = QTest::qWaitFor(
            [this, runId] {
                return store.runSync([runId](QSqlDatabase& db) {
                    const Result<ScriptRunView> run = ScriptRunService(db).load(runId);
                    return run.ok() && run.value().sessionId != 0;
                });
            },
            30000);
        if (!attached) {
            return Error{ErrorCode::Internal, QStringLiteral("no session was attached to run %1").arg(runId)};
        }
        return store.runSync([runId](QSqlDatabase& db) { return ScriptRunService(db).load(runId); });
    }
};

class TestScriptSandboxCall : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void humanAgentWalksTheScriptOnASandboxCall();
    void offlineAgentWalksTheScriptInThePanel();
};

void TestScriptSandboxCall::humanAgentWalksTheScriptOnASandboxCall()
{
    SandboxRig rig;
    rig.start();
    if (QTest::currentTestFailed()) {
        return;
    }
    Engine& engine = *rig.engine;
    Settings& settings = rig.settings;
    fakes::ScriptedAudioInput* mic = rig.mic;
    const qint64 danaId = rig.dana;

    ScriptDock dock(*engine.scriptHub(), settings, &engine);
    dock.resize(600, 1000);
    dock.show();
    QTRY_VERIFY_WITH_TIMEOUT(dock.setupPage()->isLoaded(), kSlowMs);
    ScriptSetupPage& setup = *dock.setupPage();
    setup.selectProspect(danaId);
    QTRY_COMPARE_WITH_TIMEOUT(setup.prospectId(), danaId, kSlowMs);
    setup.setAgent(QStringLiteral("human"));
    setup.setMode(ScriptMode::Strict);
    setup.checkAll();
    QVERIFY(setup.startButton()->isEnabled());
    QTest::mouseClick(setup.startButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dock.isShowingLiveRun(), kSlowMs);
    ScriptLivePage& page = *dock.livePage();

    // The engine attaches the call to the run; the call connects to Dana.
    QTRY_VERIFY_WITH_TIMEOUT(!page.run().callKey.isEmpty(), kSlowMs);
    const QString callKey = page.run().callKey;
    QTRY_COMPARE_WITH_TIMEOUT(engine.snapshot(callKey).state, CallState::Connected, 30000);
    QCOMPARE(engine.snapshot(callKey).agentKind, QStringLiteral("human"));

    // The agent talks now and then (the persona answers) and walks the script in the panel.
    for (int milestone = 1; milestone <= 7; ++milestone) {
        QTRY_VERIFY_WITH_TIMEOUT(page.milestoneText().startsWith(QStringLiteral("M%1 ").arg(milestone)), kSlowMs);
        mic->speak(400);
        MilestoneChecklistForm* form = page.form();
        const ScriptMilestone current = *page.run().script.milestone(milestone); // the page's run is replaced on every change
        for (QCheckBox* box : form->questionBoxes()) {
            box->click();
            QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), kSlowMs);
        }
        for (const ScriptField& field : current.requiredFields) {
            form->editField(field.key, answerFor(field));
            QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), kSlowMs);
        }
        for (QCheckBox* box : form->confirmationBoxes()) {
            box->click();
            QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), kSlowMs);
        }
        QVERIFY2(engine.snapshot(callKey).isLive(), "the call ended while the script was walked");
        QTest::mouseClick(page.nextButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), kSlowMs);
        QVERIFY2(page.messageText().isEmpty() || milestone == 7, qPrintable(page.messageText()));
    }
    QTRY_COMPARE_WITH_TIMEOUT(page.run().status, ScriptRunStatus::Completed, kSlowMs);
    QCOMPARE(page.progressText(), QStringLiteral("7/7"));

    // Hang up: the engine tells the hub; the run keeps its completion and gets the session.
    engine.hangUp(callKey);
    QTRY_COMPARE_WITH_TIMEOUT(engine.snapshot(callKey).state, CallState::Ended, 30000);
    const qint64 runId = page.run().id;
    const Result<ScriptRunView> stored = rig.storedWithSession(runId);
    QVERIFY2(stored.ok(), qPrintable(stored.error().message));
    QCOMPARE(stored.value().status, ScriptRunStatus::Completed);
    QCOMPARE(stored.value().callKey, callKey);
    QCOMPARE(stored.value().response(7)->fields.value(QStringLiteral("decision")), QStringLiteral("Proceed"));

    // The follow-up: the panel shows the thread and resumes at the decision, on a second call.
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("newCall")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dock.isShowingLiveRun() && setup.isFollowUp(), kSlowMs);
    QVERIFY(setup.followUpView()->threadText().contains(QLatin1String("call 2 of this thread")));
    QCOMPARE(setup.followUp().lastMilestone, 7);
    setup.checkAll();
    QTest::mouseClick(setup.startButton(), Qt::LeftButton);
    auto* confirm = waitForDialog<QMessageBox>(dock);
    QVERIFY(confirm != nullptr);
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dock.isShowingLiveRun() && page.run().id != runId, kSlowMs);
    QCOMPARE(page.run().threadSeq, 2);
    QCOMPARE(page.run().previousRunId, runId);
    QVERIFY2(page.milestoneText().startsWith(QStringLiteral("M7 ")),
             qPrintable(page.milestoneText() + QStringLiteral(" / ") + setup.followUpView()->resumeText() + QStringLiteral(" / ") + QString::number(setup.followUp().suggestedResume)));
    QTRY_VERIFY_WITH_TIMEOUT(!page.run().callKey.isEmpty(), kSlowMs);
    const QString followUpKey = page.run().callKey;
    QVERIFY(followUpKey != callKey);
    QTRY_COMPARE_WITH_TIMEOUT(engine.snapshot(followUpKey).state, CallState::Connected, 30000);
    engine.hangUp(followUpKey);
    QTRY_COMPARE_WITH_TIMEOUT(engine.snapshot(followUpKey).state, CallState::Ended, 30000);
    engine.shutdown();
}

void TestScriptSandboxCall::offlineAgentWalksTheScriptInThePanel()
{
    SandboxRig rig;
    rig.start();
    if (QTest::currentTestFailed()) {
        return;
    }
    Engine& engine = *rig.engine;
    // Every milestone the panel shows as current, in the order it showed them.
    QList<int> shown;
    connect(engine.scriptHub(), &ScriptHub::runChanged, this, [&shown](const ScriptRunView& run) {
        if (run.currentMilestone > 0 && (shown.isEmpty() || shown.last() != run.currentMilestone)) {
            shown.append(run.currentMilestone);
        }
    });

    ScriptDock dock(*engine.scriptHub(), rig.settings, &engine);
    dock.resize(600, 1000);
    dock.show();
    QTRY_VERIFY_WITH_TIMEOUT(dock.setupPage()->isLoaded(), kSlowMs);
    ScriptSetupPage& setup = *dock.setupPage();
    setup.selectProspect(rig.dana);
    QTRY_COMPARE_WITH_TIMEOUT(setup.prospectId(), rig.dana, kSlowMs);
    setup.setAgent(QStringLiteral("offline"));
    setup.setMode(ScriptMode::Strict);
    setup.checkAll();
    QVERIFY(setup.startButton()->isEnabled());
    QTest::mouseClick(setup.startButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dock.isShowingLiveRun(), kSlowMs);
    ScriptLivePage& page = *dock.livePage();
    QTRY_VERIFY_WITH_TIMEOUT(!page.run().callKey.isEmpty(), kSlowMs);
    const QString callKey = page.run().callKey;
    QTRY_COMPARE_WITH_TIMEOUT(engine.snapshot(callKey).state, CallState::Connected, 30000);
    QCOMPARE(engine.snapshot(callKey).agentKind, QStringLiteral("offline"));

    // Nobody clicks: the AI's tool calls move the panel from M1 to M7 while the call is live.
    QTRY_COMPARE_WITH_TIMEOUT(page.run().status, ScriptRunStatus::Completed, 300000);
    QCOMPARE(shown, (QList<int>{1, 2, 3, 4, 5, 6, 7}));
    QCOMPARE(page.progressText(), QStringLiteral("7/7"));
    QCOMPARE(page.run().response(2)->fields.value(QStringLiteral("client_count")), QStringLiteral("620"));
    QCOMPARE(page.run().response(7)->fields.value(QStringLiteral("decision")), QStringLiteral("Proceed"));
    QCOMPARE(page.run().objections.size(), 1);
    QCOMPARE(page.run().objections.first().type, QStringLiteral("Price"));
    QTRY_COMPARE_WITH_TIMEOUT(engine.snapshot(callKey).state, CallState::Ended, 60000);
    const qint64 runId = page.run().id;
    const Result<ScriptRunView> stored = rig.storedWithSession(runId);
    QVERIFY2(stored.ok(), qPrintable(stored.error().message));
    QCOMPARE(stored.value().callKey, callKey);

    // The follow-up opens from the context: call 2 of the thread, everything reached, resume at
    // the decision.
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("newCall")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dock.isShowingLiveRun() && setup.isFollowUp(), kSlowMs);
    QVERIFY(setup.followUpView()->threadText().contains(QLatin1String("call 2 of this thread")));
    QCOMPARE(setup.followUp().lastMilestone, 7);
    QCOMPARE(setup.followUp().suggestedResume, 7);
    engine.shutdown();
}

QTEST_MAIN(TestScriptSandboxCall)
#include "tst_script_sandbox_call.moc"
