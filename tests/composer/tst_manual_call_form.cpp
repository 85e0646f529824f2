#include "ComposerTestSupport.h"

#include "store/Store.h"
#include "tasks/TaskRepository.h"
#include "widgets/ManualCallForm.h"
#include "widgets/PhoneNumberEdit.h"
#include "widgets/ScheduleEdit.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace calldeck;
using namespace calldeck::composertest;

/// The manual call form of seed 000: every rule is shown next to its field, the objective's bounds
/// are 10 and 500 characters, and only a valid form stores a task (ready to call).
class TestManualCallForm : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ManualCallForm> m_form;

    void fillValid()
    {
        m_form->phoneEdit()->setText(QStringLiteral("+1 555 555 0100"));
        m_form->contactNameEdit()->setText(QStringLiteral("Dana Reyes"));
        m_form->companyEdit()->setText(QStringLiteral("Bright Smile Dental"));
        m_form->purposeCombo()->setCurrentIndex(
            m_form->purposeCombo()->findData(QStringLiteral("existing_client")));
        m_form->objectiveEdit()->setPlainText(QStringLiteral("Confirm the renewal of the cleaning plan"));
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<Store>(QStringLiteral(":memory:"));
        QVERIFY(m_store->open().ok());
        m_form = std::make_unique<ManualCallForm>(*m_store);
        m_form->resize(620, 520);
        m_form->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_form.get()));
    }

    void cleanup()
    {
        m_form.reset();
        m_store.reset();
    }

    void objectiveBounds_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("9") << 9 << false;
        QTest::newRow("10") << 10 << true;
        QTest::newRow("500") << 500 << true;
        QTest::newRow("501") << 501 << false;
    }

    void objectiveBounds()
    {
        QFETCH(int, length);
        QFETCH(bool, accepted);
        fillValid();
        m_form->objectiveEdit()->setPlainText(QString(length, QLatin1Char('x')));
        QCOMPARE(m_form->objectiveCounter()->text(), QStringLiteral("%1 / 500").arg(length));
        QSignalSpy created(m_form.get(), &ManualCallForm::taskCreated);
        QTest::mouseClick(m_form->createButton(), Qt::LeftButton);
        if (accepted) {
            QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 15000);
            QVERIFY(m_form->shownErrors().isEmpty());
            const CallTask task = created.first().first().value<CallTask>();
            QCOMPARE(task.status, TaskStatus::ReadyToCall);
            QCOMPARE(task.objective.size(), length);
            QCOMPARE(task.phoneE164, QStringLiteral("+15555550100"));
            QCOMPARE(task.purpose, std::optional<CallPurpose>(CallPurpose::ExistingClient));
            QCOMPARE(task.company, QStringLiteral("Bright Smile Dental"));
            QCOMPARE(allTasks(*m_store).size(), 1);
        } else {
            const QStringList errors = m_form->shownErrors();
            QCOMPARE(errors.size(), 1);
            QVERIFY2(errors.first().contains(length < 10 ? QStringLiteral("at least 10") : QStringLiteral("too long")),
                     qPrintable(errors.first()));
            QTest::qWait(200);
            QCOMPARE(created.size(), 0);
            QVERIFY(allTasks(*m_store).isEmpty());
        }
    }

    void emptyFormShowsEveryProblem()
    {
        QTest::mouseClick(m_form->createButton(), Qt::LeftButton);
        const QStringList errors = m_form->shownErrors();
        QCOMPARE(errors.size(), 3); // number, purpose, objective
        QVERIFY(errors.at(0).contains(QStringLiteral("phone number")));
        QVERIFY(errors.at(1).contains(QStringLiteral("purpose")));
        QVERIFY(saveScreenshot(m_form.get(), QStringLiteral("manual-call-form-errors.png")));
        QTest::qWait(200);
        QVERIFY(allTasks(*m_store).isEmpty());
    }

    void pastScheduleRefused()
    {
        fillValid();
        m_form->scheduleEdit()->setTimeZone(QStringLiteral("UTC"));
        m_form->scheduleEdit()->setScheduledLocal(QDateTime::currentDateTimeUtc().addSecs(-2 * 3600));
        QTest::mouseClick(m_form->createButton(), Qt::LeftButton);
        const QStringList errors = m_form->shownErrors();
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().contains(QStringLiteral("in the past")));
        QTest::qWait(200);
        QVERIFY(allTasks(*m_store).isEmpty());
    }

    void scheduledCallStoredWithZone()
    {
        fillValid();
        ScheduleEdit* schedule = m_form->scheduleEdit();
        schedule->setTimeZone(QStringLiteral("America/New_York"));
        const QDate date = QDate::currentDate().addDays(3);
        schedule->setScheduledLocal(QDateTime(date, QTime(10, 30)));
        QSignalSpy created(m_form.get(), &ManualCallForm::taskCreated);
        QTest::mouseClick(m_form->createButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 15000);
        const CallTask task = created.first().first().value<CallTask>();
        QCOMPARE(task.timeZone, QStringLiteral("America/New_York"));
        QCOMPARE(task.scheduledForUtc,
                 QDateTime(date, QTime(10, 30), QTimeZone(QByteArrayLiteral("America/New_York"))).toUTC());
        QVERIFY(saveScreenshot(m_form.get(), QStringLiteral("manual-call-form.png")));
    }
};

QTEST_MAIN(TestManualCallForm)
#include "tst_manual_call_form.moc"
