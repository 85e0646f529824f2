#include "HistoryFixture.h"

#include "docks/HistoryDock.h"
#include "models/TaskListModel.h"
#include "tasks/TaskNextAction.h"
#include "models/TranscriptModel.h"
#include "widgets/SessionDetailView.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace calldeck;
using namespace calldeck::testdata;

class TestHistoryDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTasksWithAttemptsAndCost();
    void statusAndDateFiltersNarrowTheList();
    void sessionDetailShowsEverythingStored();
    void followUpIsPrefilledAndCreated();
    void markResolvedChangesNextAction();
    void rerunKeepsTheSummary();

private:
    static QString cell(const HistoryDock& dock, int row, int column)
    {
        return dock.model()->index(row, column).data().toString();
    }
};

void TestHistoryDock::listsTasksWithAttemptsAndCost()
{
    HistoryFixture fixture;
    QVERIFY(fixture.opened.ok());
    const FilledCall call = fixture.addDentalCall(41200);
    fixture.addTask(QStringLiteral("City Plumbing"), QStringLiteral("+15555550123"),
                    QStringLiteral("Ask for a quote to fix a leaking kitchen tap"));
    HistoryDock dock(*fixture.store);
    QTRY_COMPARE_WITH_TIMEOUT(dock.model()->rowCount(), 2, 10000);
    const int row = dock.model()->rowOfTask(call.taskId);
    QVERIFY(row >= 0);
    QCOMPARE(cell(dock, row, TaskListModel::ContactColumn), QStringLiteral("Bright Smile Dental (+15555550100)"));
    QVERIFY(cell(dock, row, TaskListModel::GoalColumn).contains(QStringLiteral("cleaning appointment")));
    QCOMPARE(cell(dock, row, TaskListModel::AttemptsColumn), QStringLiteral("1"));
    QCOMPARE(cell(dock, row, TaskListModel::CostColumn), QStringLiteral("$0.041"));
    const int other = row == 0 ? 1 : 0;
    QCOMPARE(cell(dock, other, TaskListModel::AttemptsColumn), QStringLiteral("0"));
    QCOMPARE(cell(dock, other, TaskListModel::StatusColumn), TaskStatusNames::label(TaskStatus::ReadyToCall));
}

void TestHistoryDock::statusAndDateFiltersNarrowTheList()
{
    HistoryFixture fixture;
    QVERIFY(fixture.opened.ok());
    fixture.addDentalCall();
    const qint64 ready = fixture.addTask(QStringLiteral("City Plumbing"), QStringLiteral("+15555550123"),
                                         QStringLiteral("Ask for a quote to fix a leaking kitchen tap"));
    // A task from two months ago.
    const qint64 old = fixture.addTask(QStringLiteral("Green Garden Center"), QStringLiteral("+15555550144"),
                                       QStringLiteral("Ask whether the spring bulbs are in stock"));
    fixture.store->runSync([old](QSqlDatabase& db) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("UPDATE call_tasks SET created_at = :at WHERE id = :id"));
        query.bindValue(QStringLiteral(":at"),
                        QDateTime::currentDateTimeUtc().addDays(-60).toString(Qt::ISODateWithMs));
        query.bindValue(QStringLiteral(":id"), old);
        return query.exec();
    });
    HistoryDock dock(*fixture.store);
    QTRY_COMPARE_WITH_TIMEOUT(dock.model()->rowCount(), 3, 10000);

    QSignalSpy refreshed(&dock, &HistoryDock::refreshed);
    dock.setStatusFilter(TaskStatus::ReadyToCall);
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 10000);
    QCOMPARE(dock.model()->rowCount(), 2);
    QVERIFY(dock.model()->rowOfTask(ready) >= 0);

    refreshed.clear();
    dock.setPeriod(HistoryDock::Period::Last7Days);
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 10000);
    QCOMPARE(dock.model()->rowCount(), 1);
    QCOMPARE(dock.model()->rowAt(0).task.id, ready);

    refreshed.clear();
    dock.setStatusFilter(std::nullopt);
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 10000);
    QCOMPARE(dock.model()->rowCount(), 2);
    QCOMPARE(dock.model()->rowOfTask(old), -1);
}

void TestHistoryDock::sessionDetailShowsEverythingStored()
{
    HistoryFixture fixture;
    QVERIFY(fixture.opened.ok());
    const FilledCall call = fixture.addDentalCall(41200);
    HistoryDock dock(*fixture.store);
    QSignalSpy shown(&dock, &HistoryDock::sessionShown);
    QTRY_COMPARE_WITH_TIMEOUT(dock.model()->rowCount(), 1, 10000);
    dock.openSession(call.sessionId);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 10000);
    QCOMPARE(shown.last().at(0).toLongLong(), call.sessionId);
    QCOMPARE(dock.currentTaskId(), call.taskId);
    QCOMPARE(dock.sessionList()->count(), 1);
    QVERIFY(dock.taskOverview()->toPlainText().contains(QStringLiteral("Bright Smile Dental")));

    SessionDetailView* detail = dock.sessionDetail();
    const QString overview = detail->overview()->toPlainText();
    QVERIFY2(overview.contains(QStringLiteral("Goal achieved")), qPrintable(overview));
    QVERIFY(overview.contains(QStringLiteral("CA0123")));
    QVERIFY(!detail->record().summary.isEmpty());
    QVERIFY(overview.contains(detail->record().summary.section(QStringLiteral("\n\n"), 0, 0).left(40)));

    QStringList values;
    for (int r = 0; r < detail->extractedTable()->rowCount(); ++r) {
        values.append(detail->extractedTable()->item(r, 1)->text());
    }
    QVERIFY2(values.contains(QStringLiteral("$120.00")), qPrintable(values.join(u" | ")));
    QVERIFY(detail->extractedTable()->rowCount() >= 3);

    QCOMPARE(detail->transcriptModel()->rowCount(), dentalTranscript().size());
    QVERIFY(detail->transcriptModel()->index(0).data(TranscriptModel::TextRole).toString().contains(
        QStringLiteral("Bright Smile Dental")));

    QCOMPARE(detail->costLines()->topLevelItemCount(), 3); // two lines and the total
    QCOMPARE(detail->costLines()->topLevelItem(0)->text(0), QStringLiteral("Telephony"));
    QCOMPARE(detail->costLines()->topLevelItem(0)->text(3), QStringLiteral("$0.0103"));
    QCOMPARE(detail->costLines()->topLevelItem(2)->text(3), QStringLiteral("$0.0412"));
    QVERIFY2(detail->latencyLabel()->text().contains(QStringLiteral("p50 420 ms")),
             qPrintable(detail->latencyLabel()->text()));
    QVERIFY(detail->latencyLabel()->text().contains(QStringLiteral("p95 610 ms")));

    const QString attestation = detail->attestation()->toPlainText();
    QVERIFY2(attestation.contains(QStringLiteral("Alex Morgan, Morgan Family Office")), qPrintable(attestation));
    QVERIFY(attestation.contains(QStringLiteral("alex on desk-7")));
    QVERIFY(attestation.contains(QStringLiteral("intact")));
}

void TestHistoryDock::followUpIsPrefilledAndCreated()
{
    HistoryFixture fixture;
    QVERIFY(fixture.opened.ok());
    const FilledCall call = fixture.addDentalCall();
    HistoryDock dock(*fixture.store);
    dock.show();
    QSignalSpy shown(&dock, &HistoryDock::sessionShown);
    QTRY_COMPARE_WITH_TIMEOUT(dock.model()->rowCount(), 1, 10000);
    dock.openTask(call.taskId);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 10000);

    QVERIFY(dock.followUpButton()->isEnabled());
    dock.followUpButton()->click();
    auto* dialog = dock.findChild<QDialog*>(QStringLiteral("followUpDialog"));
    QVERIFY(dialog != nullptr);
    auto* text = dialog->findChild<QPlainTextEdit*>(QStringLiteral("followUpInstruction"));
    QVERIFY(text != nullptr);
    QCOMPARE(text->toPlainText(), dock.followUpSuggestion());
    QVERIFY(!text->toPlainText().isEmpty());
    text->setPlainText(QStringLiteral("Call Bright Smile Dental to confirm Tuesday's appointment"));
    QSignalSpy created(&dock, &HistoryDock::followUpCreated);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 10000);
    const qint64 followUp = created.at(0).at(0).toLongLong();
    QTRY_COMPARE_WITH_TIMEOUT(dock.currentTaskId(), followUp, 10000);
    const CallTask task = dock.model()->rowAt(dock.model()->rowOfTask(followUp)).task;
    QCOMPARE(task.parentTaskId, call.taskId);
    QCOMPARE(task.phoneE164, QStringLiteral("+15555550100"));
    QCOMPARE(task.company, QStringLiteral("Bright Smile Dental"));
    QVERIFY(task.rawInstruction.contains(QStringLiteral("confirm Tuesday")) ||
            task.objective.contains(QStringLiteral("confirm Tuesday")));
}

void TestHistoryDock::markResolvedChangesNextAction()
{
    HistoryFixture fixture;
    QVERIFY(fixture.opened.ok());
    const FilledCall call = fixture.addDentalCall();
    HistoryDock dock(*fixture.store);
    QTRY_COMPARE_WITH_TIMEOUT(dock.model()->rowCount(), 1, 10000);
    dock.openTask(call.taskId);
    QTRY_VERIFY_WITH_TIMEOUT(dock.resolveButton()->isEnabled(), 10000);
    QSignalSpy refreshed(&dock, &HistoryDock::refreshed);
    dock.resolveButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 10000);
    QVERIFY(dock.model()->rowAt(0).task.isResolved());
    QCOMPARE(cell(dock, 0, TaskListModel::NextActionColumn), TaskNextAction::label(QStringLiteral("resolved")));
    QVERIFY(!dock.resolveButton()->isEnabled());
}

void TestHistoryDock::rerunKeepsTheSummary()
{
    HistoryFixture fixture;
    QVERIFY(fixture.opened.ok());
    const FilledCall call = fixture.addDentalCall();
    HistoryDock dock(*fixture.store);
    QSignalSpy shown(&dock, &HistoryDock::sessionShown);
    QTRY_COMPARE_WITH_TIMEOUT(dock.model()->rowCount(), 1, 10000);
    dock.openSession(call.sessionId);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 10000);
    const QString summary = dock.sessionDetail()->record().summary;
    const int rows = dock.sessionDetail()->extractedTable()->rowCount();
    shown.clear();
    dock.reprocessButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20000);
    QCOMPARE(dock.sessionDetail()->record().summary, summary);
    QCOMPARE(dock.sessionDetail()->extractedTable()->rowCount(), rows); // replaced, not duplicated
    const int notifications = fixture.store->runSync([](QSqlDatabase& db) {
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT COUNT(*) FROM notifications"));
        return query.next() ? query.value(0).toInt() : -1;
    });
    QCOMPARE(notifications, 1); // a re-run does not tell the user twice
}

QTEST_MAIN(TestHistoryDock)
#include "tst_history_dock.moc"
