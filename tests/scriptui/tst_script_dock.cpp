// The Script panel as a whole: the follow-up context of a prospect with two earlier calls (a thread
// of three) with the resume choice and a confirmation before the call starts; privacy mode hiding
// client-sensitive values everywhere and being remembered; the slide window (F5 / Esc) that never
// shows client data.
#include "ScriptUiFixture.h"
#include "script/FollowUpContextView.h"
#include "script/MilestoneChecklistForm.h"
#include "script/NotesEditor.h"
#include "script/ScriptDock.h"
#include "script/ScriptLivePage.h"
#include "script/ScriptSetupPage.h"
#include "script/SlideWindow.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTreeWidget>
#include <QtTest>

using namespace calldeck;
using namespace calldeck::testing;

namespace {

QStringList visibleTexts(const QWidget& root)
{
    QStringList texts;
    for (const QLabel* label : root.findChildren<QLabel*>()) {
        if (label->isVisibleTo(&root)) {
            texts << label->text();
        }
    }
    for (const QLineEdit* line : root.findChildren<QLineEdit*>()) {
        if (line->isVisibleTo(&root)) {
            texts << line->text();
        }
    }
    for (const QComboBox* combo : root.findChildren<QComboBox*>()) {
        if (combo->isVisibleTo(&root)) {
            texts << combo->currentText();
        }
    }
    for (const QSpinBox* spin : root.findChildren<QSpinBox*>()) {
        if (spin->isVisibleTo(&root)) {
            texts << spin->text();
        }
    }
    for (const QPlainTextEdit* edit : root.findChildren<QPlainTextEdit*>()) {
        if (edit->isVisibleTo(&root)) {
            texts << edit->toPlainText();
        }
    }
    return texts;
}

bool anyContains(const QStringList& texts, const QString& needle)
{
    return std::any_of(texts.cbegin(), texts.cend(), [&needle](const QString& t) { return t.contains(needle); });
}

} // namespace

class TestScriptDock : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ScriptUiFixture> m_fx;
    std::unique_ptr<ScriptDock> m_dock;

    void makeDock()
    {
        m_dock = std::make_unique<ScriptDock>(*m_fx->hub, *m_fx->settings, nullptr);
        m_dock->resize(600, 1100);
        m_dock->show();
        m_dock->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_dock.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_dock->setupPage()->isLoaded(), kSlowMs);
    }

    /// Call 1 reached M3 and left a Price objection open; call 2 resumed at M4, reached it and
    /// deferred a Timing objection.
    void twoEarlierCalls()
    {
        const Result<ScriptRunView> first = m_fx->startRun(m_fx->dana);
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        const qint64 one = first.value().id;
        Result<ScriptRunView> done = m_fx->store->runSync([one](QSqlDatabase& db) -> Result<ScriptRunView> {
            ScriptRunService s(db);
            for (int m = 1; m <= 3; ++m) {
                Result<ScriptRunView> r = completeMilestone(s, one, m, QStringLiteral("agent:Alex Morgan"));
                if (!r.ok()) {
                    return r;
                }
            }
            const Result<ObjectionRecord> price = s.raiseObjection(one, QStringLiteral("Price"), QStringLiteral("Too expensive this quarter"),
                                                                   QStringLiteral("agent:Alex Morgan"));
            if (!price.ok()) {
                return price.error();
            }
            (void)s.saveNotes(one, 3, QStringLiteral("Wants to grow to 900 clients"));
            return s.complete(one, QStringLiteral("agent:Alex Morgan"));
        });
        QVERIFY2(done.ok(), qPrintable(done.error().message));

        const Result<ScriptRunView> second = m_fx->startRun(m_fx->dana, ScriptMode::Strict, 4);
        QVERIFY2(second.ok(), qPrintable(second.error().message));
        QCOMPARE(second.value().threadSeq, 2);
        const qint64 two = second.value().id;
        done = m_fx->store->runSync([two](QSqlDatabase& db) -> Result<ScriptRunView> {
            ScriptRunService s(db);
            Result<ScriptRunView> r = completeMilestone(s, two, 4, QStringLiteral("agent:Alex Morgan"));
            if (!r.ok()) {
                return r;
            }
            const Result<ObjectionRecord> timing = s.raiseObjection(two, QStringLiteral("Timing"), QStringLiteral("After the busy season"),
                                                                    QStringLiteral("agent:Alex Morgan"));
            if (!timing.ok()) {
                return timing.error();
            }
            const Result<ObjectionRecord> deferred = s.closeObjection(timing.value().id, QStringLiteral("Deferred"), QStringLiteral("agent:Alex Morgan"));
            if (!deferred.ok()) {
                return deferred.error();
            }
            return s.complete(two, QStringLiteral("agent:Alex Morgan"));
        });
        QVERIFY2(done.ok(), qPrintable(done.error().message));
    }

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<ScriptUiFixture>();
        QVERIFY(m_fx->open());
    }

    void cleanup()
    {
        m_dock.reset();
        m_fx.reset();
    }

    void followUpContextForTheThirdCall()
    {
        twoEarlierCalls();
        makeDock();
        ScriptSetupPage& setup = *m_dock->setupPage();
        setup.selectProspect(m_fx->dana);
        QTRY_VERIFY_WITH_TIMEOUT(setup.isFollowUp(), kSlowMs);
        FollowUpContextView& view = *setup.followUpView();
        QVERIFY(view.isVisible());
        QVERIFY2(view.threadText().contains(QLatin1String("call 3 of this thread")), qPrintable(view.threadText()));
        QVERIFY2(view.lastMilestoneText().startsWith(QStringLiteral("M4 ")), qPrintable(view.lastMilestoneText()));
        QVERIFY(!view.summaryText().isEmpty());
        // Both unresolved objections, with type, status and what was said before.
        QTreeWidget* objections = view.objectionList();
        QCOMPARE(objections->topLevelItemCount(), 2);
        QStringList rows;
        for (int i = 0; i < 2; ++i) {
            const QTreeWidgetItem* item = objections->topLevelItem(i);
            rows << QStringLiteral("%1|%2|%3").arg(item->text(1), item->text(2), item->text(3));
        }
        QVERIFY2(rows.contains(QStringLiteral("open|Too expensive this quarter|call 1, M4")) || anyContains(rows, QStringLiteral("open|Too expensive this quarter")),
                 qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY2(anyContains(rows, QStringLiteral("deferred|After the busy season")), qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY(view.flagList()->topLevelItemCount() > 0);
        QVERIFY2(view.resumeText().startsWith(QStringLiteral("Continue from M5")), qPrintable(view.resumeText()));
        QVERIFY(view.resumeChooser()->findData(7) >= 0); // jump to decision

        // Start: a confirmation names the call and the resume point; the run resumes there.
        view.chooseResume(7);
        setup.checkAll();
        QTest::mouseClick(setup.startButton(), Qt::LeftButton);
        auto* box = waitForDialog<QMessageBox>(*m_dock);
        QVERIFY(box != nullptr);
        QVERIFY2(box->text().contains(QLatin1String("Call 3")) && box->text().contains(QLatin1String("jump to decision")),
                 qPrintable(box->text()));
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_dock->isShowingLiveRun(), kSlowMs);
        const ScriptRunView run = m_dock->livePage()->run();
        QCOMPARE(run.threadSeq, 3);
        QCOMPARE(run.currentMilestone, 7);
        QVERIFY(m_dock->livePage()->milestoneText().startsWith(QStringLiteral("M7 ")));
        QVERIFY(m_dock->livePage()->headerText().contains(QLatin1String("call 3 of the thread")));
    }

    void cancellingTheConfirmationStartsNothing()
    {
        twoEarlierCalls();
        makeDock();
        ScriptSetupPage& setup = *m_dock->setupPage();
        setup.selectProspect(m_fx->dana);
        QTRY_VERIFY_WITH_TIMEOUT(setup.isFollowUp(), kSlowMs);
        setup.checkAll();
        QTest::mouseClick(setup.startButton(), Qt::LeftButton);
        auto* box = waitForDialog<QMessageBox>(*m_dock);
        QVERIFY(box != nullptr);
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QTest::qWait(300);
        QVERIFY(!m_dock->isShowingLiveRun());
        const qint64 dana = m_fx->dana;
        const auto runs = m_fx->store->runSync([dana](QSqlDatabase& db) { return ScriptRunService(db).runsOfProspect(dana); });
        QCOMPARE(runs.value().size(), 2);
    }

    void privacyModeHidesClientValuesAndIsRemembered()
    {
        makeDock();
        ScriptSetupPage& setup = *m_dock->setupPage();
        setup.selectProspect(m_fx->dana);
        QTRY_COMPARE_WITH_TIMEOUT(setup.prospectId(), m_fx->dana, kSlowMs);
        QStringList texts = visibleTexts(setup);
        QVERIFY(anyContains(texts, QStringLiteral("Dana Ruiz")));
        QVERIFY(anyContains(texts, QStringLiteral("620")));

        QTest::keyClick(m_dock.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(m_dock->isPrivate());
        texts = visibleTexts(setup);
        for (const QString& secret : {QStringLiteral("Dana Ruiz"), QStringLiteral("620"), QStringLiteral("+15555550102"),
                                      QStringLiteral("$250k")}) {
            QVERIFY2(!anyContains(texts, secret), qPrintable(secret + QStringLiteral(" visible: ") + texts.join(QLatin1Char('|'))));
        }
        QVERIFY(anyContains(texts, QStringLiteral("•••")));
        QCOMPARE(m_fx->settings->value(SettingKeys::ScriptPrivacyMode), true);

        // Live page: name, sensitive fields and notes are hidden too.
        const Result<ScriptRunView> run = m_fx->startRun(m_fx->dana);
        QVERIFY(run.ok());
        const qint64 id = run.value().id;
        Result<ScriptRunView> changed = m_fx->apply([id](ScriptRunService& s) { return completeMilestone(s, id, 1, QStringLiteral("cli")); });
        QVERIFY(changed.ok());
        changed = m_fx->apply([id](ScriptRunService& s) { return s.saveNotes(id, 2, QStringLiteral("Secret margin 38%")); });
        QVERIFY(changed.ok());
        changed = m_fx->apply([id](ScriptRunService& s) {
            return s.setField(id, 2, QStringLiteral("client_count"), QStringLiteral("620"), QStringLiteral("cli"));
        });
        QVERIFY(changed.ok());
        m_dock->openRun(id);
        QTRY_VERIFY_WITH_TIMEOUT(m_dock->isShowingLiveRun() && m_dock->livePage()->milestoneText().startsWith(QStringLiteral("M2 ")), kSlowMs);
        ScriptLivePage& live = *m_dock->livePage();
        texts = visibleTexts(live);
        for (const QString& secret : {QStringLiteral("Dana Ruiz"), QStringLiteral("620"), QStringLiteral("Secret margin")}) {
            QVERIFY2(!anyContains(texts, secret), qPrintable(secret + QStringLiteral(" visible: ") + texts.join(QLatin1Char('|'))));
        }
        QVERIFY(live.findChild<QLabel*>(QStringLiteral("notesMasked"))->isVisibleTo(&live));
        // A field that is not sensitive stays readable.
        QVERIFY(live.form()->fieldEditor(QStringLiteral("main_pain"))->isVisibleTo(&live));

        // A new panel starts in privacy mode (remembered), and switching off shows the values again.
        m_dock.reset();
        makeDock();
        QVERIFY(m_dock->isPrivate());
        m_dock->privacyAction()->trigger();
        QVERIFY(!m_dock->isPrivate());
        QCOMPARE(m_fx->settings->value(SettingKeys::ScriptPrivacyMode), false);
        m_dock->openRun(id);
        QTRY_VERIFY_WITH_TIMEOUT(m_dock->isShowingLiveRun(), kSlowMs);
        QTRY_VERIFY_WITH_TIMEOUT(anyContains(visibleTexts(*m_dock->livePage()), QStringLiteral("Secret margin 38%")), kSlowMs);
        QVERIFY(anyContains(visibleTexts(*m_dock->livePage()), QStringLiteral("Dana Ruiz")));
    }

    void slideWindowFollowsTheMilestoneAndShowsNoClientData()
    {
        makeDock();
        const Result<ScriptRunView> run = m_fx->startRun(m_fx->dana);
        QVERIFY(run.ok());
        m_dock->openRun(run.value().id);
        QTRY_VERIFY_WITH_TIMEOUT(m_dock->isShowingLiveRun(), kSlowMs);
        QCOMPARE(m_dock->presentAction()->shortcut(), QKeySequence(Qt::Key_F5));
        QTest::keyClick(m_dock->livePage()->form(), Qt::Key_F5);
        SlideWindow* slides = m_dock->slideWindow();
        QVERIFY(slides != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(slides->isVisible(), kSlowMs);
        const ScriptMilestone* m1 = run.value().script.milestone(1);
        QCOMPARE(slides->titleText(), m1->slides.first().title);

        // The milestone moves on: the window follows with the first slide of M2; → goes to the next one.
        const qint64 id = run.value().id;
        QVERIFY(m_fx->apply([id](ScriptRunService& s) { return completeMilestone(s, id, 1, QStringLiteral("cli")); }).ok());
        const ScriptMilestone* m2 = run.value().script.milestone(2);
        QTRY_COMPARE_WITH_TIMEOUT(slides->titleText(), m2->slides.first().title, kSlowMs);
        QTest::keyClick(slides, Qt::Key_Right);
        QCOMPARE(slides->titleText(), m2->slides.at(1).title);
        QCOMPARE(m_dock->livePage()->slideIndex(), 1);
        for (const QString& secret : {QStringLiteral("Dana"), QStringLiteral("620"), QStringLiteral("+1555")}) {
            QVERIFY(!slides->titleText().contains(secret));
            QVERIFY(!slides->bodyText().contains(secret));
            QVERIFY(!slides->windowTitle().contains(secret));
        }
        QTest::keyClick(slides, Qt::Key_Escape);
        QVERIFY(!slides->isVisible());
    }
};

QTEST_MAIN(TestScriptDock)
#include "tst_script_dock.moc"
