// The objection flow: Ctrl+Shift+O opens it from anywhere while a run is live; the agent picks the
// type, walks its diagnostic questions (each answer stored as given), and records an allowed
// outcome. Open and deferred objections stay listed on the panel and can be continued later.
#include "ScriptUiFixture.h"
#include "script/ObjectionDialog.h"
#include "script/RunActivityView.h"
#include "script/ScriptDock.h"
#include "script/ScriptLivePage.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QtTest>

using namespace calldeck;
using namespace calldeck::testing;

class TestObjectionDialog : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ScriptUiFixture> m_fx;
    std::unique_ptr<ScriptDock> m_dock;
    std::unique_ptr<QWidget> m_elsewhere; ///< another window of the app with the keyboard

    QList<ObjectionRecord> storedObjections()
    {
        const qint64 prospect = m_fx->dana;
        const Result<QList<ObjectionRecord>> open =
            m_fx->store->runSync([prospect](QSqlDatabase& db) { return ScriptRunService(db).openObjections(prospect); });
        return open.ok() ? open.value() : QList<ObjectionRecord>{};
    }

    QStringList panelObjections()
    {
        QStringList rows;
        QListWidget* list = m_dock->livePage()->activity()->objectionList();
        for (int i = 0; i < list->count(); ++i) {
            rows << list->item(i)->text();
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
    }

    void cleanup()
    {
        m_elsewhere.reset();
        m_dock.reset();
        m_fx.reset();
    }

    void shortcutOnlyWhileARunIsLive()
    {
        QVERIFY(!m_dock->objectionAction()->isEnabled());
        QCOMPARE(m_dock->objectionAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
        QCOMPARE(m_dock->objectionAction()->shortcutContext(), Qt::ApplicationShortcut);
        const Result<ScriptRunView> run = m_fx->startRun(m_fx->dana);
        QVERIFY(run.ok());
        m_dock->openRun(run.value().id);
        QTRY_VERIFY_WITH_TIMEOUT(m_dock->objectionAction()->isEnabled(), kSlowMs);

        // The keyboard is in another window: the application-wide shortcut still opens the flow.
        m_elsewhere = std::make_unique<QLineEdit>();
        m_elsewhere->show();
        m_elsewhere->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_elsewhere.get()));
        QTest::keyClick(m_elsewhere.get(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(m_dock->objectionDialog() != nullptr && m_dock->objectionDialog()->isVisible(), kSlowMs);
        QCOMPARE(m_dock->objectionDialog()->findChild<QListWidget*>(QStringLiteral("objectionTypes"))->count(), 6);
    }

    void fullLifecycleToResolved()
    {
        const Result<ScriptRunView> run = m_fx->startRun(m_fx->dana);
        QVERIFY(run.ok());
        m_dock->openRun(run.value().id);
        QTRY_VERIFY_WITH_TIMEOUT(m_dock->isShowingLiveRun(), kSlowMs);
        QTest::mouseClick(m_dock->livePage()->findChild<QPushButton*>(QStringLiteral("raiseObjection")), Qt::LeftButton);
        ObjectionDialog* dialog = m_dock->objectionDialog();
        QVERIFY(dialog != nullptr);
        QCOMPARE(dialog->step(), ObjectionDialog::Step::ChooseType);

        dialog->chooseType(QStringLiteral("Price"));
        dialog->setNote(QStringLiteral("Too expensive right now"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("objectionNext")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), ObjectionDialog::Step::Diagnose, kSlowMs);
        QCOMPARE(dialog->objection().type, QStringLiteral("Price"));
        QCOMPARE(dialog->objection().milestone, 1);
        // Raised: listed on the panel as open and stored on the prospect.
        QTRY_VERIFY_WITH_TIMEOUT(panelObjections().join(QString()).contains(QLatin1String("open")), kSlowMs);
        QCOMPARE(storedObjections().size(), 1);

        QVERIFY(m_dock->livePage()->run().script.objection(QStringLiteral("Price")) != nullptr);
        const ObjectionType priceCopy = *m_dock->livePage()->run().script.objection(QStringLiteral("Price"));
        const ObjectionType* price = &priceCopy;
        QVERIFY(!price->diagnosticQuestions.isEmpty());
        for (int i = 0; i < price->diagnosticQuestions.size(); ++i) {
            QTRY_COMPARE_WITH_TIMEOUT(dialog->questionIndex(), i, kSlowMs);
            QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("objectionQuestion"))->text(), price->diagnosticQuestions.at(i));
            auto* answer = dialog->findChild<QPlainTextEdit*>(QStringLiteral("objectionAnswer"));
            QTest::keyClicks(answer, QStringLiteral("answer %1").arg(i + 1));
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("objectionNext")), Qt::LeftButton);
        }
        QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), ObjectionDialog::Step::Outcome, kSlowMs);
        QCOMPARE(storedObjections().first().answers.size(), price->diagnosticQuestions.size());
        QCOMPARE(storedObjections().first().answers.first(), QStringLiteral("answer 1"));

        // Only the type's allowed outcomes are offered.
        const auto radios = dialog->findChildren<QRadioButton*>();
        QCOMPARE(radios.size(), price->allowedOutcomes.size());
        dialog->chooseOutcome(QStringLiteral("Resolved"));
        QPointer<ObjectionDialog> guard(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("objectionNext")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), kSlowMs);
        QTRY_VERIFY_WITH_TIMEOUT(storedObjections().isEmpty(), kSlowMs);
        QTRY_COMPARE_WITH_TIMEOUT(panelObjections(), QStringList{QStringLiteral("none")}, kSlowMs);
    }

    void keptOpenAndDeferredObjectionsStayOnThePanel()
    {
        const Result<ScriptRunView> run = m_fx->startRun(m_fx->dana);
        QVERIFY(run.ok());
        m_dock->openRun(run.value().id);
        QTRY_VERIFY_WITH_TIMEOUT(m_dock->objectionAction()->isEnabled(), kSlowMs);
        m_dock->objectionAction()->trigger();
        ObjectionDialog* dialog = m_dock->objectionDialog();
        QVERIFY(dialog != nullptr);
        dialog->chooseType(QStringLiteral("Partner_Team"));
        dialog->setNote(QStringLiteral("Needs to ask her business partner"));
        dialog->next();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), ObjectionDialog::Step::Diagnose, kSlowMs);
        dialog->setAnswer(QStringLiteral("Partner is Jordan, owns half"));
        dialog->next();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->objection().answers.size() == 1, kSlowMs);
        QPointer<ObjectionDialog> guard(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("objectionKeepOpen")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), kSlowMs);
        QTRY_VERIFY_WITH_TIMEOUT(panelObjections().join(QString()).contains(QLatin1String("Needs to ask her business partner")), kSlowMs);

        // Continue it from the panel (Enter on the item) and defer it: still open on the prospect.
        QListWidget* list = m_dock->livePage()->activity()->objectionList();
        list->setFocus();
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_dock->objectionDialog() != nullptr, kSlowMs);
        dialog = m_dock->objectionDialog();
        QCOMPARE(dialog->step(), ObjectionDialog::Step::Diagnose);
        QCOMPARE(dialog->questionIndex(), 1); // the first one is answered already
        while (dialog->step() == ObjectionDialog::Step::Diagnose) {
            dialog->next();
            QTest::qWait(20);
        }
        dialog->chooseOutcome(QStringLiteral("Deferred"));
        dialog->next();
        QTRY_COMPARE_WITH_TIMEOUT(storedObjections().size(), 1, kSlowMs);
        QTRY_COMPARE_WITH_TIMEOUT(storedObjections().first().outcome, QStringLiteral("Deferred"), kSlowMs);
        QTRY_VERIFY_WITH_TIMEOUT(panelObjections().join(QString()).contains(QLatin1String("deferred")), kSlowMs);
    }
};

QTEST_MAIN(TestObjectionDialog)
#include "tst_objection_dialog.moc"
