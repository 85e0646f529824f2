#include "dialogs/TelephonyPage.h"

#include "core/FutureWatch.h"
#include "core/PhoneNumbers.h"
#include "core/Settings.h"
#include "dialogs/AllSucceeded.h"
#include "dialogs/UrlCheck.h"
#include "widgets/FieldWithError.h"
#include "widgets/PhoneNumberEdit.h"
#include "widgets/SecretField.h"

#include <QComboBox>
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
      m_authToken(new SecretField(credentials, Secret::TwilioAuthToken, this)),
      m_apiKeySid(new QLineEdit(this)),
      m_listen(new QLineEdit(this)),
      m_tunnel(new QComboBox(this)),
      m_apiKeySecret(new SecretField(credentials, Secret::TwilioApiKeySecret, this)),
      m_settings(settings)
{
    m_apiKeySid->setObjectName(QStringLiteral("apiKeySidEdit"));
    m_listen->setObjectName(QStringLiteral("listenEdit"));
    m_tunnel->setObjectName(QStringLiteral("tunnelCombo"));
    m_apiKeySecret->setObjectName(QStringLiteral("apiKeySecret"));
    m_apiKeySid->setPlaceholderText(QStringLiteral("SK0123456789abcdef0123456789abcdef"));
    //: Tunnel choice: no tunnel is started.
    m_tunnel->addItem(tr("None"), QStringLiteral("none"));
    m_tunnel->addItem(QStringLiteral("ngrok"), QStringLiteral("ngrok"));
    m_tunnel->addItem(QStringLiteral("cloudflared"), QStringLiteral("cloudflared"));
    m_apiKeySidField = m_binder.bind(m_apiKeySid, SettingKeys::TwilioApiKeySid, this);
    m_listenField = m_binder.bind(m_listen, SettingKeys::ListenAddress, this);
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
    //: Optional: authenticate REST calls with an API key instead of the auth token.
    form->addRow(tr("API &key SID (optional):"), m_apiKeySidField);
    form->addRow(tr("API key secret:"), m_apiKeySecret);
    form->addRow(tr("&Public URL:"), m_publicUrlField);
    //: Program started to expose the media server to Twilio when no public URL is set.
    form->addRow(tr("&Tunnel:"), m_tunnel);
    //: host:port the local media server listens on.
    form->addRow(tr("&Listen on:"), m_listenField);
    form->addRow(tr("Twilio &API base URL:"), m_apiBaseField);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_authToken, &SecretField::keychainProblem, this, &SettingsPage::keychainProblem);
    connect(m_apiKeySecret, &SecretField::keychainProblem, this, &SettingsPage::keychainProblem);
}

QString TelephonyPage::title() const
{
    return tr("Telephony");
}

void TelephonyPage::load()
{
    m_binder.load();
    m_authToken->reload();
    m_apiKeySecret->reload();
    const int tunnel = m_tunnel->findData(m_settings.storedValue(SettingKeys::TunnelKind).trimmed().toLower());
    m_tunnel->setCurrentIndex(tunnel < 0 ? 0 : tunnel);
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
    static const QRegularExpression keyPattern(QStringLiteral("^SK[0-9a-fA-F]{32}$"));
    const QString keySid = m_apiKeySid->text().trimmed();
    m_apiKeySidField->setError({});
    if (!m_binder.isOverridden(m_apiKeySid) && !keySid.isEmpty() && !keyPattern.match(keySid).hasMatch()) {
        m_apiKeySidField->setError(tr("An API key SID is “SK” followed by 32 hexadecimal characters."));
        valid = false;
    }
    static const QRegularExpression listenPattern(QStringLiteral("^(\\[[0-9a-fA-F:]+\\]|[0-9.]+|localhost):[0-9]{1,5}$"));
    m_listenField->setError({});
    if (!m_binder.isOverridden(m_listen) && !listenPattern.match(m_listen->text().trimmed()).hasMatch()) {
        m_listenField->setError(tr("Use HOST:PORT, for example 127.0.0.1:8077."));
        valid = false;
    }
    return valid && publicUrlProblem.isEmpty() && apiBaseProblem.isEmpty();
}

QFuture<bool> TelephonyPage::save()
{
    m_binder.save();
    m_settings.setValue(SettingKeys::TunnelKind, m_tunnel->currentData().toString());
    const auto succeeded = [](const Status& status) { return status.ok(); };
    return AllSucceeded::of(this, {thenOn(this, m_authToken->commit(), succeeded),
                                   thenOn(this, m_apiKeySecret->commit(), succeeded)});
}

} // namespace calldeck
