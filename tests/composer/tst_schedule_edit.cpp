// The schedule pickers of the composer and the manual call form in the user's own time zone
// (users.time_zone): shown and read in it, labelled with it, stored as UTC plus the zone.
#include "ComposerTestSupport.h"

#include "docks/ComposerDock.h"
#include "store/ProfileRepository.h"
#include "store/Store.h"
#include "tasks/AiPlanner.h"
#include "tasks/TaskPlanner.h"
#include "widgets/InstructionForm.h"
#include "widgets/ManualCallForm.h"
#include "widgets/ScheduleEdit.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace calldeck;
using namespace calldeck::composertest;

class TestScheduleEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void profileZoneIsShownAndLabelled()
    {
        ScheduleEdit edit;
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        edit.setProfileTimeZone(QStringLiteral("America/New_York"));
        QCOMPARE(edit.timeZone(), QStringLiteral("America/New_York"));
        QCOMPARE(edit.timeZoneCombo()->currentText(), QStringLiteral("America/New_York"));
        const auto* label = edit.findChild<QLabel*>(QStringLiteral("scheduleTimeZoneLabel"));
        QVERIFY(label != nullptr);
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().contains(QStringLiteral("your time zone, America/New_York")), qPrintable(label->text()));
        QCOMPARE(label->text(), edit.zoneLabelText());

        // The suggested time is an hour ahead on the New York clock, whatever the machine's zone.
        edit.setImmediate(false);
        const QDateTime nowUtc = QDateTime::currentDateTimeUtc();
        const QDateTime suggested = edit.scheduledForUtc();
        QVERIFY2(suggested > nowUtc.addSecs(50 * 60) && suggested < nowUtc.addSecs(70 * 60),
                 qPrintable(suggested.toString(Qt::ISODate)));
        const QDateTime shown = edit.dateTimeEdit()->dateTime();
        const QDateTime newYorkWall = suggested.toTimeZone(QTimeZone("America/New_York"));
        QCOMPARE(shown.date(), newYorkWall.date());
        QCOMPARE(shown.time(), newYorkWall.time());
    }

    void wallClockIsReadInTheChosenZone()
    {
        ScheduleEdit edit;
        edit.setProfileTimeZone(QStringLiteral("America/New_York"));
        edit.setScheduledLocal(QDateTime(QDate(2026, 12, 1), QTime(9, 30)));
        QVERIFY(!edit.isImmediate());
        QCOMPARE(edit.scheduledForUtc(), QDateTime(QDate(2026, 12, 1), QTime(14, 30), QTimeZone::utc()));
        QVERIFY2(edit.zoneLabelText().contains(QStringLiteral("UTC-05:00")), qPrintable(edit.zoneLabelText()));
        // Summer time is the zone's own business: 09:30 in July is 13:30 UTC.
        edit.setScheduledLocal(QDateTime(QDate(2027, 7, 1), QTime(9, 30)));
        QCOMPARE(edit.scheduledForUtc(), QDateTime(QDate(2027, 7, 1), QTime(13, 30), QTimeZone::utc()));

        // Another zone picked by hand for this one call reads the same wall clock there, and says so.
        edit.timeZoneCombo()->setCurrentText(QStringLiteral("Europe/Stockholm"));
        QCOMPARE(edit.timeZone(), QStringLiteral("Europe/Stockholm"));
        QCOMPARE(edit.scheduledForUtc(), QDateTime(QDate(2027, 7, 1), QTime(7, 30), QTimeZone::utc()));
        QVERIFY2(edit.zoneLabelText().contains(QStringLiteral("not your time zone America/New_York")),
                 qPrintable(edit.zoneLabelText()));
        // A later profile change leaves the hand-picked zone and the typed time alone.
        edit.setProfileTimeZone(QStringLiteral("Asia/Tokyo"));
        QCOMPARE(edit.timeZone(), QStringLiteral("Europe/Stockholm"));
        QCOMPARE(edit.dateTimeEdit()->dateTime().time(), QTime(9, 30));
        QVERIFY(edit.zoneLabelText().contains(QStringLiteral("Asia/Tokyo")));
        // An unknown zone is ignored.
        edit.setProfileTimeZone(QStringLiteral("Mars/Olympus_Mons"));
        QCOMPARE(edit.profileTimeZone(), QStringLiteral("Asia/Tokyo"));
    }

    void composerUsesTheProfileZoneAndStoresUtcWithTheZone()
    {
        Store store(QStringLiteral(":memory:"));
        QVERIFY(store.open().ok());
        const Result<UserProfile> saved = store.runSync([](QSqlDatabase& db) {
            ProfileRepository profiles(db);
            UserProfile profile = profiles.profile().valueOr(UserProfile{});
            profile.timeZone = QStringLiteral("Asia/Tokyo");
            return profiles.saveProfile(profile);
        });
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        TaskPlanner planner(store);
        ComposerDock dock(store, planner);
        dock.resize(640, 1100);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        ScheduleEdit* instruction = dock.instructionForm()->scheduleEdit();
        ScheduleEdit* manual = dock.manualForm()->scheduleEdit();
        QTRY_COMPARE_WITH_TIMEOUT(instruction->timeZone(), QStringLiteral("Asia/Tokyo"), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(manual->timeZone(), QStringLiteral("Asia/Tokyo"), 15000);
        QVERIFY(instruction->zoneLabelText().contains(QStringLiteral("Asia/Tokyo")));
        QVERIFY(manual->zoneLabelText().contains(QStringLiteral("Asia/Tokyo")));

        // 10:00 on the Tokyo clock three days ahead: stored as 01:00 UTC with the zone.
        const QDate day = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Tokyo")).date().addDays(3);
        instruction->setScheduledLocal(QDateTime(day, QTime(10, 0)));
        dock.instructionForm()->instructionEdit()->setPlainText(
            QStringLiteral("Call Bright Smile Dental at +1 555 555 0100 and ask for the price of a cleaning"));
        QTest::mouseClick(dock.instructionForm()->planButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(allTasks(store).size(), 1, 15000);
        const CallTask task = allTasks(store).first();
        QCOMPARE(task.timeZone, QStringLiteral("Asia/Tokyo"));
        QCOMPARE(task.scheduledForUtc, QDateTime(day, QTime(1, 0), QTimeZone::utc()));
        QTRY_VERIFY_WITH_TIMEOUT(!dock.isWorking(), 15000);
        QVERIFY(saveScreenshot(&dock, QStringLiteral("composer-schedule-time-zone.png")));
    }
};

QTEST_MAIN(TestScheduleEdit)
#include "tst_schedule_edit.moc"
