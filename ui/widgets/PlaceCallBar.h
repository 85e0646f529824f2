#pragma once

#include "calls/Engine.h"
#include "telephony/sandbox/SandboxLine.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;

#include "widgets/AgentChooser.h"

namespace calldeck {

class PhoneNumberEdit;

/// The monitor panel's "Place test call" row: a number, the line to use (sandbox or Twilio), a
/// sandbox persona, and a Call button that emits the finished CallRequest.
class PlaceCallBar : public QWidget
{
    Q_OBJECT
public:
    explicit PlaceCallBar(QWidget* parent = nullptr);

    /// The sandbox personas offered in the persona box (SandboxLine::personas()).
    void setPersonas(const QList<PersonaSummary>& personas);
    /// Which providers can be chosen; Twilio is offered only when configured.
    void setProviders(const QString& defaultProvider, bool twilioConfigured);
    void setDefaultRegion(const QString& region);
    /// Who talks on the next call; the AI agents that need a key are offered only with one.
    void setAgents(const QString& defaultAgent, bool aiConfigured);
    /// While a call is being placed the Call button waits.
    void setBusy(bool busy);

    /// The request the Call button would send now.
    [[nodiscard]] CallRequest request() const;
    [[nodiscard]] QString provider() const;
    [[nodiscard]] PhoneNumberEdit* numberEdit() const { return m_number; }
    [[nodiscard]] QComboBox* personaBox() const { return m_persona; }
    [[nodiscard]] QPushButton* callButton() const { return m_call; }
    [[nodiscard]] QComboBox* agentBox() const { return m_agent; }
    [[nodiscard]] QLineEdit* goalEdit() const { return m_goal; }

Q_SIGNALS:
    void callRequested(const calldeck::CallRequest& request);
    /// The provider box changed (the tunnel line follows it while no call is selected).
    void providerChanged(const QString& provider);

private:
    void updateEnabled();
    void personaChosen(int index);

    PhoneNumberEdit* m_number = nullptr;
    QComboBox* m_provider = nullptr;
    QComboBox* m_persona = nullptr;
    QPushButton* m_call = nullptr;
    AgentChooser* m_agent = nullptr;
    QLineEdit* m_goal = nullptr;
    QString m_region = QStringLiteral("US");
    bool m_busy = false;
};

} // namespace calldeck
