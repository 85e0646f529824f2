#pragma once

#include "calls/AssistantSettings.h"
#include "dialogs/SettingsPage.h"

#include <QList>

class QCheckBox;
class QLabel;
class QListWidget;
class QSpinBox;

namespace calldeck {

class FieldWithError;
class MoneySpinBox;
class Store;

/// What the assistant may do without asking: spending limits, forbidden phrases, personal
/// fields it may share, and retries. Stored in the database.
class AssistantPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit AssistantPage(Store& store, QWidget* parent = nullptr);

    [[nodiscard]] QString title() const override;
    void load() override;
    bool validate() override;
    QFuture<bool> save() override;
    [[nodiscard]] bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    void loaded();

private:
    void showSettings(const AssistantSettings& settings);
    [[nodiscard]] AssistantSettings settingsFromFields() const;
    void addPhrase();
    void showPageError(const QString& message);

    Store& m_store;
    AssistantSettings m_settings;
    bool m_loaded = false;
    QWidget* m_fields = nullptr;
    MoneySpinBox* m_maxAutoApprove = nullptr;
    MoneySpinBox* m_requireApprovalOver = nullptr;
    FieldWithError* m_requireApprovalField = nullptr;
    QListWidget* m_phrases = nullptr;
    QList<QCheckBox*> m_authFields;
    QCheckBox* m_autoRetry = nullptr;
    QSpinBox* m_maxRetries = nullptr;
    QLabel* m_pageError = nullptr;
};

} // namespace calldeck
