#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace calldeck {

/// The rules of the dialling gate, in the order they are evaluated.
enum class GateRule
{
    Attestation,
    Dnc,
    CallingHours,
    Abuse,
    RateLimit,
    Consent,
};

/// One rule's verdict with the reason a person reads.
struct GateCheck
{
    GateRule rule = GateRule::Attestation;
    bool ok = false;
    QString reason;
};

/// Everything the gate decided about one call at one instant. Plain value type; crosses threads.
struct GateVerdict
{
    Q_DECLARE_TR_FUNCTIONS(calldeck::GateVerdict)
public:
    bool allowed = false;
    /// The call goes to the sandbox line and reaches no one: refusals are shown as warnings.
    bool warningsOnly = false;
    QString to;                  ///< E.164
    QDateTime evaluatedAtUtc;
    QDateTime calleeTime;        ///< in the callee's (first) time zone; invalid when unknown
    QStringList timeZones;       ///< the number's IANA zones; empty when unknown
    QDateTime nextOpeningUtc;    ///< when calling hours refused: the next instant they allow
    qint64 taskId = 0;           ///< the task the call belongs to (created for a signed ad-hoc call)
    QList<GateCheck> checks;     ///< one per rule, in GateRule order

    /// The refused checks.
    [[nodiscard]] QList<GateCheck> refusals() const;
    /// "The call is refused: reason; reason" — the message of a refused placeCall().
    [[nodiscard]] QString refusalText() const;
    /// {"allowed", "callee_time", "time_zone", "checks": [{"rule", "ok", "reason"}]}.
    [[nodiscard]] QJsonObject toJson() const;

    /// "attestation", "dnc", "calling_hours", "abuse", "rate_limit", "consent".
    static QString ruleName(GateRule rule);
    /// The rule's title for people ("Do-Not-Call list").
    static QString ruleTitle(GateRule rule);
};

} // namespace calldeck

Q_DECLARE_METATYPE(calldeck::GateVerdict)
