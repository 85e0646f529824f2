// ScriptHub, the asynchronous front the control panel, the engine and the AI tools share: every
// change is announced before the caller's future resolves, and the gate threshold and default mode
// come from the settings.
#include "ScriptTestSupport.h"
#include "core/FutureWatch.h"
#include "core/Settings.h"
#include "script/ScriptHub.h"

#include <QSignalSpy>

using namespace calldeck;
using namespace calldeck::test;

namespace {

const QString kAgent = QStringLiteral("agent:Alex Morgan");

template <typename T>
Result<T> await(QObject* context, const QFuture<Result<T>>& future)
{
    std::optional<Result<T>> result;
    whenFinished(context, future, [&result](const Result<T>& r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000)) {
        return Error{ErrorCode::Internal, QStringLiteral("timed out")};
    }
    return *result;
}

} // namespace

class TestScriptHub : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ScriptFixture> m_fx;
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ScriptHub> m_hub;
    qint64 m_prospect = 0;

    qint64 createdRun(ScriptMode mode)
    {
        NewScriptRun request;
        request.prospectId = m_prospect;
        request.mode = mode;
        request.actor = kAgent;
        const Result<ScriptRunView> run = await(this, m_hub->create(request));
        if (!run) {
            return 0;
        }
        for (int item : {1, 2, 3, 4, 5, 8}) {
            const qint64 id = run.value().id;
            if (!await(this,
                       m_hub->apply([=](ScriptRunService& s) { return s.setChecklistItem(id, item, true, kAgent); }))) {
                return 0;
            }
        }
        return run.value().id;
    }

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<ScriptFixture>(QStringLiteral("hub.sqlite"));
        m_prospect = m_fx->addProspect(QStringLiteral("Dana Ruiz"), QStringLiteral("+15555550102"), 320);
        m_settingsDir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<Settings>(m_settingsDir->filePath(QStringLiteral("settings.ini")));
        m_hub = std::make_unique<ScriptHub>(&m_fx->store(), m_settings.get());
    }

    void cleanup()
    {
        m_hub.reset();
        m_settings.reset();
        m_fx.reset();
    }

    void thresholdAndModeComeFromSettings()
    {
        QCOMPARE(m_hub->minClients(), 500);
        QCOMPARE(m_hub->defaultMode(), ScriptMode::Strict);
        const qint64 run = createdRun(ScriptMode::Strict);
        QVERIFY(run > 0);
        const Result<GateDecision> blocked = await(this, m_hub->checkGate(run));
        QVERIFY(blocked.ok());
        QVERIFY(!blocked.value().allowed);
        QCOMPARE(await(this, m_hub->start(run, {}, kAgent)).error().code, ErrorCode::Conflict);

        m_settings->setValue(SettingKeys::QualificationMinClients, 300);
        m_settings->setValue(SettingKeys::ScriptDefaultMode, QStringLiteral("flexible"));
        QCOMPARE(m_hub->minClients(), 300);
        QCOMPARE(m_hub->defaultMode(), ScriptMode::Flexible);
        QVERIFY(await(this, m_hub->checkGate(run)).value().allowed);
        const Result<ScriptRunView> started = await(this, m_hub->start(run, {}, kAgent));
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        QCOMPARE(started.value().status, ScriptRunStatus::InProgress);
        const Result<FollowUpContext> context = await(this, m_hub->followUpContext(m_prospect));
        QCOMPARE(context.value().qualificationFlags.value(QStringLiteral("client_count")),
                 QStringLiteral("320 (≥ 300)"));

        const ScriptHub withoutSettings(&m_fx->store(), nullptr);
        QCOMPARE(withoutSettings.minClients(), PreCallChecklist::kDefaultMinClients);
        QCOMPARE(withoutSettings.defaultMode(), ScriptMode::Strict);
    }

    void changesAreAnnouncedBeforeTheCallerContinues()
    {
        m_settings->setValue(SettingKeys::QualificationMinClients, 300);
        const qint64 run = createdRun(ScriptMode::Strict);
        QStringList order;
        QList<ScriptRunView> seen;
        connect(m_hub.get(), &ScriptHub::runChanged, this, [&](const ScriptRunView& view) {
            order.append(QStringLiteral("signal"));
            seen.append(view);
        });
        std::optional<Result<ScriptRunView>> result;
        whenFinished(this, m_hub->start(run, {}, QStringLiteral("ai:offline")), [&](const Result<ScriptRunView>& r) {
            order.append(QStringLiteral("future"));
            result = r;
        });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QCOMPARE(order, (QStringList{QStringLiteral("signal"), QStringLiteral("future")}));
        QCOMPARE(seen.first().status, ScriptRunStatus::InProgress);
        QCOMPARE(seen.first().events.last().actor, QStringLiteral("ai:offline"));

        // A refused step changes nothing and announces nothing.
        const Result<ScriptRunView> refused =
            await(this, m_hub->apply([run](ScriptRunService& s) { return s.completeMilestone(run, 4, kAgent); }));
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QCOMPARE(seen.size(), 1);
    }

    void objectionsAnnounceTheObjectionAndItsRun()
    {
        m_settings->setValue(SettingKeys::QualificationMinClients, 300);
        const qint64 run = createdRun(ScriptMode::Strict);
        QVERIFY(await(this, m_hub->start(run, {}, kAgent)).ok());
        QSignalSpy objections(m_hub.get(), &ScriptHub::objectionChanged);
        QSignalSpy runs(m_hub.get(), &ScriptHub::runChanged);
        const Result<ObjectionRecord> raised = await(this, m_hub->applyObjection([run](ScriptRunService& s) {
            return s.raiseObjection(run, QStringLiteral("Partner_Team"), QStringLiteral("Co-founder decides"), kAgent);
        }));
        QVERIFY2(raised.ok(), qPrintable(raised.error().message));
        QCOMPARE(objections.count(), 1);
        QCOMPARE(objections.first().first().value<ObjectionRecord>().type, QStringLiteral("Partner_Team"));
        QCOMPARE(runs.count(), 1);
        const ScriptRunView view = runs.first().first().value<ScriptRunView>();
        QCOMPARE(view.objections.size(), 1);
        QCOMPARE(view.objections.first().id, raised.value().id);

        const qint64 id = raised.value().id;
        const Result<ObjectionRecord> wrong = await(this, m_hub->applyObjection([id](ScriptRunService& s) {
            return s.closeObjection(id, QStringLiteral("Won"), kAgent);
        }));
        QCOMPARE(wrong.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(objections.count(), 1);
    }

    void callEndedCompletesOrCancels()
    {
        m_settings->setValue(SettingKeys::QualificationMinClients, 300);
        const qint64 live = createdRun(ScriptMode::Strict);
        QVERIFY(await(this, m_hub->start(live, {}, kAgent)).ok());
        const Result<ScriptRunView> completed = await(this, m_hub->callEnded(live, 0, kAgent));
        QVERIFY(completed.ok());
        QCOMPARE(completed.value().status, ScriptRunStatus::Completed);

        const qint64 never = createdRun(ScriptMode::Strict);
        const Result<ScriptRunView> cancelled = await(this, m_hub->callEnded(never, 0, kAgent));
        QCOMPARE(cancelled.value().status, ScriptRunStatus::Cancelled);
        QCOMPARE(cancelled.value().events.last().reason, QStringLiteral("The call ended before the script started."));
        QCOMPARE(await(this, m_hub->load(never)).value().status, ScriptRunStatus::Cancelled);
        QCOMPARE(await(this, m_hub->callEnded(never, 0, kAgent)).value().status, ScriptRunStatus::Cancelled);
    }

    void closedStoreIsAnErrorNotACrash()
    {
        m_fx->store().close();
        QCOMPARE(await(this, m_hub->load(1)).error().code, ErrorCode::Database);
        ScriptHub orphan(nullptr, nullptr);
        QCOMPARE(await(this, orphan.load(1)).error().code, ErrorCode::Internal);
    }
};

QTEST_GUILESS_MAIN(TestScriptHub)
#include "tst_script_hub.moc"
