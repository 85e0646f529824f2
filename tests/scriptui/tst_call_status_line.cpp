// The Script panel's call line: what the agent sees of the run's call while it rings, talks and
// ends, with a talk time that keeps counting between the engine's updates.
#include "script/CallStatusLine.h"

#include <QtTest>

using namespace calldeck;

class TestCallStatusLine : public QObject
{
    Q_OBJECT
private:
    static CallSnapshot call(CallState state)
    {
        CallSnapshot c;
        c.callKey = QStringLiteral("c-1");
        c.provider = QStringLiteral("sandbox");
        c.agentKind = QStringLiteral("offline");
        c.state = state;
        return c;
    }

private Q_SLOTS:
    void hiddenUntilThereIsSomethingToSay()
    {
        QWidget page;
        auto* lineWidget = new CallStatusLine(&page);
        CallStatusLine& line = *lineWidget;
        page.show();
        QVERIFY(line.isHidden());
        line.showText(QStringLiteral("Placing the call…"), false);
        QVERIFY(!line.isHidden());
        QCOMPARE(line.text(), QStringLiteral("Placing the call…"));
        line.showText({}, false);
        QVERIFY(line.isHidden());
    }

    void ringingNamesTheAgentAndTheLine()
    {
        CallStatusLine line;
        line.showCall(call(CallState::Ringing));
        QCOMPARE(line.text(), QStringLiteral("Ringing · offline agent · sandbox line"));
        QVERIFY(line.talkTimeText().isEmpty());
    }

    void liveCallShowsItsTalkTimeAndKeepsCounting()
    {
        CallStatusLine line;
        CallSnapshot live = call(CallState::Connected);
        live.connectedAt = QDateTime::currentDateTimeUtc().addSecs(-83);
        line.showCall(live);
        const QString first = line.text();
        QVERIFY2(QRegularExpression(QStringLiteral("^● Live · offline agent · 01:[2-5]\\d · sandbox line$")).match(first).hasMatch(),
                 qPrintable(first));
        // No new snapshot arrives, yet the talk time moves on.
        QTRY_VERIFY_WITH_TIMEOUT(line.text() != first, 15000);
        QVERIFY(line.text().startsWith(QStringLiteral("● Live · offline agent · 01:")));
    }

    void endedCallShowsTheTalkTimeAndWhy()
    {
        CallStatusLine line;
        CallSnapshot ended = call(CallState::Ended);
        ended.connectedAt = QDateTime(QDate(2026, 3, 2), QTime(10, 0, 0), Qt::UTC);
        ended.endedAt = ended.connectedAt.addSecs(252);
        ended.endReason = QStringLiteral("The callee hung up.");
        line.showCall(ended);
        QCOMPARE(line.text(), QStringLiteral("Call ended · 04:12 · The callee hung up."));
        QCOMPARE(line.talkTimeText(), QStringLiteral("04:12"));
    }

    void unansweredCallEndsWithoutATalkTime()
    {
        CallStatusLine line;
        CallSnapshot busy = call(CallState::Ended);
        busy.endReason = QStringLiteral("The line was busy.");
        line.showCall(busy);
        QCOMPARE(line.text(), QStringLiteral("Call ended · The line was busy."));
    }

    void aProblemReplacesTheCallLine()
    {
        CallStatusLine line;
        CallSnapshot live = call(CallState::Connected);
        live.connectedAt = QDateTime::currentDateTimeUtc();
        line.showCall(live);
        line.showText(QStringLiteral("The call could not be placed: no route"), true);
        QCOMPARE(line.text(), QStringLiteral("The call could not be placed: no route"));
        QVERIFY(line.talkTimeText().isEmpty());
        QTest::qWait(1500); // a stopped tick must not bring the old call back
        QCOMPARE(line.text(), QStringLiteral("The call could not be placed: no route"));
    }
};

QTEST_MAIN(TestCallStatusLine)
#include "tst_call_status_line.moc"
