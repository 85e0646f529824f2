// The live page of the Script panel during a run: walking M1→M7 by clicking what each milestone
// asks for and Next (the run ends completed with the decision), strict mode refusing Next with the
// service's list of what is missing, flexible skip and step back asking for a reason that lands in
// the events log, the supervisor override in strict mode, and the panel following a run that
// changes behind it (an AI agent or another desk working through the same hub).
#include "ScriptUiFixture.h"
#include "script/MilestoneChecklistForm.h"
#include "script/MilestoneStepStrip.h"
#include "script/NotesEditor.h"
#include "script/ReasonDialog.h"
#include "script/RunActivityView.h"
#include "script/ScriptDock.h"
#include "script/ScriptLivePage.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTreeWidget>
#include <QtTest>

using namespace calldeck;
using namespace calldeck::testing;

namespace {

/// Clicks every question and confirmation of the shown milestone and types every required field.
void fillCurrentMilestone(ScriptLivePage& page)
{
    // A copy: the page's run is replaced with every change the hub announces.
    const ScriptMilestone* shown = page.run().script.milestone(page.run().currentMilestone);
    QVERIFY(shown != nullptr);
    const ScriptMilestone copy = *shown;
    const ScriptMilestone* milestone = &copy;
    MilestoneChecklistForm* form = page.form();
    QCOMPARE(form->milestone(), milestone->number);
    for (QCheckBox* box : form->questionBoxes()) {
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(4, box->height() / 2));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), kSlowMs);
    }
    for (const ScriptField& field : milestone->requiredFields) {
        QWidget* editor = form->fieldEditor(field.key);
        QVERIFY2(editor != nullptr, qPrintable(field.key));
        const QString value = answerFor(field);
        if (auto* combo = qobject_cast<QComboBox*>(editor)) {
            const QString wanted = field.type == QLatin1String("bool") ? QStringLiteral("yes") : value;
            combo->setFocus();
            for (int i = 0; i < combo->count() && combo->currentData().toString() != wanted; ++i) {
                QTest::keyClick(combo, Qt::Key_Down);
            }
        } else if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
            spin->setFocus();
            spin->selectAll();
            QTest::keyClicks(spin, value);
            QTest::keyClick(spin, Qt::Key_Return);
        } else if (auto* line = qobject_cast<QLineEdit*>(editor)) {
            line->setFocus();
            QTest::keyClicks(line, value);
            QTest::keyClick(line, Qt::Key_Return);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), kSlowMs);
        QTRY_VERIFY2_WITH_TIMEOUT(!page.run().response(milestone->number)->fields.value(field.key).isEmpty(),
                                  qPrintable(field.key + QStringLiteral(" not stored: ") + page.messageText()), kSlowMs);
    }
    for (QCheckBox* box : form->confirmationBoxes()) {
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(4, box->height() / 2));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), kSlowMs);
    }
}

} // namespace

class TestScriptLivePage : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ScriptUiFixture> m_fx;
    std::unique_ptr<ScriptDock> m_dock;

    ScriptLivePage& page() { return *m_dock->livePage(); }

    void openRun(ScriptMode mode)
    {
        const Result<ScriptRunView> run = m_fx->startRun(m_fx->dana, mode);
        QVERIFY2(run.ok(), qPrintable(run.error().message));
        m_dock->openRun(run.value().id);
        QTRY_VERIFY_WITH_TIMEOUT(m_dock->isShowingLiveRun(), kSlowMs);
        QCOMPARE(page().run().id, run.value().id);
    }

    void answerReason(const QString& reason, int milestone = 0)
    {
        auto* dialog = waitForDialog<ReasonDialog>(*m_dock);
        QVERIFY(dialog != nullptr);
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // no reason, no decision
        if (milestone > 0) {
            auto* chooser = dialog->findChild<QComboBox*>(QStringLiteral("milestoneChooser"));
            QVERIFY(chooser != nullptr);
            chooser->setCurrentIndex(chooser->findData(milestone));
        }
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("reasonEdit")), reason);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page().isBusy(), kSlowMs);
        // A window manager gives the panel the keyboard back when the dialog closes; offscreen we do.
        m_dock->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_dock.get()));
    }

    QStringList loggedEvents()
    {
        QStringList rows;
        QTreeWidget* log = page().activity()->eventLog();
        for (int i = 0; i < log->topLevelItemCount(); ++i) {
            const QTreeWidgetItem* item = log->topLevelItem(i);
            rows << QStringLiteral("%1|%2|%3").arg(item->text(1), item->text(2), item->text(3));
        }
        return rows;
    }

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<ScriptUiFixture>();
        QVERIFY(m_fx->open());
        m_dock = std::make_unique<ScriptDock>(*m_fx->hub, *m_fx->settings, nullptr);
        m_dock->resize(600, 1000);
        m_dock->show();
        m_dock->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_dock.get()));
    }

    void cleanup()
    {
        m_dock.reset();
        m_fx.reset();
    }

    void walksM1ToM7ByClicking()
    {
        openRun(ScriptMode::Strict);
        QCOMPARE(page().steps()->stepCount(), 7);
        for (int milestone = 1; milestone <= 7; ++milestone) {
            QTRY_VERIFY_WITH_TIMEOUT(page().milestoneText().startsWith(QStringLiteral("M%1 ").arg(milestone)), kSlowMs);
            QCOMPARE(page().progressText(), QStringLiteral("%1/7").arg(milestone - 1));
            QCOMPARE(page().steps()->stepState(milestone), QStringLiteral("current"));
            QVERIFY2(page().timerText().contains(QLatin1String(" / ")), qPrintable(page().timerText()));
            fillCurrentMilestone(page());
            QTest::mouseClick(page().nextButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!page().isBusy(), kSlowMs);
            QVERIFY2(page().messageText().isEmpty() || milestone == 7, qPrintable(page().messageText()));
            QCOMPARE(page().steps()->stepState(milestone), QStringLiteral("done"));
        }
        QTRY_COMPARE_WITH_TIMEOUT(page().run().status, ScriptRunStatus::Completed, kSlowMs);
        QCOMPARE(page().progressText(), QStringLiteral("7/7"));
        QVERIFY2(page().messageText().contains(QLatin1String("Proceed")), qPrintable(page().messageText()));
        QVERIFY(!page().nextButton()->isEnabled());
        QVERIFY(!m_dock->objectionAction()->isEnabled());
        // What was clicked is what was stored.
        const qint64 id = page().run().id;
        const Result<ScriptRunView> stored = m_fx->store->runSync([id](QSqlDatabase& db) { return ScriptRunService(db).load(id); });
        QVERIFY(stored.ok());
        QCOMPARE(stored.value().status, ScriptRunStatus::Completed);
        QCOMPARE(stored.value().response(2)->fields.value(QStringLiteral("client_count")), QStringLiteral("620"));
        QCOMPARE(stored.value().response(7)->fields.value(QStringLiteral("decision")), QStringLiteral("Proceed"));
    }

    void strictRefusalShowsTheServiceMessage()
    {
        openRun(ScriptMode::Strict);
        QVERIFY(!page().skipButton()->isVisible());
        QTest::mouseClick(page().nextButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page().messageText().isEmpty(), kSlowMs);
        // The service names what is missing; the page shows exactly that and stays at M1.
        const ScriptMilestone m1copy = *page().run().script.milestone(1);
        const ScriptMilestone* m1 = &m1copy;
        QVERIFY2(page().messageText().contains(m1->requiredQuestions.first()) || page().messageText().contains(m1->requiredFields.first().label),
                 qPrintable(page().messageText()));
        QVERIFY(page().milestoneText().startsWith(QStringLiteral("M1 ")));
        QCOMPARE(page().progressText(), QStringLiteral("0/7"));

        // Alt+Right is Next; strict Previous/step clicks point at the supervisor override.
        fillCurrentMilestone(page());
        QTest::keyClick(page().form(), Qt::Key_Right, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(page().milestoneText().startsWith(QStringLiteral("M2 ")), kSlowMs);
        QTRY_VERIFY_WITH_TIMEOUT(!page().isBusy(), kSlowMs);
        page().previous();
        QVERIFY(page().messageText().contains(QLatin1String("Override")));
        QVERIFY(page().milestoneText().startsWith(QStringLiteral("M2 ")));
    }

    void supervisorOverrideWorksInStrictModeAndIsLogged()
    {
        openRun(ScriptMode::Strict);
        QTest::mouseClick(page().findChild<QPushButton*>(QStringLiteral("supervisorOverride")), Qt::LeftButton);
        answerReason(QStringLiteral("Prospect already knows us; straight to the offer"), 6);
        QTRY_VERIFY_WITH_TIMEOUT(page().milestoneText().startsWith(QStringLiteral("M6 ")), kSlowMs);
        const QStringList events = loggedEvents();
        QVERIFY2(events.contains(QStringLiteral("supervisor:Alex Morgan|override to M6|Prospect already knows us; straight to the offer")),
                 qPrintable(events.join(QLatin1Char('\n'))));
    }

    void flexibleSkipAndBackAskForAReason()
    {
        openRun(ScriptMode::Flexible);
        QVERIFY(page().skipButton()->isVisible());
        QTest::mouseClick(page().skipButton(), Qt::LeftButton);
        answerReason(QStringLiteral("Context given by the referral"));
        QTRY_VERIFY_WITH_TIMEOUT(page().milestoneText().startsWith(QStringLiteral("M2 ")), kSlowMs);
        QCOMPARE(page().steps()->stepState(1), QStringLiteral("skipped"));
        QCOMPARE(page().progressText(), QStringLiteral("1/7"));

        // Flexible: Next with missing items is allowed (logged as an override by the service).
        QTest::mouseClick(page().nextButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page().milestoneText().startsWith(QStringLiteral("M3 ")), kSlowMs);
        QTRY_VERIFY_WITH_TIMEOUT(!page().isBusy(), kSlowMs);

        QTest::keyClick(page().form(), Qt::Key_Left, Qt::AltModifier);
        answerReason(QStringLiteral("Forgot to ask about revenue"));
        QTRY_VERIFY_WITH_TIMEOUT(page().milestoneText().startsWith(QStringLiteral("M2 ")), kSlowMs);

        const QStringList events = loggedEvents();
        QVERIFY2(events.contains(QStringLiteral("agent:Alex Morgan|skipped M1|Context given by the referral")), qPrintable(events.join(QLatin1Char('\n'))));
        QVERIFY2(events.contains(QStringLiteral("agent:Alex Morgan|went back to M2|Forgot to ask about revenue")), qPrintable(events.join(QLatin1Char('\n'))));
    }

    void cancellingTheReasonChangesNothing()
    {
        openRun(ScriptMode::Flexible);
        QTest::mouseClick(page().skipButton(), Qt::LeftButton);
        auto* dialog = waitForDialog<ReasonDialog>(*m_dock);
        QVERIFY(dialog != nullptr);
        dialog->reject();
        QTest::qWait(200);
        QVERIFY(page().milestoneText().startsWith(QStringLiteral("M1 ")));
        QCOMPARE(page().progressText(), QStringLiteral("0/7"));
    }

    void timerRunsAgainstTheEstimateAndTurnsRedWhenOver()
    {
        // M1 (estimate 5 min) started 7 minutes ago.
        const Result<ScriptRunView> run =
            m_fx->startRun(m_fx->dana, ScriptMode::Strict, 0, QDateTime::currentDateTimeUtc().addSecs(-7 * 60));
        QVERIFY2(run.ok(), qPrintable(run.error().message));
        m_dock->openRun(run.value().id);
        QTRY_VERIFY_WITH_TIMEOUT(m_dock->isShowingLiveRun(), kSlowMs);
        auto* timer = page().findChild<QLabel*>(QStringLiteral("milestoneTimer"));
        QVERIFY2(page().timerText().startsWith(QStringLiteral("07:0")) && page().timerText().endsWith(QStringLiteral(" / 05:00")),
                 qPrintable(page().timerText()));
        QCOMPARE(timer->property("overdue").toBool(), true);
        QVERIFY(timer->styleSheet().contains(QLatin1String("#b3261e")));
    }

    void tabGoesThroughTheMilestoneTopToBottom()
    {
        openRun(ScriptMode::Strict);
        const QList<QWidget*> chain = page().form()->focusChain();
        QVERIFY(chain.size() >= 3);
        chain.first()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), chain.first());
        for (qsizetype i = 1; i < chain.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), chain.at(i));
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), page().notes()->editor());
        // The notes pass Tab on (they do not swallow it) to the navigation.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget() == page().previousButton() || QApplication::focusWidget() == page().nextButton());
    }

    void followsARunChangedBehindThePanel()
    {
        openRun(ScriptMode::Strict);
        const qint64 id = page().run().id;
        // An AI agent records a field and checks a question through the same hub.
        Result<ScriptRunView> changed = m_fx->apply([id](ScriptRunService& s) {
            return s.setField(id, 1, QStringLiteral("reason_for_call"), QStringLiteral("Referral from Sam"), QStringLiteral("ai:offline"));
        });
        QVERIFY2(changed.ok(), qPrintable(changed.error().message));
        QTRY_COMPARE_WITH_TIMEOUT(page().form()->fieldValue(QStringLiteral("reason_for_call")), QStringLiteral("Referral from Sam"), kSlowMs);
        changed = m_fx->apply([id](ScriptRunService& s) { return s.checkQuestion(id, 1, 0, true, QStringLiteral("ai:offline")); });
        QVERIFY(changed.ok());
        QTRY_VERIFY_WITH_TIMEOUT(page().form()->questionBoxes().first()->isChecked(), kSlowMs);

        // It completes M1: the panel moves on by itself.
        changed = m_fx->apply([id](ScriptRunService& s) { return completeMilestone(s, id, 1, QStringLiteral("ai:offline")); });
        QVERIFY2(changed.ok(), qPrintable(changed.error().message));
        QTRY_VERIFY_WITH_TIMEOUT(page().milestoneText().startsWith(QStringLiteral("M2 ")), kSlowMs);
        QCOMPARE(page().progressText(), QStringLiteral("1/7"));
        QCOMPARE(page().steps()->stepState(1), QStringLiteral("done"));
    }
};

QTEST_MAIN(TestScriptLivePage)
#include "tst_script_live_page.moc"
