#include "dialogs/TelephonyPage.h"

#include "core/FutureWatch.h"
#include "core/PhoneNumbers.h"
#include "dialogs/UrlCheck.h"
#include "widgets/FieldWithError.h"
#include "widgets/PhoneNumberEdit.h"
#include "widgets/SecretField.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace calldeck {

TelephonyPage::TelephonyPage(Settings& settings, CredentialStore& credentials, QWidget* parent)
    : SettingsPage(parent),
      m_binder(settings),
      m_accountSid(new QLineEdit(this)),
      m_fromNumber(new PhoneNumberEdit(this)),
      m_publicUrl(new QLineEdit(this)),
      m_apiBase(new QLineEdit(this)),
      m_authToken(new SecretField(credentials, Secret::TwilioAuthToken, this))
{
    setObjectName(QStringLiteral("telephonyPage"));
    m_accountSid->setObjectName(QStringLiteral("accountSidEdit"));
    m_fromNumber->setObjectName(QStringLiteral("fromNumberEdit"));
    m_publicUrl->setObjectName(QStringLiteral("publicUrlEdit"));
    m_apiBase->setObjectName(QStringLiteral("apiBaseEdit"));
    m_authToken->setObjectName(QStringLiteral("authTokenSecret"));
    m_accountSid->setPlaceholderText(QStringLiteral("AC0123456789abcdef0123456789abcdef"));
    //: Placeholder: the public HTTPS address (e.g. a tunnel) where Twilio reaches this computer.
    m_publicUrl->setPlaceholderText(tr("e.g. https://calldeck.example.com"));

    const auto toDisplay = [](const QString& stored) {
        return stored.isEmpty() ? stored : PhoneNumbers::formatInternational(stored);
    };
    const auto toStored = [this](const QString& typed) {
        const Result<QString> e164 = m_fromNumber->e164();
        return typed.isEmpty() || !e164.ok() ? typed : e164.value();
    };
    m_accountSidField = m_binder.bind(m_accountSid, SettingKeys::TwilioAccountSid, this);
    m_fromNumberField = m_binder.bind(m_fromNumber, SettingKeys::TwilioFromNumber, this, toDisplay, toStored);
    m_publicUrlField = m_binder.bind(m_publicUrl, SettingKeys::PublicUrl, this);
    m_apiBaseField = m_binder.bind(m_apiBase, SettingKeys::TwilioApiBase, this);

    auto* intro = new QLabel(tr("Without a Twilio account SID and auth token, calls go to the built-in sandbox "
                                "line (simulated calls)."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Account &SID:"), m_accountSidField);
    form->addRow(tr("Auth token:"), m_authToken);
    //: The caller ID number calls are placed from.
    form->addRow(tr("&From number:"), m_fromNumberField);
    form->addRow(tr("&Public URL:"), m_publicUrlField);
    form->addRow(tr("Twilio &API base URL:"), m_apiBaseField);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_authToken, &SecretField::keychainProblem, this, &SettingsPage::keychainProblem);
}

QString TelephonyPage::title() const
{
    return tr("Telephony");
}

void TelephonyPage::load()
{
    m_binder.load();
    m_authToken->reload();
}

bool TelephonyPage::validate()
{
    bool valid = true;
    static const QRegularExpression sidPattern(QStringLiteral("^AC[0-9a-fA-F]{32}$"));
    const QString sid = m_accountSid->text().trimmed();
    m_accountSidField->setError({});
    if (!m_binder.isOverridden(m_accountSid) && !sid.isEmpty() && !sidPattern.match(sid).hasMatch()) {
        m_accountSidField->setError(tr("An account SID is “AC” followed by 32 hexadecimal characters."));
        valid = false;
    }
    m_fromNumberField->setError({});
    if (!m_binder.isOverridden(m_fromNumber) && !m_fromNumber->isBlank()) {
        const Result<QString> e164 = m_fromNumber->e164();
        if (!e164.ok()) {
            m_fromNumberField->setError(e164.error().message);
            valid = false;
        }
    }
    const QString publicUrlProblem =
        m_binder.isOverridden(m_publicUrl) ? QString() : UrlCheck::problemWith(m_publicUrl->text(), false);
    m_publicUrlField->setError(publicUrlProblem);
    const QString apiBaseProblem =
        m_binder.isOverridden(m_apiBase) ? QString() : UrlCheck::problemWith(m_apiBase->text(), true);
    m_apiBaseField->setError(apiBaseProblem);
    return valid && publicUrlProblem.isEmpty() && apiBaseProblem.isEmpty();
}

QFuture<bool> TelephonyPage::save()
{
    m_binder.save();
    return thenOn(this, m_authToken->commit(), [](const Status& status) { return status.ok(); });
}

} // namespace calldeck
