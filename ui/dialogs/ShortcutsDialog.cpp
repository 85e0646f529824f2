#include "dialogs/ShortcutsDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace calldeck {

namespace {

/// "&Compose Call…" → "Compose Call".
QString plain(QString text)
{
    text.remove(QStringLiteral("…"));
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text.trimmed();
}

void collectMenu(QMenu* menu, const QString& path, QList<ShortcutEntry>& entries, QSet<const QAction*>& seen)
{
    for (QAction* action : menu->actions()) {
        if (action->menu() != nullptr) {
            collectMenu(action->menu(), path + QStringLiteral(" ▸ ") + plain(action->text()), entries, seen);
            continue;
        }
        if (action->shortcut().isEmpty() || seen.contains(action)) {
            continue;
        }
        seen.insert(action);
        entries.append({action->shortcut(), plain(action->text()), path});
    }
}

/// The panel (dock) title a widget sits in, or the window's title.
QString placeOf(const QWidget* widget)
{
    for (const QWidget* w = widget; w != nullptr; w = w->parentWidget()) {
        if (const auto* dock = qobject_cast<const QDockWidget*>(w)) {
            return dock->windowTitle();
        }
    }
    return widget != nullptr ? plain(widget->window()->windowTitle()) : QString();
}

} // namespace

QList<ShortcutEntry> ShortcutsDialog::collect(QMainWindow& window)
{
    QList<ShortcutEntry> entries;
    QSet<const QAction*> seen;
    for (QAction* top : window.menuBar()->actions()) {
        if (top->menu() != nullptr && top->isVisible()) {
            collectMenu(top->menu(), plain(top->text()), entries, seen);
        }
    }
    const QList<QAction*> actions = window.findChildren<QAction*>();
    for (QAction* action : actions) {
        if (action->shortcut().isEmpty() || seen.contains(action)) {
            continue;
        }
        const QList<QObject*> owners = action->associatedObjects();
        const auto widget = std::find_if(owners.cbegin(), owners.cend(),
                                         [](QObject* o) { return qobject_cast<QWidget*>(o) != nullptr; });
        if (widget == owners.cend()) {
            continue; // not added to any widget: its keys do nothing
        }
        seen.insert(action);
        entries.append({action->shortcut(), plain(action->text()), placeOf(qobject_cast<QWidget*>(*widget))});
    }
    const QList<QAbstractButton*> buttons = window.findChildren<QAbstractButton*>();
    for (QAbstractButton* button : buttons) {
        if (!button->shortcut().isEmpty() && button->shortcut() != QKeySequence::mnemonic(button->text())) {
            entries.append({button->shortcut(), plain(button->text()), placeOf(button)});
        }
    }
    //: Keyboard shortcut list: what holding Space does in the call monitor.
    entries.append({QKeySequence(Qt::Key_Space), tr("Talk into the call while held (push to talk)"),
                    tr("Call Monitor")});
    return entries;
}

ShortcutsDialog::ShortcutsDialog(QMainWindow& window, QWidget* parent) : QDialog(parent), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("Action"), tr("Where")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    const QList<ShortcutEntry> entries = collect(window);
    m_table->setRowCount(static_cast<int>(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const ShortcutEntry& entry = entries.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(entry.keys.toString(QKeySequence::NativeText)));
        m_table->setItem(row, 1, new QTableWidgetItem(entry.what));
        m_table->setItem(row, 2, new QTableWidgetItem(entry.where));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(560, 520);
}

} // namespace calldeck
