#pragma once

#include "telephony/TunnelManager.h"

#include <QLabel>
#include <QUrl>

namespace calldeck {

/// One line telling the user how Twilio reaches this computer: the tunnel's state and public URL,
/// a configured public URL, or that the call runs on the simulated sandbox line.
class TunnelStatusLabel : public QLabel
{
    Q_OBJECT
public:
    explicit TunnelStatusLabel(QWidget* parent = nullptr);

    /// The selected call runs on the sandbox line: nothing needs to reach this computer.
    void showSandbox();
    /// A Twilio call (or none selected): the tunnel's state and the public URL the engine uses.
    void showTunnel(TunnelManager::State state, const QUrl& publicUrl, const QString& detail);

    [[nodiscard]] static QString sandboxText();
    [[nodiscard]] static QString tunnelText(TunnelManager::State state, const QUrl& publicUrl, const QString& detail);
};

} // namespace calldeck
