#pragma once

#include "accounts/UserProfile.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace calldeck {

class CredentialStore;
class Settings;
class SettingsPage;
class Store;

/// Settings › Telephony, AI providers, Audio devices, Profile, Assistant. OK and Apply validate
/// every page first (errors inline, the first bad page is shown), then save; OK closes only after
/// every page, including the asynchronous store writes, succeeded.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(Settings& settings, Store& store, CredentialStore& credentials, QWidget* parent = nullptr);

    [[nodiscard]] QList<SettingsPage*> pages() const { return m_pages; }
    void showPage(int index);
    [[nodiscard]] int currentPage() const;
    [[nodiscard]] bool isSaving() const { return m_saving; }
    /// The keychain warning at the top, empty when the keychain answered.
    [[nodiscard]] QString keychainWarning() const;

public Q_SLOTS:
    /// Validates and saves; closes the dialog afterwards when `close` is true and all went well.
    void apply(bool close = false);

Q_SIGNALS:
    /// Everything was written (settings file, keychain, database).
    void applied();
    void profileSaved(const calldeck::UserProfile& profile);

private:
    void addPage(SettingsPage* page);
    void showKeychainProblem(const QString& message);
    void setSaving(bool saving);

    Settings& m_settings;
    QList<SettingsPage*> m_pages;
    QListWidget* m_list = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_banner = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_saving = false;
};

} // namespace calldeck
