// CallStatusTracker: Twilio's call-progress callbacks out of order and twice.
#include "telephony/CallStatusTracker.h"

#include <QTest>

using namespace calldeck;
using Applied = CallStatusTracker::Applied;

class TestCallStatusTracker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalOrder()
    {
        CallStatusTracker t;
        QCOMPARE(t.applyRest(QStringLiteral("queued")), Applied::Advanced);
        QCOMPARE(t.applyCallback(QStringLiteral("initiated"), 0), Applied::Advanced);
        QCOMPARE(t.applyCallback(QStringLiteral("ringing"), 1), Applied::Advanced);
        QCOMPARE(t.applyCallback(QStringLiteral("in-progress"), 2), Applied::Advanced);
        QCOMPARE(t.applyCallback(QStringLiteral("completed"), 3), Applied::Advanced);
        QCOMPARE(t.status(), QStringLiteral("completed"));
        QVERIFY(t.isTerminal());
    }

    void lateAndRepeatedCallbacksAreIgnored()
    {
        CallStatusTracker t;
        QCOMPARE(t.applyCallback(QStringLiteral("ringing"), 1), Applied::Advanced);
        QCOMPARE(t.applyCallback(QStringLiteral("initiated"), 0), Applied::Ignored); // overtaken
        QCOMPARE(t.applyCallback(QStringLiteral("ringing"), 1), Applied::Ignored);   // twice
        QCOMPARE(t.applyRest(QStringLiteral("queued")), Applied::Ignored);           // slow create response
        QCOMPARE(t.status(), QStringLiteral("ringing"));
    }

    void terminalOvertakesAndStaysFinal()
    {
        CallStatusTracker t;
        QCOMPARE(t.applyCallback(QStringLiteral("initiated"), 0), Applied::Advanced);
        QCOMPARE(t.applyCallback(QStringLiteral("busy"), 2), Applied::Advanced);
        QCOMPARE(t.applyCallback(QStringLiteral("ringing"), 1), Applied::Ignored);
        QCOMPARE(t.applyCallback(QStringLiteral("busy"), 2), Applied::Ignored);
        QCOMPARE(t.applyCallback(QStringLiteral("completed"), 3), Applied::Ignored);
        QCOMPARE(t.status(), QStringLiteral("busy"));
    }

    void unknownStatusIsIgnored()
    {
        CallStatusTracker t;
        QCOMPARE(t.applyCallback(QStringLiteral("exploded"), 0), Applied::Ignored);
        QVERIFY(t.status().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCallStatusTracker)
#include "tst_call_status_tracker.moc"
