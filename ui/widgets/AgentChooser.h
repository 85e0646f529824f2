#pragma once

#include <QComboBox>

namespace calldeck {

/// Who talks on a call: you through the headset, or one of the AI agents. The same list, names
/// and rules wherever a call is started: the AI agents that need a key are disabled, with a
/// tooltip saying why, until one is configured.
class AgentChooser : public QComboBox
{
    Q_OBJECT
public:
    explicit AgentChooser(QWidget* parent = nullptr);

    /// Enables the agents that need a key when `aiConfigured`, and selects `preferred` when it is
    /// usable (the offline agent otherwise).
    void setAgents(const QString& preferred, bool aiConfigured);
    /// The chosen kind ("human", "offline", "realtime", "cascade").
    [[nodiscard]] QString agent() const { return currentData().toString(); }
    /// Selects `kind` when it is in the list and usable; false otherwise.
    bool selectAgent(const QString& kind);
};

} // namespace calldeck
