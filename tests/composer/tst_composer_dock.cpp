#include "ComposerTestSupport.h"

#include "docks/ComposerDock.h"
#include "store/Store.h"
#include "tasks/AiPlanner.h"
#include "tasks/TaskPlanner.h"
#include "tasks/TaskRepository.h"
#include "widgets/AttestationPanel.h"
#include "widgets/ClarificationForm.h"
#include "widgets/InstructionForm.h"
#include "widgets/PhoneNumberEdit.h"
#include "widgets/PlanView.h"
#include "widgets/ScheduleEdit.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace calldeck;
using namespace calldeck::composertest;

namespace {

const QString kBrightSmile = QStringLiteral(
    "Call Bright Smile Dental at +1 555 555 0100 and get the earliest cleaning appointment this week, under $150");

} // namespace

/// The composer as a user drives it: a sentence becomes a planned task, questions get answered,
/// and bad input is refused next to its field without saving anything.
class TestComposerDock : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Store> m_store;
    std::unique_ptr<TaskPlanner> m_planner;
    std::unique_ptr<ComposerDock> m_dock;

    void planSentence(const QString& sentence)
    {
        m_dock->instructionForm()->instructionEdit()->setPlainText(sentence);
        QTest::mouseClick(m_dock->instructionForm()->planButton(), Qt::LeftButton);
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<Store>(QStringLiteral(":memory:"));
        QVERIFY(m_store->open().ok());
        m_planner = std::make_unique<TaskPlanner>(*m_store);
        m_dock = std::make_unique<ComposerDock>(*m_store, *m_planner);
        m_dock->resize(640, 1100);
        m_dock->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dock.get()));
    }

    void cleanup()
    {
        m_dock.reset();
        m_planner.reset();
        m_store.reset();
    }

    void brightSmilePlansOfflineToReadyToCall()
    {
        QCOMPARE(m_dock->objectName(), QStringLiteral("composerDock"));
        planSentence(kBrightSmile);
        QTRY_VERIFY_WITH_TIMEOUT(m_dock->currentTask().status == TaskStatus::ReadyToCall, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_dock->isWorking(), 15000);

        const PlanView* plan = m_dock->planView();
        QVERIFY(plan->statusText().contains(QStringLiteral("Ready to call")));
        QVERIFY2(plan->noticesText().contains(QStringLiteral("No AI is configured")), qPrintable(plan->noticesText()));
        const QString text = plan->planText();
        QVERIFY2(text.contains(QStringLiteral("Bright Smile Dental")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("+15555550100")));
        QVERIFY(text.contains(QStringLiteral("$150.00")));
        QVERIFY(text.contains(QStringLiteral("Goal")));
        QVERIFY(text.contains(QStringLiteral("Steps")));
        QVERIFY(m_dock->clarificationForm()->isHidden());
        QVERIFY(!m_dock->attestationPanel()->isHidden());

        const QList<CallTask> tasks = allTasks(*m_store);
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks.first().status, TaskStatus::ReadyToCall);
        QCOMPARE(tasks.first().maxPriceCents, 15000);
        QVERIFY(saveScreenshot(m_dock.get(), QStringLiteral("composer-plan.png")));
    }

    void sentenceWithoutNumberAsksThenAnswersMakeItReady()
    {
        planSentence(QStringLiteral("Call Bright Smile Dental and book a cleaning on Friday"));
        QTRY_VERIFY_WITH_TIMEOUT(m_dock->currentTask().status == TaskStatus::WaitingForUser, 15000);
        ClarificationForm* form = m_dock->clarificationForm();
        QVERIFY(!form->isHidden());
        QLineEdit* phone = form->field(QStringLiteral("phone_number"));
        QVERIFY(phone != nullptr);
        QVERIFY(m_dock->planView()->statusText().contains(QStringLiteral("Waiting for you")));

        // An empty answer is refused next to the field and nothing is sent.
        QTest::mouseClick(form->answerButton(), Qt::LeftButton);
        QVERIFY(!form->fieldError(QStringLiteral("phone_number")).isEmpty());
        QCOMPARE(allTasks(*m_store).first().status, TaskStatus::WaitingForUser);

        // An answer that is no number is refused by the planner; the task keeps waiting.
        phone->setText(QStringLiteral("not sure"));
        QTest::mouseClick(form->answerButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!form->errorText().isEmpty() && form->answerButton()->isEnabled(), 15000);
        QCOMPARE(allTasks(*m_store).first().status, TaskStatus::WaitingForUser);
        QVERIFY(saveScreenshot(m_dock.get(), QStringLiteral("composer-clarification.png")));

        phone->setText(QStringLiteral("+1 555 555 0100"));
        QTest::mouseClick(form->answerButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_dock->currentTask().status == TaskStatus::ReadyToCall, 15000);
        QVERIFY(form->isHidden());
        QVERIFY(m_dock->planView()->statusText().contains(QStringLiteral("Ready to call")));
        const CallTask stored = allTasks(*m_store).first();
        QCOMPARE(stored.status, TaskStatus::ReadyToCall);
        QCOMPARE(stored.phoneE164, QStringLiteral("+15555550100"));
    }

    void emptyInstructionShowsErrorAndSavesNothing()
    {
        planSentence(QStringLiteral("   "));
        const QStringList errors = m_dock->instructionForm()->shownErrors();
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().contains(QStringLiteral("Write what the call should achieve")));
        QTest::qWait(200);
        QVERIFY(allTasks(*m_store).isEmpty());
        QCOMPARE(m_dock->currentTask().id, 0);
    }

    void oversizedInstructionShowsErrorAndSavesNothing()
    {
        InstructionForm* form = m_dock->instructionForm();
        const QString atLimit(TaskRepository::kMaxInstructionLength, QLatin1Char('a'));
        form->instructionEdit()->setPlainText(atLimit);
        QCOMPARE(form->instructionCounter()->text(), QStringLiteral("2000 / 2000"));
        planSentence(atLimit + QLatin1Char('b'));
        QCOMPARE(form->instructionCounter()->text(), QStringLiteral("2001 / 2000"));
        const QStringList errors = form->shownErrors();
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(QStringLiteral("too long")), qPrintable(errors.first()));
        QTest::qWait(200);
        QVERIFY(allTasks(*m_store).isEmpty());
    }

    void pastScheduleShowsErrorAndSavesNothing()
    {
        ScheduleEdit* schedule = m_dock->instructionForm()->scheduleEdit();
        schedule->setTimeZone(QStringLiteral("UTC"));
        schedule->setScheduledLocal(QDateTime::currentDateTimeUtc().addDays(-1).toTimeZone(QTimeZone::utc()));
        QVERIFY(schedule->atButton()->isChecked());
        planSentence(kBrightSmile);
        const QStringList errors = m_dock->instructionForm()->shownErrors();
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(QStringLiteral("in the past")), qPrintable(errors.first()));
        QTest::qWait(200);
        QVERIFY(allTasks(*m_store).isEmpty());

        // The same sentence scheduled tomorrow is saved with that time.
        const QDateTime tomorrow = QDateTime::currentDateTimeUtc().addDays(1);
        schedule->setScheduledLocal(QDateTime(tomorrow.date(), QTime(tomorrow.time().hour(), tomorrow.time().minute())));
        planSentence(kBrightSmile);
        QTRY_VERIFY_WITH_TIMEOUT(m_dock->currentTask().status == TaskStatus::ReadyToCall, 15000);
        const CallTask stored = allTasks(*m_store).first();
        QCOMPARE(stored.scheduledForUtc.date(), tomorrow.date());
        QCOMPARE(stored.timeZone, QStringLiteral("UTC"));
    }

    void invalidNumberShownNextToField()
    {
        m_dock->instructionForm()->phoneEdit()->setText(QStringLiteral("12"));
        planSentence(QStringLiteral("Book a table for two"));
        const QStringList errors = m_dock->instructionForm()->shownErrors();
        QCOMPARE(errors.size(), 1);
        QTest::qWait(200);
        QVERIFY(allTasks(*m_store).isEmpty());
    }

    void shortcutFocusesInstruction()
    {
        QCOMPARE(m_dock->showAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
        m_dock->activateWindow();
        m_dock->showAction()->trigger();
        QTRY_VERIFY(m_dock->instructionForm()->instructionEdit()->hasFocus());
    }
};

QTEST_MAIN(TestComposerDock)
#include "tst_composer_dock.moc"
