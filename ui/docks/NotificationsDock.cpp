#include "NotificationsDock.h"

#include "calls/Engine.h"
#include "core/FutureWatch.h"
#include "models/NotificationListModel.h"
#include "postcall/NotificationComposer.h"
#include "postcall/NotificationRepository.h"
#include "store/CallRepository.h"
#include "store/Store.h"
#include "widgets/NotificationDelegate.h"
#include "widgets/TrayNotifier.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSet>
#include <QTimer>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcNotificationsDock, "calldeck.ui.notifications")

namespace calldeck {

namespace {

struct NotificationList
{
    Result<QList<Notification>> list = QList<Notification>{};
    Result<int> unread = 0;
};

} // namespace

NotificationsDock::NotificationsDock(Store& store, Engine* engine, QWidget* parent)
    : QDockWidget(tr("Notifications"), parent),
      m_store(store),
      m_engine(engine),
      m_model(new NotificationListModel(this)),
      m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("NotificationsDock"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);

    auto* top = new QHBoxLayout;
    m_unreadLabel = new QLabel(content);
    m_markAll = new QPushButton(tr("Mark all read"), content);
    m_markAll->setObjectName(QStringLiteral("markAllRead"));
    top->addWidget(m_unreadLabel, 1);
    top->addWidget(m_markAll);
    layout->addLayout(top);

    m_view = new QListView(content);
    m_view->setObjectName(QStringLiteral("notificationList"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new NotificationDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setUniformItemSizes(true);
    m_view->setAccessibleName(tr("Notifications"));
    layout->addWidget(m_view, 1);

    m_empty = new QLabel(tr("No notifications yet. Finished calls, questions from the assistant and approval "
                            "requests appear here."),
                         content);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    layout->addWidget(m_empty, 1);

    m_approvalBar = new QWidget(content);
    auto* approvalLayout = new QHBoxLayout(m_approvalBar);
    approvalLayout->setContentsMargins(0, 0, 0, 0);
    approvalLayout->addWidget(new QLabel(tr("The call waits for your answer:"), m_approvalBar), 1);
    m_approve = new QPushButton(tr("Approve"), m_approvalBar);
    m_approve->setObjectName(QStringLiteral("approve"));
    m_decline = new QPushButton(tr("Decline"), m_approvalBar);
    m_decline->setObjectName(QStringLiteral("decline"));
    approvalLayout->addWidget(m_approve);
    approvalLayout->addWidget(m_decline);
    m_approvalBar->hide();
    layout->addWidget(m_approvalBar);
    setWidget(content);

    connect(m_markAll, &QPushButton::clicked, this, &NotificationsDock::markAllRead);
    connect(m_view, &QListView::activated, this, [this](const QModelIndex& index) { openRow(index.row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &NotificationsDock::updateApprovalBar);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NotificationsDock::updateApprovalBar);
    const auto answerSelected = [this](bool approved) {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid()) {
            answerApproval(current.data(NotificationListModel::IdRole).toLongLong(), approved);
        }
    };
    connect(m_approve, &QPushButton::clicked, this, [answerSelected] { answerSelected(true); });
    connect(m_decline, &QPushButton::clicked, this, [answerSelected] { answerSelected(false); });

    if (m_engine != nullptr) {
        connect(m_engine, &Engine::approvalRequested, this, &NotificationsDock::addApprovalRequest);
        // "post-call" comes after the call was stored and its notification added.
        connect(m_engine, &Engine::callEvent, this, [this](const QString& key, const QString& kind, const QString&) {
            if (kind == QLatin1String("post-call")) {
                refresh();
            } else if (kind == QLatin1String("ended")) {
                forgetApprovalsOf(key);
            }
        });
    }
    m_poll->setInterval(kPollIntervalMs);
    connect(m_poll, &QTimer::timeout, this, &NotificationsDock::refresh);
    m_poll->start();
    updateTitle();
    refresh();
}

void NotificationsDock::setTrayNotifier(TrayNotifier* tray)
{
    m_tray = tray;
    if (m_tray != nullptr) {
        m_tray->setUnreadCount(m_unread);
        connect(m_tray, &TrayNotifier::notificationClicked, this, [this](const Notification& notification) {
            const int row = m_model->rowOf(notification.id);
            if (row >= 0) {
                openRow(row);
            }
        });
    }
}

void NotificationsDock::refresh()
{
    if (m_loading) {
        return; // a slow store must not pile up reads from the poll timer
    }
    m_loading = true;
    const auto pending = m_store.run([](QSqlDatabase& db) {
        NotificationRepository repository(db);
        NotificationList result;
        result.list = repository.list(NotificationFilter::UnreadFirst, kListLimit);
        result.unread = repository.unreadCount();
        return result;
    });
    whenFinished(this, pending, [this](const NotificationList& result) {
        m_loading = false;
        if (!result.list.ok() || !result.unread.ok()) {
            const QString message = !result.list.ok() ? result.list.error().message : result.unread.error().message;
            qCWarning(lcNotificationsDock).noquote() << "Could not read the notifications:" << message;
            Q_EMIT statusMessage(message);
            return;
        }
        applyList(result.list.value(), result.unread.value());
    });
}

void NotificationsDock::applyList(const QList<Notification>& list, int unread)
{
    const qint64 previousNewest = m_newestSeenId;
    qint64 newest = std::max<qint64>(m_newestSeenId, 0);
    QList<Notification> fresh;
    for (const Notification& notification : list) {
        newest = std::max(newest, notification.id);
        if (previousNewest >= 0 && notification.id > previousNewest && !notification.isRead()) {
            fresh.append(notification);
        }
    }
    m_newestSeenId = newest;

    const QModelIndex current = m_view->currentIndex();
    const qint64 currentId = current.isValid() ? current.data(NotificationListModel::IdRole).toLongLong() : 0;
    m_model->setNotifications(list);
    m_model->setPendingApprovals(QSet<qint64>(m_approvals.keyBegin(), m_approvals.keyEnd()));
    if (const int row = m_model->rowOf(currentId); row >= 0) {
        m_view->setCurrentIndex(m_model->index(row));
    }
    const bool changed = unread != m_unread;
    m_unread = unread;
    updateTitle();
    if (changed) {
        Q_EMIT unreadCountChanged(m_unread);
    }
    // Oldest first so the last balloon (the one that stays up) is the newest.
    std::sort(fresh.begin(), fresh.end(), [](const Notification& a, const Notification& b) { return a.id < b.id; });
    for (const Notification& notification : std::as_const(fresh)) {
        if (m_tray != nullptr) {
            m_tray->notify(notification);
        }
    }
}

void NotificationsDock::markAllRead()
{
    const auto pending = m_store.run([](QSqlDatabase& db) { return NotificationRepository(db).markAllRead(); });
    whenFinished(this, pending, [this](const Result<int>& result) {
        if (!result.ok()) {
            Q_EMIT statusMessage(result.error().message);
            return;
        }
        refresh();
    });
}

void NotificationsDock::openRow(int row)
{
    const Notification notification = m_model->notificationAt(row);
    if (notification.id == 0) {
        return;
    }
    if (!notification.isRead()) {
        m_model->markRead(notification.id, QDateTime::currentDateTimeUtc());
        m_unread = std::max(0, m_unread - 1);
        updateTitle();
        Q_EMIT unreadCountChanged(m_unread);
        const qint64 id = notification.id;
        const auto pending = m_store.run([id](QSqlDatabase& db) { return NotificationRepository(db).markRead(id); });
        whenFinished(this, pending, [this](const Status& status) {
            if (!status.ok()) {
                Q_EMIT statusMessage(status.error().message);
                refresh();
            }
        });
    }
    if (notification.sessionId > 0) {
        Q_EMIT openSession(notification.sessionId);
    } else if (notification.taskId > 0) {
        Q_EMIT openTask(notification.taskId);
    }
}

void NotificationsDock::addApprovalRequest(const QString& callKey, const QString& approvalId, qint64 amountCents,
                                           const QString& description)
{
    const auto pending = m_store.run([callKey, amountCents, description](QSqlDatabase& db) -> Result<Notification> {
        CallRepository calls(db);
        const Result<qint64> sessionId = calls.sessionIdForCallKey(callKey);
        if (!sessionId) {
            return sessionId.error();
        }
        const Result<CallRecordView> record = calls.load(sessionId.value());
        if (!record) {
            return record.error();
        }
        const CallRecordView& view = record.value();
        const QString callee = view.taskTitle.isEmpty() ? view.toE164 : view.taskTitle;
        return NotificationRepository(db).add(
            NotificationComposer::approvalNeeded(view.taskId, view.sessionId, callee, amountCents, description));
    });
    whenFinished(this, pending, [this, callKey, approvalId](const Result<Notification>& result) {
        if (!result.ok()) {
            qCWarning(lcNotificationsDock).noquote() << "Could not record the approval request:"
                                                     << result.error().message;
            Q_EMIT statusMessage(result.error().message);
            return;
        }
        m_approvals.insert(result.value().id, PendingApproval{callKey, approvalId});
        refresh();
    });
}

void NotificationsDock::answerApproval(qint64 notificationId, bool approved)
{
    const auto found = m_approvals.constFind(notificationId);
    if (found == m_approvals.cend()) {
        Q_EMIT statusMessage(tr("No call is waiting for this answer any more."));
        return;
    }
    const PendingApproval approval = found.value();
    m_approvals.erase(found);
    const bool delivered =
        m_engine != nullptr && m_engine->answerApproval(approval.callKey, approval.approvalId, approved);
    if (delivered) {
        Q_EMIT statusMessage(approved ? tr("Approved; the assistant continues the call.")
                                      : tr("Declined; the assistant tells the other side."));
    } else {
        Q_EMIT statusMessage(tr("The call ended before your answer arrived."));
    }
    if (const int row = m_model->rowOf(notificationId); row >= 0) {
        openRow(row);
    }
    m_model->setPendingApprovals(QSet<qint64>(m_approvals.keyBegin(), m_approvals.keyEnd()));
    updateApprovalBar();
}

void NotificationsDock::updateTitle()
{
    setWindowTitle(m_unread > 0 ? tr("Notifications (%1)").arg(m_unread) : tr("Notifications"));
    m_unreadLabel->setText(m_unread > 0 ? tr("%n unread", nullptr, m_unread) : tr("All read"));
    m_markAll->setEnabled(m_unread > 0);
    const bool empty = m_model->rowCount() == 0;
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
    if (m_tray != nullptr) {
        m_tray->setUnreadCount(m_unread);
    }
}

void NotificationsDock::updateApprovalBar()
{
    const QModelIndex current = m_view->currentIndex();
    m_approvalBar->setVisible(current.isValid() && current.data(NotificationListModel::ApprovalPendingRole).toBool());
}

void NotificationsDock::forgetApprovalsOf(const QString& callKey)
{
    for (auto it = m_approvals.begin(); it != m_approvals.end();) {
        it = it.value().callKey == callKey ? m_approvals.erase(it) : std::next(it);
    }
    m_model->setPendingApprovals(QSet<qint64>(m_approvals.keyBegin(), m_approvals.keyEnd()));
    updateApprovalBar();
}

} // namespace calldeck
