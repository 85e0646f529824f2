#pragma once

#include "tasks/TaskStatus.h"

#include <QDockWidget>

#include <optional>

class QComboBox;
class QListWidget;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace calldeck {

class PostCallProcessor;
class SessionDetailView;
class Store;
class TaskListModel;

/// Call history (PRODUCT T6, T9): tasks with status and date filters, the selected task's
/// overview, plan and call attempts, and the selected attempt in detail. Actions: create a
/// prefilled follow-up task, mark resolved, re-run post-call processing.
class HistoryDock : public QDockWidget
{
    Q_OBJECT
public:
    /// The date filter's choices.
    enum class Period
    {
        AnyTime,
        Today,
        Last7Days,
        Last30Days,
    };

    /// `store` must outlive the dock.
    explicit HistoryDock(Store& store, QWidget* parent = nullptr);

    [[nodiscard]] TaskListModel* model() const { return m_model; }
    [[nodiscard]] QTableView* taskTable() const { return m_table; }
    [[nodiscard]] QTextBrowser* taskOverview() const { return m_taskOverview; }
    [[nodiscard]] QListWidget* sessionList() const { return m_sessions; }
    [[nodiscard]] SessionDetailView* sessionDetail() const { return m_detail; }
    [[nodiscard]] QPushButton* followUpButton() const { return m_followUp; }
    [[nodiscard]] QPushButton* resolveButton() const { return m_resolve; }
    [[nodiscard]] QPushButton* reprocessButton() const { return m_reprocess; }
    /// The task shown in the detail pane; 0 when none.
    [[nodiscard]] qint64 currentTaskId() const { return m_taskId; }
    /// The instruction the follow-up form starts with: the last call's suggested follow-up, else
    /// the task's own instruction.
    [[nodiscard]] QString followUpSuggestion() const;

public Q_SLOTS:
    /// Reads the list again with the current filters (keeps the selection).
    void refresh();
    /// Shows only tasks in `status` (nothing: all).
    void setStatusFilter(std::optional<calldeck::TaskStatus> status);
    void setPeriod(calldeck::HistoryDock::Period period);
    /// Selects the task and shows its newest attempt.
    void openTask(qint64 taskId);
    /// Selects the attempt's task and shows the attempt.
    void openSession(qint64 sessionId);
    /// Opens the follow-up form, prefilled with followUpSuggestion().
    void chooseFollowUp();
    /// Creates the follow-up task of the current task with `instruction`.
    void createFollowUp(const QString& instruction);
    void markResolved();
    /// Runs post-call processing of the shown attempt again (no new notification).
    void reprocessSession();

Q_SIGNALS:
    /// The list was read (after every refresh).
    void refreshed();
    /// The session detail shows a new record.
    void sessionShown(qint64 sessionId);
    /// A follow-up task was created.
    void followUpCreated(qint64 taskId);
    void statusMessage(const QString& message);

private:
    void showTask(int row);
    void loadSession(qint64 sessionId);
    void selectRow(int row);

    Store& m_store;
    PostCallProcessor* m_postCall = nullptr;
    TaskListModel* m_model = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_period = nullptr;
    QTableView* m_table = nullptr;
    QTextBrowser* m_taskOverview = nullptr;
    QListWidget* m_sessions = nullptr;
    SessionDetailView* m_detail = nullptr;
    QPushButton* m_followUp = nullptr;
    QPushButton* m_resolve = nullptr;
    QPushButton* m_reprocess = nullptr;
    qint64 m_taskId = 0;
    qint64 m_pendingTaskId = 0;    ///< to select once the list is read
    qint64 m_pendingSessionId = 0; ///< to show once the list is read
};

} // namespace calldeck
