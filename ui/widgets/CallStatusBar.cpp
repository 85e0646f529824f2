#include "widgets/CallStatusBar.h"

#include "models/ConfigurationStatus.h"

#include <QLabel>

namespace calldeck {

CallStatusBar::CallStatusBar(QWidget* parent)
    : QStatusBar(parent),
      m_provider(new QLabel(this)),
      m_publicUrl(new QLabel(this)),
      m_calls(new QLabel(this)),
      m_keychain(new QLabel(this))
{
    m_provider->setObjectName(QStringLiteral("providerLabel"));
    m_publicUrl->setObjectName(QStringLiteral("publicUrlLabel"));
    m_calls->setObjectName(QStringLiteral("activeCallsLabel"));
    m_keychain->setObjectName(QStringLiteral("keychainLabel"));
    m_keychain->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_keychain->setVisible(false);
    addWidget(m_keychain);
    addPermanentWidget(m_provider);
    addPermanentWidget(m_publicUrl);
    addPermanentWidget(m_calls);
    setActiveCalls(0);
}

void CallStatusBar::showConfiguration(const ConfigurationStatus& status)
{
    //: Status bar; %1 is the telephony provider, e.g. "Twilio".
    m_provider->setText(tr("Telephony: %1").arg(status.telephonyProvider()));
    m_publicUrl->setText(status.publicUrl().isEmpty() ? tr("No public URL") : status.publicUrl());
    m_publicUrl->setToolTip(tr("Public URL Twilio uses to reach this computer"));
    const bool broken = status.keychainState() == ConfigurationStatus::KeychainState::Unavailable;
    m_keychain->setVisible(broken);
    m_keychain->setText(broken ? tr("Keychain unavailable — secrets cannot be read or saved") : QString());
    m_keychain->setToolTip(status.keychainMessage());
}

QString CallStatusBar::providerText() const
{
    return m_provider->text();
}

QString CallStatusBar::publicUrlText() const
{
    return m_publicUrl->text();
}

QString CallStatusBar::activeCallsText() const
{
    return m_calls->text();
}

void CallStatusBar::updateCall(const CallSnapshot& call)
{
    if (call.isLive()) {
        m_liveCallKeys.insert(call.callKey);
    } else {
        m_liveCallKeys.remove(call.callKey);
    }
    if (m_liveCallKeys.size() != m_activeCalls) {
        setActiveCalls(static_cast<int>(m_liveCallKeys.size()));
    }
}

void CallStatusBar::setActiveCalls(int count)
{
    m_activeCalls = count;
    //: Status bar counter of calls in progress.
    m_calls->setText(tr("Active calls: %n", nullptr, count));
}

} // namespace calldeck
