#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

class QMainWindow;
class QTableWidget;

namespace calldeck {

/// One keyboard shortcut as the user reads it.
struct ShortcutEntry
{
    QKeySequence keys;
    QString what;  ///< "Compose Call"
    QString where; ///< the menu or panel that has it ("Call", "Transcript")
};

/// Help ▸ Keyboard Shortcuts: every shortcut of the window, read from the menus and panels as they
/// are (so the list never drifts from the bindings), in a table.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QMainWindow& window, QWidget* parent = nullptr);

    [[nodiscard]] QTableWidget* table() const { return m_table; }

    /// The window's shortcuts: menu actions in menu order, then panel actions and buttons, then
    /// the keys panels handle themselves (Space to talk in the monitor).
    static QList<ShortcutEntry> collect(QMainWindow& window);

private:
    QTableWidget* m_table = nullptr;
};

} // namespace calldeck
