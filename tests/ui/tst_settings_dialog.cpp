#include "core/Settings.h"
#include "dialogs/AssistantPage.h"
#include "dialogs/ProfilePage.h"
#include "dialogs/SettingsDialog.h"
#include "fakes/MemoryCredentialStore.h"
#include "store/ProfileRepository.h"
#include "store/Store.h"
#include "widgets/FieldWithError.h"
#include "widgets/MoneySpinBox.h"
#include "widgets/PhoneNumberEdit.h"
#include "widgets/SecretField.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace calldeck;

namespace {
const QString kSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void secretsShowStoredOrMissing();
    void secretFromEnvironment();
    void savingWritesSettingsAndSecret();
    void clearRemovesSecret();
    void environmentOverriddenFieldIsReadOnly();
    void invalidPhoneBlocksOk();
    void invalidUrlBlocksOk();
    void keychainUnavailableIsExplained();
    void assistantMoneyStoredAsCents();
    void assistantLimitsValidated();
    void profileSavedThroughStore();
    void audioListsStartWithSystemDefault();

private:
    std::unique_ptr<SettingsDialog> makeDialog();
    template <typename T>
    T* child(const QString& name) const
    {
        return m_dialog->findChild<T*>(name);
    }
    FieldWithError* fieldOf(QWidget* editor) const;
    void waitLoaded();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MemoryCredentialStore> m_credentials;
    std::unique_ptr<SettingsDialog> m_dialog;
};

void TestSettingsDialog::init()
{
    for (const char* variable : {"TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_PHONE_NUMBER", "OPENAI_API_KEY",
                                 "OPENAI_BASE_URL", "ANTHROPIC_API_KEY", "CALLDECK_PUBLIC_URL",
                                 "CALLDECK_TWILIO_API_BASE"}) {
        qunsetenv(variable);
    }
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_store = std::make_unique<Store>(m_dir->filePath(QStringLiteral("calldeck.sqlite")));
    const Status opened = m_store->open();
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_credentials = std::make_unique<MemoryCredentialStore>();
}

void TestSettingsDialog::cleanup()
{
    m_dialog.reset();
    m_credentials.reset();
    m_store.reset();
    m_settings.reset();
    m_dir.reset();
}

std::unique_ptr<SettingsDialog> TestSettingsDialog::makeDialog()
{
    auto dialog = std::make_unique<SettingsDialog>(*m_settings, *m_store, *m_credentials);
    dialog->show();
    return dialog;
}

FieldWithError* TestSettingsDialog::fieldOf(QWidget* editor) const
{
    return qobject_cast<FieldWithError*>(editor->parentWidget());
}

void TestSettingsDialog::waitLoaded()
{
    auto* profile = child<ProfilePage>(QStringLiteral("profilePage"));
    auto* assistant = child<AssistantPage>(QStringLiteral("assistantPage"));
    QTRY_VERIFY(profile->isLoaded() && assistant->isLoaded());
}

void TestSettingsDialog::secretsShowStoredOrMissing()
{
    m_credentials->write(Secret::OpenAiApiKey, QStringLiteral("sk-secret-value")).waitForFinished();
    m_dialog = makeDialog();
    auto* openAi = child<SecretField>(QStringLiteral("openAiKeySecret"));
    auto* anthropic = child<SecretField>(QStringLiteral("anthropicKeySecret"));
    auto* token = child<SecretField>(QStringLiteral("authTokenSecret"));
    QTRY_COMPARE(openAi->state(), SecretField::State::Stored);
    QTRY_COMPARE(anthropic->state(), SecretField::State::Missing);
    QTRY_COMPARE(token->state(), SecretField::State::Missing);
    QCOMPARE(openAi->stateText(), QStringLiteral("Stored in the keychain"));
    QCOMPARE(anthropic->stateText(), QStringLiteral("Missing"));
    // The value itself never appears anywhere in the dialog.
    const QList<QLabel*> labels = m_dialog->findChildren<QLabel*>();
    for (const QLabel* label : labels) {
        QVERIFY(!label->text().contains(QStringLiteral("sk-secret-value")));
    }
    const QList<QLineEdit*> edits = m_dialog->findChildren<QLineEdit*>();
    for (const QLineEdit* edit : edits) {
        QVERIFY(!edit->text().contains(QStringLiteral("sk-secret-value")));
    }
}

void TestSettingsDialog::secretFromEnvironment()
{
    qputenv("ANTHROPIC_API_KEY", "from-env");
    m_dialog = makeDialog();
    auto* anthropic = child<SecretField>(QStringLiteral("anthropicKeySecret"));
    QTRY_COMPARE(anthropic->state(), SecretField::State::Environment);
    QVERIFY(anthropic->stateText().contains(QStringLiteral("ANTHROPIC_API_KEY")));
    qunsetenv("ANTHROPIC_API_KEY");
}

void TestSettingsDialog::savingWritesSettingsAndSecret()
{
    m_dialog = makeDialog();
    waitLoaded();
    child<QLineEdit>(QStringLiteral("accountSidEdit"))->setText(kSid);
    auto* from = child<PhoneNumberEdit>(QStringLiteral("fromNumberEdit"));
    QTest::keyClicks(from, QStringLiteral("+14155550123"));
    child<QLineEdit>(QStringLiteral("publicUrlEdit"))->setText(QStringLiteral("https://calls.example.com"));
    child<QLineEdit>(QStringLiteral("chatModelEdit"))->setText(QStringLiteral("gpt-test"));
    child<SecretField>(QStringLiteral("authTokenSecret"))->setPendingValue(QStringLiteral("tok-123"));

    QSignalSpy applied(m_dialog.get(), &SettingsDialog::applied);
    m_dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE(applied.size(), 1);
    QTRY_COMPARE(m_dialog->result(), int(QDialog::Accepted));

    QCOMPARE(m_settings->storedValue(SettingKeys::TwilioAccountSid), kSid);
    QCOMPARE(m_settings->storedValue(SettingKeys::TwilioFromNumber), QStringLiteral("+14155550123"));
    QCOMPARE(m_settings->storedValue(SettingKeys::PublicUrl), QStringLiteral("https://calls.example.com"));
    QCOMPARE(m_settings->storedValue(SettingKeys::ChatModel), QStringLiteral("gpt-test"));
    QCOMPARE(m_credentials->contents().value(Secret::TwilioAuthToken), QStringLiteral("tok-123"));
    Settings reread(m_settings->filePath());
    QCOMPARE(reread.storedValue(SettingKeys::TwilioAccountSid), kSid);
}

void TestSettingsDialog::clearRemovesSecret()
{
    m_credentials->write(Secret::OpenAiApiKey, QStringLiteral("sk")).waitForFinished();
    m_dialog = makeDialog();
    waitLoaded();
    auto* openAi = child<SecretField>(QStringLiteral("openAiKeySecret"));
    QTRY_COMPARE(openAi->state(), SecretField::State::Stored);
    openAi->findChild<QPushButton*>(QStringLiteral("clearButton"))->click();
    QVERIFY(openAi->hasPendingChange());
    m_dialog->apply(false);
    QTRY_VERIFY(!m_credentials->contents().contains(Secret::OpenAiApiKey)
                || m_credentials->contents().value(Secret::OpenAiApiKey).isEmpty());
    QTRY_COMPARE(openAi->state(), SecretField::State::Missing);
}

void TestSettingsDialog::environmentOverriddenFieldIsReadOnly()
{
    m_settings->setValue(SettingKeys::TwilioAccountSid, QStringLiteral("ACstored"));
    qputenv("TWILIO_ACCOUNT_SID", kSid.toUtf8());
    m_dialog = makeDialog();
    waitLoaded();
    auto* sid = child<QLineEdit>(QStringLiteral("accountSidEdit"));
    QVERIFY(sid->isReadOnly());
    QCOMPARE(sid->text(), kSid);
    QVERIFY(fieldOf(sid)->note().contains(QStringLiteral("TWILIO_ACCOUNT_SID")));
    QVERIFY(!child<QLineEdit>(QStringLiteral("publicUrlEdit"))->isReadOnly());

    QSignalSpy applied(m_dialog.get(), &SettingsDialog::applied);
    m_dialog->apply(false);
    QTRY_COMPARE(applied.size(), 1);
    // The environment's value is not copied into the settings file.
    QCOMPARE(m_settings->storedValue(SettingKeys::TwilioAccountSid), QStringLiteral("ACstored"));
    qunsetenv("TWILIO_ACCOUNT_SID");
}

void TestSettingsDialog::invalidPhoneBlocksOk()
{
    m_dialog = makeDialog();
    waitLoaded();
    m_dialog->showPage(2);
    auto* from = child<PhoneNumberEdit>(QStringLiteral("fromNumberEdit"));
    QTest::keyClicks(from, QStringLiteral("12"));
    QSignalSpy applied(m_dialog.get(), &SettingsDialog::applied);
    m_dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QTest::qWait(100);
    QCOMPARE(applied.size(), 0);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->currentPage(), 0);
    QVERIFY(!fieldOf(from)->error().isEmpty());
    QVERIFY(m_settings->storedValue(SettingKeys::TwilioFromNumber).isEmpty());
}

void TestSettingsDialog::invalidUrlBlocksOk()
{
    m_dialog = makeDialog();
    waitLoaded();
    auto* url = child<QLineEdit>(QStringLiteral("openAiBaseUrlEdit"));
    url->setText(QStringLiteral("not a url"));
    QSignalSpy applied(m_dialog.get(), &SettingsDialog::applied);
    m_dialog->apply(true);
    QTest::qWait(100);
    QCOMPARE(applied.size(), 0);
    QCOMPARE(m_dialog->currentPage(), 1);
    QVERIFY(!fieldOf(url)->error().isEmpty());
}

void TestSettingsDialog::keychainUnavailableIsExplained()
{
    m_credentials->setUnavailable(true);
    m_dialog = makeDialog();
    auto* token = child<SecretField>(QStringLiteral("authTokenSecret"));
    QTRY_COMPARE(token->state(), SecretField::State::KeychainUnavailable);
    QVERIFY(token->stateText().startsWith(QStringLiteral("Keychain unavailable")));
    QTRY_VERIFY(!m_dialog->keychainWarning().isEmpty());
    QVERIFY(m_dialog->keychainWarning().contains(QStringLiteral("keychain")));
    QVERIFY(!token->findChild<QPushButton*>(QStringLiteral("setButton"))->isEnabled());
}

void TestSettingsDialog::assistantMoneyStoredAsCents()
{
    m_dialog = makeDialog();
    waitLoaded();
    child<MoneySpinBox>(QStringLiteral("maxAutoApproveSpin"))->setValue(12.34);
    child<MoneySpinBox>(QStringLiteral("requireApprovalOverSpin"))->setValue(80.10);
    QSignalSpy applied(m_dialog.get(), &SettingsDialog::applied);
    m_dialog->apply(false);
    QTRY_COMPARE(applied.size(), 1);
    const Result<AssistantSettings> stored =
        m_store->runSync([](QSqlDatabase& db) { return ProfileRepository(db).assistantSettings(); });
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().maxAutoApproveCents, 1234);
    QCOMPARE(stored.value().requireApprovalOverCents, 8010);
}

void TestSettingsDialog::assistantLimitsValidated()
{
    m_dialog = makeDialog();
    waitLoaded();
    auto* over = child<MoneySpinBox>(QStringLiteral("requireApprovalOverSpin"));
    child<MoneySpinBox>(QStringLiteral("maxAutoApproveSpin"))->setValue(50.0);
    over->setValue(10.0);
    QSignalSpy applied(m_dialog.get(), &SettingsDialog::applied);
    m_dialog->apply(false);
    QTest::qWait(100);
    QCOMPARE(applied.size(), 0);
    QCOMPARE(m_dialog->currentPage(), 4);
    QVERIFY(!fieldOf(over)->error().isEmpty());
}

void TestSettingsDialog::profileSavedThroughStore()
{
    m_dialog = makeDialog();
    waitLoaded();
    child<QLineEdit>(QStringLiteral("profileNameEdit"))->setText(QStringLiteral("Anna Berg"));
    auto* region = child<QComboBox>(QStringLiteral("regionCombo"));
    region->setCurrentIndex(region->findData(QStringLiteral("SE")));
    QTest::keyClicks(child<PhoneNumberEdit>(QStringLiteral("profilePhoneEdit")), QStringLiteral("070-123 45 67"));
    child<QComboBox>(QStringLiteral("timeZoneCombo"))->setCurrentText(QStringLiteral("Europe/Stockholm"));
    QSignalSpy saved(m_dialog.get(), &SettingsDialog::profileSaved);
    m_dialog->apply(false);
    QTRY_COMPARE(saved.size(), 1);
    const Result<UserProfile> stored =
        m_store->runSync([](QSqlDatabase& db) { return ProfileRepository(db).profile(); });
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().fullName, QStringLiteral("Anna Berg"));
    QCOMPARE(stored.value().phoneE164, QStringLiteral("+46701234567"));
    QCOMPARE(stored.value().timeZone, QStringLiteral("Europe/Stockholm"));
    QCOMPARE(stored.value().defaultRegion, QStringLiteral("SE"));
}

void TestSettingsDialog::audioListsStartWithSystemDefault()
{
    m_dialog = makeDialog();
    auto* input = child<QComboBox>(QStringLiteral("inputDeviceCombo"));
    auto* output = child<QComboBox>(QStringLiteral("outputDeviceCombo"));
    QVERIFY(input->count() >= 1);
    QCOMPARE(input->itemText(0), QStringLiteral("System default"));
    QCOMPARE(output->itemText(0), QStringLiteral("System default"));
    QVERIFY(input->itemData(0).toString().isEmpty());
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settings_dialog.moc"
