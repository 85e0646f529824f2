#include "ComposerTestSupport.h"

#include "compliance/AttestationRepository.h"
#include "compliance/AttestationStatements.h"
#include "store/Store.h"
#include "tasks/TaskRepository.h"
#include "widgets/AttestationPanel.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace calldeck;
using namespace calldeck::composertest;

/// The attestation panel: signing stays disabled until all five statements and a 3-character name
/// are given; the signed record is stored and shown; "Call now" only for an attested ready task.
class TestAttestationPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Store> m_store;
    std::unique_ptr<AttestationPanel> m_panel;
    CallTask m_task;

    void checkAll()
    {
        for (QCheckBox* box : m_panel->statementBoxes()) {
            box->setChecked(true);
        }
    }

    std::optional<AttestationRecord> storedRecord()
    {
        const qint64 id = m_task.id;
        return m_store
            ->runSync([id](QSqlDatabase& db) { return AttestationRepository(db).latestForTask(id); })
            .valueOr(std::nullopt);
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<Store>(QStringLiteral(":memory:"));
        QVERIFY(m_store->open().ok());
        ManualCallRequest request;
        request.phone = QStringLiteral("+15555550100");
        request.contactName = QStringLiteral("Dana Reyes");
        request.purpose = CallPurpose::ExistingClient;
        request.objective = QStringLiteral("Confirm the cleaning appointment");
        const Result<CallTask> task =
            m_store->runSync([&request](QSqlDatabase& db) { return TaskRepository(db).createFromManualForm(request); });
        QVERIFY2(task.ok(), qPrintable(task.error().message));
        m_task = task.value();
        m_panel = std::make_unique<AttestationPanel>(*m_store);
        m_panel->resize(620, 560);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        m_panel->setTask(m_task);
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->gateText().isEmpty(), 15000);
    }

    void cleanup()
    {
        m_panel.reset();
        m_store.reset();
    }

    void showsTheFiveStatements()
    {
        QCOMPARE(m_panel->statementBoxes().size(), AttestationStatements::kCount);
        QVERIFY(!m_panel->signButton()->isEnabled());
        QVERIFY(!m_panel->callButton()->isEnabled());
        QVERIFY(saveScreenshot(m_panel.get(), QStringLiteral("attestation-panel.png")));
    }

    void eachStatementIsRequired_data()
    {
        QTest::addColumn<int>("missing");
        for (int i = 0; i < AttestationStatements::kCount; ++i) {
            QTest::addRow("statement %d", i + 1) << i;
        }
    }

    void eachStatementIsRequired()
    {
        QFETCH(int, missing);
        checkAll();
        m_panel->fullNameEdit()->setText(QStringLiteral("Dana Reyes"));
        QVERIFY(m_panel->signButton()->isEnabled());
        m_panel->statementBoxes().at(missing)->setChecked(false);
        QVERIFY(!m_panel->signButton()->isEnabled());
        m_panel->statementBoxes().at(missing)->setChecked(true);
        QVERIFY(m_panel->signButton()->isEnabled());
    }

    void nameNeedsThreeCharacters()
    {
        checkAll();
        m_panel->fullNameEdit()->setText(QStringLiteral("Al"));
        QVERIFY(!m_panel->signButton()->isEnabled());
        m_panel->fullNameEdit()->setText(QStringLiteral("  Al  "));
        QVERIFY(!m_panel->signButton()->isEnabled());
        m_panel->fullNameEdit()->setText(QStringLiteral("Ali"));
        QVERIFY(m_panel->signButton()->isEnabled());
    }

    void signingStoresAndShowsTheRecordAndEnablesCalling()
    {
        checkAll();
        m_panel->fullNameEdit()->setText(QStringLiteral("Dana Reyes"));
        m_panel->organizationEdit()->setText(QStringLiteral("Reyes Consulting"));
        QSignalSpy signedSpy(m_panel.get(), &AttestationPanel::signedRecord);
        QSignalSpy callSpy(m_panel.get(), &AttestationPanel::callRequested);
        QTest::mouseClick(m_panel->signButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(signedSpy.size(), 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->callButton()->isEnabled(), 15000);

        const std::optional<AttestationRecord> stored = storedRecord();
        QVERIFY(stored.has_value());
        QCOMPARE(stored->fullName, QStringLiteral("Dana Reyes"));
        QCOMPARE(stored->organization, QStringLiteral("Reyes Consulting"));
        QCOMPARE(stored->statements, AttestationStatements::texts());
        const QString shown = m_panel->recordText();
        QVERIFY2(shown.contains(QStringLiteral("Dana Reyes")), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("Reyes Consulting")));
        QVERIFY(shown.contains(stored->recordHash.left(12)));
        QVERIFY(shown.contains(stored->osUser));
        QVERIFY(shown.contains(stored->host));
        QVERIFY(shown.contains(stored->signedAtUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
        QVERIFY(!m_panel->signButton()->isVisible()); // the form gives way to the record
        QVERIFY(saveScreenshot(m_panel.get(), QStringLiteral("attestation-signed.png")));

        QTest::mouseClick(m_panel->callButton(), Qt::LeftButton);
        QCOMPARE(callSpy.size(), 1);
        QCOMPARE(callSpy.first().first().toLongLong(), m_task.id);
    }

    void storedRecordShownWhenReopened()
    {
        AttestationForm form;
        form.acceptAll();
        form.fullName = QStringLiteral("Sam Ortiz");
        const qint64 id = m_task.id;
        QVERIFY(m_store->runSync([id, form](QSqlDatabase& db) { return AttestationRepository(db).sign(id, form); }).ok());
        AttestationPanel reopened(*m_store);
        reopened.show();
        reopened.setTask(m_task);
        QTRY_VERIFY_WITH_TIMEOUT(reopened.recordText().contains(QStringLiteral("Sam Ortiz")), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(reopened.callButton()->isEnabled(), 15000);
    }

    void callNeedsReadyTask()
    {
        checkAll();
        m_panel->fullNameEdit()->setText(QStringLiteral("Dana Reyes"));
        QTest::mouseClick(m_panel->signButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->callButton()->isEnabled(), 15000);
        CallTask waiting = m_task;
        waiting.status = TaskStatus::WaitingForUser;
        m_panel->setTask(waiting);
        QVERIFY(!m_panel->callButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->gateText().contains(QStringLiteral("Waiting for you")), 15000);
        QVERIFY(!m_panel->callButton()->isEnabled());
    }
};

QTEST_MAIN(TestAttestationPanel)
#include "tst_attestation_panel.moc"
