// Keyboard shortcuts of the full main window (engine attached, so every panel is there): no key
// sequence is bound twice where both bindings can be live at once, every window-wide shortcut is
// in a menu that shows it, Ctrl+N composes and Ctrl+Shift+N adds a contact, and Help lists them.
#include "MainWindow.h"
#include "calls/Engine.h"
#include "core/Settings.h"
#include "dialogs/ShortcutsDialog.h"
#include "docks/ComposerDock.h"
#include "docks/ContactsDock.h"
#include "fakes/MemoryCredentialStore.h"
#include "store/Store.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialog>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace calldeck;

namespace {

/// One binding of a key sequence and where it is live: the whole window, or widgets.
struct Binding
{
    QKeySequence keys;
    Qt::ShortcutContext context = Qt::WindowShortcut;
    QList<QWidget*> widgets; ///< empty: the whole window
    QString name;
};

bool windowWide(const Binding& b)
{
    return b.context == Qt::WindowShortcut || b.context == Qt::ApplicationShortcut || b.widgets.isEmpty();
}

bool covers(const Binding& b, QWidget* scope, QWidget* other)
{
    return b.context == Qt::WidgetWithChildrenShortcut ? (scope == other || scope->isAncestorOf(other))
                                                       : scope == other;
}

/// Both live at once for some focus widget: Qt then reports an ambiguous overload and runs neither.
bool overlap(const Binding& a, const Binding& b)
{
    if (windowWide(a) || windowWide(b)) {
        return true;
    }
    for (QWidget* wa : a.widgets) {
        for (QWidget* wb : b.widgets) {
            if (covers(a, wa, wb) || covers(b, wb, wa)) {
                return true;
            }
        }
    }
    return false;
}

QList<Binding> bindings(QMainWindow& window)
{
    QList<Binding> all;
    const QList<QAction*> actions = window.findChildren<QAction*>();
    for (QAction* action : actions) {
        QList<QWidget*> widgets;
        bool inMenu = false;
        for (QObject* owner : action->associatedObjects()) {
            if (qobject_cast<QMenu*>(owner) != nullptr || qobject_cast<QMenuBar*>(owner) != nullptr) {
                inMenu = true;
            } else if (auto* widget = qobject_cast<QWidget*>(owner)) {
                widgets.append(widget);
            }
        }
        if (widgets.isEmpty() && !inMenu) {
            continue; // in no widget: its keys do nothing
        }
        for (const QKeySequence& keys : action->shortcuts()) {
            all.append({keys, action->shortcutContext(), inMenu ? QList<QWidget*>{} : widgets,
                        QStringLiteral("action %1 (%2)").arg(action->objectName(), action->text())});
        }
    }
    const QList<QShortcut*> shortcuts = window.findChildren<QShortcut*>();
    for (QShortcut* shortcut : shortcuts) {
        for (const QKeySequence& keys : shortcut->keys()) {
            all.append({keys, shortcut->context(), {shortcut->parentWidget()},
                        QStringLiteral("QShortcut %1").arg(shortcut->objectName())});
        }
    }
    const QList<QAbstractButton*> buttons = window.findChildren<QAbstractButton*>();
    for (QAbstractButton* button : buttons) {
        const QKeySequence keys = button->shortcut();
        if (!keys.isEmpty() && keys != QKeySequence::mnemonic(button->text())) {
            all.append({keys, Qt::WindowShortcut, {},
                        QStringLiteral("button %1 (%2)").arg(button->objectName(), button->text())});
        }
    }
    // The menu bar's own Alt+letter keys open its menus from anywhere in the window.
    for (QAction* top : window.menuBar()->actions()) {
        if (const QKeySequence keys = QKeySequence::mnemonic(top->text()); !keys.isEmpty() && top->isVisible()) {
            all.append({keys, Qt::WindowShortcut, {}, QStringLiteral("menu %1").arg(top->text())});
        }
    }
    return all;
}

bool inMenus(const QMenu* menu, const QAction* wanted)
{
    for (const QAction* action : menu->actions()) {
        if (action == wanted || (action->menu() != nullptr && inMenus(action->menu(), wanted))) {
            return true;
        }
    }
    return false;
}

bool inMenuBar(QMainWindow& window, const QAction* wanted)
{
    for (const QAction* top : window.menuBar()->actions()) {
        if (top->menu() != nullptr && top->isVisible() && inMenus(top->menu(), wanted)) {
            return true;
        }
    }
    return false;
}

QStringList g_ambiguous;

void catchAmbiguous(QtMsgType, const QMessageLogContext&, const QString& message)
{
    if (message.contains(QLatin1String("Ambiguous shortcut"))) {
        g_ambiguous.append(message);
    }
}

} // namespace

class TestShortcuts : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MemoryCredentialStore> m_credentials;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
        m_settings->setValue(SettingKeys::ListenAddress, QStringLiteral("127.0.0.1:0"));
        m_store = std::make_unique<Store>(m_dir->filePath(QStringLiteral("calldeck.sqlite")));
        QVERIFY(m_store->open().ok());
        m_credentials = std::make_unique<MemoryCredentialStore>();
        m_engine = std::make_unique<Engine>(*m_settings, *m_credentials);
        m_engine->setStore(m_store.get());
        m_window = std::make_unique<MainWindow>(UiServices{*m_settings, *m_store, *m_credentials, nullptr, m_engine.get()});
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_engine.reset();
        m_store.reset();
        m_credentials.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void noKeySequenceIsBoundTwice()
    {
        const QList<Binding> all = bindings(*m_window);
        QVERIFY(all.size() > 15);
        QStringList clashes;
        for (int i = 0; i < all.size(); ++i) {
            for (int j = i + 1; j < all.size(); ++j) {
                if (all.at(i).keys == all.at(j).keys && overlap(all.at(i), all.at(j))) {
                    clashes << QStringLiteral("%1: %2 and %3")
                                   .arg(all.at(i).keys.toString(), all.at(i).name, all.at(j).name);
                }
            }
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
    }

    void everyWindowShortcutIsInAMenu()
    {
        QStringList missing;
        const QList<QAction*> actions = m_window->findChildren<QAction*>();
        for (QAction* action : actions) {
            const bool windowWide = action->shortcutContext() == Qt::WindowShortcut
                                    || action->shortcutContext() == Qt::ApplicationShortcut;
            if (!action->shortcut().isEmpty() && windowWide && !action->associatedObjects().isEmpty()
                && !inMenuBar(*m_window, action)) {
                missing << QStringLiteral("%1 (%2)").arg(action->objectName(), action->shortcut().toString());
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));

        // The ones a new user looks for, each with its keys.
        const QList<QPair<QString, QKeySequence>> expected = {
            {QStringLiteral("showComposerAction"), QKeySequence(Qt::CTRL | Qt::Key_N)},
            {QStringLiteral("showTranscriptAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)},
            {QStringLiteral("hangUpAction"), QKeySequence(Qt::CTRL | Qt::Key_H)},
            {QStringLiteral("approveAction"), QKeySequence(Qt::CTRL | Qt::Key_Return)},
            {QStringLiteral("takeoverAction"), QKeySequence(Qt::CTRL | Qt::Key_T)},
            {QStringLiteral("bargeInAction"), QKeySequence(Qt::CTRL | Qt::Key_B)},
            {QStringLiteral("addContactAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)},
            {QStringLiteral("menuShortcuts"), QKeySequence(Qt::Key_F1)},
        };
        for (const auto& [name, keys] : expected) {
            auto* action = m_window->findChild<QAction*>(name);
            QVERIFY2(action != nullptr, qPrintable(name));
            QCOMPARE(action->shortcut(), keys);
            QVERIFY2(inMenuBar(*m_window, action), qPrintable(name));
        }
        // Call-control buttons keep no keys of their own: the menu action holds them once.
        for (const char* name : {"hangUpButton", "approveButton", "takeoverButton"}) {
            auto* button = m_window->findChild<QAbstractButton*>(QLatin1String(name));
            QVERIFY2(button != nullptr, name);
            QVERIFY2(button->shortcut().isEmpty() || button->shortcut() == QKeySequence::mnemonic(button->text()),
                     name);
        }
    }

    void ctrlNComposesAndCtrlShiftNAddsAContact()
    {
        g_ambiguous.clear();
        const QtMessageHandler previous = qInstallMessageHandler(catchAmbiguous);
        ComposerDock* composer = m_window->composerDock();
        QVERIFY(composer != nullptr);
        m_window->contactsDock()->raise();
        composer->hide();
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(composer->isVisible());

        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QDialog*>(QStringLiteral("contactEditDialog"))) != nullptr);
        dialog->reject();
        qInstallMessageHandler(previous);
        QVERIFY2(g_ambiguous.isEmpty(), qPrintable(g_ambiguous.join(u'\n')));
    }

    void helpListsTheShortcuts()
    {
        auto* action = m_window->findChild<QAction*>(QStringLiteral("menuShortcuts"));
        QVERIFY(action != nullptr);
        action->trigger();
        ShortcutsDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ShortcutsDialog*>()) != nullptr);
        QStringList rows;
        for (int row = 0; row < dialog->table()->rowCount(); ++row) {
            rows << QStringLiteral("%1 | %2 | %3")
                        .arg(dialog->table()->item(row, 0)->text(), dialog->table()->item(row, 1)->text(),
                             dialog->table()->item(row, 2)->text());
        }
        const auto has = [&rows](const QKeySequence& keys, const QString& what) {
            const QString prefix = keys.toString(QKeySequence::NativeText) + QStringLiteral(" | ") + what;
            return std::any_of(rows.cbegin(), rows.cend(), [&prefix](const QString& row) { return row.startsWith(prefix); });
        };
        QVERIFY2(has(QKeySequence(Qt::CTRL | Qt::Key_N), QStringLiteral("Compose Call")), qPrintable(rows.join(u'\n')));
        QVERIFY2(has(QKeySequence(Qt::CTRL | Qt::Key_H), QStringLiteral("Hang Up")), qPrintable(rows.join(u'\n')));
        QVERIFY2(has(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), QStringLiteral("Transcript")),
                 qPrintable(rows.join(u'\n')));
        QVERIFY2(has(QKeySequence(Qt::Key_Space), QStringLiteral("Talk into the call")), qPrintable(rows.join(u'\n')));
        QVERIFY2(has(QKeySequence(Qt::Key_F3), QStringLiteral("Find Next")), qPrintable(rows.join(u'\n')));
        dialog->grab().save(m_dir->filePath(QStringLiteral("shortcuts.png")));
        const QString shot = qEnvironmentVariable("CALLDECK_SHOT_DIR");
        if (!shot.isEmpty()) {
            dialog->grab().save(shot + QStringLiteral("/keyboard-shortcuts.png"));
            auto* call = m_window->menuBar()->findChild<QMenu*>(QStringLiteral("callMenu"));
            QVERIFY(call != nullptr);
            call->popup(m_window->mapToGlobal(QPoint(0, 0)));
            QVERIFY(QTest::qWaitForWindowExposed(call));
            call->grab().save(shot + QStringLiteral("/call-menu.png"));
            call->hide();
        }
    }
};

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
