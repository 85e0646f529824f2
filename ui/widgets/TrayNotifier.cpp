#include "TrayNotifier.h"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>

namespace calldeck {

TrayNotifier::TrayNotifier(Mode mode, QObject* parent)
    : QObject(parent)
{
    setUnreadCount(0);
    if (mode == Mode::Disabled || !QSystemTrayIcon::isSystemTrayAvailable()) {
        return;
    }
    m_tray = new QSystemTrayIcon(QApplication::windowIcon().isNull()
                                     ? QApplication::style()->standardIcon(QStyle::SP_ComputerIcon)
                                     : QApplication::windowIcon(),
                                 this);
    m_tray->setToolTip(m_toolTip);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] { Q_EMIT notificationClicked(m_last); });
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
            Q_EMIT activated();
        }
    });
    m_tray->show();
}

TrayNotifier::~TrayNotifier() = default;

bool TrayNotifier::isTrayVisible() const
{
    return m_tray != nullptr && m_tray->isVisible();
}

void TrayNotifier::notify(const Notification& notification)
{
    m_last = notification;
    if (m_tray != nullptr && QSystemTrayIcon::supportsMessages()) {
        const QSystemTrayIcon::MessageIcon icon = notification.type == NotificationType::Failed
                                                      ? QSystemTrayIcon::Critical
                                                      : (notification.type == NotificationType::ApprovalNeeded
                                                             ? QSystemTrayIcon::Warning
                                                             : QSystemTrayIcon::Information);
        m_tray->showMessage(notification.title, notification.body, icon, kMessageDurationMs);
    }
    Q_EMIT notified(notification.title, notification.body);
}

void TrayNotifier::setUnreadCount(int count)
{
    m_toolTip = count > 0 ? tr("CallDeck \u2014 %n unread notification(s)", nullptr, count) : tr("CallDeck");
    if (m_tray != nullptr) {
        m_tray->setToolTip(m_toolTip);
    }
}

} // namespace calldeck
