#pragma once

#include "core/Result.h"
#include "secrets/SecretResolver.h"

#include <QObject>
#include <QString>

namespace calldeck {

class Settings;

/// What is configured right now, for the overview page and the status bar: which telephony
/// provider calls would use, which AI provider, the public URL and whether the keychain answers.
class ConfigurationStatus : public QObject
{
    Q_OBJECT
public:
    enum class KeychainState
    {
        Unknown,
        Available,
        Unavailable,
    };

    ConfigurationStatus(Settings& settings, CredentialStore& credentials, QObject* parent = nullptr);

    /// Re-reads settings and resolves the secrets; emits changed() when everything is known.
    void refresh();
    /// The result of a startup check that the keychain accepts writes. Reading alone cannot tell
    /// "no keychain" from "nothing stored" with every backend, so the app probes once and reports here.
    void reportKeychainProbe(const Status& probe);

    [[nodiscard]] bool twilioConfigured() const { return m_twilioConfigured; }
    /// "Twilio" or "Sandbox (simulated calls)".
    [[nodiscard]] QString telephonyProvider() const;
    /// The AI provider calls use: "OpenAI" (or a compatible server) or "None (offline agent)".
    [[nodiscard]] QString aiProvider() const;
    [[nodiscard]] QString publicUrl() const { return m_publicUrl; }
    [[nodiscard]] QString dataDir() const { return m_dataDir; }
    [[nodiscard]] KeychainState keychainState() const { return m_keychainState; }
    /// The keychain's own explanation (with the fix) when it is unavailable.
    [[nodiscard]] QString keychainMessage() const { return m_keychainMessage; }
    [[nodiscard]] QString keychainText() const;

Q_SIGNALS:
    void changed();
    /// Emitted once per refresh in which the keychain did not answer.
    void keychainUnavailable(const QString& message);

private:
    void finishOne(int generation);

    Settings& m_settings;
    SecretResolver m_resolver;
    QString m_twilioSid;
    QString m_publicUrl;
    QString m_dataDir;
    bool m_twilioConfigured = false;
    bool m_openAi = false;
    KeychainState m_keychainState = KeychainState::Unknown;
    QString m_keychainMessage;
    QString m_probeFailure;
    int m_generation = 0;
    int m_outstanding = 0;
};

} // namespace calldeck
