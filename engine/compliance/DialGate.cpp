#include "compliance/DialGate.h"

#include "compliance/AttestationGate.h"
#include "compliance/AttestationRepository.h"
#include "compliance/ComplianceLog.h"
#include "compliance/DncRepository.h"
#include "compliance/RateLimiter.h"
#include "core/PhoneNumbers.h"
#include "store/CallRepository.h"
#include "store/SqlSupport.h"
#include "store/SqlTransaction.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace calldeck {

namespace {

QString shown(const QString& e164)
{
    const QString formatted = PhoneNumbers::formatInternational(e164);
    return formatted.isEmpty() ? e164 : formatted;
}

} // namespace

DialGate::DialGate(QSqlDatabase db, DialGateConfig config) : m_db(std::move(db)), m_config(std::move(config)) {}

Result<GateVerdict> DialGate::evaluate(const DialFacts& facts, const QDateTime& nowUtc)
{
    GateVerdict verdict;
    verdict.to = facts.e164;
    verdict.evaluatedAtUtc = nowUtc;
    verdict.warningsOnly = facts.sandbox;
    verdict.taskId = facts.taskId;

    Result<GateCheck> attested = attestation(facts);
    if (!attested)
        return attested.error();
    verdict.checks.append(attested.value());

    Result<GateCheck> listed = dnc(facts);
    if (!listed)
        return listed.error();
    verdict.checks.append(listed.value());

    GateCheck hours{GateRule::CallingHours, false, {}};
    if (!m_config.hours) {
        hours.reason = tr("The calling-hours rules could not be loaded, so no call can be checked against them.");
    } else {
        const CallingHoursVerdict local = m_config.hours->check(facts.e164, nowUtc);
        hours.ok = local.ok;
        hours.reason = local.reason;
        verdict.calleeTime = local.calleeTime;
        verdict.timeZones = local.timeZones;
        verdict.nextOpeningUtc = local.nextOpeningUtc;
    }
    verdict.checks.append(hours);

    Result<GateCheck> paused = abuse(facts, nowUtc);
    if (!paused)
        return paused.error();
    verdict.checks.append(paused.value());

    Result<GateCheck> limited = rateLimit(facts, nowUtc);
    if (!limited)
        return limited.error();
    verdict.checks.append(limited.value());

    verdict.checks.append(consent(facts));

    verdict.allowed = verdict.refusals().isEmpty();
    if (!verdict.allowed) {
        qCInfo(lcCompliance).noquote() << (facts.sandbox ? "gate warnings (sandbox):" : "gate refused:")
                                       << verdict.refusalText();
    }
    return verdict;
}

Result<GateVerdict> DialGate::admit(const DialFacts& facts, const QDateTime& nowUtc, const QString& objective)
{
    SqlTransaction transaction(m_db);
    Result<GateVerdict> verdict = evaluate(facts, nowUtc);
    if (!verdict || facts.taskId != 0 || !facts.attestation || !verdict.value().allowed)
        return verdict;
    NewCallRecord record;
    record.toE164 = facts.e164;
    record.objective = objective;
    Result<qint64> task = CallRepository(m_db).createAdHocTask(record);
    if (!task)
        return task.error();
    Result<AttestationRecord> signedRecord = AttestationRepository(m_db).sign(task.value(), *facts.attestation);
    if (!signedRecord)
        return signedRecord.error();
    if (!transaction.commit())
        return sql::databaseError(tr("Could not store the call's attestation"), m_db.lastError());
    verdict.value().taskId = task.value();
    return verdict;
}

Result<GateCheck> DialGate::attestation(const DialFacts& facts)
{
    GateCheck check{GateRule::Attestation, false, {}};
    if (facts.taskId > 0) {
        const Status gate = AttestationGate(m_db).check(facts.taskId);
        if (!gate && gate.error().code == ErrorCode::Database)
            return gate.error();
        check.ok = gate.ok();
        check.reason = gate.ok() ? tr("Task %1's attestation is signed and unaltered.").arg(facts.taskId)
                                 : gate.error().message;
        return check;
    }
    if (!facts.attestation) {
        check.reason = tr("Nobody has signed the attestation for this call: confirm its five statements and type "
                          "your full name before dialling.");
        return check;
    }
    const QList<AttestationFieldError> problems = facts.attestation->validate();
    if (!problems.isEmpty()) {
        QStringList messages;
        for (const AttestationFieldError& problem : problems)
            messages.append(problem.message);
        check.reason = tr("The attestation is incomplete: %1").arg(messages.join(QLatin1Char(' ')));
        return check;
    }
    check.ok = true;
    check.reason = tr("Attested by %1 for this call.").arg(facts.attestation->normalizedFullName());
    return check;
}

Result<GateCheck> DialGate::dnc(const DialFacts& facts)
{
    GateCheck check{GateRule::Dnc, false, {}};
    Result<std::optional<DncEntry>> entry = DncRepository(m_db).find(facts.e164);
    if (!entry)
        return entry.error();
    if (!entry.value()) {
        check.ok = true;
        check.reason = tr("%1 is not on the Do-Not-Call list.").arg(shown(facts.e164));
        return check;
    }
    const DncEntry& listed = *entry.value();
    const QString when = QLocale().toString(listed.addedAtUtc.toLocalTime(), QLocale::ShortFormat);
    check.reason = listed.reason.isEmpty()
                       //: %1 number, %2 who added it, %3 when
                       ? tr("%1 is on the Do-Not-Call list (added by %2 on %3).").arg(shown(facts.e164), listed.addedBy, when)
                       //: %1 number, %2 who added it, %3 when, %4 why
                       : tr("%1 is on the Do-Not-Call list (added by %2 on %3: %4).")
                             .arg(shown(facts.e164), listed.addedBy, when, listed.reason);
    return check;
}

Result<GateCheck> DialGate::abuse(const DialFacts& facts, const QDateTime& nowUtc)
{
    GateCheck check{GateRule::Abuse, false, {}};
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("SELECT COUNT(*) FROM call_sessions s JOIN call_tasks t ON t.id = s.task_id"
                                      " WHERE t.phone_e164 = :phone AND s.created_at > :since"))) {
        return sql::databaseError(tr("Could not count the number's recent calls"), query.lastError());
    }
    query.bindValue(QStringLiteral(":phone"), facts.e164);
    query.bindValue(QStringLiteral(":since"), sql::toText(nowUtc.addDays(-1)));
    if (!query.exec() || !query.next())
        return sql::databaseError(tr("Could not count the number's recent calls"), query.lastError());
    const int recent = query.value(0).toInt();
    const int limit = m_config.maxCallsPerNumberPerDay;
    check.ok = recent < limit;
    check.reason = check.ok
                       //: %1 number, %2 calls so far, %3 the most allowed
                       ? tr("%1 was called %2 times in the last 24 hours (at most %3 are allowed).")
                             .arg(shown(facts.e164))
                             .arg(recent)
                             .arg(limit)
                       : tr("%1 was already called %2 times in the last 24 hours; more than %3 calls to one number "
                            "a day is treated as harassment.")
                             .arg(shown(facts.e164))
                             .arg(recent)
                             .arg(limit);
    return check;
}

Result<GateCheck> DialGate::rateLimit(const DialFacts& facts, const QDateTime& nowUtc)
{
    RateLimiter limiter(m_db, m_config.limits);
    Result<RateLimitDecision> decision =
        facts.taskId > 0 ? limiter.checkTask(facts.taskId, nowUtc) : limiter.check(CallCategory::Manual, nowUtc);
    if (!decision)
        return decision.error();
    GateCheck check{GateRule::RateLimit, decision.value().allowed, decision.value().message};
    if (check.ok) {
        const RateLimitDecision& d = decision.value();
        //: %1/%2 calls in the last hour/day, %3/%4 the limits
        check.reason = tr("%1 of %3 calls this hour and %2 of %4 today.")
                           .arg(d.usedLastHour)
                           .arg(d.usedLastDay)
                           .arg(m_config.limits.perHour(d.category))
                           .arg(m_config.limits.perDay(d.category));
    }
    return check;
}

GateCheck DialGate::consent(const DialFacts& facts) const
{
    GateCheck check{GateRule::Consent, true, {}};
    if (!facts.recorded) {
        check.reason = tr("The call is not recorded; the agent still says it is an AI when one talks.");
        return check;
    }
    const PhoneZoneInfo where = m_config.hours ? m_config.hours->zones().lookup(facts.e164) : PhoneZoneInfo{};
    if (m_config.hours && m_config.hours->requiresAllPartyConsent(where)) {
        check.reason = tr("The call is recorded and %1 requires every party's consent: the agent opens with the "
                          "recording notice and asks for consent.")
                           .arg(where.place.isEmpty() ? where.subdivision : where.place);
    } else {
        check.reason = tr("The call is recorded: the agent opens with the recording notice.");
    }
    return check;
}

} // namespace calldeck
