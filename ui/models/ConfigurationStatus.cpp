#include "models/ConfigurationStatus.h"

#include "core/FutureWatch.h"
#include "core/Paths.h"
#include "core/Settings.h"

namespace calldeck {

ConfigurationStatus::ConfigurationStatus(Settings& settings, CredentialStore& credentials, QObject* parent)
    : QObject(parent), m_settings(settings), m_resolver(credentials)
{
}

QString ConfigurationStatus::telephonyProvider() const
{
    return m_twilioConfigured ? tr("Twilio") : tr("Sandbox (simulated calls)");
}

QString ConfigurationStatus::aiProvider() const
{
    // Only providers that calls actually use are named; an Anthropic key is stored but no agent
    // speaks to Anthropic, so showing it would promise what does not happen.
    return m_openAi ? tr("OpenAI") : tr("None (offline agent)");
}

QString ConfigurationStatus::keychainText() const
{
    switch (m_keychainState) {
    case KeychainState::Unknown:
        return tr("Checking…");
    case KeychainState::Available:
        return tr("Available");
    case KeychainState::Unavailable:
        return tr("Unavailable");
    }
    return {};
}

void ConfigurationStatus::refresh()
{
    const int generation = ++m_generation;
    m_twilioSid = m_settings.value(SettingKeys::TwilioAccountSid).trimmed();
    m_publicUrl = m_settings.value(SettingKeys::PublicUrl).trimmed();
    m_dataDir = Paths::dataDir();
    m_keychainState = m_probeFailure.isEmpty() ? KeychainState::Unknown : KeychainState::Unavailable;
    m_keychainMessage = m_probeFailure;
    const QList<Secret> secrets{Secret::TwilioAuthToken, Secret::OpenAiApiKey, Secret::AnthropicApiKey};
    m_outstanding = static_cast<int>(secrets.size());
    for (const Secret secret : secrets) {
        const auto pending = m_resolver.resolve(secret);
        whenFinished(this, pending, [this, generation, secret](const Result<ResolvedSecret>& result) {
            if (generation != m_generation) {
                return;
            }
            const bool present = result.ok() && !result.value().value.isEmpty();
            if (!result.ok()) {
                m_keychainState = KeychainState::Unavailable;
                m_keychainMessage = result.error().message;
            } else if (result.value().source != ResolvedSecret::Source::Environment
                       && m_keychainState == KeychainState::Unknown) {
                m_keychainState = KeychainState::Available;
            }
            switch (secret) {
            case Secret::TwilioAuthToken:
                m_twilioConfigured = present && !m_twilioSid.isEmpty();
                break;
            case Secret::OpenAiApiKey:
                m_openAi = present;
                break;
            case Secret::AnthropicApiKey:
            case Secret::TwilioApiKeySecret:
                break;
            }
            finishOne(generation);
        });
    }
}

void ConfigurationStatus::reportKeychainProbe(const Status& probe)
{
    m_probeFailure = probe.ok() ? QString() : probe.error().message;
    refresh();
}

void ConfigurationStatus::finishOne(int generation)
{
    if (generation != m_generation || --m_outstanding > 0) {
        return;
    }
    if (m_keychainState == KeychainState::Unavailable) {
        Q_EMIT keychainUnavailable(m_keychainMessage);
    }
    Q_EMIT changed();
}

} // namespace calldeck
