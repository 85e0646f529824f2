// The pre-call gate of seed 003 TASK-005: strict mode blocks a prospect under the threshold (or of
// unknown size) and unchecked required items; flexible mode starts with a reason; optional items
// never block.
#include "script/DefaultScript.h"
#include "script/PreCallChecklist.h"

#include <QtTest>
#include <optional>

using namespace calldeck;

Q_DECLARE_METATYPE(std::optional<int>)
Q_DECLARE_METATYPE(calldeck::ScriptMode)

namespace {

const QSet<int> kAllRequired = {1, 2, 3, 4, 5, 8};

ProspectProfile withClients(std::optional<int> clients)
{
    ProspectProfile profile;
    profile.clientCount = clients;
    profile.businessType = QStringLiteral("Coaching");
    return profile;
}

} // namespace

class TestPreCallChecklist : public QObject
{
    Q_OBJECT
private:
    Script m_script = DefaultScript::load();

private Q_SLOTS:
    void gateAtTheThreshold_data()
    {
        QTest::addColumn<std::optional<int>>("clients");
        QTest::addColumn<ScriptMode>("mode");
        QTest::addColumn<QString>("overrideReason");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<bool>("qualified");
        QTest::addColumn<bool>("overridden");

        const QString none;
        const QString reason = QStringLiteral("Referral from a partner; size confirmed by phone");
        QTest::newRow("strict 499") << std::optional<int>(499) << ScriptMode::Strict << none << false << false << false;
        QTest::newRow("strict 500") << std::optional<int>(500) << ScriptMode::Strict << none << true << true << false;
        QTest::newRow("strict unknown") << std::optional<int>() << ScriptMode::Strict << none << false << false
                                        << false;
        QTest::newRow("strict 499 with reason")
            << std::optional<int>(499) << ScriptMode::Strict << reason << false << false << false;
        QTest::newRow("flexible 499") << std::optional<int>(499) << ScriptMode::Flexible << none << false << false
                                      << false;
        QTest::newRow("flexible 499 blank reason")
            << std::optional<int>(499) << ScriptMode::Flexible << QStringLiteral("   ") << false << false << false;
        QTest::newRow("flexible 499 with reason")
            << std::optional<int>(499) << ScriptMode::Flexible << reason << true << false << true;
        QTest::newRow("flexible unknown with reason")
            << std::optional<int>() << ScriptMode::Flexible << reason << true << false << true;
        QTest::newRow("flexible 500") << std::optional<int>(500) << ScriptMode::Flexible << none << true << true
                                      << false;
        QTest::newRow("flexible 500 with reason")
            << std::optional<int>(500) << ScriptMode::Flexible << reason << true << true << false;
    }

    void gateAtTheThreshold()
    {
        QFETCH(std::optional<int>, clients);
        QFETCH(ScriptMode, mode);
        QFETCH(QString, overrideReason);
        QFETCH(bool, allowed);
        QFETCH(bool, qualified);
        QFETCH(bool, overridden);

        const GateDecision decision =
            PreCallChecklist::evaluate(m_script, withClients(clients), kAllRequired, mode, 500, overrideReason);
        QCOMPARE(decision.allowed, allowed);
        QCOMPARE(decision.qualified, qualified);
        QCOMPARE(decision.overridden, overridden);
        QVERIFY(decision.missingRequired.isEmpty());
        if (!qualified) {
            QVERIFY2(decision.reason.contains(clients ? QStringLiteral("has %1 clients").arg(*clients)
                                                      : QStringLiteral("client count is unknown")),
                     qPrintable(decision.reason));
        }
        if (overridden) {
            QVERIFY2(decision.reason.contains(overrideReason.trimmed()), qPrintable(decision.reason));
        }
        if (allowed && !overridden) {
            QVERIFY(decision.reason.isEmpty());
        }
    }

    void thresholdComesFromTheCaller()
    {
        const GateDecision at300 =
            PreCallChecklist::evaluate(m_script, withClients(320), kAllRequired, ScriptMode::Strict, 300);
        QVERIFY(at300.allowed);
        const GateDecision at500 = PreCallChecklist::evaluate(m_script, withClients(320), kAllRequired,
                                                              ScriptMode::Strict, PreCallChecklist::kDefaultMinClients);
        QVERIFY(!at500.allowed);
        QVERIFY2(at500.reason.contains(QStringLiteral("at least 500")), qPrintable(at500.reason));
    }

    void missingRequiredItemsBlockStrictMode()
    {
        const GateDecision decision =
            PreCallChecklist::evaluate(m_script, withClients(800), {1, 2, 3, 5}, ScriptMode::Strict, 500);
        QVERIFY(!decision.allowed);
        QVERIFY(decision.qualified);
        QCOMPARE(decision.missingRequired,
                 (QStringList{QStringLiteral("Revenue range noted"), QStringLiteral("Time block clear (90 min)")}));
        QVERIFY2(decision.reason.contains(QStringLiteral("Revenue range noted, Time block clear (90 min)")),
                 qPrintable(decision.reason));

        const GateDecision flexible = PreCallChecklist::evaluate(
            m_script, withClients(800), {1, 2, 3, 5}, ScriptMode::Flexible, 500, QStringLiteral("Short call"));
        QVERIFY(flexible.allowed);
        QVERIFY(flexible.overridden);
        QCOMPARE(flexible.missingRequired.size(), 2);
    }

    void optionalItemsNeverBlock()
    {
        const GateDecision decision =
            PreCallChecklist::evaluate(m_script, withClients(500), kAllRequired, ScriptMode::Strict, 500);
        QVERIFY(decision.allowed);
        QVERIFY(!kAllRequired.contains(6) && !kAllRequired.contains(7));
        const GateDecision nothing =
            PreCallChecklist::evaluate(m_script, withClients(500), {}, ScriptMode::Strict, 500);
        QCOMPARE(nothing.missingRequired.size(), 6);
        QVERIFY(!nothing.missingRequired.contains(QStringLiteral("Tool stack noted")));
        QVERIFY(!nothing.missingRequired.contains(QStringLiteral("ROI tool ready")));
    }
};

QTEST_GUILESS_MAIN(TestPreCallChecklist)
#include "tst_precall_checklist.moc"
