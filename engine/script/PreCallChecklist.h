#pragma once

#include "script/Prospect.h"
#include "script/Script.h"
#include "script/ScriptRun.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

namespace calldeck {

/// The verdict on starting a call (PRODUCT S2).
struct GateDecision
{
    bool allowed = false;          ///< the call may start
    bool qualified = false;        ///< client count known and ≥ threshold
    bool overridden = false;       ///< allowed only because of a flexible-mode override reason
    QStringList missingRequired;   ///< texts of required checklist items not checked
    QString reason;                ///< why not allowed (or what was overridden), for the user
};

/// The pre-call checklist and the qualification gate (seed 003 TASK-005): strict mode blocks a
/// prospect under the threshold (or with no client count) and any unchecked required item;
/// flexible mode lets the call start with a non-empty override reason, which the caller logs.
class PreCallChecklist
{
    Q_DECLARE_TR_FUNCTIONS(calldeck::PreCallChecklist)
public:
    /// Default threshold of the gate (setting Settings::Key::QualificationMinClients).
    static constexpr int kDefaultMinClients = 500;

    static GateDecision evaluate(const Script& script, const ProspectProfile& prospect,
                                 const QSet<int>& checked, ScriptMode mode, int minClients,
                                 const QString& overrideReason = {});
};

} // namespace calldeck
