#pragma once

#include "compliance/DialGate.h"
#include "core/Result.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

namespace calldeck {

class Settings;
class Store;

/// The asynchronous front of DialGate: the engine asks it at the moment of dialling, the CLI's
/// `gate check` and the UI ask it to explain a refusal. Runs the gate as a store job with the
/// current rate-limit settings and the injected clock; lives on the engine thread.
class DialGateService : public QObject
{
    Q_OBJECT
public:
    DialGateService(Settings& settings, Store& store, QObject* parent = nullptr);

    /// Replaces the clock "now" is read from (tests; the default is the system's UTC time).
    void setClock(GateClock clock);
    /// Now, by the injected clock.
    [[nodiscard]] QDateTime now() const;
    /// Calling hours and the place of every number; null when the shipped rules failed to load.
    [[nodiscard]] std::shared_ptr<const CallingHours> hours() const { return m_hours; }

    /// Every verdict at `atUtc` (invalid = now), changing nothing.
    QFuture<Result<GateVerdict>> check(const DialFacts& facts, const QDateTime& atUtc = {});
    /// Every verdict now; when an ad-hoc call with a signed form is allowed, its task is created
    /// and the attestation stored (GateVerdict::taskId). What the engine calls right before dialling.
    QFuture<Result<GateVerdict>> admit(const DialFacts& facts, const QString& objective);

Q_SIGNALS:
    /// Every verdict the gate gave for a call about to be dialled (for logs and panels).
    void evaluated(const calldeck::GateVerdict& verdict);

private:
    [[nodiscard]] DialGateConfig config() const;

    Settings& m_settings;
    QPointer<Store> m_store;
    GateClock m_clock;
    std::shared_ptr<const CallingHours> m_hours;
};

} // namespace calldeck
