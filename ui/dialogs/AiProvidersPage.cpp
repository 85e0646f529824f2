#include "dialogs/AiProvidersPage.h"

#include "core/FutureWatch.h"
#include "dialogs/AllSucceeded.h"
#include "dialogs/UrlCheck.h"
#include "widgets/FieldWithError.h"
#include "widgets/SecretField.h"

#include "calls/AgentFactory.h"
#include "core/Settings.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QVBoxLayout>

namespace calldeck {

AiProvidersPage::AiProvidersPage(Settings& settings, CredentialStore& credentials, QWidget* parent)
    : SettingsPage(parent),
      m_binder(settings),
      m_openAiKey(new SecretField(credentials, Secret::OpenAiApiKey, this)),
      m_anthropicKey(new SecretField(credentials, Secret::AnthropicApiKey, this)),
      m_settings(settings)
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

    //: The synthetic voice of the Realtime agent (marin, cedar, alloy, …).
    addModel(openAiForm, openAi, tr("&Voice:"), QStringLiteral("voiceEdit"), SettingKeys::RealtimeVoice);

    auto* agent = new QGroupBox(tr("Voice agent"), this);
    auto* agentForm = new QFormLayout(agent);
    m_defaultAgent = new QComboBox(agent);
    m_defaultAgent->setObjectName(QStringLiteral("defaultAgentBox"));
    for (const QString& kind : AgentFactory::kinds())
        m_defaultAgent->addItem(AgentFactory::displayName(kind), kind);
    m_vadThreshold = new QDoubleSpinBox(agent);
    m_vadThreshold->setObjectName(QStringLiteral("vadThresholdSpin"));
    m_vadThreshold->setRange(0.0, 1.0);
    m_vadThreshold->setSingleStep(0.05);
    m_vadThreshold->setDecimals(2);
    m_vadThreshold->setToolTip(tr("How loud speech must be before the agent treats it as the callee talking. Raise it "
                                  "for noisy lines."));
    m_vadPadding = new QSpinBox(agent);
    m_vadPadding->setObjectName(QStringLiteral("vadPaddingSpin"));
    m_vadPadding->setRange(0, 2000);
    m_vadPadding->setSingleStep(50);
    m_vadPadding->setSuffix(tr(" ms"));
    m_vadPadding->setToolTip(tr("Audio kept from before the speech started"));
    m_vadSilence = new QSpinBox(agent);
    m_vadSilence->setObjectName(QStringLiteral("vadSilenceSpin"));
    m_vadSilence->setRange(100, 5000);
    m_vadSilence->setSingleStep(50);
    m_vadSilence->setSuffix(tr(" ms"));
    m_vadSilence->setToolTip(tr("How long the callee must be quiet before the agent answers"));
    agentForm->addRow(tr("&Default agent:"), m_defaultAgent);
    agentForm->addRow(tr("Speech &threshold:"), m_vadThreshold);
    agentForm->addRow(tr("Speech &padding:"), m_vadPadding);
    agentForm->addRow(tr("&End of turn after:"), m_vadSilence);

    auto* anthropic = new QGroupBox(tr("Anthropic"), this);
    auto* anthropicForm = new QFormLayout(anthropic);
    anthropicForm->addRow(tr("API key:"), m_anthropicKey);
    addModel(anthropicForm, anthropic, tr("&Model:"), QStringLiteral("anthropicModelEdit"), SettingKeys::AnthropicModel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(openAi);
    layout->addWidget(agent);
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
    m_defaultAgent->setCurrentIndex(std::max(0, m_defaultAgent->findData(m_settings.storedValue(SettingKeys::DefaultAgent))));
    m_vadThreshold->setValue(m_settings.storedValue(SettingKeys::VadThreshold));
    m_vadPadding->setValue(m_settings.storedValue(SettingKeys::VadPrefixPaddingMs));
    m_vadSilence->setValue(m_settings.storedValue(SettingKeys::VadSilenceMs));
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
    m_settings.setValue(SettingKeys::DefaultAgent, m_defaultAgent->currentData().toString());
    m_settings.setValue(SettingKeys::VadThreshold, m_vadThreshold->value());
    m_settings.setValue(SettingKeys::VadPrefixPaddingMs, m_vadPadding->value());
    m_settings.setValue(SettingKeys::VadSilenceMs, m_vadSilence->value());
    const auto succeeded = [](const Status& status) { return status.ok(); };
    return AllSucceeded::of(this, {thenOn(this, m_openAiKey->commit(), succeeded),
                                   thenOn(this, m_anthropicKey->commit(), succeeded)});
}

} // namespace calldeck
