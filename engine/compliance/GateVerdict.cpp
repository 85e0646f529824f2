#include "compliance/GateVerdict.h"

#include <QJsonArray>

namespace calldeck {

QList<GateCheck> GateVerdict::refusals() const
{
    QList<GateCheck> refused;
    for (const GateCheck& check : checks) {
        if (!check.ok)
            refused.append(check);
    }
    return refused;
}

QString GateVerdict::refusalText() const
{
    QStringList reasons;
    for (const GateCheck& check : refusals())
        reasons.append(check.reason);
    //: %1 every reason the compliance gate refused the call, separated by spaces
    return tr("The compliance gate refuses this call. %1").arg(reasons.join(QLatin1Char(' ')));
}

QJsonObject GateVerdict::toJson() const
{
    QJsonArray array;
    for (const GateCheck& check : checks) {
        array.append(QJsonObject{{QStringLiteral("rule"), ruleName(check.rule)},
                                 {QStringLiteral("ok"), check.ok},
                                 {QStringLiteral("reason"), check.reason}});
    }
    return QJsonObject{
        {QStringLiteral("allowed"), allowed},
        {QStringLiteral("callee_time"), calleeTime.isValid() ? calleeTime.toString(Qt::ISODate) : QString()},
        {QStringLiteral("time_zone"), timeZones.join(QLatin1Char(','))},
        {QStringLiteral("checks"), array},
    };
}

QString GateVerdict::ruleName(GateRule rule)
{
    switch (rule) {
    case GateRule::Attestation: return QStringLiteral("attestation");
    case GateRule::Dnc: return QStringLiteral("dnc");
    case GateRule::CallingHours: return QStringLiteral("calling_hours");
    case GateRule::Abuse: return QStringLiteral("abuse");
    case GateRule::RateLimit: return QStringLiteral("rate_limit");
    case GateRule::Consent: return QStringLiteral("consent");
    }
    return {};
}

QString GateVerdict::ruleTitle(GateRule rule)
{
    switch (rule) {
    case GateRule::Attestation: return tr("Attestation");
    case GateRule::Dnc: return tr("Do-Not-Call list");
    case GateRule::CallingHours: return tr("Calling hours");
    case GateRule::Abuse: return tr("Abuse pause");
    case GateRule::RateLimit: return tr("Rate limits");
    case GateRule::Consent: return tr("Recording consent");
    }
    return {};
}

} // namespace calldeck
