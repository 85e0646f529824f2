#include "models/CallListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace calldeck;

namespace {

const QDateTime kPlaced(QDate(2026, 3, 2), QTime(14, 0, 0), Qt::UTC);

CallSnapshot call(const QString& key, CallState state)
{
    CallSnapshot snapshot;
    snapshot.callKey = key;
    snapshot.to = QStringLiteral("+15555550100");
    snapshot.provider = QStringLiteral("sandbox");
    snapshot.persona = QStringLiteral("dental");
    snapshot.state = state;
    snapshot.placedAt = kPlaced;
    if (state == CallState::Connected || state == CallState::Ended) {
        snapshot.connectedAt = kPlaced.addSecs(4);
        snapshot.mediaConnected = true;
    }
    return snapshot;
}

QString cell(const CallListModel& model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

} // namespace

class TestCallListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newestCallFirstAndUpdatedInPlace();
    void statesInWords_data();
    void statesInWords();
    void talkTimeFollowsTheClock();
    void formatsDurations();
};

void TestCallListModel::newestCallFirstAndUpdatedInPlace()
{
    CallListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.upsert(call(QStringLiteral("c-1"), CallState::Dialling));
    model.upsert(call(QStringLiteral("c-2"), CallState::Ringing));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(0, 0), CallListModel::CallKeyRole).toString(), QStringLiteral("c-2"));
    QCOMPARE(cell(model, 0, CallListModel::NumberColumn), QStringLiteral("+15555550100"));
    QCOMPARE(cell(model, 0, CallListModel::LineColumn), QStringLiteral("Sandbox · dental"));
    QCOMPARE(model.liveCount(), 2);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    CallSnapshot ended = call(QStringLiteral("c-1"), CallState::Ended);
    ended.outcome = QStringLiteral("busy");
    model.upsert(ended);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.rowOf(QStringLiteral("c-1")), 1);
    QCOMPARE(cell(model, 1, CallListModel::StateColumn), QStringLiteral("Ended — The line was busy."));
    QCOMPARE(model.liveCount(), 1);
    QCOMPARE(model.rowOf(QStringLiteral("c-unknown")), -1);
    QVERIFY(model.callAt(7).callKey.isEmpty());
}

void TestCallListModel::statesInWords_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<bool>("media");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("expected");
    QTest::newRow("dialling") << int(CallState::Dialling) << false << QString() << QString() << QStringLiteral("Dialling…");
    QTest::newRow("ringing") << int(CallState::Ringing) << false << QString() << QString() << QStringLiteral("Ringing…");
    QTest::newRow("answered, no audio yet")
        << int(CallState::Connected) << false << QString() << QString() << QStringLiteral("Connected — starting audio…");
    QTest::newRow("connected") << int(CallState::Connected) << true << QString() << QString() << QStringLiteral("Connected");
    QTest::newRow("ending") << int(CallState::Ending) << true << QString() << QString() << QStringLiteral("Hanging up…");
    QTest::newRow("no answer") << int(CallState::Ended) << false << QStringLiteral("no-answer") << QString()
                               << QStringLiteral("Ended — Nobody answered.");
    QTest::newRow("engine's reason wins")
        << int(CallState::Ended) << true << QStringLiteral("completed") << QStringLiteral("The callee hung up.")
        << QStringLiteral("Ended — The callee hung up.");
    QTest::newRow("completed") << int(CallState::Ended) << true << QStringLiteral("completed") << QString()
                               << QStringLiteral("Ended — The call finished normally.");
}

void TestCallListModel::statesInWords()
{
    QFETCH(int, state);
    QFETCH(bool, media);
    QFETCH(QString, outcome);
    QFETCH(QString, reason);
    QFETCH(QString, expected);
    CallSnapshot snapshot = call(QStringLiteral("c-1"), static_cast<CallState>(state));
    snapshot.mediaConnected = media;
    snapshot.outcome = outcome;
    snapshot.endReason = reason;
    QCOMPARE(CallListModel::stateText(snapshot), expected);
}

void TestCallListModel::talkTimeFollowsTheClock()
{
    CallListModel model;
    model.upsert(call(QStringLiteral("c-ringing"), CallState::Ringing));
    model.upsert(call(QStringLiteral("c-live"), CallState::Connected));
    CallSnapshot ended = call(QStringLiteral("c-done"), CallState::Ended);
    ended.endedAt = ended.connectedAt.addSecs(95);
    model.upsert(ended);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setNow(kPlaced.addSecs(4 + 61));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().column(), int(CallListModel::DurationColumn));
    const auto duration = [&model](const char* key) {
        return cell(model, model.rowOf(QString::fromLatin1(key)), CallListModel::DurationColumn);
    };
    QCOMPARE(duration("c-ringing"), QStringLiteral("--:--"));
    QCOMPARE(duration("c-live"), QStringLiteral("01:01"));
    QCOMPARE(duration("c-done"), QStringLiteral("01:35"));
    model.setNow(kPlaced.addSecs(4 + 125));
    QCOMPARE(duration("c-live"), QStringLiteral("02:05"));
    QCOMPARE(duration("c-done"), QStringLiteral("01:35"));
}

void TestCallListModel::formatsDurations()
{
    QCOMPARE(CallListModel::formatDuration(-1), QStringLiteral("--:--"));
    QCOMPARE(CallListModel::formatDuration(0), QStringLiteral("00:00"));
    QCOMPARE(CallListModel::formatDuration(59'999), QStringLiteral("00:59"));
    QCOMPARE(CallListModel::formatDuration(600'000), QStringLiteral("10:00"));
    QCOMPARE(CallListModel::formatDuration(3'723'000), QStringLiteral("1:02:03"));
}

QTEST_MAIN(TestCallListModel)
#include "tst_call_list_model.moc"
