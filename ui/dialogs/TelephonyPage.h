#pragma once

#include "dialogs/SettingsPage.h"
#include "dialogs/StringSettingBinder.h"

class QComboBox;
class QLineEdit;

namespace calldeck {

class CredentialStore;
class FieldWithError;
class PhoneNumberEdit;
class SecretField;

/// Twilio account, auth token (or API key), caller number, public URL or tunnel, listen address
/// and API base URL.
class TelephonyPage : public SettingsPage
{
    Q_OBJECT
public:
    TelephonyPage(Settings& settings, CredentialStore& credentials, QWidget* parent = nullptr);

    [[nodiscard]] QString title() const override;
    void load() override;
    bool validate() override;
    QFuture<bool> save() override;

    [[nodiscard]] SecretField* authToken() const { return m_authToken; }

private:
    StringSettingBinder m_binder;
    QLineEdit* m_accountSid = nullptr;
    PhoneNumberEdit* m_fromNumber = nullptr;
    QLineEdit* m_publicUrl = nullptr;
    QLineEdit* m_apiBase = nullptr;
    FieldWithError* m_accountSidField = nullptr;
    FieldWithError* m_fromNumberField = nullptr;
    FieldWithError* m_publicUrlField = nullptr;
    FieldWithError* m_apiBaseField = nullptr;
    SecretField* m_authToken = nullptr;
    QLineEdit* m_apiKeySid = nullptr;
    QLineEdit* m_listen = nullptr;
    QComboBox* m_tunnel = nullptr;
    FieldWithError* m_apiKeySidField = nullptr;
    FieldWithError* m_listenField = nullptr;
    SecretField* m_apiKeySecret = nullptr;
    Settings& m_settings;
};

} // namespace calldeck
