#include "dialogs/AiProvidersPage.h"

#include "core/FutureWatch.h"
#include "dialogs/AllSucceeded.h"
#include "dialogs/UrlCheck.h"
#include "widgets/FieldWithError.h"
#include "widgets/SecretField.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QVBoxLayout>

namespace calldeck {

AiProvidersPage::AiProvidersPage(Settings& settings, CredentialStore& credentials, QWidget* parent)
    : SettingsPage(parent),
      m_binder(settings),
      m_openAiKey(new SecretField(credentials, Secret::OpenAiApiKey, this)),
      m_anthropicKey(new SecretField(credentials, Secret::AnthropicApiKey, this))
{
    setObjectName(QStringLiteral("aiProvidersPage"));
    m_openAiKey->setObjectName(QStringLiteral("openAiKeySecret"));
    m_anthropicKey->setObjectName(QStringLiteral("anthropicKeySecret"));

    auto* openAi = new QGroupBox(tr("OpenAI"), this);
    auto* openAiForm = new QFormLayout(openAi);
    m_baseUrl = addLineEdit(QStringLiteral("openAiBaseUrlEdit"));
    m_baseUrlField = m_binder.bind(m_baseUrl, SettingKeys::OpenAiBaseUrl, openAi);
    openAiForm->addRow(tr("API key:"), m_openAiKey);
    openAiForm->addRow(tr("&Base URL:"), m_baseUrlField);
    const auto addModel = [this](QFormLayout* form, QWidget* box, const QString& label, const QString& name,
                                 const SettingKey<QString>& key) {
        QLineEdit* edit = addLineEdit(name);
        FieldWithError* field = m_binder.bind(edit, key, box);
        m_models.append({edit, field});
        form->addRow(label, field);
    };
    //: Model used for live speech-to-speech calls.
    addModel(openAiForm, openAi, tr("&Realtime model:"), QStringLiteral("realtimeModelEdit"), SettingKeys::RealtimeModel);
    addModel(openAiForm, openAi, tr("&Chat model:"), QStringLiteral("chatModelEdit"), SettingKeys::ChatModel);
    addModel(openAiForm, openAi, tr("&Transcription model:"), QStringLiteral("transcriptionModelEdit"),
             SettingKeys::TranscriptionModel);
    //: TTS = text to speech.
    addModel(openAiForm, openAi, tr("Text-to-&speech model:"), QStringLiteral("ttsModelEdit"), SettingKeys::TtsModel);

    auto* anthropic = new QGroupBox(tr("Anthropic"), this);
    auto* anthropicForm = new QFormLayout(anthropic);
    anthropicForm->addRow(tr("API key:"), m_anthropicKey);
    addModel(anthropicForm, anthropic, tr("&Model:"), QStringLiteral("anthropicModelEdit"), SettingKeys::AnthropicModel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(openAi);
    layout->addWidget(anthropic);
    layout->addStretch(1);

    connect(m_openAiKey, &SecretField::keychainProblem, this, &SettingsPage::keychainProblem);
    connect(m_anthropicKey, &SecretField::keychainProblem, this, &SettingsPage::keychainProblem);
}

QLineEdit* AiProvidersPage::addLineEdit(const QString& objectName)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    return edit;
}

QString AiProvidersPage::title() const
{
    return tr("AI Providers");
}

void AiProvidersPage::load()
{
    m_binder.load();
    m_openAiKey->reload();
    m_anthropicKey->reload();
}

bool AiProvidersPage::validate()
{
    const QString urlProblem = m_binder.isOverridden(m_baseUrl) ? QString() : UrlCheck::problemWith(m_baseUrl->text(), true);
    m_baseUrlField->setError(urlProblem);
    bool valid = urlProblem.isEmpty();
    for (const auto& [edit, field] : std::as_const(m_models)) {
        const bool empty = edit->text().trimmed().isEmpty();
        field->setError(empty ? tr("Enter a model name.") : QString());
        valid = valid && !empty;
    }
    return valid;
}

QFuture<bool> AiProvidersPage::save()
{
    m_binder.save();
    const auto succeeded = [](const Status& status) { return status.ok(); };
    return AllSucceeded::of(this, {thenOn(this, m_openAiKey->commit(), succeeded),
                                   thenOn(this, m_anthropicKey->commit(), succeeded)});
}

} // namespace calldeck
