#include "contacts/Contact.h"
#include "store/ContactRepository.h"
#include "store/Store.h"
#include "tasks/TaskRepository.h"

#include <QSqlQuery>
#include <QtTest>

#include <memory>

using namespace calldeck;

namespace {

const QDateTime kNow(QDate(2026, 11, 18), QTime(15, 0), Qt::UTC);

InstructionRequest instruction(const QString& text)
{
    InstructionRequest request;
    request.instruction = text;
    return request;
}

ManualCallRequest manualForm(const QString& objective)
{
    ManualCallRequest form;
    form.phone = QStringLiteral("+1 555 555 0100");
    form.contactName = QStringLiteral("Dana Reyes");
    form.company = QStringLiteral("Reyes Logistics");
    form.purpose = CallPurpose::WarmLead;
    form.objective = objective;
    return form;
}

TaskPlan planWithMissingPhone()
{
    TaskPlan plan;
    plan.goal = QStringLiteral("Book a cleaning");
    plan.missingInfo = {{QStringLiteral("phone_number"), QStringLiteral("Which number?")}};
    return plan;
}

} // namespace

/// TaskRepository against a real SQLite database at the latest schema.
class TestTaskRepository : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Store> m_store;

    template <typename F>
    auto withRepo(F&& fn, const QDateTime& now = kNow)
    {
        return m_store->runSync([&fn, now](QSqlDatabase& db) {
            TaskRepository repo(db, now);
            return fn(repo);
        });
    }

    qint64 taskCount()
    {
        return m_store->runSync([](QSqlDatabase& db) -> qint64 {
            QSqlQuery query(db);
            return query.exec(QStringLiteral("SELECT COUNT(*) FROM call_tasks")) && query.next()
                       ? query.value(0).toLongLong()
                       : -1;
        });
    }

    CallTask created(const QString& text)
    {
        const Result<CallTask> task = withRepo([&](TaskRepository& r) { return r.createFromInstruction(instruction(text)); });
        if (!task) {
            qWarning() << task.error().message;
            return {};
        }
        return task.value();
    }

    /// A task moved along `path` from pending.
    CallTask walked(const QList<TaskStatus>& path)
    {
        CallTask task = created(QStringLiteral("Call the garage about my car"));
        for (TaskStatus to : path) {
            const Result<CallTask> moved = withRepo([&](TaskRepository& r) { return r.transition(task.id, to); });
            if (!moved) {
                qWarning() << moved.error().message;
                return {};
            }
            task = moved.value();
        }
        return task;
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<Store>(QStringLiteral(":memory:"));
        QVERIFY(m_store->open().ok());
    }

    void cleanup() { m_store.reset(); }

    void createsPendingTaskFromInstruction()
    {
        InstructionRequest request = instruction(QStringLiteral("  Call Bright Smile Dental and book a cleaning  "));
        request.phone = QStringLiteral("(555) 555-0100");
        request.tone = TaskTone::Firm;
        request.priority = TaskPriority::High;
        request.maxPriceCents = 15000;
        request.timeZone = QStringLiteral("America/New_York");
        request.scheduledForUtc = kNow.addSecs(3600);
        const Result<CallTask> task = withRepo([&](TaskRepository& r) { return r.createFromInstruction(request); });
        QVERIFY2(task.ok(), qPrintable(task.error().message));
        QCOMPARE(task.value().status, TaskStatus::Pending);
        QCOMPARE(task.value().rawInstruction, QStringLiteral("Call Bright Smile Dental and book a cleaning"));
        QCOMPARE(task.value().phoneE164, QStringLiteral("+15555550100"));
        QCOMPARE(task.value().tone, std::optional<TaskTone>(TaskTone::Firm));
        QCOMPARE(task.value().priority, TaskPriority::High);
        QCOMPARE(task.value().maxPriceCents, 15000);
        QCOMPARE(task.value().timeZone, QStringLiteral("America/New_York"));
        QCOMPARE(task.value().scheduledForUtc, kNow.addSecs(3600));
        QCOMPARE(task.value().nextAction, QStringLiteral("plan"));
        QCOMPARE(task.value().createdAtUtc, kNow);
        QVERIFY(!task.value().plan.has_value());
    }

    void badInstructionsSaveNothing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QDateTime>("scheduled");
        QTest::addColumn<QString>("timeZone");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QString() << QString() << QDateTime() << QString() << QStringLiteral("Write");
        QTest::newRow("blank") << QStringLiteral("   \n ") << QString() << QDateTime() << QString() << QStringLiteral("Write");
        QTest::newRow("2001 chars") << QString(2001, QLatin1Char('a')) << QString() << QDateTime() << QString()
                                    << QStringLiteral("2001");
        QTest::newRow("bad number") << QStringLiteral("Call the bank") << QStringLiteral("12") << QDateTime() << QString()
                                    << QStringLiteral("\"12\"");
        QTest::newRow("past schedule") << QStringLiteral("Call the bank") << QString() << kNow.addSecs(-3600) << QString()
                                       << QStringLiteral("past");
        QTest::newRow("unknown zone") << QStringLiteral("Call the bank") << QString() << QDateTime()
                                      << QStringLiteral("Mars/Olympus") << QStringLiteral("Mars/Olympus");
    }

    void badInstructionsSaveNothing()
    {
        QFETCH(QString, text);
        QFETCH(QString, phone);
        QFETCH(QDateTime, scheduled);
        QFETCH(QString, timeZone);
        QFETCH(QString, mentions);
        InstructionRequest request = instruction(text);
        request.phone = phone;
        request.scheduledForUtc = scheduled;
        request.timeZone = timeZone;
        const Result<CallTask> task = withRepo([&](TaskRepository& r) { return r.createFromInstruction(request); });
        QVERIFY(!task.ok());
        QCOMPARE(task.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(task.error().message.contains(mentions), qPrintable(task.error().message));
        QCOMPARE(taskCount(), 0);
    }

    void instructionOfExactly2000CharactersIsAccepted()
    {
        const Result<CallTask> task = withRepo(
            [&](TaskRepository& r) { return r.createFromInstruction(instruction(QString(2000, QLatin1Char('a')))); });
        QVERIFY(task.ok());
        QCOMPARE(task.value().title.size(), 80);
    }

    void unknownContactIsRefusedAndKnownOneFillsTheNumber()
    {
        InstructionRequest request = instruction(QStringLiteral("Ask about the invoice"));
        request.contactId = 42;
        const Result<CallTask> unknown = withRepo([&](TaskRepository& r) { return r.createFromInstruction(request); });
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
        QCOMPARE(taskCount(), 0);

        Contact contact;
        contact.name = QStringLiteral("Ada Lovelace");
        contact.phoneE164 = QStringLiteral("+442071234567");
        const Result<Contact> added =
            m_store->runSync([&contact](QSqlDatabase& db) { return ContactRepository(db).add(contact); });
        QVERIFY(added.ok());
        request.contactId = added.value().id;
        const Result<CallTask> task = withRepo([&](TaskRepository& r) { return r.createFromInstruction(request); });
        QVERIFY2(task.ok(), qPrintable(task.error().message));
        QCOMPARE(task.value().phoneE164, QStringLiteral("+442071234567"));
        QCOMPARE(task.value().contactName, QStringLiteral("Ada Lovelace"));
    }

    void manualFormObjectiveBounds_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("9") << 9 << false;
        QTest::newRow("10") << 10 << true;
        QTest::newRow("500") << 500 << true;
        QTest::newRow("501") << 501 << false;
    }

    void manualFormObjectiveBounds()
    {
        QFETCH(int, length);
        QFETCH(bool, accepted);
        const Result<CallTask> task = withRepo(
            [&](TaskRepository& r) { return r.createFromManualForm(manualForm(QString(length, QLatin1Char('x')))); });
        QVERIFY2(task.ok() == accepted, qPrintable(task.error().message));
        QCOMPARE(taskCount(), accepted ? 1 : 0);
        if (accepted) {
            QCOMPARE(task.value().status, TaskStatus::ReadyToCall);
            QCOMPARE(task.value().phoneE164, QStringLiteral("+15555550100"));
            QCOMPARE(task.value().purpose, std::optional<CallPurpose>(CallPurpose::WarmLead));
            QCOMPARE(task.value().callType, TaskCallType::Manual);
            QVERIFY(task.value().plan.has_value());
            QCOMPARE(task.value().plan->goal.size(), length);
        } else {
            QVERIFY2(task.error().message.contains(length < 10 ? QStringLiteral("10") : QStringLiteral("500")),
                     qPrintable(task.error().message));
        }
    }

    void manualFormRefusals()
    {
        ManualCallRequest noPhone = manualForm(QStringLiteral("Follow up on the proposal"));
        noPhone.phone.clear();
        ManualCallRequest badPhone = manualForm(QStringLiteral("Follow up on the proposal"));
        badPhone.phone = QStringLiteral("+1 555");
        ManualCallRequest noPurpose = manualForm(QStringLiteral("Follow up on the proposal"));
        noPurpose.purpose.reset();
        ManualCallRequest past = manualForm(QStringLiteral("Follow up on the proposal"));
        past.scheduledForUtc = kNow.addDays(-1);
        for (const ManualCallRequest& form : {noPhone, badPhone, noPurpose, past}) {
            const Result<CallTask> task = withRepo([&](TaskRepository& r) { return r.createFromManualForm(form); });
            QVERIFY(!task.ok());
            QCOMPARE(task.error().code, ErrorCode::InvalidArgument);
            QVERIFY(!task.error().message.isEmpty());
        }
        QCOMPARE(taskCount(), 0);
    }

    void illegalTransitionChangesNothing()
    {
        const CallTask task = created(QStringLiteral("Call the garage about my car"));
        const Result<CallTask> refused = withRepo(
            [&](TaskRepository& r) { return r.transition(task.id, TaskStatus::InProgress); }, kNow.addSecs(60));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QVERIFY2(refused.error().message.contains(QLatin1String("Pending")), qPrintable(refused.error().message));
        const Result<CallTask> after = withRepo([&](TaskRepository& r) { return r.get(task.id); });
        QCOMPARE(after.value().status, TaskStatus::Pending);
        QCOMPARE(after.value().updatedAtUtc, task.updatedAtUtc);
    }

    void retriesAndFailuresAreRecorded()
    {
        const CallTask failed = walked({TaskStatus::Preparing, TaskStatus::ReadyToCall, TaskStatus::InProgress});
        QCOMPARE(failed.status, TaskStatus::InProgress);
        const Result<CallTask> retry = withRepo([&](TaskRepository& r) { return r.transition(failed.id, TaskStatus::ReadyToCall); });
        QCOMPARE(retry.value().retryCount, 1);
        QVERIFY(withRepo([&](TaskRepository& r) { return r.transition(failed.id, TaskStatus::InProgress); }).ok());
        const Result<CallTask> dead = withRepo(
            [&](TaskRepository& r) { return r.transition(failed.id, TaskStatus::Failed, QStringLiteral("No answer")); });
        QCOMPARE(dead.value().status, TaskStatus::Failed);
        QCOMPARE(dead.value().failureReason, QStringLiteral("No answer"));
        QCOMPARE(dead.value().nextAction, QStringLiteral("retry"));
    }

    void applyPlanMovesToWaitingOrReady()
    {
        CallTask task = walked({TaskStatus::Preparing});
        const Result<CallTask> waiting = withRepo([&](TaskRepository& r) { return r.applyPlan(task.id, planWithMissingPhone()); });
        QVERIFY2(waiting.ok(), qPrintable(waiting.error().message));
        QCOMPARE(waiting.value().status, TaskStatus::WaitingForUser);
        QCOMPARE(waiting.value().nextAction, QStringLiteral("answer_questions"));

        // A plan that claims to be complete still waits when no number is known anywhere.
        task = walked({TaskStatus::Preparing});
        TaskPlan claimsComplete;
        claimsComplete.goal = QStringLiteral("Book");
        const Result<CallTask> stillWaiting = withRepo([&](TaskRepository& r) { return r.applyPlan(task.id, claimsComplete); });
        QCOMPARE(stillWaiting.value().status, TaskStatus::WaitingForUser);
        QCOMPARE(stillWaiting.value().plan->missingInfo.first().key, QStringLiteral("phone_number"));

        task = walked({TaskStatus::Preparing});
        TaskPlan complete = claimsComplete;
        complete.phoneE164 = QStringLiteral("+15555550100");
        complete.maxPriceCents = 9900;
        const Result<CallTask> ready = withRepo([&](TaskRepository& r) { return r.applyPlan(task.id, complete); });
        QCOMPARE(ready.value().status, TaskStatus::ReadyToCall);
        QCOMPARE(ready.value().phoneE164, QStringLiteral("+15555550100"));
        QCOMPARE(ready.value().maxPriceCents, 9900);

        // Not in preparing: refused, nothing stored.
        const Result<CallTask> again = withRepo([&](TaskRepository& r) { return r.applyPlan(task.id, planWithMissingPhone()); });
        QVERIFY(!again.ok());
        QCOMPARE(withRepo([&](TaskRepository& r) { return r.get(task.id); }).value().plan->missingInfo.size(), 0);
    }

    void clarificationAnswersCompleteThePlan()
    {
        const CallTask task = walked({TaskStatus::Preparing});
        QVERIFY(withRepo([&](TaskRepository& r) { return r.applyPlan(task.id, planWithMissingPhone()); }).ok());

        const Result<CallTask> bad = withRepo([&](TaskRepository& r) {
            return r.setClarificationAnswers(task.id, {{QStringLiteral("phone_number"), QStringLiteral("call me maybe")}});
        });
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(withRepo([&](TaskRepository& r) { return r.get(task.id); }).value().status, TaskStatus::WaitingForUser);

        const Result<CallTask> blank = withRepo([&](TaskRepository& r) {
            return r.setClarificationAnswers(task.id, {{QStringLiteral("phone_number"), QStringLiteral("  ")}});
        });
        QCOMPARE(blank.value().status, TaskStatus::WaitingForUser);

        const Result<CallTask> answered = withRepo([&](TaskRepository& r) {
            return r.setClarificationAnswers(task.id, {{QStringLiteral("phone_number"), QStringLiteral("555-555-0100")},
                                                       {QStringLiteral("notes"), QStringLiteral("New patient")}});
        });
        QVERIFY2(answered.ok(), qPrintable(answered.error().message));
        QCOMPARE(answered.value().status, TaskStatus::ReadyToCall);
        QCOMPARE(answered.value().phoneE164, QStringLiteral("+15555550100"));
        QCOMPARE(answered.value().clarificationAnswers.value(QStringLiteral("notes")), QStringLiteral("New patient"));
        QCOMPARE(answered.value().plan->answers.value(QStringLiteral("notes")), QStringLiteral("New patient"));
        QVERIFY(answered.value().plan->isComplete());
    }

    void editsApplyUntilTheCallStarts()
    {
        const CallTask task = walked({TaskStatus::ReadyToCall});
        TaskEdits edits;
        edits.tone = std::optional<TaskTone>(TaskTone::Assertive);
        edits.maxPriceCents = 12000;
        edits.approvalLimitCents = 10000;
        edits.softPreferences = QStringList{QStringLiteral("prefer_morning")};
        const Result<CallTask> edited = withRepo([&](TaskRepository& r) { return r.edit(task.id, edits); });
        QVERIFY2(edited.ok(), qPrintable(edited.error().message));
        QCOMPARE(edited.value().tone, std::optional<TaskTone>(TaskTone::Assertive));
        QCOMPARE(edited.value().maxPriceCents, 12000);
        QCOMPARE(edited.value().approvalLimitCents, 10000);
        QCOMPARE(edited.value().plan->softPreferences, QStringList{QStringLiteral("prefer_morning")});

        TaskEdits negative;
        negative.maxPriceCents = -5;
        QCOMPARE(withRepo([&](TaskRepository& r) { return r.edit(task.id, negative); }).error().code, ErrorCode::InvalidArgument);

        QVERIFY(withRepo([&](TaskRepository& r) { return r.transition(task.id, TaskStatus::InProgress); }).ok());
        const Result<CallTask> locked = withRepo([&](TaskRepository& r) { return r.edit(task.id, edits); });
        QCOMPARE(locked.error().code, ErrorCode::Conflict);
    }

    void cancelResolveAndFollowUp()
    {
        const CallTask open = created(QStringLiteral("Call the garage about my car"));
        QCOMPARE(withRepo([&](TaskRepository& r) { return r.markResolved(open.id); }).error().code, ErrorCode::Conflict);
        const Result<CallTask> cancelled = withRepo([&](TaskRepository& r) { return r.cancel(open.id); });
        QCOMPARE(cancelled.value().status, TaskStatus::Cancelled);
        QCOMPARE(withRepo([&](TaskRepository& r) { return r.cancel(open.id); }).error().code, ErrorCode::Conflict);

        const Result<CallTask> form = withRepo(
            [&](TaskRepository& r) { return r.createFromManualForm(manualForm(QStringLiteral("Discuss the renewal terms"))); });
        QVERIFY(withRepo([&](TaskRepository& r) { return r.transition(form.value().id, TaskStatus::InProgress); }).ok());
        QVERIFY(withRepo([&](TaskRepository& r) { return r.transition(form.value().id, TaskStatus::Completed); }).ok());
        const Result<CallTask> resolved = withRepo([&](TaskRepository& r) { return r.markResolved(form.value().id); },
                                                   kNow.addSecs(600));
        QVERIFY(resolved.value().isResolved());
        QCOMPARE(resolved.value().resolvedAtUtc, kNow.addSecs(600));
        QCOMPARE(resolved.value().nextAction, QStringLiteral("resolved"));

        const Result<CallTask> followUp = withRepo([&](TaskRepository& r) { return r.createFollowUp(form.value().id); });
        QVERIFY2(followUp.ok(), qPrintable(followUp.error().message));
        QCOMPARE(followUp.value().status, TaskStatus::Pending);
        QCOMPARE(followUp.value().parentTaskId, form.value().id);
        QCOMPARE(followUp.value().phoneE164, QStringLiteral("+15555550100"));
        QCOMPARE(followUp.value().contactName, QStringLiteral("Dana Reyes"));
        QCOMPARE(followUp.value().purpose, std::optional<CallPurpose>(CallPurpose::WarmLead));
        QVERIFY(followUp.value().rawInstruction.contains(QLatin1String("Discuss the renewal terms")));
        QCOMPARE(withRepo([&](TaskRepository& r) { return r.createFollowUp(9999); }).error().code, ErrorCode::NotFound);
    }

    void listFiltersByStatusAndDate()
    {
        const CallTask early = created(QStringLiteral("Call the garage about my car"));
        const Result<CallTask> later = withRepo(
            [&](TaskRepository& r) { return r.createFromInstruction(instruction(QStringLiteral("Call the bank about fees"))); },
            kNow.addDays(2));
        QVERIFY(withRepo([&](TaskRepository& r) { return r.cancel(early.id); }).ok());

        auto ids = [this](const TaskFilter& filter) {
            QList<qint64> result;
            for (const CallTask& task : withRepo([&](TaskRepository& r) { return r.list(filter); }).valueOr({})) {
                result.append(task.id);
            }
            return result;
        };
        QCOMPARE(ids({}), (QList<qint64>{later.value().id, early.id}));
        TaskFilter cancelledOnly;
        cancelledOnly.statuses = {TaskStatus::Cancelled};
        QCOMPARE(ids(cancelledOnly), QList<qint64>{early.id});
        TaskFilter openOnes;
        openOnes.statuses = {TaskStatus::Pending, TaskStatus::ReadyToCall};
        QCOMPARE(ids(openOnes), QList<qint64>{later.value().id});
        TaskFilter fromTomorrow;
        fromTomorrow.createdFromUtc = kNow.addDays(1);
        QCOMPARE(ids(fromTomorrow), QList<qint64>{later.value().id});
        TaskFilter untilTomorrow;
        untilTomorrow.createdToUtc = kNow.addDays(1);
        QCOMPARE(ids(untilTomorrow), QList<qint64>{early.id});
    }
};

QTEST_GUILESS_MAIN(TestTaskRepository)
#include "tst_task_repository.moc"
