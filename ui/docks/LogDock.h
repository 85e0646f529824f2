#pragma once

#include "core/Logging.h"

#include <QDockWidget>

class QAction;
class QLabel;
class QStackedWidget;
class QTreeWidget;

namespace calldeck {

/// Warnings and errors as they happen: time, level, category, message, with a level icon and
/// colour. Starts with what the LogHub already collected.
class LogDock : public QDockWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxEntries = 2000;

    /// `hub` may be null; then only addEntry() fills the panel and "Open log file" is disabled.
    explicit LogDock(LogHub* hub, QWidget* parent = nullptr);

    [[nodiscard]] int entryCount() const;
    [[nodiscard]] QAction* openLogFileAction() const { return m_openFile; }

public Q_SLOTS:
    void addEntry(const calldeck::LogEntry& entry);
    void clear();
    void openLogFile();

private:
    void updateEmptyState();

    LogHub* m_hub = nullptr;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_empty = nullptr;
    QStackedWidget* m_stack = nullptr;
    QAction* m_openFile = nullptr;
};

} // namespace calldeck
