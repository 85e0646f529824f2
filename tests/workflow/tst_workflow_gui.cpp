// Issue 5 "done when", through the GUI: the real MainWindow built as app/gui/main.cpp builds it,
// with the Engine on the built-in sandbox line. A user types the Bright Smile sentence into the
// composer, plans it offline, answers what the planner asks, signs the attestation and presses
// "Call now"; the queue places an offline-agent call that the dental persona answers; the user
// then sees a "completed" notification and, clicking it, the session with a summary, an
// appointment and a price in the extracted data.
#include "MainWindow.h"
#include "calls/Engine.h"
#include "core/Settings.h"
#include "docks/ComposerDock.h"
#include "docks/HistoryDock.h"
#include "docks/NotificationsDock.h"
#include "fakes/MemoryCredentialStore.h"
#include "fakes/ShiftedClock.h"
#include "models/NotificationListModel.h"
#include "postcall/Notification.h"
#include "queue/CallQueue.h"
#include "store/Store.h"
#include "tasks/TaskRepository.h"
#include "telephony/sandbox/SandboxLine.h"
#include "widgets/AttestationPanel.h"
#include "widgets/ClarificationForm.h"
#include "widgets/InstructionForm.h"
#include "widgets/SessionDetailView.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace calldeck;

namespace {

const QString kSentence = QStringLiteral(
    "Call Bright Smile Dental at +1 555 555 0100 and get the earliest cleaning appointment this week, under $150");

// A whole sandbox call with espeak-ng speech on a busy 2-core machine: generous on purpose.
constexpr int kCallTimeoutMs = 240000;
constexpr int kStepTimeoutMs = 20000;

} // namespace

class TestWorkflowGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MemoryCredentialStore> m_credentials;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<MainWindow> m_window;

    CallTask storedTask(qint64 id)
    {
        return m_store->runSync([id](QSqlDatabase& db) { return TaskRepository(db).get(id); }).valueOr(CallTask{});
    }

    /// The first notification of `type` about `taskId`, by row; −1 when there is none.
    int notificationRow(NotificationType type, qint64 taskId) const
    {
        const NotificationListModel* model = m_window->notificationsDock()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const Notification notification = model->notificationAt(row);
            if (notification.type == type && notification.taskId == taskId) {
                return row;
            }
        }
        return -1;
    }

    /// Every cell of the session detail's extracted-data table, row by row ("label | value | …").
    QStringList extractedRows() const
    {
        const QTableWidget* table = m_window->historyDock()->sessionDetail()->extractedTable();
        QStringList rows;
        for (int row = 0; row < table->rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < table->columnCount(); ++column) {
                const QTableWidgetItem* item = table->item(row, column);
                cells.append(item != nullptr ? item->text() : QString());
            }
            rows.append(cells.join(QStringLiteral(" | ")));
        }
        return rows;
    }

    /// When the agent asks to approve a price, the user approves it in the notifications panel:
    /// selects the request and presses Approve. Returns how many requests were approved so far.
    int approvePendingPrices()
    {
        NotificationsDock* dock = m_window->notificationsDock();
        const NotificationListModel* model = dock->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(NotificationListModel::ApprovalPendingRole).toBool()) {
                dock->view()->setCurrentIndex(index);
                if (dock->approveButton()->isVisible() && dock->approveButton()->isEnabled()) {
                    QTest::mouseClick(dock->approveButton(), Qt::LeftButton);
                    ++m_approved;
                }
            }
        }
        return m_approved;
    }

    int m_approved = 0;
    QDateTime m_day;

    static bool anyStartsWith(const QStringList& rows, const QString& prefix)
    {
        return std::any_of(rows.cbegin(), rows.cend(), [&prefix](const QString& row) { return row.startsWith(prefix); });
    }

private Q_SLOTS:
    void init()
    {
        m_approved = 0;
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
        m_settings->setValue(SettingKeys::ListenAddress, QStringLiteral("127.0.0.1:0"));
        m_store = std::make_unique<Store>(m_dir->filePath(QStringLiteral("calldeck.sqlite")));
        QVERIFY(m_store->open().ok());
        m_credentials = std::make_unique<MemoryCredentialStore>();
        m_engine = std::make_unique<Engine>(*m_settings, *m_credentials);
        // The whole flow runs on a set weekday (a Monday unless CALLDECK_TEST_WEEKDAY says
        // otherwise): the verdict must not depend on the day the suite runs.
        m_day = testStart(Qt::Monday);
        m_engine->setClock(testClock(m_day));
        m_engine->setStore(m_store.get());
        m_window = std::make_unique<MainWindow>(UiServices{*m_settings, *m_store, *m_credentials, nullptr, m_engine.get()});
        m_window->resize(1600, 1000);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        auto started = m_engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(started.isFinished(), kStepTimeoutMs);
        QVERIFY2(started.result().ok(), qPrintable(started.result().error().message));
        // The persona talks at a third of its natural pauses so the call fits the test's time.
        m_engine->sandbox().setTimeScale(0.3);
        m_window->startCallQueue();
    }

    void cleanup()
    {
        m_window.reset();
        if (m_engine) {
            m_engine->shutdown();
        }
        m_engine.reset();
        if (m_store) {
            m_store->close();
        }
        m_store.reset();
        m_credentials.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void sentenceBecomesACompletedCallWithAppointmentAndPrice()
    {
        ComposerDock* composer = m_window->composerDock();
        QVERIFY(composer != nullptr);
        composer->showAndFocus();

        // 1. The sentence, planned offline (no AI key is configured).
        QTest::keyClicks(composer->instructionForm()->instructionEdit(), kSentence);
        QCOMPARE(composer->instructionForm()->instructionEdit()->toPlainText(), kSentence);
        QTest::mouseClick(composer->instructionForm()->planButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(composer->currentTask().id > 0 && !composer->isWorking() &&
                                     (composer->currentTask().status == TaskStatus::ReadyToCall ||
                                      composer->currentTask().status == TaskStatus::WaitingForUser),
                                 kStepTimeoutMs);
        const qint64 taskId = composer->currentTask().id;
        QCOMPARE(composer->currentTask().phoneE164, QStringLiteral("+15555550100"));
        QCOMPARE(composer->currentTask().maxPriceCents, 15000);

        // 2. Whatever the planner still asks is answered in the clarification form.
        if (composer->currentTask().status == TaskStatus::WaitingForUser) {
            ClarificationForm* form = composer->clarificationForm();
            QTRY_VERIFY_WITH_TIMEOUT(form->isVisible(), kStepTimeoutMs);
            const QList<MissingInfo> missing = composer->currentTask().plan->missingInfo;
            QVERIFY(!missing.isEmpty());
            for (const MissingInfo& info : missing) {
                QLineEdit* field = form->field(info.key);
                QVERIFY2(field != nullptr, qPrintable(info.key));
                QTest::keyClicks(field, QStringLiteral("Alex Morgan"));
            }
            QTest::mouseClick(form->answerButton(), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(composer->currentTask().status, TaskStatus::ReadyToCall, kStepTimeoutMs);
        }
        QCOMPARE(storedTask(taskId).status, TaskStatus::ReadyToCall);

        // 3. The attestation: dialling stays disabled until every statement and the name are given.
        AttestationPanel* attestation = composer->attestationPanel();
        QTRY_VERIFY_WITH_TIMEOUT(attestation->isVisible(), kStepTimeoutMs);
        QVERIFY(!attestation->callButton()->isEnabled());
        const QList<QCheckBox*> statements = attestation->statementBoxes();
        QCOMPARE(statements.size(), 5);
        for (QCheckBox* box : statements) {
            QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
            QVERIFY(box->isChecked());
        }
        QVERIFY(!attestation->signButton()->isEnabled());
        QTest::keyClicks(attestation->fullNameEdit(), QStringLiteral("Alex Morgan"));
        QVERIFY(attestation->signButton()->isEnabled());
        QTest::mouseClick(attestation->signButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(attestation->callButton()->isEnabled(), kStepTimeoutMs);

        // Signing is not dialling: two automatic queue passes later no call has been placed.
        QVERIFY(m_window->callQueue() != nullptr);
        QSignalSpy passes(m_window->callQueue(), &CallQueue::tickFinished);
        QTRY_VERIFY_WITH_TIMEOUT(passes.count() >= 2, kStepTimeoutMs);
        QVERIFY(m_engine->calls().isEmpty());
        QCOMPARE(storedTask(taskId).status, TaskStatus::ReadyToCall);
        QVERIFY(attestation->callButton()->isEnabled());

        // 4. Call now: the queue places the call, the persona answers, the offline agent talks.
        QTest::mouseClick(attestation->callButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(approvePendingPrices() >= 0 && (storedTask(taskId).status == TaskStatus::Completed ||
                                                                 storedTask(taskId).status == TaskStatus::Failed),
                                 kCallTimeoutMs);
        qInfo("price approvals answered in the notifications panel: %d", m_approved);
        const CallTask finished = storedTask(taskId);
        QVERIFY2(finished.status == TaskStatus::Completed, qPrintable(finished.failureReason));
        QCOMPARE(finished.goalAchieved, std::optional<bool>(true));

        // 5. A "completed" notification with the highlights.
        NotificationsDock* notifications = m_window->notificationsDock();
        QTRY_VERIFY_WITH_TIMEOUT(notificationRow(NotificationType::Completed, taskId) >= 0, kStepTimeoutMs);
        const int row = notificationRow(NotificationType::Completed, taskId);
        const Notification completed = notifications->model()->notificationAt(row);
        QVERIFY2(completed.title.contains(QStringLiteral("Bright Smile Dental")), qPrintable(completed.title));
        QVERIFY2(completed.body.contains(QStringLiteral("$120.00")), qPrintable(completed.body));
        QVERIFY(completed.sessionId > 0);

        // 6. Clicking it opens the session in the history: summary, appointment and price.
        notifications->openRow(row);
        HistoryDock* history = m_window->historyDock();
        QTRY_COMPARE_WITH_TIMEOUT(history->sessionDetail()->sessionId(), completed.sessionId, kStepTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!history->sessionDetail()->record().summary.isEmpty(), kStepTimeoutMs);
        QVERIFY(history->isVisible());
        const QString overview = history->sessionDetail()->overview()->toPlainText();
        QVERIFY2(overview.contains(QStringLiteral("Bright Smile Dental")), qPrintable(overview));
        QVERIFY2(overview.contains(QStringLiteral("The goal was achieved")), qPrintable(overview));

        QTRY_VERIFY_WITH_TIMEOUT(history->sessionDetail()->extractedTable()->rowCount() > 0, kStepTimeoutMs);
        const QStringList rows = extractedRows();
        // The receptionist's earliest opening is the day after the call, inside "this week".
        const QString booked = QLocale(QLocale::English).toString(m_day.date().addDays(1), QStringLiteral("dddd, d MMMM yyyy"));
        QVERIFY2(anyStartsWith(rows, QStringLiteral("Appointment | ") + booked), qPrintable(booked + u'\n' + rows.join(u'\n')));
        QVERIFY2(rows.filter(QStringLiteral("10:30")).size() >= 1, qPrintable(rows.join(u'\n')));
        QVERIFY2(anyStartsWith(rows, QStringLiteral("Price | $120.00")), qPrintable(rows.join(u'\n')));
        QVERIFY(history->sessionList()->count() == 1);
    }
};

QTEST_MAIN(TestWorkflowGui)
#include "tst_workflow_gui.moc"
