#include "dialogs/ProfilePage.h"

#include "core/FutureWatch.h"
#include "core/PhoneNumbers.h"
#include "store/ProfileRepository.h"
#include "store/Store.h"
#include "widgets/FieldWithError.h"
#include "widgets/PhoneNumberEdit.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace calldeck {

namespace {

void fillRegions(QComboBox* combo)
{
    QList<QPair<QString, QString>> regions; // display name, ISO code
    for (int value = 1; value <= static_cast<int>(QLocale::LastTerritory); ++value) {
        const auto territory = static_cast<QLocale::Territory>(value);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() == 2 && PhoneNumbers::isKnownRegion(code)) {
            regions.append({QLocale::territoryToString(territory), code});
        }
    }
    std::sort(regions.begin(), regions.end());
    regions.erase(std::unique(regions.begin(), regions.end(),
                              [](const auto& a, const auto& b) { return a.second == b.second; }),
                  regions.end());
    for (const auto& [name, code] : std::as_const(regions)) {
        //: Region list entry: %1 country name, %2 ISO code, e.g. "Sweden (SE)".
        combo->addItem(ProfilePage::tr("%1 (%2)").arg(name, code), code);
    }
}

} // namespace

ProfilePage::ProfilePage(Store& store, QWidget* parent)
    : SettingsPage(parent),
      m_store(store),
      m_fields(new QWidget(this)),
      m_name(new QLineEdit(m_fields)),
      m_phone(new PhoneNumberEdit(m_fields)),
      m_email(new QLineEdit(m_fields)),
      m_address(new QLineEdit(m_fields)),
      m_timeZone(new QComboBox(m_fields)),
      m_region(new QComboBox(m_fields)),
      m_tone(new QComboBox(m_fields)),
      m_pageError(new QLabel(this))
{
    setObjectName(QStringLiteral("profilePage"));
    m_name->setObjectName(QStringLiteral("profileNameEdit"));
    m_phone->setObjectName(QStringLiteral("profilePhoneEdit"));
    m_email->setObjectName(QStringLiteral("profileEmailEdit"));
    m_address->setObjectName(QStringLiteral("profileAddressEdit"));
    m_timeZone->setObjectName(QStringLiteral("timeZoneCombo"));
    m_region->setObjectName(QStringLiteral("regionCombo"));
    m_tone->setObjectName(QStringLiteral("toneCombo"));
    m_pageError->setObjectName(QStringLiteral("pageError"));

    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
    for (const QByteArray& zone : zones) {
        m_timeZone->addItem(QString::fromUtf8(zone));
    }
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    fillRegions(m_region);
    m_tone->addItem(tr("Friendly"), toneName(Tone::Friendly));
    m_tone->addItem(tr("Neutral"), toneName(Tone::Neutral));
    m_tone->addItem(tr("Firm"), toneName(Tone::Firm));
    m_tone->addItem(tr("Assertive"), toneName(Tone::Assertive));

    m_phoneField = new FieldWithError(m_phone, m_fields);
    m_emailField = new FieldWithError(m_email, m_fields);
    m_timeZoneField = new FieldWithError(m_timeZone, m_fields);
    auto* form = new QFormLayout(m_fields);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Full &name:"), m_name);
    form->addRow(tr("&Phone:"), m_phoneField);
    form->addRow(tr("&Email:"), m_emailField);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Time zone:"), m_timeZoneField);
    //: Region used to read phone numbers typed without a country code.
    form->addRow(tr("Default &region:"), m_region);
    //: The tone of voice the assistant uses on calls.
    form->addRow(tr("Default t&one:"), m_tone);

    auto* intro = new QLabel(tr("The assistant may use these details to answer questions on your behalf."), this);
    intro->setWordWrap(true);
    m_pageError->setWordWrap(true);
    m_pageError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_pageError->setVisible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_fields);
    layout->addWidget(m_pageError);
    layout->addStretch(1);

    connect(m_region, &QComboBox::currentIndexChanged, this,
            [this] { m_phone->setDefaultRegion(m_region->currentData().toString()); });
    m_fields->setEnabled(false);
}

QString ProfilePage::title() const
{
    return tr("Profile");
}

void ProfilePage::load()
{
    m_fields->setEnabled(false);
    const auto pending = m_store.run([](QSqlDatabase& db) { return ProfileRepository(db).profile(); });
    whenFinished(this, pending, [this](const Result<UserProfile>& result) {
        if (!result.ok()) {
            showPageError(tr("Could not load your profile: %1").arg(result.error().message));
            return;
        }
        showProfile(result.value());
        m_loaded = true;
        m_fields->setEnabled(true);
        Q_EMIT loaded();
    });
}

bool ProfilePage::validate()
{
    if (!m_loaded) {
        return true;
    }
    bool valid = true;
    m_phoneField->setError({});
    if (!m_phone->isBlank()) {
        const Result<QString> phone = m_phone->e164();
        if (!phone.ok()) {
            m_phoneField->setError(phone.error().message);
            valid = false;
        }
    }
    const QString email = m_email->text().trimmed();
    const bool emailOk = email.isEmpty() || (email.indexOf(u'@') > 0 && !email.endsWith(u'@'));
    m_emailField->setError(emailOk ? QString() : tr("This does not look like an email address."));
    const bool zoneOk = QTimeZone::isTimeZoneIdAvailable(m_timeZone->currentText().trimmed().toUtf8());
    m_timeZoneField->setError(zoneOk ? QString() : tr("Pick a time zone from the list, e.g. Europe/Stockholm."));
    return valid && emailOk && zoneOk;
}

QFuture<bool> ProfilePage::save()
{
    if (!m_loaded) {
        return QtFuture::makeReadyFuture(true);
    }
    showPageError({});
    const UserProfile profile = profileFromFields();
    const auto pending =
        m_store.run([profile](QSqlDatabase& db) { return ProfileRepository(db).saveProfile(profile); });
    return thenOn(this, pending, [this](const Result<UserProfile>& result) {
        if (!result.ok()) {
            showPageError(tr("Could not save your profile: %1").arg(result.error().message));
            return false;
        }
        m_profile = result.value();
        Q_EMIT profileSaved(m_profile);
        return true;
    });
}

void ProfilePage::showProfile(const UserProfile& profile)
{
    m_profile = profile;
    m_name->setText(profile.fullName);
    const int region = m_region->findData(profile.defaultRegion);
    m_region->setCurrentIndex(std::max(region, 0));
    m_phone->setDefaultRegion(profile.defaultRegion);
    m_phone->setE164(profile.phoneE164);
    m_email->setText(profile.email);
    m_address->setText(profile.address);
    m_timeZone->setCurrentText(profile.timeZone);
    m_tone->setCurrentIndex(std::max(m_tone->findData(toneName(profile.defaultTone)), 0));
}

UserProfile ProfilePage::profileFromFields() const
{
    UserProfile profile = m_profile;
    profile.fullName = m_name->text().trimmed();
    const Result<QString> phone = m_phone->e164();
    profile.phoneE164 = phone.ok() ? phone.value() : QString();
    profile.email = m_email->text().trimmed();
    profile.address = m_address->text().trimmed();
    profile.timeZone = m_timeZone->currentText().trimmed();
    profile.defaultRegion = m_region->currentData().toString();
    profile.defaultTone = toneFromName(m_tone->currentData().toString());
    return profile;
}

void ProfilePage::showPageError(const QString& message)
{
    m_pageError->setText(message);
    m_pageError->setVisible(!message.isEmpty());
}

} // namespace calldeck
