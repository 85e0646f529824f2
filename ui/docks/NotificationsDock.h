#pragma once

#include "postcall/Notification.h"

#include <QDockWidget>
#include <QHash>

class QLabel;
class QListView;
class QPushButton;
class QTimer;
class QWidget;

namespace calldeck {

class Engine;
class NotificationListModel;
class Store;
class TrayNotifier;

/// The notifications panel (PRODUCT T9): newest unread first, mark read on open, "Mark all read",
/// the unread count in the title and the tray tooltip, a desktop notification for each new one,
/// click-through to the session or task, and Approve / Decline for a live call's approval request.
class NotificationsDock : public QDockWidget
{
    Q_OBJECT
public:
    /// How often the repository is read for notifications other parts of the app added.
    static constexpr int kPollIntervalMs = 5000;
    /// How many notifications the panel lists.
    static constexpr int kListLimit = 200;

    /// `engine` may be null (no live approvals). `store` must outlive the dock.
    NotificationsDock(Store& store, Engine* engine, QWidget* parent = nullptr);

    /// Desktop notifications go through `tray` (not owned; may be null).
    void setTrayNotifier(TrayNotifier* tray);
    [[nodiscard]] NotificationListModel* model() const { return m_model; }
    [[nodiscard]] QListView* view() const { return m_view; }
    [[nodiscard]] int unreadCount() const { return m_unread; }
    /// The approve/decline buttons (visible while the selected row waits for an answer).
    [[nodiscard]] QPushButton* approveButton() const { return m_approve; }
    [[nodiscard]] QPushButton* declineButton() const { return m_decline; }

public Q_SLOTS:
    /// Reads the list and unread count again; notifications newer than the last read go to the tray.
    void refresh();
    /// Marks every notification read.
    void markAllRead();
    /// Opens a row: marks it read and emits openSession() (or openTask() without a session).
    void openRow(int row);
    /// Records a live call's approval request as an "approval needed" notification.
    void addApprovalRequest(const QString& callKey, const QString& approvalId, qint64 amountCents,
                            const QString& description);
    /// Sends the answer for the approval behind `notificationId` to the live call.
    void answerApproval(qint64 notificationId, bool approved);

Q_SIGNALS:
    void openTask(qint64 taskId);
    void openSession(qint64 sessionId);
    void unreadCountChanged(int count);
    /// A one-line message for the status bar.
    void statusMessage(const QString& message);

private:
    struct PendingApproval
    {
        QString callKey;
        QString approvalId;
    };

    void applyList(const QList<Notification>& list, int unread);
    void updateTitle();
    void updateApprovalBar();
    void forgetApprovalsOf(const QString& callKey);

    Store& m_store;
    Engine* m_engine = nullptr;
    TrayNotifier* m_tray = nullptr;
    NotificationListModel* m_model = nullptr;
    QListView* m_view = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_unreadLabel = nullptr;
    QPushButton* m_markAll = nullptr;
    QWidget* m_approvalBar = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_decline = nullptr;
    QTimer* m_poll = nullptr;
    QHash<qint64, PendingApproval> m_approvals; ///< notification id → the live call waiting for it
    qint64 m_newestSeenId = -1;                 ///< −1 until the first load: old ones never pop up
    int m_unread = 0;
    bool m_loading = false;
};

} // namespace calldeck
