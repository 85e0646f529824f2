#include "compliance/DialGateService.h"

#include "compliance/ComplianceLog.h"
#include "core/FutureWatch.h"
#include "store/Store.h"

namespace calldeck {

DialGateService::DialGateService(Settings& settings, Store& store, QObject* parent)
    : QObject(parent), m_settings(settings), m_store(&store), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    qRegisterMetaType<GateVerdict>();
    Result<std::shared_ptr<const CallingHours>> hours = CallingHours::shipped();
    if (hours)
        m_hours = hours.value();
    else
        qCWarning(lcCompliance) << "Calling hours unavailable; every call will be refused:" << hours.error().message;
}

void DialGateService::setClock(GateClock clock)
{
    m_clock = std::move(clock);
}

QDateTime DialGateService::now() const
{
    return m_clock().toUTC();
}

DialGateConfig DialGateService::config() const
{
    DialGateConfig config;
    config.limits = RateLimits::fromSettings(m_settings);
    config.hours = m_hours;
    return config;
}

QFuture<Result<GateVerdict>> DialGateService::check(const DialFacts& facts, const QDateTime& atUtc)
{
    const QDateTime at = atUtc.isValid() ? atUtc.toUTC() : now();
    return m_store->run([facts, at, config = config()](QSqlDatabase& db) { return DialGate(db, config).evaluate(facts, at); });
}

QFuture<Result<GateVerdict>> DialGateService::admit(const DialFacts& facts, const QString& objective)
{
    const QDateTime at = now();
    auto future = m_store->run([facts, at, objective, config = config()](QSqlDatabase& db) {
        return DialGate(db, config).admit(facts, at, objective);
    });
    whenFinished(this, future, [this](const Result<GateVerdict>& verdict) {
        if (verdict)
            Q_EMIT evaluated(verdict.value());
    });
    return future;
}

} // namespace calldeck
