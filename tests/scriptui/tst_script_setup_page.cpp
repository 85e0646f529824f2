// The setup page of the Script panel: the pre-call gate as a user meets it. Strict mode keeps
// Start call disabled under 500 clients and says why; flexible mode asks for an override reason and
// then lets the call start, with the reason logged on the run; a qualified prospect starts cleanly
// and the panel turns to the live page at M1.
#include "ScriptUiFixture.h"
#include "script/ScriptDock.h"
#include "script/ScriptLivePage.h"
#include "script/ScriptSetupPage.h"
#include "calls/AgentFactory.h"
#include "widgets/AgentChooser.h"

#include <QStandardItemModel>

#include <QLabel>
#include <QtTest>

using namespace calldeck;
using namespace calldeck::testing;

class TestScriptSetupPage : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ScriptUiFixture> m_fx;
    std::unique_ptr<ScriptDock> m_dock;

    ScriptSetupPage& setup() { return *m_dock->setupPage(); }

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<ScriptUiFixture>();
        QVERIFY(m_fx->open());
        m_dock = std::make_unique<ScriptDock>(*m_fx->hub, *m_fx->settings, nullptr);
        m_dock->resize(560, 900);
        m_dock->show();
        QTRY_VERIFY_WITH_TIMEOUT(setup().isLoaded(), kSlowMs);
    }

    void cleanup()
    {
        m_dock.reset();
        m_fx.reset();
    }

    void agentChoiceMatchesTheCallMonitor()
    {
        // The same names as the monitor, and without a key the AI agents that need one are off.
        auto* agents = setup().findChild<AgentChooser*>(QStringLiteral("agentChooser"));
        QVERIFY(agents != nullptr);
        QCOMPARE(agents->itemText(agents->findData(QStringLiteral("human"))), AgentFactory::displayName(QStringLiteral("human")));
        setup().setCallOptions(QStringLiteral("realtime"), false, false);
        QCOMPARE(agents->agent(), QStringLiteral("offline"));
        auto* items = qobject_cast<QStandardItemModel*>(agents->model());
        QVERIFY(items != nullptr);
        for (const QString& kind : {QStringLiteral("realtime"), QStringLiteral("cascade")}) {
            const QStandardItem* item = items->item(agents->findData(kind));
            QVERIFY2(!item->isEnabled(), qPrintable(kind));
            QVERIFY2(item->toolTip().contains(QLatin1String("API key")), qPrintable(item->toolTip()));
        }
        setup().setAgent(QStringLiteral("cascade"));
        QCOMPARE(agents->agent(), QStringLiteral("offline"));

        setup().setCallOptions(QStringLiteral("realtime"), false, true);
        QCOMPARE(agents->agent(), QStringLiteral("realtime"));
        QVERIFY(items->item(agents->findData(QStringLiteral("cascade")))->isEnabled());
    }

    void checklistShowsEightItemsWithRequiredMarkers()
    {
        const auto boxes = setup().findChildren<QCheckBox*>(QRegularExpression(QStringLiteral("^checklist\\d$")));
        QCOMPARE(boxes.size(), 8);
        auto* gateItem = setup().findChild<QCheckBox*>(QStringLiteral("checklist2"));
        QVERIFY(gateItem != nullptr);
        QVERIFY(gateItem->text().contains(QLatin1String("*")));
        QVERIFY(gateItem->text().contains(QLatin1String("gate")));
        QVERIFY(setup().findChild<QCheckBox*>(QStringLiteral("checklist6"))->text().contains(QLatin1String("optional")));
    }

    void strictBlocksUnderTheThresholdWithTheReason()
    {
        setup().selectProspect(m_fx->lee);
        QTRY_COMPARE_WITH_TIMEOUT(setup().prospectId(), m_fx->lee, kSlowMs);
        setup().setMode(ScriptMode::Strict);
        setup().checkAll();
        QVERIFY(!setup().startButton()->isEnabled());
        QVERIFY2(setup().gateText().contains(QLatin1String("320")) && setup().gateText().contains(QLatin1String("500")),
                 qPrintable(setup().gateText()));
        QVERIFY(setup().gateText().startsWith(QStringLiteral("✕")));
        QVERIFY(!setup().startBlockedText().isEmpty());
        // No override field in strict mode.
        QVERIFY(!setup().findChild<QLineEdit*>(QStringLiteral("overrideReason"))->isVisible());

        // Raising the client count to 500 on the profile qualifies the prospect.
        auto* count = setup().findChild<QSpinBox*>(QStringLiteral("clientCount"));
        count->setValue(500);
        QTRY_VERIFY(setup().startButton()->isEnabled());
        QVERIFY(setup().gateText().contains(QLatin1String("Qualified")));
    }

    void strictBlocksUncheckedRequiredItems()
    {
        setup().selectProspect(m_fx->dana);
        QTRY_COMPARE_WITH_TIMEOUT(setup().prospectId(), m_fx->dana, kSlowMs);
        setup().setMode(ScriptMode::Strict);
        setup().checkAll();
        QVERIFY(setup().startButton()->isEnabled());
        setup().setChecked(8, false); // "Time block clear (90 min)" is required
        QVERIFY(!setup().startButton()->isEnabled());
        QVERIFY2(setup().gateText().contains(QLatin1String("Time block")), qPrintable(setup().gateText()));
        setup().setChecked(6, false); // optional: does not matter
        setup().setChecked(8, true);
        QVERIFY(setup().startButton()->isEnabled());
    }

    void flexibleRequiresAndLogsTheOverrideReason()
    {
        setup().selectProspect(m_fx->lee);
        QTRY_COMPARE_WITH_TIMEOUT(setup().prospectId(), m_fx->lee, kSlowMs);
        setup().setMode(ScriptMode::Flexible);
        setup().checkAll();
        auto* reason = setup().findChild<QLineEdit*>(QStringLiteral("overrideReason"));
        QVERIFY(reason->isVisible());
        QVERIFY(!setup().startButton()->isEnabled());
        setup().setOverrideReason(QStringLiteral("Partner referral, growing fast"));
        QTRY_VERIFY(setup().startButton()->isEnabled());
        QVERIFY2(setup().gateText().contains(QLatin1String("Overridden (Partner referral, growing fast)")), qPrintable(setup().gateText()));

        QTest::mouseClick(setup().startButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_dock->isShowingLiveRun(), kSlowMs);
        const ScriptRunView run = m_dock->livePage()->run();
        QCOMPARE(run.status, ScriptRunStatus::InProgress);
        QCOMPARE(run.mode, ScriptMode::Flexible);
        QCOMPARE(run.gateOverrideReason, QStringLiteral("Partner referral, growing fast"));
        const bool logged = std::any_of(run.events.cbegin(), run.events.cend(), [](const ScriptEvent& e) {
            return e.kind == QLatin1String("gate_override") && e.reason == QLatin1String("Partner referral, growing fast")
                   && e.actor == QLatin1String("agent:Alex Morgan");
        });
        QVERIFY(logged);
        QVERIFY(m_dock->livePage()->milestoneText().startsWith(QStringLiteral("M1 ")));
        QCOMPARE(m_dock->livePage()->progressText(), QStringLiteral("0/7"));
    }

    void qualifiedProspectStartsAtM1AndSavesTheEditedProfile()
    {
        setup().selectProspect(m_fx->dana);
        QTRY_COMPARE_WITH_TIMEOUT(setup().prospectId(), m_fx->dana, kSlowMs);
        setup().setMode(ScriptMode::Strict);
        setup().checkAll();
        QVERIFY2(setup().gateText().contains(QLatin1String("620")), qPrintable(setup().gateText()));
        setup().findChild<QLineEdit*>(QStringLiteral("mainPain"))->setText(QStringLiteral("No time for sales"));
        QTest::mouseClick(setup().startButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_dock->isShowingLiveRun(), kSlowMs);
        QCOMPARE(m_dock->livePage()->run().prospectId, m_fx->dana);
        QCOMPARE(m_dock->livePage()->run().checklistChecked.size(), 8);
        const qint64 dana = m_fx->dana;
        const Result<Prospect> stored = m_fx->store->runSync([dana](QSqlDatabase& db) { return ProspectRepository(db).get(dana); });
        QVERIFY(stored.ok());
        QCOMPARE(stored.value().profile.mainPain, QStringLiteral("No time for sales"));
    }

    void defaultModeComesFromTheSetting()
    {
        m_dock.reset();
        m_fx->settings->setValue(SettingKeys::ScriptDefaultMode, QStringLiteral("flexible"));
        m_dock = std::make_unique<ScriptDock>(*m_fx->hub, *m_fx->settings, nullptr);
        QCOMPARE(m_dock->setupPage()->mode(), ScriptMode::Flexible);
    }
};

QTEST_MAIN(TestScriptSetupPage)
#include "tst_script_setup_page.moc"
