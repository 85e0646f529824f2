#pragma once

#include "dialogs/SettingsPage.h"
#include "dialogs/StringSettingBinder.h"

#include <QList>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace calldeck {

class CredentialStore;
class FieldWithError;
class SecretField;

/// OpenAI (key, base URL, the four models, voice), the voice agent (default agent, voice activity
/// detection) and Anthropic (key, model).
class AiProvidersPage : public SettingsPage
{
    Q_OBJECT
public:
    AiProvidersPage(Settings& settings, CredentialStore& credentials, QWidget* parent = nullptr);

    [[nodiscard]] QComboBox* defaultAgent() const { return m_defaultAgent; }
    [[nodiscard]] QDoubleSpinBox* vadThreshold() const { return m_vadThreshold; }

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
    Settings& m_settings;
    QComboBox* m_defaultAgent = nullptr;
    QDoubleSpinBox* m_vadThreshold = nullptr;
    QSpinBox* m_vadPadding = nullptr;
    QSpinBox* m_vadSilence = nullptr;
};

} // namespace calldeck
