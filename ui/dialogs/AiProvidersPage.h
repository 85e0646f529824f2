#pragma once

#include "dialogs/SettingsPage.h"
#include "dialogs/StringSettingBinder.h"

#include <QList>

class QLineEdit;

namespace calldeck {

class CredentialStore;
class FieldWithError;
class SecretField;

/// OpenAI (key, base URL, the four models) and Anthropic (key, model).
class AiProvidersPage : public SettingsPage
{
    Q_OBJECT
public:
    AiProvidersPage(Settings& settings, CredentialStore& credentials, QWidget* parent = nullptr);

    [[nodiscard]] QString title() const override;
    void load() override;
    bool validate() override;
    QFuture<bool> save() override;

    [[nodiscard]] SecretField* openAiKey() const { return m_openAiKey; }
    [[nodiscard]] SecretField* anthropicKey() const { return m_anthropicKey; }

private:
    QLineEdit* addLineEdit(const QString& objectName);

    StringSettingBinder m_binder;
    SecretField* m_openAiKey = nullptr;
    SecretField* m_anthropicKey = nullptr;
    QLineEdit* m_baseUrl = nullptr;
    FieldWithError* m_baseUrlField = nullptr;
    /// Model names: required, checked for being non-empty.
    QList<QPair<QLineEdit*, FieldWithError*>> m_models;
};

} // namespace calldeck
