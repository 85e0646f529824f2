#pragma once

#include "accounts/UserProfile.h"
#include "dialogs/SettingsPage.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace calldeck {

class FieldWithError;
class PhoneNumberEdit;
class Store;

/// The user's own details that the assistant may use on calls; stored in the database.
class ProfilePage : public SettingsPage
{
    Q_OBJECT
public:
    explicit ProfilePage(Store& store, QWidget* parent = nullptr);

    [[nodiscard]] QString title() const override;
    void load() override;
    bool validate() override;
    QFuture<bool> save() override;
    [[nodiscard]] bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    void loaded();
    void profileSaved(const calldeck::UserProfile& profile);

private:
    void showProfile(const UserProfile& profile);
    [[nodiscard]] UserProfile profileFromFields() const;
    void showPageError(const QString& message);

    Store& m_store;
    UserProfile m_profile;
    bool m_loaded = false;
    QWidget* m_fields = nullptr;
    QLineEdit* m_name = nullptr;
    PhoneNumberEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_address = nullptr;
    QComboBox* m_timeZone = nullptr;
    QComboBox* m_region = nullptr;
    QComboBox* m_tone = nullptr;
    FieldWithError* m_phoneField = nullptr;
    FieldWithError* m_emailField = nullptr;
    FieldWithError* m_timeZoneField = nullptr;
    QLabel* m_pageError = nullptr;
};

} // namespace calldeck
