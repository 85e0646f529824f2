#include "tasks/TaskStateMachine.h"

#include <QSet>
#include <QtTest>

using namespace calldeck;

namespace {

using S = TaskStatus;

/// The table from seed 002 §6.1 / PRODUCT T1 as the user experiences it, written out independently
/// of the implementation.
const QList<QPair<S, S>> kAllowed = {
    {S::Pending, S::Preparing},         {S::Pending, S::ReadyToCall},        {S::Pending, S::Cancelled},
    {S::Preparing, S::WaitingForUser},  {S::Preparing, S::ReadyToCall},      {S::Preparing, S::Pending},
    {S::Preparing, S::Failed},          {S::Preparing, S::Cancelled},        {S::WaitingForUser, S::ReadyToCall},
    {S::WaitingForUser, S::Preparing},  {S::WaitingForUser, S::Cancelled},   {S::ReadyToCall, S::InProgress},
    {S::ReadyToCall, S::WaitingForUser}, {S::ReadyToCall, S::Cancelled},     {S::InProgress, S::Completed},
    {S::InProgress, S::Failed},         {S::InProgress, S::ReadyToCall},     {S::InProgress, S::Cancelled},
    {S::Failed, S::ReadyToCall},
};

} // namespace

class TestTaskStateMachine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyPair_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<bool>("allowed");
        for (S from : TaskStatusNames::all()) {
            for (S to : TaskStatusNames::all()) {
                const QByteArray name = (TaskStatusNames::name(from) + QStringLiteral("->") + TaskStatusNames::name(to)).toUtf8();
                QTest::newRow(name.constData()) << int(from) << int(to) << kAllowed.contains({from, to});
            }
        }
    }

    void everyPair()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(bool, allowed);
        QCOMPARE(TaskStateMachine::canTransition(S(from), S(to)), allowed);
        const Result<TaskStatus> result = TaskStateMachine::transition(S(from), S(to));
        QCOMPARE(result.ok(), allowed);
        if (allowed) {
            QCOMPARE(result.value(), S(to));
        } else {
            QCOMPARE(result.error().code, ErrorCode::Conflict);
            QVERIFY(!result.error().message.isEmpty());
        }
    }

    void refusalsNameBothStatuses()
    {
        const Result<TaskStatus> skip = TaskStateMachine::transition(S::Pending, S::InProgress);
        QVERIFY(!skip.ok());
        QVERIFY2(skip.error().message.contains(QLatin1String("Pending")), qPrintable(skip.error().message));
        QVERIFY2(skip.error().message.contains(QLatin1String("In progress")), qPrintable(skip.error().message));

        const Result<TaskStatus> reopen = TaskStateMachine::transition(S::Completed, S::ReadyToCall);
        QVERIFY(!reopen.ok());
        QVERIFY2(reopen.error().message.contains(QLatin1String("no longer")), qPrintable(reopen.error().message));
    }

    void onlyCompletedAndCancelledAreFinal()
    {
        QSet<S> finals;
        for (S status : TaskStatusNames::all()) {
            if (TaskStateMachine::isFinal(status)) {
                finals.insert(status);
            }
        }
        QCOMPARE(finals, (QSet<S>{S::Completed, S::Cancelled}));
    }

    void namesRoundTripAndMatchTheSchema()
    {
        const QStringList expected = {QStringLiteral("pending"),     QStringLiteral("preparing"),
                                      QStringLiteral("waiting_for_user"), QStringLiteral("ready_to_call"),
                                      QStringLiteral("in_progress"), QStringLiteral("completed"),
                                      QStringLiteral("failed"),      QStringLiteral("cancelled")};
        QStringList names;
        for (S status : TaskStatusNames::all()) {
            names.append(TaskStatusNames::name(status));
            QCOMPARE(TaskStatusNames::fromName(names.last()), std::optional<S>(status));
        }
        QCOMPARE(names, expected);
        QVERIFY(!TaskStatusNames::fromName(QStringLiteral("queued")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestTaskStateMachine)
#include "tst_task_state_machine.moc"
