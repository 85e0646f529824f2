#include "widgets/TunnelStatusLabel.h"

namespace calldeck {

TunnelStatusLabel::TunnelStatusLabel(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("tunnelStatus"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void TunnelStatusLabel::showSandbox()
{
    setText(sandboxText());
    setToolTip(tr("The sandbox line speaks Twilio's protocol on this computer, with simulated people answering."));
    setStyleSheet({});
}

void TunnelStatusLabel::showTunnel(TunnelManager::State state, const QUrl& publicUrl, const QString& detail)
{
    setText(tunnelText(state, publicUrl, detail));
    setToolTip(detail);
    const bool problem = state == TunnelManager::State::Failed || state == TunnelManager::State::Unhealthy;
    setStyleSheet(problem ? QStringLiteral("color: #c62828;") : QString());
}

QString TunnelStatusLabel::sandboxText()
{
    return tr("Sandbox line — calls are simulated, nothing leaves this computer");
}

QString TunnelStatusLabel::tunnelText(TunnelManager::State state, const QUrl& publicUrl, const QString& detail)
{
    const QString url = publicUrl.toString(QUrl::RemoveUserInfo);
    switch (state) {
    case TunnelManager::State::Starting:
        return tr("Tunnel starting…");
    case TunnelManager::State::Up:
        //: %1 is the tunnel's public https URL.
        return tr("Tunnel up — Twilio reaches this computer at %1").arg(url);
    case TunnelManager::State::Unhealthy:
        //: %1 is the public URL, %2 what the health check saw.
        return tr("Tunnel not answering at %1: %2").arg(url, detail);
    case TunnelManager::State::Failed:
        return detail.isEmpty() ? tr("Tunnel failed") : tr("Tunnel failed: %1").arg(detail);
    case TunnelManager::State::Off:
        break;
    }
    if (publicUrl.isValid() && publicUrl.scheme() == QLatin1String("https")) {
        //: No tunnel, but a public URL is set in the settings; %1 is that URL.
        return tr("Public URL %1 (no tunnel)").arg(url);
    }
    return tr("No public URL — Twilio cannot reach this computer; start a tunnel or set one in Settings");
}

} // namespace calldeck
