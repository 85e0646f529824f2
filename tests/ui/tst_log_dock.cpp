#include "core/Logging.h"
#include "docks/LogDock.h"

#include <QAction>
#include <QLoggingCategory>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace calldeck;

namespace {
Q_LOGGING_CATEGORY(lcTest, "calldeck.test")
} // namespace

class TestLogDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsWarningsAndErrorsAsTheyHappen();
    void startsWithRecentProblemsAndClears();
    void emptyPanelSaysSo();
};

void TestLogDock::showsWarningsAndErrorsAsTheyHappen()
{
    QTemporaryDir dir;
    LogHub hub(dir.path());
    LogDock dock(&hub);
    dock.show();
    QCOMPARE(dock.entryCount(), 0);
    qCInfo(lcTest) << "just information";
    qCWarning(lcTest) << "disk almost full";
    qCCritical(lcTest) << "database locked";
    auto* tree = dock.findChild<QTreeWidget*>(QStringLiteral("logTree"));
    QVERIFY(tree != nullptr);
    // Other warnings (e.g. from the platform plugin) may arrive too; look at ours only.
    const auto ours = [tree] {
        QList<QTreeWidgetItem*> items;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->text(2) == QLatin1String("calldeck.test")) {
                items.append(tree->topLevelItem(i));
            }
        }
        return items;
    };
    QTRY_COMPARE(ours().size(), 2);
    const QList<QTreeWidgetItem*> items = ours();
    QCOMPARE(items.at(0)->text(1), QStringLiteral("Warning"));
    QVERIFY(items.at(0)->text(3).contains(QStringLiteral("disk almost full")));
    QCOMPARE(items.at(1)->text(1), QStringLiteral("Error"));
    QVERIFY(!items.at(1)->icon(1).isNull());
    QVERIFY(dock.openLogFileAction()->isEnabled());
}

void TestLogDock::startsWithRecentProblemsAndClears()
{
    QTemporaryDir dir;
    LogHub hub(dir.path());
    qCWarning(lcTest) << "before the panel existed";
    QTRY_VERIFY(!hub.recentProblems().isEmpty());
    LogDock dock(&hub);
    QCOMPARE(dock.entryCount(), static_cast<int>(hub.recentProblems().size()));
    auto* clear = dock.findChild<QAction*>(QStringLiteral("clearLogAction"));
    QVERIFY(clear != nullptr);
    clear->trigger();
    QCOMPARE(dock.entryCount(), 0);
}

void TestLogDock::emptyPanelSaysSo()
{
    LogDock dock(nullptr);
    auto* stack = dock.findChild<QStackedWidget*>();
    QVERIFY(stack != nullptr);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("emptyLabel"));
    QVERIFY(!dock.openLogFileAction()->isEnabled());
    dock.addEntry(LogEntry{QDateTime::currentDateTimeUtc(), LogLevel::Warning, QStringLiteral("calldeck.test"),
                           QStringLiteral("hello")});
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("logTree"));
}

QTEST_MAIN(TestLogDock)
#include "tst_log_dock.moc"
