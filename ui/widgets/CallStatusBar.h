#pragma once

#include "calls/CallSnapshot.h"

#include <QSet>
#include <QStatusBar>

class QLabel;

namespace calldeck {

class ConfigurationStatus;

/// The main window's status bar: telephony provider, public URL, number of active calls and a
/// keychain warning when the keychain does not answer.
class CallStatusBar : public QStatusBar
{
    Q_OBJECT
public:
    explicit CallStatusBar(QWidget* parent = nullptr);

    void showConfiguration(const ConfigurationStatus& status);
    [[nodiscard]] int activeCalls() const { return m_activeCalls; }
    [[nodiscard]] QString providerText() const;
    [[nodiscard]] QString publicUrlText() const;
    [[nodiscard]] QString activeCallsText() const;

public Q_SLOTS:
    /// Driven by the call engine; 0 until calls run.
    void setActiveCalls(int count);
    /// Follows the engine's callUpdated(): counts the calls that have not ended.
    void updateCall(const calldeck::CallSnapshot& call);

private:
    QLabel* m_provider = nullptr;
    QLabel* m_publicUrl = nullptr;
    QLabel* m_calls = nullptr;
    QLabel* m_keychain = nullptr;
    int m_activeCalls = 0;
    QSet<QString> m_liveCallKeys;
};

} // namespace calldeck
