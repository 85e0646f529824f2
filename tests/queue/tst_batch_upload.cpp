#include "queue/BatchUpload.h"
#include "store/Store.h"
#include "tasks/TaskRepository.h"

#include <QtTest>

#include <memory>

using namespace calldeck;

class TestBatchUpload : public QObject
{
    Q_OBJECT

private:
    Result<BatchUploadResult> upload(const QString& csv, const QString& instruction = {})
    {
        return m_store->runSync([&](QSqlDatabase& db) { return BatchUpload(db).import(csv, instruction); });
    }

    QList<CallTask> allTasks()
    {
        return m_store->runSync([](QSqlDatabase& db) { return TaskRepository(db).list(); }).value();
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<Store>(QStringLiteral(":memory:"));
        QVERIFY(m_store->open().ok());
    }

    void cleanup() { m_store.reset(); }

    void everyRowBecomesABatchTask()
    {
        const Result<BatchUploadResult> result = upload(
            QStringLiteral("Name,Phone,Instruction\r\n"
                           "Bright Smile Dental,+1 555 555 0100,Ask for the earliest cleaning appointment\r\n"
                           "Green Garden,(555) 555-0101,\r\n"),
            QStringLiteral("Ask for the opening hours this week"));
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        QVERIFY(result.value().errors.isEmpty());
        QCOMPARE(result.value().created.size(), 2);
        const QList<CallTask> tasks = allTasks();
        QCOMPARE(tasks.size(), 2);
        for (const CallTask& task : tasks) {
            QCOMPARE(task.callType, TaskCallType::BatchUpload);
            QCOMPARE(task.status, TaskStatus::Pending);
        }
        const CallTask first = result.value().created.at(0);
        QCOMPARE(first.phoneE164, QStringLiteral("+15555550100"));
        QCOMPARE(first.contactName, QStringLiteral("Bright Smile Dental"));
        QCOMPARE(first.rawInstruction, QStringLiteral("Ask for the earliest cleaning appointment"));
        QCOMPARE(result.value().created.at(1).phoneE164, QStringLiteral("+15555550101"));
        QCOMPARE(result.value().created.at(1).rawInstruction, QStringLiteral("Ask for the opening hours this week"));
    }

    void badRowsAreReportedByLineAndNothingIsSaved()
    {
        const Result<BatchUploadResult> result = upload(QStringLiteral("phone,instruction\n"
                                                                       "+15555550100,Ask for the price of a cleaning\n"
                                                                       "12,Ask for the price of a cleaning\n"
                                                                       ",Ask for the price of a cleaning\n"
                                                                       "+15555550102,\n"));
        QVERIFY(result.ok());
        QVERIFY(result.value().created.isEmpty());
        QCOMPARE(result.value().errors.size(), 3);
        QCOMPARE(result.value().errors.at(0).line, 3);
        QCOMPARE(result.value().errors.at(1).line, 4);
        QVERIFY(result.value().errors.at(1).reason.contains(QLatin1String("missing")));
        QCOMPARE(result.value().errors.at(2).line, 5);
        QVERIFY(result.value().errors.at(2).reason.contains(QLatin1String("instruction")));
        QVERIFY(allTasks().isEmpty());
    }

    void fileWithoutPhoneColumnIsRefused()
    {
        const Result<BatchUploadResult> result = upload(QStringLiteral("name,number\nBright Smile,+15555550100\n"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::InvalidArgument);
        QVERIFY(result.error().message.contains(QLatin1String("phone")));
        QVERIFY(!upload(QString()).ok());
        QVERIFY(allTasks().isEmpty());
    }

private:
    std::unique_ptr<Store> m_store;
};

QTEST_GUILESS_MAIN(TestBatchUpload)
#include "tst_batch_upload.moc"
