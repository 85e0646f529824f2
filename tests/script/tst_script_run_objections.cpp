// Objections through ScriptRunService (PRODUCT S5): raise one of the script's types, walk its
// diagnostic questions, record an allowed outcome; deferred ones stay open on the prospect.
#include "ScriptTestSupport.h"

using namespace calldeck;
using namespace calldeck::test;

namespace {

const QString kAgent = QStringLiteral("agent:Alex Morgan");

} // namespace

class TestScriptRunObjections : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ScriptFixture> m_fx;
    qint64 m_dana = 0;
    qint64 m_run = 0;

    Result<ObjectionRecord> raise(const QString& type, const QString& note)
    {
        const qint64 run = m_run;
        return m_fx->service([=](ScriptRunService& s) { return s.raiseObjection(run, type, note, kAgent); });
    }

    Result<ObjectionRecord> close(qint64 id, const QString& outcome, const QString& actor = kAgent)
    {
        return m_fx->service([=](ScriptRunService& s) { return s.closeObjection(id, outcome, actor); });
    }

    QList<ObjectionRecord> open()
    {
        const qint64 dana = m_dana;
        return m_fx->service([dana](ScriptRunService& s) { return s.openObjections(dana); }).value();
    }

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<ScriptFixture>(QStringLiteral("objections.sqlite"));
        m_dana = m_fx->addProspect(QStringLiteral("Dana Ruiz"), QStringLiteral("+15555550102"), 620);
        const Result<ScriptRunView> run = m_fx->prepared(m_dana, ScriptMode::Strict);
        QVERIFY(run.ok());
        m_run = run.value().id;
        const qint64 id = m_run;
        QVERIFY(m_fx->service([id](ScriptRunService& s) { return s.start(id, 500, {}, kAgent); }).ok());
    }

    void cleanup() { m_fx.reset(); }

    void raiseWalkAndResolve()
    {
        const Result<ObjectionRecord> raised =
            raise(QStringLiteral("Price"), QStringLiteral("  It costs more than my CRM  "));
        QVERIFY2(raised.ok(), qPrintable(raised.error().message));
        const ObjectionRecord& o = raised.value();
        QCOMPARE(o.type, QStringLiteral("Price"));
        QCOMPARE(o.note, QStringLiteral("It costs more than my CRM"));
        QCOMPARE(o.milestone, 1);
        QCOMPARE(o.prospectId, m_dana);
        QCOMPARE(o.actor, kAgent);
        QCOMPARE(o.openedAt, kNow);
        QVERIFY(o.isOpen());

        const qint64 id = o.id;
        const auto answer = [&](int index, const QString& text) {
            return m_fx->service([=](ScriptRunService& s) { return s.answerObjection(id, index, text); });
        };
        QVERIFY(answer(0, QStringLiteral("Compared to the CRM")).ok());
        const Result<ObjectionRecord> third = answer(2, QStringLiteral("Pays back in four months"));
        QVERIFY(third.ok());
        QCOMPARE(third.value().answers, (QStringList{QStringLiteral("Compared to the CRM"), QString(),
                                                     QStringLiteral("Pays back in four months")}));
        QCOMPARE(answer(3, QStringLiteral("x")).error().message,
                 QStringLiteral("The Price objection has no diagnostic question 4."));

        QCOMPARE(close(id, QStringLiteral("Maybe")).error().message,
                 QStringLiteral(
                     "\"Maybe\" is not an outcome the Price objection allows (Resolved, Deferred, Disqualified)."));
        QVERIFY(open().size() == 1);
        const Result<ObjectionRecord> resolved = close(id, QStringLiteral("resolved"));
        QVERIFY(resolved.ok());
        QCOMPARE(resolved.value().outcome, QStringLiteral("Resolved"));
        QCOMPARE(resolved.value().closedAt, kNow);
        QVERIFY(!resolved.value().isOpen());
        QVERIFY(open().isEmpty());
        QCOMPARE(close(id, QStringLiteral("Deferred")).error().code, ErrorCode::Conflict);
        QCOMPARE(answer(1, QStringLiteral("late")).error().code, ErrorCode::Conflict);

        const qint64 run = m_run;
        const ScriptRunView view = m_fx->service([run](ScriptRunService& s) { return s.load(run); }).value();
        QCOMPARE(view.objections.size(), 1);
        QCOMPARE(view.objections.first().outcome, QStringLiteral("Resolved"));
    }

    void deferredStaysOpenOnTheProspectUntilResolved()
    {
        const qint64 timing = raise(QStringLiteral("Timing"), QStringLiteral("Busy season")).value().id;
        const qint64 think = raise(QStringLiteral("Need_to_Think"), QStringLiteral("Wants to sleep on it")).value().id;
        const Result<ObjectionRecord> deferred = close(timing, QStringLiteral("Deferred"));
        QVERIFY(deferred.ok());
        QVERIFY(deferred.value().isOpen());
        QVERIFY(!deferred.value().closedAt.isValid());
        QList<ObjectionRecord> stillOpen = open();
        QCOMPARE(stillOpen.size(), 2);
        QCOMPARE(stillOpen.at(0).id, timing);
        QCOMPARE(stillOpen.at(0).outcome, QStringLiteral("Deferred"));
        QCOMPARE(stillOpen.at(1).id, think);

        const Result<ObjectionRecord> disqualified = close(think, QStringLiteral("Disqualified"));
        QVERIFY(disqualified.ok());
        QCOMPARE(open().size(), 1);
        const Result<ObjectionRecord> later = close(timing, QStringLiteral("Resolved"), QStringLiteral("ai:offline"));
        QVERIFY(later.ok());
        QCOMPARE(later.value().actor, QStringLiteral("ai:offline"));
        QVERIFY(open().isEmpty());
    }

    void onlyTheScriptsTypesAndLimitsAreAccepted()
    {
        const Result<ObjectionRecord> unknown = raise(QStringLiteral("Weather"), QStringLiteral("Rainy"));
        QCOMPARE(unknown.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(unknown.error().message,
                 QStringLiteral("\"Weather\" is not an objection type of this script (Price, Timing, Capacity_Time, "
                                "Need_to_Think, Partner_Team, Skepticism)."));
        QCOMPARE(raise(QStringLiteral("Skepticism"), QString(2001, u'x')).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(m_fx->service([](ScriptRunService& s) { return s.answerObjection(77, 0, QStringLiteral("x")); })
                     .error()
                     .code,
                 ErrorCode::NotFound);
        QCOMPARE(m_fx->count(QStringLiteral("SELECT COUNT(*) FROM objections")), 0);
    }
};

QTEST_GUILESS_MAIN(TestScriptRunObjections)
#include "tst_script_run_objections.moc"
