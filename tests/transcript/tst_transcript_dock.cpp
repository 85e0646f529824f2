// The transcript panel offscreen, fed through a real Engine's signals: segments of the live
// call appear, a partial is replaced by its final, a cut-off segment shows its red badge, the
// view follows the live end until scrolled up ("Jump to live" appears and brings it back),
// search counts and steps through matches, copy/export, and it follows the newest live call
// until the user picks one. Also saves a screenshot of a dental-appointment call.
#include "calls/Engine.h"
#include "core/Settings.h"
#include "docks/TranscriptDock.h"
#include "fakes/MemoryCredentialStore.h"
#include "models/TranscriptModel.h"
#include "widgets/TranscriptDelegate.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QMainWindow>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace calldeck;

namespace {

constexpr int kSlowMs = 20000;

CallSnapshot liveCall(const QString& key, const QString& to, int placedSecondsAgo)
{
    CallSnapshot call;
    call.callKey = key;
    call.to = to;
    call.provider = QStringLiteral("sandbox");
    call.state = CallState::Connected;
    call.placedAt = QDateTime::currentDateTimeUtc().addSecs(-placedSecondsAgo);
    return call;
}

TranscriptSegment seg(const QString& key, const QString& id, const QString& speaker, qint64 startMs,
                      const QString& text, bool isFinal = true)
{
    TranscriptSegment s;
    s.callKey = key;
    s.id = id;
    s.speaker = speaker;
    s.startMs = startMs;
    s.endMs = isFinal ? startMs + 1800 : -1;
    s.text = text;
    s.isFinal = isFinal;
    return s;
}

/// True when `rect` of `image` holds a pixel close to `colour`.
bool containsColour(const QImage& image, const QRect& rect, const QColor& colour)
{
    const QRect area = rect.intersected(image.rect());
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (qAbs(pixel.red() - colour.red()) < 12 && qAbs(pixel.green() - colour.green()) < 12 &&
                qAbs(pixel.blue() - colour.blue()) < 12) {
                return true;
            }
        }
    }
    return false;
}

struct Fixture
{
    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    MemoryCredentialStore credentials;
    std::unique_ptr<Engine> engine = std::make_unique<Engine>(settings, credentials);
    std::unique_ptr<TranscriptDock> dock = std::make_unique<TranscriptDock>(*engine);

    bool show(const QSize& size)
    {
        dock->resize(size);
        dock->show();
        return QTest::qWaitForWindowExposed(dock.get());
    }
};

} // namespace

class TestTranscriptDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void segmentsAppearAndPartialIsReplaced()
    {
        Fixture f;
        QVERIFY(f.show({420, 400}));
        QCOMPARE(f.dock->objectName(), QStringLiteral("transcriptDock"));
        QVERIFY(f.dock->findChild<QLabel*>(QStringLiteral("transcriptEmpty"))->isVisible());

        Q_EMIT f.engine->callUpdated(liveCall(QStringLiteral("c-1"), QStringLiteral("+14155550123"), 10));
        QCOMPARE(f.dock->callKey(), QStringLiteral("c-1"));
        Q_EMIT f.engine->transcript(seg(QStringLiteral("c-1"), QStringLiteral("a1"), QStringLiteral("agent"), 0,
                                        QStringLiteral("Hello, this is Dana's assistant.")));
        Q_EMIT f.engine->transcript(seg(QStringLiteral("c-1"), QStringLiteral("c1"), QStringLiteral("callee"), 2500,
                                        QStringLiteral("Hi, how can"), false));
        TranscriptModel* model = f.dock->model();
        QCOMPARE(model->rowCount(), 2);
        QVERIFY(!model->index(1).data(TranscriptModel::IsFinalRole).toBool());
        QVERIFY(f.dock->view()->isVisible());
        QVERIFY(!f.dock->findChild<QLabel*>(QStringLiteral("transcriptEmpty"))->isVisible());

        Q_EMIT f.engine->transcript(seg(QStringLiteral("c-1"), QStringLiteral("c1"), QStringLiteral("callee"), 2500,
                                        QStringLiteral("Hi, how can I help you?")));
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(1).data(TranscriptModel::TextRole).toString(), QStringLiteral("Hi, how can I help you?"));
        QVERIFY(model->index(1).data(TranscriptModel::IsFinalRole).toBool());

        // Another call's segments do not mix in.
        Q_EMIT f.engine->transcript(seg(QStringLiteral("c-other"), QStringLiteral("x"), QStringLiteral("agent"), 0,
                                        QStringLiteral("Elsewhere")));
        QCOMPARE(f.dock->model()->rowCount(), 2);
    }

    void interruptedSegmentShowsCutOffBadge()
    {
        Fixture f;
        QVERIFY(f.show({420, 400}));
        Q_EMIT f.engine->callUpdated(liveCall(QStringLiteral("c-1"), QStringLiteral("+14155550123"), 10));
        TranscriptSegment cut = seg(QStringLiteral("c-1"), QStringLiteral("a1"), QStringLiteral("agent"), 4000,
                                    QStringLiteral("We have an opening on Tues"));
        cut.interrupted = true;
        Q_EMIT f.engine->transcript(seg(QStringLiteral("c-1"), QStringLiteral("a0"), QStringLiteral("agent"), 0,
                                        QStringLiteral("Hello!")));
        Q_EMIT f.engine->transcript(cut);
        QListView* view = f.dock->view();
        QTRY_VERIFY_WITH_TIMEOUT(view->visualRect(f.dock->model()->index(1)).height() > 0, kSlowMs);
        const QImage image = view->viewport()->grab().toImage();
        const qreal dpr = image.devicePixelRatio();
        const auto scaled = [dpr](const QRect& r) {
            return QRect((r.topLeft() * dpr), (r.size() * dpr));
        };
        const QColor badge(196, 43, 28);
        QVERIFY(containsColour(image, scaled(view->visualRect(f.dock->model()->index(1))), badge));
        QVERIFY(!containsColour(image, scaled(view->visualRect(f.dock->model()->index(0))), badge));
        QVERIFY(containsColour(image, scaled(view->visualRect(f.dock->model()->index(0))),
                               TranscriptDelegate::speakerColor(QStringLiteral("agent"))));
    }

    void followsLiveUntilScrolledUpAndJumpsBack()
    {
        Fixture f;
        QVERIFY(f.show({380, 300}));
        Q_EMIT f.engine->callUpdated(liveCall(QStringLiteral("c-1"), QStringLiteral("+14155550123"), 10));
        for (int i = 0; i < 30; ++i) {
            Q_EMIT f.engine->transcript(seg(QStringLiteral("c-1"), QStringLiteral("s%1").arg(i),
                                            i % 2 == 0 ? QStringLiteral("agent") : QStringLiteral("callee"),
                                            qint64(i) * 3000, QStringLiteral("Sentence %1 of the call.").arg(i)));
        }
        QScrollBar* bar = f.dock->view()->verticalScrollBar();
        auto* jump = f.dock->findChild<QPushButton*>(QStringLiteral("transcriptJumpToLive"));
        QVERIFY(jump != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() > 0, kSlowMs);
        QTRY_COMPARE_WITH_TIMEOUT(bar->value(), bar->maximum(), kSlowMs);
        QVERIFY(f.dock->isFollowingLive());
        QVERIFY(!jump->isVisible());

        bar->setValue(0); // the user scrolls up to reread
        QVERIFY(!f.dock->isFollowingLive());
        QVERIFY(jump->isVisible());
        Q_EMIT f.engine->transcript(seg(QStringLiteral("c-1"), QStringLiteral("late"), QStringLiteral("callee"),
                                        200000, QStringLiteral("Something new.")));
        QTest::qWait(100);
        QCOMPARE(bar->value(), 0); // not yanked away from what they read
        QVERIFY(jump->isVisible());

        QTest::mouseClick(jump, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(bar->value(), bar->maximum(), kSlowMs);
        QVERIFY(f.dock->isFollowingLive());
        QVERIFY(!jump->isVisible());

        Q_EMIT f.engine->transcript(seg(QStringLiteral("c-1"), QStringLiteral("later"), QStringLiteral("agent"), 210000,
                                        QStringLiteral("And one more line that arrives while following.")));
        QTRY_COMPARE_WITH_TIMEOUT(bar->value(), bar->maximum(), kSlowMs);
        QVERIFY(f.dock->isFollowingLive());
    }

    void searchCountsAndStepsThroughMatches()
    {
        Fixture f;
        QVERIFY(f.show({420, 400}));
        Q_EMIT f.engine->callUpdated(liveCall(QStringLiteral("c-1"), QStringLiteral("+14155550123"), 10));
        const QStringList lines = {QStringLiteral("Is Tuesday possible?"), QStringLiteral("Tuesday is full."),
                                   QStringLiteral("Wednesday then?"), QStringLiteral("Yes, Wednesday works."),
                                   QStringLiteral("Great, see you on wednesday.")};
        for (int i = 0; i < lines.size(); ++i) {
            Q_EMIT f.engine->transcript(seg(QStringLiteral("c-1"), QStringLiteral("s%1").arg(i),
                                            QStringLiteral("callee"), qint64(i) * 1000, lines.at(i)));
        }
        auto* search = f.dock->findChild<QLineEdit*>(QStringLiteral("transcriptSearch"));
        auto* count = f.dock->findChild<QLabel*>(QStringLiteral("transcriptMatchCount"));
        f.dock->view()->setFocus();
        QTest::keyClick(f.dock->view(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(search->hasFocus(), kSlowMs);
        QTest::keyClicks(search, QStringLiteral("WEDNESDAY"));
        QCOMPARE(f.dock->matchRows(), (QList<int>{2, 3, 4}));
        QCOMPARE(count->text(), QStringLiteral("1 of 3"));
        QTest::keyClick(search, Qt::Key_F3);
        QCOMPARE(f.dock->currentMatch(), 1);
        QCOMPARE(count->text(), QStringLiteral("2 of 3"));
        QTest::keyClick(search, Qt::Key_F3, Qt::ShiftModifier);
        QTest::keyClick(search, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(count->text(), QStringLiteral("3 of 3"));

        // New matching speech updates the count without losing the position.
        Q_EMIT f.engine->transcript(seg(QStringLiteral("c-1"), QStringLiteral("s9"), QStringLiteral("agent"), 9000,
                                        QStringLiteral("Wednesday at nine it is.")));
        QCOMPARE(count->text(), QStringLiteral("3 of 4"));

        search->clear();
        QTest::keyClicks(search, QStringLiteral("friday"));
        QCOMPARE(count->text(), QStringLiteral("No matches"));
        QVERIFY(f.dock->matchRows().isEmpty());
    }

    void copyAndExport()
    {
        Fixture f;
        QVERIFY(f.show({420, 400}));
        Q_EMIT f.engine->callUpdated(liveCall(QStringLiteral("c-1"), QStringLiteral("+14155550123"), 10));
        Q_EMIT f.engine->transcript(seg(QStringLiteral("c-1"), QStringLiteral("a1"), QStringLiteral("agent"), 0,
                                        QStringLiteral("Hello.")));
        Q_EMIT f.engine->transcript(seg(QStringLiteral("c-1"), QStringLiteral("c1"), QStringLiteral("callee"), 65000,
                                        QStringLiteral("Hi there.")));
        QCOMPARE(f.dock->copyText(), QStringLiteral("[00:00] Agent: Hello.\n[01:05] Callee: Hi there.\n"));
        f.dock->view()->selectionModel()->select(f.dock->model()->index(1), QItemSelectionModel::Select);
        f.dock->view()->setFocus();
        QTest::keyClick(f.dock->view(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("[01:05] Callee: Hi there.\n"));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("call.json"));
        QVERIFY(f.dock->exportTo(path, TranscriptExport::Format::Json).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root.value(QStringLiteral("callKey")).toString(), QStringLiteral("c-1"));
        const Status refused = f.dock->exportTo(dir.filePath(QStringLiteral("missing/dir/x.txt")),
                                                TranscriptExport::Format::PlainText);
        QCOMPARE(refused.error().code, ErrorCode::Io);
    }

    void followsNewestLiveCallUntilUserPicks()
    {
        Fixture f;
        auto* selector = f.dock->findChild<QComboBox*>(QStringLiteral("transcriptCallSelector"));
        Q_EMIT f.engine->callUpdated(liveCall(QStringLiteral("c-1"), QStringLiteral("+14155550101"), 60));
        Q_EMIT f.engine->callUpdated(liveCall(QStringLiteral("c-2"), QStringLiteral("+14155550102"), 5));
        QCOMPARE(f.dock->callKey(), QStringLiteral("c-2"));
        QCOMPARE(selector->count(), 2);
        QVERIFY(selector->currentText().contains(QStringLiteral("+14155550102")));

        f.dock->setCallKey(QStringLiteral("c-1"));
        Q_EMIT f.engine->callUpdated(liveCall(QStringLiteral("c-3"), QStringLiteral("+14155550103"), 1));
        QCOMPARE(f.dock->callKey(), QStringLiteral("c-1"));
        QCOMPARE(selector->count(), 3);

        CallSnapshot ended = liveCall(QStringLiteral("c-1"), QStringLiteral("+14155550101"), 60);
        ended.state = CallState::Ended;
        Q_EMIT f.engine->callUpdated(ended);
        QVERIFY(selector->currentText().contains(QStringLiteral("ended")));

        QVERIFY(f.dock->showAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
        f.dock->hide();
        f.dock->showAction()->trigger();
        QVERIFY(f.dock->isVisible());
    }

    void anEndedCallHasNoOneSpeaking()
    {
        Fixture f;
        QVERIFY(f.show(QSize(480, 400)));
        Q_EMIT f.engine->callUpdated(liveCall(QStringLiteral("c-1"), QStringLiteral("+14155550101"), 30));
        f.dock->addSegment(seg(QStringLiteral("c-1"), QStringLiteral("callee-1"), QStringLiteral("callee"), 2000,
                               QStringLiteral("I was going to say"), false));
        auto* list = f.dock->findChild<QListView*>(QStringLiteral("transcriptList"));
        QVERIFY(list != nullptr);
        QCOMPARE(list->model()->index(0, 0).data(TranscriptModel::IsFinalRole).toBool(), false);

        CallSnapshot ended = liveCall(QStringLiteral("c-1"), QStringLiteral("+14155550101"), 30);
        ended.state = CallState::Ended;
        Q_EMIT f.engine->callUpdated(ended);
        QCOMPARE(list->model()->index(0, 0).data(TranscriptModel::IsFinalRole).toBool(), true);
        QCOMPARE(list->model()->index(0, 0).data(TranscriptModel::TextRole).toString(),
                 QStringLiteral("I was going to say"));
        // A partial that arrives after the end is not "speaking" either.
        f.dock->addSegment(seg(QStringLiteral("c-1"), QStringLiteral("agent-1"), QStringLiteral("agent"), 3000,
                               QStringLiteral("Goodbye"), false));
        QCOMPARE(list->model()->index(1, 0).data(TranscriptModel::IsFinalRole).toBool(), true);
    }

    void aNewCallBringsThePanelForward()
    {
        QTemporaryDir dir;
        Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
        MemoryCredentialStore credentials;
        Engine engine(settings, credentials);
        QMainWindow window;
        window.setCentralWidget(new QLabel(&window));
        auto* contacts = new QDockWidget(QStringLiteral("Contacts"), &window);
        contacts->setObjectName(QStringLiteral("contacts"));
        contacts->setWidget(new QLabel(QStringLiteral("contacts"), contacts));
        auto* transcript = new TranscriptDock(engine, &window);
        window.addDockWidget(Qt::RightDockWidgetArea, contacts);
        window.addDockWidget(Qt::RightDockWidgetArea, transcript);
        window.tabifyDockWidget(contacts, transcript);
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        contacts->raise();
        QTRY_VERIFY(transcript->visibleRegion().isEmpty());
        Q_EMIT engine.callUpdated(liveCall(QStringLiteral("c-9"), QStringLiteral("+14155550109"), 1));
        QTRY_VERIFY(!transcript->visibleRegion().isEmpty());

        // A panel the user closed stays closed.
        transcript->close();
        Q_EMIT engine.callUpdated(liveCall(QStringLiteral("c-10"), QStringLiteral("+14155550110"), 1));
        QTest::qWait(50);
        QVERIFY(transcript->isHidden());
    }

    void keepsOnlyRecentEndedCalls()
    {
        Fixture f;
        auto* selector = f.dock->findChild<QComboBox*>(QStringLiteral("transcriptCallSelector"));
        Q_EMIT f.engine->callUpdated(liveCall(QStringLiteral("c-live"), QStringLiteral("+14155550100"), 5000));
        f.dock->setCallKey(QStringLiteral("c-live"));
        const int extra = 5;
        for (int i = 0; i < TranscriptDock::kMaxEndedCalls + extra; ++i) {
            CallSnapshot call = liveCall(QStringLiteral("c-%1").arg(i), QStringLiteral("+1415555%1").arg(1000 + i),
                                         4000 - i * 10);
            call.state = CallState::Ended;
            Q_EMIT f.engine->callUpdated(call);
        }
        QCOMPARE(selector->count(), TranscriptDock::kMaxEndedCalls + 1);
        QCOMPARE(selector->findData(QStringLiteral("c-0")), -1); // the oldest went first
        QVERIFY(selector->findData(QStringLiteral("c-%1").arg(TranscriptDock::kMaxEndedCalls + extra - 1)) >= 0);
        QCOMPARE(f.dock->callKey(), QStringLiteral("c-live"));
    }

    void screenshotOfADentalCall()
    {
        Fixture f;
        QVERIFY(f.show({460, 640}));
        CallSnapshot call = liveCall(QStringLiteral("c-7f3a"), QStringLiteral("+1 415-555-0142"), 95);
        Q_EMIT f.engine->callUpdated(call);
        struct Line
        {
            const char* speaker;
            qint64 startMs;
            const char* text;
            double confidence;
            bool interrupted;
            bool isFinal;
        };
        const Line lines[] = {
            {"system", 0, "Call connected. Recording is on.", -1, false, true},
            {"agent", 400,
             "Hi, this is an AI assistant calling on behalf of Dana Reyes. This call is recorded. I'd like to book a "
             "dental cleaning for Dana.",
             -1, false, true},
            {"callee", 7900, "Sure, Bright Smile Dental, this is Maria. Is Dana an existing patient?", 0.94, false, true},
            {"agent", 12300, "Yes, she is. Her date of birth is March 3rd, 1988.", -1, false, true},
            {"callee", 16800, "Got it. I have Tuesday the 14th at 9:30 or Thursday the 16th at 2:15.", 0.91, false,
             true},
            {"agent", 22100, "Tuesday at 9:30 would be great, and could you also check whether", -1, true, true},
            {"callee", 25400, "Sorry, the Tuesday slot is a forty-five minute cleaning, is that okay?", 0.88, false,
             true},
            {"supervisor", 30200, "Yes, 45 minutes is fine. Please book it.", 0.97, false, true},
            {"agent", 33800, "Forty-five minutes is fine. Please book Tuesday the 14th at 9:30.", -1, false, true},
            {"callee", 38600, "Perfect, you're all set. We'll send a reminder the day bef", -1, false, false},
        };
        int n = 0;
        for (const Line& line : lines) {
            TranscriptSegment s = seg(call.callKey, QStringLiteral("seg-%1").arg(n++), QString::fromLatin1(line.speaker),
                                      line.startMs, QString::fromUtf8(line.text), line.isFinal);
            s.confidence = line.confidence;
            s.interrupted = line.interrupted;
            Q_EMIT f.engine->transcript(s);
        }
        QTest::keyClicks(f.dock->findChild<QLineEdit*>(QStringLiteral("transcriptSearch")), QStringLiteral("tuesday"));
        f.dock->jumpToLive();
        QTest::qWait(200);
        const QString path = QStringLiteral("/tmp/calldeck-transcript-dock.png");
        QVERIFY(f.dock->grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));

        // Scrolled up in a narrower panel: the rows re-wrap and "Jump to live" floats over the list.
        f.dock->resize(360, 420);
        QTRY_VERIFY_WITH_TIMEOUT(f.dock->view()->verticalScrollBar()->maximum() > 0, kSlowMs);
        f.dock->view()->verticalScrollBar()->setValue(0);
        auto* jump = f.dock->findChild<QPushButton*>(QStringLiteral("transcriptJumpToLive"));
        QTRY_VERIFY_WITH_TIMEOUT(jump->isVisible(), kSlowMs);
        QCOMPARE(jump->text(), QStringLiteral("Jump to live ↓"));
        QTest::qWait(200);
        QVERIFY(f.dock->grab().save(QStringLiteral("/tmp/calldeck-transcript-dock-scrolled.png")));
    }
};

QTEST_MAIN(TestTranscriptDock)
#include "tst_transcript_dock.moc"
