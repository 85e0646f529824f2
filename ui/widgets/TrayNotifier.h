#pragma once

#include "postcall/Notification.h"

#include <QObject>

class QSystemTrayIcon;

namespace calldeck {

/// Desktop notifications through the system tray (PRODUCT T9, P1). Degrades gracefully: without
/// a tray (no desktop, offscreen, or Mode::Disabled) nothing is shown, but every notification
/// still goes through notify() and notified(), so the rest of the app behaves the same.
class TrayNotifier : public QObject
{
    Q_OBJECT
public:
    enum class Mode
    {
        System,   ///< use the system tray when the desktop has one
        Disabled, ///< never show a tray icon (tests, --no-tray)
    };

    /// How long a desktop balloon stays up.
    static constexpr int kMessageDurationMs = 8000;

    explicit TrayNotifier(Mode mode, QObject* parent = nullptr);
    ~TrayNotifier() override;

    /// True when a tray icon is shown.
    [[nodiscard]] bool isTrayVisible() const;
    /// The tooltip text ("CallDeck — 3 unread notifications").
    [[nodiscard]] QString toolTip() const { return m_toolTip; }
    /// The notification the last balloon was about.
    [[nodiscard]] Notification lastNotification() const { return m_last; }

public Q_SLOTS:
    /// Shows a desktop notification for `notification` (when a tray is there) and emits notified().
    void notify(const calldeck::Notification& notification);
    /// Updates the tooltip with the unread count.
    void setUnreadCount(int count);

Q_SIGNALS:
    /// A desktop notification went out (shown when a tray exists).
    void notified(const QString& title, const QString& body);
    /// The user clicked the balloon of `notification`.
    void notificationClicked(const calldeck::Notification& notification);
    /// The user clicked the tray icon itself (to bring the window up).
    void activated();

private:
    QSystemTrayIcon* m_tray = nullptr;
    QString m_toolTip;
    Notification m_last;
};

} // namespace calldeck
