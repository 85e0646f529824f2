// The call monitor against the real Engine and its built-in sandbox line (loopback only): a call
// placed from the panel's Call button rings, connects, shows levels and talk time, takes
// listen / barge-in (button and Space) and ends from Hang up, with the controls enabled as a user
// expects at each step.
#include "calls/Engine.h"
#include "core/Settings.h"
#include "docks/MonitorDock.h"
#include "fakes/MemoryCredentialStore.h"
#include "fakes/ScriptedAudioInput.h"
#include "models/CallListModel.h"
#include "telephony/sandbox/SandboxLine.h"
#include "widgets/CallStatusBar.h"
#include "widgets/DtmfPad.h"
#include "widgets/LevelMeter.h"
#include "widgets/PhoneNumberEdit.h"
#include "widgets/PlaceCallBar.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace calldeck;

namespace {

constexpr int kSlowMs = 20000;

struct Fixture
{
    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    MemoryCredentialStore credentials;
    std::unique_ptr<Engine> engine;
    fakes::ScriptedAudioInput* mic = nullptr;

    Fixture()
    {
        settings.setValue(SettingKeys::ListenAddress, QStringLiteral("127.0.0.1:0"));
        engine = std::make_unique<Engine>(settings, credentials);
        auto input = std::make_unique<fakes::ScriptedAudioInput>();
        mic = input.get();
        engine->setAudioInput(std::move(input));
        engine->setAudioOutput(std::make_unique<fakes::CapturingAudioOutput>());
    }

    bool start()
    {
        const QFuture<Status> future = engine->start();
        if (!QTest::qWaitFor([&future] { return future.isFinished(); }, kSlowMs)) {
            return false;
        }
        engine->sandbox().setTimeScale(0.2);
        return future.result().ok();
    }
};

template <typename T>
T* child(const QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QLatin1String(name));
    if (found == nullptr) {
        qWarning("no child %s", name);
    }
    return found;
}

} // namespace

class TestMonitorDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void liveSandboxCallFromTheCallButton();
    void placeCallFailureIsShown();
    void aiCallShowsCostApprovalAndTakeover();
};

void TestMonitorDock::liveSandboxCallFromTheCallButton()
{
    Fixture fixture;
    QVERIFY(fixture.start());
    MonitorDock dock(*fixture.engine);
    CallStatusBar statusBar;
    connect(fixture.engine.get(), &Engine::callUpdated, &statusBar, &CallStatusBar::updateCall);
    dock.resize(520, 760);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));

    auto* state = child<QLabel>(dock, "callState");
    auto* timer = child<QLabel>(dock, "callTimer");
    auto* hangUp = child<QPushButton>(dock, "hangUpButton");
    auto* listen = child<QPushButton>(dock, "listenButton");
    auto* bargeIn = child<QPushButton>(dock, "bargeInButton");
    auto* lock = child<QPushButton>(dock, "lockBargeInButton");
    auto* mute = child<QPushButton>(dock, "muteButton");
    auto* dtmf = child<DtmfPad>(dock, "dtmfPad");
    auto* tunnel = child<QLabel>(dock, "tunnelStatus");
    auto* callee = child<LevelMeter>(dock, "calleeMeter");
    auto* agent = child<LevelMeter>(dock, "agentMeter");
    QVERIFY(state && timer && hangUp && listen && bargeIn && lock && mute && dtmf && tunnel && callee && agent);

    // Nothing to act on yet.
    QCOMPARE(state->text(), QStringLiteral("No call selected"));
    for (QWidget* control : std::initializer_list<QWidget*>{hangUp, listen, bargeIn, lock, mute, dtmf}) {
        QVERIFY2(!control->isEnabled(), qPrintable(control->objectName()));
    }
    QVERIFY(tunnel->text().startsWith(QLatin1String("Sandbox line")));

    // Choose the dental receptionist and press Call, as a user would.
    PlaceCallBar* bar = dock.placeCallBar();
    const int dental = bar->personaBox()->findData(QStringLiteral("dental"));
    QVERIFY(dental > 0);
    bar->personaBox()->setCurrentIndex(dental);
    Q_EMIT bar->personaBox()->activated(dental);
    QVERIFY(!bar->numberEdit()->isBlank());
    QTest::mouseClick(bar->callButton(), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(!dock.selectedCallKey().isEmpty(), kSlowMs);
    const QString key = dock.selectedCallKey();
    QVERIFY(dock.errorText().isEmpty());
    QCOMPARE(dock.model()->rowCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(state->text(), QStringLiteral("Connected"), kSlowMs);
    QCOMPARE(statusBar.activeCalls(), 1);
    QVERIFY(hangUp->isEnabled());
    QVERIFY(listen->isEnabled());
    QVERIFY(bargeIn->isEnabled());
    QVERIFY(lock->isEnabled());
    QVERIFY(mute->isEnabled());
    QVERIFY(dtmf->isEnabled());
    QVERIFY(tunnel->text().startsWith(QLatin1String("Sandbox line")));

    // The persona talks and the scripted microphone sends a tone: both meters move.
    fixture.mic->speak(3000);
    QTRY_VERIFY_WITH_TIMEOUT(callee->peakDb() > -50.0f, kSlowMs);
    QTRY_VERIFY_WITH_TIMEOUT(agent->peakDb() > -50.0f, kSlowMs);
    QTRY_VERIFY_WITH_TIMEOUT(timer->text() != QLatin1String("00:00") && timer->text() != QLatin1String("--:--"),
                             kSlowMs);

    // Listen toggles the speaker for this call.
    QTest::mouseClick(listen, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(fixture.engine->snapshot(key).listening, kSlowMs);
    QTRY_VERIFY(listen->isChecked());

    // Barge-in is push-to-talk: on while held, off on release.
    QTest::mousePress(bargeIn, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(fixture.engine->snapshot(key).bargeIn, kSlowMs);
    QTest::mouseRelease(bargeIn, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!fixture.engine->snapshot(key).bargeIn, kSlowMs);

    // Holding Space in the panel does the same.
    auto* list = child<QTreeView>(dock, "callList");
    list->setFocus();
    QTest::keyPress(list, Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(fixture.engine->snapshot(key).bargeIn, kSlowMs);
    QVERIFY(bargeIn->isDown());
    QTest::keyRelease(list, Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(!fixture.engine->snapshot(key).bargeIn, kSlowMs);

    // Locked barge-in stays on without holding anything.
    QTest::mouseClick(lock, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(fixture.engine->snapshot(key).bargeIn, kSlowMs);
    QTest::mouseClick(lock, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!fixture.engine->snapshot(key).bargeIn, kSlowMs);

    // Hang up ends the call; nothing is left to hang up, barge into or dial.
    QTest::mouseClick(hangUp, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(state->text().startsWith(QLatin1String("Ended")), kSlowMs);
    QVERIFY2(state->text().size() > QStringLiteral("Ended").size(), qPrintable(state->text()));
    for (QWidget* control : std::initializer_list<QWidget*>{hangUp, listen, bargeIn, lock, mute, dtmf}) {
        QVERIFY2(!control->isEnabled(), qPrintable(control->objectName()));
    }
    QCOMPARE(statusBar.activeCalls(), 0);
    QCOMPARE(dock.model()->liveCount(), 0);
    QCOMPARE(callee->fillFraction(), 0.0);
}

void TestMonitorDock::placeCallFailureIsShown()
{
    Fixture fixture;
    QVERIFY(fixture.start());
    MonitorDock dock(*fixture.engine);
    dock.show();
    QTest::keyClicks(dock.placeCallBar()->numberEdit(), QStringLiteral("12"));
    QTest::mouseClick(dock.placeCallBar()->callButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dock.errorText().isEmpty(), kSlowMs);
    QVERIFY2(dock.errorText().contains(QLatin1String("is not a number CallDeck can call")),
             qPrintable(dock.errorText()));
    QCOMPARE(dock.model()->rowCount(), 0);
    QVERIFY(dock.placeCallBar()->callButton()->isEnabled());
    // Editing the number dismisses the banner.
    QTest::keyClicks(dock.placeCallBar()->numberEdit(), QStringLiteral("3"));
    QVERIFY(dock.errorText().isEmpty());
}

void TestMonitorDock::aiCallShowsCostApprovalAndTakeover()
{
    Fixture fixture;
    MonitorDock dock(*fixture.engine);
    dock.show();
    // Before a call: the estimate for the chosen agent on the chosen line.
    auto* estimate = dock.findChild<QLabel*>(QStringLiteral("costEstimate"));
    QVERIFY(estimate != nullptr);
    QVERIFY2(estimate->text().contains(QLatin1String("$0.000")), qPrintable(estimate->text()));

    // An AI call as the engine reports it: connected, cost so far, an approval the agent waits for.
    CallSnapshot call;
    call.callKey = QStringLiteral("c-ai");
    call.to = QStringLiteral("+15555550100");
    call.provider = QStringLiteral("sandbox");
    call.state = CallState::Connected;
    call.mediaConnected = true;
    call.placedAt = QDateTime::currentDateTimeUtc();
    call.connectedAt = call.placedAt;
    call.agentKind = QStringLiteral("realtime");
    call.costMicros = 42'500;
    call.estimatedCostMicros = 135'528;
    call.latencyTurns = 3;
    call.latencyP50Ms = 640;
    call.latencyP95Ms = 910;
    call.pendingApprovalId = QStringLiteral("call_7");
    call.pendingApprovalText = QStringLiteral("Cleaning at $180");
    call.pendingApprovalCents = 18000;
    Q_EMIT fixture.engine->callUpdated(call);
    dock.selectCall(call.callKey);

    auto* info = dock.findChild<QLabel*>(QStringLiteral("agentInfo"));
    QVERIFY(info->text().contains(QLatin1String("realtime")));
    QVERIFY2(info->text().contains(QLatin1String("Cost $0.0425 (estimate $0.1355)")), qPrintable(info->text()));
    QVERIFY2(info->text().contains(QStringLiteral("p50 640 ms · p95 910 ms · turns: 3")), qPrintable(info->text()));
    auto* approvalBar = dock.findChild<QWidget*>(QStringLiteral("approvalBar"));
    QVERIFY(approvalBar->isVisible());
    QVERIFY(dock.findChild<QLabel*>(QStringLiteral("approvalText"))->text().contains(QLatin1String("$180.00")));
    auto* takeover = dock.findChild<QPushButton*>(QStringLiteral("takeoverButton"));
    QVERIFY(takeover->isVisible());
    QVERIFY(takeover->isEnabled());
    QVERIFY(takeover->text().contains(QLatin1String("Take over")));

    // Answered and taken over: the bar goes, the button offers to hand the call back.
    call.pendingApprovalId.clear();
    call.takenOver = true;
    call.humanMode = true;
    Q_EMIT fixture.engine->callUpdated(call);
    QVERIFY(!approvalBar->isVisible());
    QVERIFY(takeover->isChecked());
    QVERIFY(takeover->text().contains(QLatin1String("Hand")));
    QVERIFY(dock.findChild<QPushButton*>(QStringLiteral("muteButton"))->isEnabled());

    // A human call has no take-over button.
    call.callKey = QStringLiteral("c-human");
    call.agentKind = QStringLiteral("human");
    call.takenOver = false;
    Q_EMIT fixture.engine->callUpdated(call);
    dock.selectCall(call.callKey);
    QVERIFY(!takeover->isVisible());
}

QTEST_MAIN(TestMonitorDock)
#include "tst_monitor_dock.moc"
