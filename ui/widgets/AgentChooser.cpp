#include "widgets/AgentChooser.h"

#include "calls/AgentFactory.h"

#include <QStandardItemModel>

namespace calldeck {

namespace {

bool needsKey(const QString& kind)
{
    return kind == u"realtime" || kind == u"cascade";
}

} // namespace

AgentChooser::AgentChooser(QWidget* parent) : QComboBox(parent)
{
    setToolTip(tr("Who talks on the call: you through your headset, or an AI agent"));
    for (const QString& kind : AgentFactory::kinds()) {
        addItem(AgentFactory::displayName(kind), kind);
    }
}

void AgentChooser::setAgents(const QString& preferred, bool aiConfigured)
{
    if (auto* items = qobject_cast<QStandardItemModel*>(model()); items != nullptr) {
        for (int row = 0; row < count(); ++row) {
            if (needsKey(itemData(row).toString())) {
                items->item(row)->setEnabled(aiConfigured);
                items->item(row)->setToolTip(
                    aiConfigured ? QString()
                                 : tr("Needs an OpenAI-compatible API key (Settings › AI or OPENAI_API_KEY)"));
            }
        }
    }
    if (selectAgent(preferred)) {
        return;
    }
    // A preferred agent that needs the missing key falls back to the one that needs none.
    if (findData(preferred) < 0 || !selectAgent(QStringLiteral("offline"))) {
        setCurrentIndex(0);
    }
}

bool AgentChooser::selectAgent(const QString& kind)
{
    const int row = findData(kind);
    const auto* items = qobject_cast<QStandardItemModel*>(model());
    if (row < 0 || (items != nullptr && !items->item(row)->isEnabled())) {
        return false;
    }
    setCurrentIndex(row);
    return true;
}

} // namespace calldeck
