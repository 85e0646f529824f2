#include "dialogs/AssistantPage.h"

#include "core/FutureWatch.h"
#include "store/ProfileRepository.h"
#include "store/Store.h"
#include "widgets/FieldWithError.h"
#include "widgets/MoneySpinBox.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace calldeck {

namespace {

QString authFieldLabel(const QString& field)
{
    if (field == QLatin1String("full_name")) {
        return AssistantPage::tr("Full name");
    }
    if (field == QLatin1String("birthdate")) {
        return AssistantPage::tr("Date of birth");
    }
    if (field == QLatin1String("address")) {
        return AssistantPage::tr("Address");
    }
    if (field == QLatin1String("email")) {
        return AssistantPage::tr("Email");
    }
    if (field == QLatin1String("phone")) {
        return AssistantPage::tr("Phone number");
    }
    if (field == QLatin1String("ssn_last4")) {
        //: US social security number, last four digits.
        return AssistantPage::tr("Last 4 of SSN");
    }
    if (field == QLatin1String("account_number")) {
        return AssistantPage::tr("Account number");
    }
    return field;
}

} // namespace

AssistantPage::AssistantPage(Store& store, QWidget* parent)
    : SettingsPage(parent),
      m_store(store),
      m_fields(new QWidget(this)),
      m_maxAutoApprove(new MoneySpinBox(m_fields)),
      m_requireApprovalOver(new MoneySpinBox(m_fields)),
      m_phrases(new QListWidget(m_fields)),
      m_autoRetry(new QCheckBox(tr("Retry failed calls &automatically"), m_fields)),
      m_maxRetries(new QSpinBox(m_fields)),
      m_pageError(new QLabel(this))
{
    setObjectName(QStringLiteral("assistantPage"));
    m_maxAutoApprove->setObjectName(QStringLiteral("maxAutoApproveSpin"));
    m_requireApprovalOver->setObjectName(QStringLiteral("requireApprovalOverSpin"));
    m_phrases->setObjectName(QStringLiteral("forbiddenPhrasesList"));
    m_autoRetry->setObjectName(QStringLiteral("autoRetryCheck"));
    m_maxRetries->setObjectName(QStringLiteral("maxRetriesSpin"));
    m_pageError->setObjectName(QStringLiteral("pageError"));

    auto* money = new QGroupBox(tr("Spending"), m_fields);
    auto* moneyForm = new QFormLayout(money);
    m_requireApprovalField = new FieldWithError(m_requireApprovalOver, money);
    //: Prices up to this amount are accepted by the assistant without asking.
    moneyForm->addRow(tr("Approve automatically up to:"), m_maxAutoApprove);
    //: Prices above this amount always need the user's approval.
    moneyForm->addRow(tr("Always ask above:"), m_requireApprovalField);

    auto* phrases = new QGroupBox(tr("Phrases the assistant must never say"), m_fields);
    auto* phrasesLayout = new QHBoxLayout(phrases);
    m_phrases->setMaximumHeight(110);
    auto* phraseButtons = new QVBoxLayout;
    auto* add = new QPushButton(tr("Add"), phrases);
    auto* remove = new QPushButton(tr("Remove"), phrases);
    add->setObjectName(QStringLiteral("addPhraseButton"));
    remove->setObjectName(QStringLiteral("removePhraseButton"));
    phraseButtons->addWidget(add);
    phraseButtons->addWidget(remove);
    phraseButtons->addStretch(1);
    phrasesLayout->addWidget(m_phrases, 1);
    phrasesLayout->addLayout(phraseButtons);

    auto* auth = new QGroupBox(tr("Personal details the assistant may share to verify your identity"), m_fields);
    auto* authGrid = new QGridLayout(auth);
    const QStringList known = knownAuthFields();
    for (int i = 0; i < known.size(); ++i) {
        auto* box = new QCheckBox(authFieldLabel(known.at(i)), auth);
        box->setObjectName(QStringLiteral("auth_") + known.at(i));
        box->setProperty("authField", known.at(i));
        m_authFields.append(box);
        authGrid->addWidget(box, i / 3, i % 3);
    }

    auto* retries = new QGroupBox(tr("Retries"), m_fields);
    auto* retriesForm = new QFormLayout(retries);
    m_maxRetries->setRange(0, 10);
    m_maxRetries->setMaximumWidth(80);
    retriesForm->addRow(m_autoRetry);
    retriesForm->addRow(tr("Maximum &retries:"), m_maxRetries);

    auto* fieldsLayout = new QVBoxLayout(m_fields);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    fieldsLayout->addWidget(money);
    fieldsLayout->addWidget(phrases);
    fieldsLayout->addWidget(auth);
    fieldsLayout->addWidget(retries);
    m_pageError->setWordWrap(true);
    m_pageError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_pageError->setVisible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_fields);
    layout->addWidget(m_pageError);
    layout->addStretch(1);

    connect(add, &QPushButton::clicked, this, &AssistantPage::addPhrase);
    connect(remove, &QPushButton::clicked, this, [this] { delete m_phrases->currentItem(); });
    connect(m_autoRetry, &QCheckBox::toggled, m_maxRetries, &QSpinBox::setEnabled);
    m_fields->setEnabled(false);
}

QString AssistantPage::title() const
{
    //: Settings page about what the AI assistant may do.
    return tr("Assistant");
}

void AssistantPage::load()
{
    m_fields->setEnabled(false);
    const auto pending = m_store.run([](QSqlDatabase& db) { return ProfileRepository(db).assistantSettings(); });
    whenFinished(this, pending, [this](const Result<AssistantSettings>& result) {
        if (!result.ok()) {
            showPageError(tr("Could not load the assistant settings: %1").arg(result.error().message));
            return;
        }
        showSettings(result.value());
        m_loaded = true;
        m_fields->setEnabled(true);
        Q_EMIT loaded();
    });
}

bool AssistantPage::validate()
{
    const bool ok = !m_loaded || m_requireApprovalOver->cents() >= m_maxAutoApprove->cents();
    m_requireApprovalField->setError(
        ok ? QString() : tr("Must be at least the amount approved automatically."));
    return ok;
}

QFuture<bool> AssistantPage::save()
{
    if (!m_loaded) {
        return QtFuture::makeReadyFuture(true);
    }
    showPageError({});
    const AssistantSettings settings = settingsFromFields();
    const auto pending =
        m_store.run([settings](QSqlDatabase& db) { return ProfileRepository(db).saveAssistantSettings(settings); });
    return thenOn(this, pending, [this](const Result<AssistantSettings>& result) {
        if (!result.ok()) {
            showPageError(tr("Could not save the assistant settings: %1").arg(result.error().message));
            return false;
        }
        m_settings = result.value();
        return true;
    });
}

void AssistantPage::showSettings(const AssistantSettings& settings)
{
    m_settings = settings;
    m_maxAutoApprove->setCents(settings.maxAutoApproveCents);
    m_requireApprovalOver->setCents(settings.requireApprovalOverCents);
    m_phrases->clear();
    for (const QString& phrase : settings.forbiddenPhrases) {
        auto* item = new QListWidgetItem(phrase, m_phrases);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    for (QCheckBox* box : std::as_const(m_authFields)) {
        box->setChecked(settings.allowedAuthFields.contains(box->property("authField").toString()));
    }
    m_autoRetry->setChecked(settings.autoRetryFailedCalls);
    m_maxRetries->setValue(settings.maxRetryAttempts);
    m_maxRetries->setEnabled(settings.autoRetryFailedCalls);
}

AssistantSettings AssistantPage::settingsFromFields() const
{
    AssistantSettings settings = m_settings;
    settings.maxAutoApproveCents = m_maxAutoApprove->cents();
    settings.requireApprovalOverCents = m_requireApprovalOver->cents();
    settings.forbiddenPhrases.clear();
    for (int row = 0; row < m_phrases->count(); ++row) {
        const QString phrase = m_phrases->item(row)->text().trimmed();
        if (!phrase.isEmpty() && !settings.forbiddenPhrases.contains(phrase)) {
            settings.forbiddenPhrases.append(phrase);
        }
    }
    settings.allowedAuthFields.clear();
    for (const QCheckBox* box : m_authFields) {
        if (box->isChecked()) {
            settings.allowedAuthFields.append(box->property("authField").toString());
        }
    }
    settings.autoRetryFailedCalls = m_autoRetry->isChecked();
    settings.maxRetryAttempts = m_maxRetries->value();
    return settings;
}

void AssistantPage::addPhrase()
{
    //: Placeholder text of a new forbidden phrase, edited in place right away.
    auto* item = new QListWidgetItem(tr("new phrase"), m_phrases);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_phrases->setCurrentItem(item);
    m_phrases->editItem(item);
}

void AssistantPage::showPageError(const QString& message)
{
    m_pageError->setText(message);
    m_pageError->setVisible(!message.isEmpty());
}

} // namespace calldeck
