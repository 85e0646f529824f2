#include "script/PreCallChecklist.h"

#include <algorithm>

namespace calldeck {

GateDecision PreCallChecklist::evaluate(const Script& script, const ProspectProfile& prospect, const QSet<int>& checked,
                                        ScriptMode mode, int minClients, const QString& overrideReason)
{
    GateDecision decision;
    decision.qualified = prospect.clientCount.has_value() && *prospect.clientCount >= minClients;
    for (const ChecklistItem& item : script.checklist) {
        if (item.required && !checked.contains(item.id)) {
            decision.missingRequired.append(item.text);
        }
    }
    // A script without a gate item (an organization's own) has no qualification gate to enforce.
    const bool hasGate = std::any_of(script.checklist.begin(), script.checklist.end(),
                                     [](const ChecklistItem& item) { return item.gate; });

    QStringList problems;
    if (hasGate && !decision.qualified) {
        problems.append(prospect.clientCount
                            ? tr("The prospect has %1 clients; the qualification gate needs at least %2.")
                                  .arg(*prospect.clientCount)
                                  .arg(minClients)
                            : tr("The prospect's client count is unknown; the qualification gate needs at least %1.")
                                  .arg(minClients));
    }
    if (!decision.missingRequired.isEmpty()) {
        problems.append(
            tr("Required checklist items not checked: %1.").arg(decision.missingRequired.join(QStringLiteral(", "))));
    }
    if (problems.isEmpty()) {
        decision.allowed = true;
        return decision;
    }
    const QString reason = overrideReason.trimmed();
    if (mode == ScriptMode::Flexible && !reason.isEmpty()) {
        decision.allowed = true;
        decision.overridden = true;
        decision.reason = tr("Overridden (%1): %2").arg(reason, problems.join(u' '));
        return decision;
    }
    decision.allowed = false;
    problems.append(mode == ScriptMode::Strict ? tr("Strict mode does not allow starting the call.")
                                               : tr("Give an override reason to start the call anyway."));
    decision.reason = problems.join(u' ');
    return decision;
}

} // namespace calldeck
