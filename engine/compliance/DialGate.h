#pragma once

#include "compliance/AttestationForm.h"
#include "compliance/CallingHours.h"
#include "compliance/GateVerdict.h"
#include "compliance/RateLimits.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

namespace calldeck {

/// What the gate needs to know about a call about to be dialled.
struct DialFacts
{
    QString e164;
    /// The task the call is an attempt of; 0 = an ad-hoc call (place-call bar, script, `call`).
    qint64 taskId = 0;
    /// For an ad-hoc call: the attestation signed for it (signed and stored when the gate allows).
    std::optional<AttestationForm> attestation;
    /// The sandbox line: simulated, reaches no one; refusals become warnings.
    bool sandbox = false;
    /// Whether the call will be recorded (the consent plan depends on it).
    bool recorded = false;
};

/// The clock the gate reads; injected so tests and `gate check --at` control "now".
using GateClock = std::function<QDateTime()>;

/// Everything the gate needs besides the database; cheap to copy into a store job.
struct DialGateConfig
{
    RateLimits limits;
    std::shared_ptr<const CallingHours> hours; ///< null: every call is refused for want of rules
    /// More calls to one number within 24 hours than this is abuse (the seed rule: more than 3).
    int maxCallsPerNumberPerDay = 3;
};

/// The one compliance gate in front of every telephony provider call.
/// Evaluates, in order: attestation, Do-Not-Call, calling hours in the callee's local time, the
/// abuse pause, rate limits and the recording-consent plan, and returns every verdict with its
/// reason. Synchronous; construct it only inside a Store job, at the moment of dialling.
class DialGate
{
    Q_DECLARE_TR_FUNCTIONS(calldeck::DialGate)
public:
    DialGate(QSqlDatabase db, DialGateConfig config);

    /// Every rule's verdict at `nowUtc`. Database errors are the only failures.
    Result<GateVerdict> evaluate(const DialFacts& facts, const QDateTime& nowUtc);
    /// evaluate(), and when the call may go ahead as an ad-hoc call with a signed form: creates
    /// its task and stores the attestation against it (GateVerdict::taskId), in one transaction.
    Result<GateVerdict> admit(const DialFacts& facts, const QDateTime& nowUtc, const QString& objective);

private:
    Result<GateCheck> attestation(const DialFacts& facts);
    Result<GateCheck> dnc(const DialFacts& facts);
    Result<GateCheck> abuse(const DialFacts& facts, const QDateTime& nowUtc);
    Result<GateCheck> rateLimit(const DialFacts& facts, const QDateTime& nowUtc);
    GateCheck consent(const DialFacts& facts) const;

    QSqlDatabase m_db;
    DialGateConfig m_config;
};

} // namespace calldeck
