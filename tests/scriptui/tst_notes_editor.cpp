// Milestone notes in the live page: typing is saved about a second after it stops (and at once on
// focus out), the page shows "Saved hh:mm:ss" and the counter "n/2000", input beyond 2000
// characters is refused as a whole, and the notes of a milestone are saved before the run moves on.
#include "ScriptUiFixture.h"
#include "script/NotesEditor.h"
#include "script/ScriptDock.h"
#include "script/ScriptLivePage.h"

#include <QClipboard>
#include <QPlainTextEdit>
#include <QtTest>

using namespace calldeck;
using namespace calldeck::testing;

class TestNotesEditor : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ScriptUiFixture> m_fx;
    std::unique_ptr<ScriptDock> m_dock;

    NotesEditor& notes() { return *m_dock->livePage()->notes(); }

    QString storedNotes(int milestone)
    {
        const qint64 id = m_dock->livePage()->run().id;
        const Result<ScriptRunView> run = m_fx->store->runSync([id](QSqlDatabase& db) { return ScriptRunService(db).load(id); });
        return run.ok() && run.value().response(milestone) != nullptr ? run.value().response(milestone)->notes : QStringLiteral("<none>");
    }

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<ScriptUiFixture>();
        QVERIFY(m_fx->open());
        m_dock = std::make_unique<ScriptDock>(*m_fx->hub, *m_fx->settings, nullptr);
        m_dock->resize(600, 1000);
        m_dock->show();
        m_dock->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_dock.get()));
        const Result<ScriptRunView> run = m_fx->startRun(m_fx->dana, ScriptMode::Flexible);
        QVERIFY2(run.ok(), qPrintable(run.error().message));
        m_dock->openRun(run.value().id);
        QTRY_VERIFY_WITH_TIMEOUT(m_dock->isShowingLiveRun(), kSlowMs);
    }

    void cleanup()
    {
        m_dock.reset();
        m_fx.reset();
    }

    void typingIsAutosavedWithTimeAndCounter()
    {
        QCOMPARE(notes().counterText(), QStringLiteral("0/2000"));
        notes().editor()->setFocus();
        QTest::keyClicks(notes().editor(), QStringLiteral("Works alone, 620 clients"));
        QCOMPARE(notes().counterText(), QStringLiteral("24/2000"));
        QVERIFY(notes().hasUnsavedChanges());
        // Nothing is written while typing goes on; the debounce saves once it stops.
        QTRY_COMPARE_WITH_TIMEOUT(storedNotes(1), QStringLiteral("Works alone, 620 clients"), kSlowMs);
        QTRY_VERIFY_WITH_TIMEOUT(notes().statusText().startsWith(QStringLiteral("Saved ")), kSlowMs);
        QVERIFY(QRegularExpression(QStringLiteral("^Saved \\d\\d:\\d\\d:\\d\\d$")).match(notes().statusText()).hasMatch());
        QVERIFY(!notes().hasUnsavedChanges());
    }

    void focusOutSavesAtOnce()
    {
        notes().editor()->setFocus();
        QTest::keyClicks(notes().editor(), QStringLiteral("Call back after 3pm"));
        m_dock->livePage()->nextButton()->setFocus(); // leaves the editor before the debounce fires
        QCOMPARE(notes().statusText(), QStringLiteral("Saving…"));
        QTRY_COMPARE_WITH_TIMEOUT(storedNotes(1), QStringLiteral("Call back after 3pm"), kSlowMs);
    }

    void inputBeyondTheLimitIsRefused()
    {
        const QString nearlyFull(1995, QLatin1Char('a'));
        notes().editor()->setPlainText(nearlyFull);
        QCOMPARE(notes().counterText(), QStringLiteral("1995/2000"));
        notes().editor()->setFocus();
        notes().editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(notes().editor(), QStringLiteral("bcdefgh")); // 5 fit, 2 do not
        QCOMPARE(notes().text().size(), 2000);
        QVERIFY(notes().text().endsWith(QStringLiteral("abcdef")));
        QCOMPARE(notes().counterText(), QStringLiteral("2000/2000"));
        QVERIFY(notes().statusText().contains(QLatin1String("2000")));
        // A paste that would overflow is refused as a whole.
        notes().editor()->setPlainText(nearlyFull);
        notes().editor()->moveCursor(QTextCursor::End);
        notes().editor()->insertPlainText(QStringLiteral("0123456789"));
        QCOMPARE(notes().text(), nearlyFull);
        QTRY_COMPARE_WITH_TIMEOUT(storedNotes(1), nearlyFull, kSlowMs);
    }

    void notesAreSavedBeforeTheMilestoneChanges()
    {
        notes().editor()->setFocus();
        QTest::keyClicks(notes().editor(), QStringLiteral("Skipping the frame, referral"));
        // Next right away (flexible: allowed with items missing): the M1 notes must not be lost.
        m_dock->livePage()->next();
        QTRY_VERIFY_WITH_TIMEOUT(m_dock->livePage()->milestoneText().startsWith(QStringLiteral("M2 ")), kSlowMs);
        QCOMPARE(storedNotes(1), QStringLiteral("Skipping the frame, referral"));
        QCOMPARE(notes().text(), QString());
        QCOMPARE(notes().counterText(), QStringLiteral("0/2000"));
    }

    void notesFromElsewhereDoNotOverwriteTyping()
    {
        notes().editor()->setFocus();
        QTest::keyClicks(notes().editor(), QStringLiteral("mine"));
        const qint64 id = m_dock->livePage()->run().id;
        // Another change of the run arrives while the agent types (e.g. the AI ticks a question).
        const Result<ScriptRunView> changed =
            m_fx->apply([id](ScriptRunService& s) { return s.checkQuestion(id, 1, 0, true, QStringLiteral("ai:offline")); });
        QVERIFY(changed.ok());
        QCOMPARE(notes().text(), QStringLiteral("mine"));
        QTRY_COMPARE_WITH_TIMEOUT(storedNotes(1), QStringLiteral("mine"), kSlowMs);
    }
};

QTEST_MAIN(TestNotesEditor)
#include "tst_notes_editor.moc"
