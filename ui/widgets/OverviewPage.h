#pragma once

#include <QWidget>

class QLabel;

namespace calldeck {

class ConfigurationStatus;

/// The central page: what is configured (telephony, AI, public URL, data, keychain) and the
/// obvious next steps.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget* parent = nullptr);

    void showConfiguration(const ConfigurationStatus& status);
    [[nodiscard]] QString telephonyText() const;

Q_SIGNALS:
    void settingsRequested();
    void addContactRequested();
    void importContactsRequested();

private:
    QLabel* m_telephony = nullptr;
    QLabel* m_publicUrl = nullptr;
    QLabel* m_ai = nullptr;
    QLabel* m_dataDir = nullptr;
    QLabel* m_keychain = nullptr;
    QLabel* m_keychainDetail = nullptr;
    QLabel* m_hint = nullptr;
};

} // namespace calldeck
