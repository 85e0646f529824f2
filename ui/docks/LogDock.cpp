#include "docks/LogDock.h"

#include <QAction>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace calldeck {

namespace {

enum Column
{
    TimeColumn,
    LevelColumn,
    CategoryColumn,
    MessageColumn,
};

QString levelText(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug:
        return LogDock::tr("Debug");
    case LogLevel::Info:
        return LogDock::tr("Info");
    case LogLevel::Warning:
        return LogDock::tr("Warning");
    case LogLevel::Error:
        return LogDock::tr("Error");
    }
    return {};
}

} // namespace

LogDock::LogDock(LogHub* hub, QWidget* parent) : QDockWidget(tr("Log"), parent), m_hub(hub)
{
    setObjectName(QStringLiteral("LogDock"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 6, 6, 6);

    m_tree = new QTreeWidget(body);
    m_tree->setObjectName(QStringLiteral("logTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setHeaderLabels({tr("Time"), tr("Level"), tr("Category"), tr("Message")});
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(TimeColumn, 80);
    m_tree->setColumnWidth(LevelColumn, 90);
    m_tree->setColumnWidth(CategoryColumn, 140);

    m_empty = new QLabel(tr("No warnings or errors so far."), body);
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_stack = new QStackedWidget(body);
    m_stack->addWidget(m_tree);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    auto* clearAction = new QAction(tr("C&lear"), this);
    clearAction->setObjectName(QStringLiteral("clearLogAction"));
    clearAction->setToolTip(tr("Remove every line from this panel (the log file keeps them)"));
    m_openFile = new QAction(tr("&Open Log File"), this);
    m_openFile->setObjectName(QStringLiteral("openLogFileAction"));
    m_openFile->setEnabled(hub != nullptr);
    if (hub != nullptr) {
        m_openFile->setToolTip(hub->currentLogFile());
    }
    auto* buttons = new QHBoxLayout;
    for (QAction* action : {clearAction, m_openFile}) {
        auto* button = new QToolButton(body);
        button->setDefaultAction(action);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    setWidget(body);

    connect(clearAction, &QAction::triggered, this, &LogDock::clear);
    connect(m_openFile, &QAction::triggered, this, &LogDock::openLogFile);
    if (hub != nullptr) {
        const QList<LogEntry> recent = hub->recentProblems();
        for (const LogEntry& entry : recent) {
            addEntry(entry);
        }
        connect(hub, &LogHub::problemLogged, this, &LogDock::addEntry);
    }
    updateEmptyState();
}

int LogDock::entryCount() const
{
    return m_tree->topLevelItemCount();
}

void LogDock::addEntry(const LogEntry& entry)
{
    auto* item = new QTreeWidgetItem;
    const QDateTime local = entry.timestampUtc.toLocalTime();
    item->setText(TimeColumn, local.toString(QStringLiteral("HH:mm:ss")));
    item->setToolTip(TimeColumn, QLocale().toString(local, QLocale::LongFormat));
    item->setText(LevelColumn, levelText(entry.level));
    item->setText(CategoryColumn, entry.category);
    item->setText(MessageColumn, entry.message);
    item->setToolTip(MessageColumn, entry.message);
    const bool isError = entry.level == LogLevel::Error;
    item->setIcon(LevelColumn, style()->standardIcon(isError ? QStyle::SP_MessageBoxCritical
                                                             : QStyle::SP_MessageBoxWarning));
    const QColor colour = isError ? QColor(0xc6, 0x28, 0x28) : QColor(0xb2, 0x6a, 0x00);
    item->setForeground(LevelColumn, colour);
    item->setForeground(MessageColumn, colour);
    m_tree->addTopLevelItem(item);
    while (m_tree->topLevelItemCount() > kMaxEntries) {
        delete m_tree->takeTopLevelItem(0);
    }
    m_tree->scrollToBottom();
    updateEmptyState();
}

void LogDock::clear()
{
    m_tree->clear();
    updateEmptyState();
}

void LogDock::openLogFile()
{
    if (m_hub != nullptr) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_hub->currentLogFile()));
    }
}

void LogDock::updateEmptyState()
{
    m_stack->setCurrentWidget(m_tree->topLevelItemCount() == 0 ? static_cast<QWidget*>(m_empty) : m_tree);
}

} // namespace calldeck
