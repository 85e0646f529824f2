// The dialling gate: every rule in order with its reason, each refusal on its own, ad-hoc calls
// whose signed attestation is stored with a new task, the abuse threshold and the sandbox.
#include "ComplianceTestRows.h"
#include "compliance/AttestationRepository.h"
#include "compliance/DialGate.h"
#include "compliance/DncRepository.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QTest>

using namespace calldeck;

namespace {

// Tuesday 2026-12-08 10:00 in New York and Miami.
const QDateTime kMorning = QDateTime::fromString(QStringLiteral("2026-12-08T15:00:00Z"), Qt::ISODate);
const QString kNewYork = QStringLiteral("+12125550199");
const QString kMiami = QStringLiteral("+13055550147");

AttestationForm signedForm()
{
    AttestationForm form;
    form.acceptAll();
    form.fullName = QStringLiteral("Alex Morgan");
    return form;
}

} // namespace

class TestDialGate : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Store> m_store;
    DialGateConfig m_config;

    GateVerdict evaluate(const DialFacts& facts, const QDateTime& at = kMorning)
    {
        const DialGateConfig config = m_config;
        const Result<GateVerdict> verdict =
            m_store->runSync([&](QSqlDatabase& db) { return DialGate(db, config).evaluate(facts, at); });
        if (!verdict)
            qWarning("%s", qPrintable(verdict.error().message));
        return verdict ? verdict.value() : GateVerdict{};
    }

    static const GateCheck& checkOf(const GateVerdict& verdict, GateRule rule)
    {
        for (const GateCheck& check : verdict.checks) {
            if (check.rule == rule)
                return check;
        }
        static const GateCheck none;
        return none;
    }

    DialFacts adHoc(const QString& to, bool attested = true)
    {
        DialFacts facts;
        facts.e164 = to;
        if (attested)
            facts.attestation = signedForm();
        return facts;
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<Store>(QStringLiteral(":memory:"));
        QVERIFY(m_store->open().ok());
        Result<std::shared_ptr<const CallingHours>> hours = CallingHours::shipped();
        QVERIFY(hours);
        m_config = {};
        m_config.hours = hours.value();
    }

    void cleanup() { m_store.reset(); }

    void everyRuleInOrderAndAllowed()
    {
        const GateVerdict verdict = evaluate(adHoc(kNewYork));
        QVERIFY2(verdict.allowed, qPrintable(verdict.refusalText()));
        QCOMPARE(verdict.checks.size(), 6);
        const QList<GateRule> order = {GateRule::Attestation, GateRule::Dnc,       GateRule::CallingHours,
                                       GateRule::Abuse,       GateRule::RateLimit, GateRule::Consent};
        for (qsizetype i = 0; i < order.size(); ++i) {
            QCOMPARE(verdict.checks.at(i).rule, order.at(i));
            QVERIFY(verdict.checks.at(i).ok);
            QVERIFY(!verdict.checks.at(i).reason.isEmpty());
        }
        const QJsonObject json = verdict.toJson();
        QCOMPARE(json.value(u"allowed").toBool(), true);
        QCOMPARE(json.value(u"time_zone").toString(), QStringLiteral("America/New_York"));
        QCOMPARE(json.value(u"callee_time").toString(), QStringLiteral("2026-12-08T10:00:00-05:00"));
        QCOMPARE(json.value(u"checks").toArray().at(2).toObject().value(u"rule").toString(), QStringLiteral("calling_hours"));
        QCOMPARE(json.keys(), (QStringList{QStringLiteral("allowed"), QStringLiteral("callee_time"),
                                           QStringLiteral("checks"), QStringLiteral("time_zone")}));
    }

    void unsignedAdHocCallIsRefused()
    {
        const GateVerdict verdict = evaluate(adHoc(kNewYork, false));
        QVERIFY(!verdict.allowed);
        QCOMPARE(verdict.refusals().size(), 1);
        QCOMPARE(verdict.refusals().at(0).rule, GateRule::Attestation);
        QVERIFY(verdict.refusalText().contains(u"attestation"));
        AttestationForm shortName = signedForm();
        shortName.fullName = QStringLiteral("Al");
        DialFacts facts = adHoc(kNewYork);
        facts.attestation = shortName;
        QVERIFY(!checkOf(evaluate(facts), GateRule::Attestation).ok);
    }

    void taskWithoutAttestationIsRefusedAndSignedOneAllowed()
    {
        const qint64 task = m_store->runSync([](QSqlDatabase& db) { return testrows::insertTask(db, QStringLiteral("manual")); });
        QVERIFY(task > 0);
        DialFacts facts;
        facts.e164 = kNewYork;
        facts.taskId = task;
        QVERIFY(!checkOf(evaluate(facts), GateRule::Attestation).ok);
        QVERIFY(m_store->runSync([&](QSqlDatabase& db) { return AttestationRepository(db).sign(task, signedForm()); }));
        QVERIFY(checkOf(evaluate(facts), GateRule::Attestation).ok);
    }

    void listedNumberIsRefused()
    {
        QVERIFY(m_store->runSync([](QSqlDatabase& db) {
            return DncRepository(db).add(kNewYork, QStringLiteral("asked us to stop"), QStringLiteral("sam"),
                                         QStringLiteral("manual"), kMorning.addDays(-3));
        }));
        const GateVerdict verdict = evaluate(adHoc(kNewYork));
        QVERIFY(!verdict.allowed);
        const GateCheck& dnc = checkOf(verdict, GateRule::Dnc);
        QVERIFY(!dnc.ok);
        QVERIFY2(dnc.reason.contains(u"Do-Not-Call") && dnc.reason.contains(u"sam") &&
                     dnc.reason.contains(u"asked us to stop"),
                 qPrintable(dnc.reason));
    }

    void callingHoursRefuseInTheCalleesZone()
    {
        const GateVerdict verdict = evaluate(adHoc(kMiami), QDateTime::fromString(QStringLiteral("2026-12-09T01:12:00Z"), Qt::ISODate));
        QVERIFY(!verdict.allowed);
        QCOMPARE(verdict.refusals().size(), 1);
        QVERIFY2(verdict.refusals().at(0).reason.contains(u"Florida allows sales calls until 20:00"),
                 qPrintable(verdict.refusals().at(0).reason));
        QVERIFY(verdict.nextOpeningUtc.isValid());
    }

    void fourthCallToOneNumberInADayIsAbuse()
    {
        m_store->runSync([](QSqlDatabase& db) {
            for (int hoursAgo : {30, 20, 10, 2}) {
                const qint64 task = testrows::insertTask(db, QStringLiteral("manual"));
                testrows::exec(db, QStringLiteral("UPDATE call_tasks SET phone_e164 = '%1' WHERE id = %2").arg(kNewYork).arg(task));
                testrows::insertSession(db, task, kMorning.addSecs(-3600 * hoursAgo));
            }
        });
        // Three within the last 24 hours (20, 10 and 2 hours ago): the fourth is refused.
        GateVerdict verdict = evaluate(adHoc(kNewYork));
        QVERIFY(!checkOf(verdict, GateRule::Abuse).ok);
        QVERIFY(checkOf(verdict, GateRule::Abuse).reason.contains(u"3 times"));
        // Four hours later the call of 20 hours ago has left the day: allowed.
        verdict = evaluate(adHoc(kNewYork), kMorning.addSecs(5 * 3600));
        QVERIFY2(checkOf(verdict, GateRule::Abuse).ok, qPrintable(checkOf(verdict, GateRule::Abuse).reason));
    }

    void rateLimitsAreTheExistingOnes()
    {
        m_config.limits.manualPerHour = 1;
        m_store->runSync([](QSqlDatabase& db) {
            const qint64 task = testrows::insertTask(db, QStringLiteral("manual"));
            testrows::insertSession(db, task, kMorning.addSecs(-600));
        });
        const GateCheck& limit = checkOf(evaluate(adHoc(kNewYork)), GateRule::RateLimit);
        QVERIFY(!limit.ok);
        QVERIFY(!limit.reason.isEmpty());
    }

    void consentPlanNamesAllPartyStates()
    {
        DialFacts facts = adHoc(kMiami);
        facts.recorded = true;
        const GateCheck& consent = checkOf(evaluate(facts), GateRule::Consent);
        QVERIFY(consent.ok);
        QVERIFY2(consent.reason.contains(u"every party"), qPrintable(consent.reason));
        facts.e164 = kNewYork;
        QVERIFY(!checkOf(evaluate(facts), GateRule::Consent).reason.contains(u"every party"));
    }

    void sandboxRefusalsAreWarnings()
    {
        DialFacts facts = adHoc(QStringLiteral("+15555550100"), false);
        facts.sandbox = true;
        const GateVerdict verdict = evaluate(facts);
        QVERIFY(!verdict.allowed);
        QVERIFY(verdict.warningsOnly);
        QVERIFY(!checkOf(verdict, GateRule::CallingHours).ok); // the fictional 555 area code has no zone
    }

    void admitStoresTheAttestationWithANewTask()
    {
        const DialGateConfig config = m_config;
        const Result<GateVerdict> admitted = m_store->runSync([&](QSqlDatabase& db) {
            return DialGate(db, config).admit(adHoc(kNewYork), kMorning, QStringLiteral("ask about the order"));
        });
        QVERIFY(admitted && admitted.value().allowed);
        const qint64 task = admitted.value().taskId;
        QVERIFY(task > 0);
        const auto record = m_store->runSync([task](QSqlDatabase& db) { return AttestationRepository(db).latestForTask(task); });
        QVERIFY(record && record.value());
        QCOMPARE(record.value()->fullName, QStringLiteral("Alex Morgan"));
        // A refused call creates nothing.
        const Result<GateVerdict> refused = m_store->runSync([&](QSqlDatabase& db) {
            return DialGate(db, config).admit(adHoc(kMiami), QDateTime::fromString(QStringLiteral("2026-12-09T02:00:00Z"), Qt::ISODate), {});
        });
        QVERIFY(refused && !refused.value().allowed);
        QCOMPARE(refused.value().taskId, qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestDialGate)
#include "tst_dial_gate.moc"
