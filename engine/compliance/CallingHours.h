#pragma once

#include "compliance/PhoneZones.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>

namespace calldeck {

/// One day's window in minutes after local midnight, end exclusive; start >= end means closed.
struct DayWindow
{
    int startMinute = 8 * 60;
    int endMinute = 21 * 60;

    [[nodiscard]] bool contains(int minute) const { return minute >= startMinute && minute < endMinute; }
    [[nodiscard]] bool closed() const { return startMinute >= endMinute; }
};

/// The window of one jurisdiction, Monday (index 0) to Sunday, with the law it comes from.
struct CallingHoursRule
{
    QString region;      ///< "US"; empty for the default rule
    QString subdivision; ///< "FL"; empty for the default rule
    QString name;        ///< "Florida", "TCPA"
    std::array<DayWindow, 7> days{};
    QString source;

    /// The window on `date`'s weekday.
    [[nodiscard]] const DayWindow& on(const QDate& date) const { return days.at(date.dayOfWeek() - 1); }
};

/// The calling-hours verdict for one number at one instant.
struct CallingHoursVerdict
{
    bool ok = false;
    bool zoneKnown = false;
    QString reason;           ///< a sentence a person understands, naming place, local time and rule
    QDateTime calleeTime;     ///< local time in the first of the number's zones; invalid when unknown
    QStringList timeZones;    ///< every zone the number may ring in
    QDateTime nextOpeningUtc; ///< when refused for the hour: the next instant every zone is open
    QString ruleName;         ///< the rule that applies ("Florida")
};

/// Calling hours in the callee's local time: the TCPA default of 08:00–21:00,
/// narrowed by state rules kept as data with their sources (resources/compliance/calling_hours.json).
/// A number whose area code spans several zones must be inside the window in all of them; a
/// number whose zone is unknown is refused. Immutable; safe to share between threads.
class CallingHours
{
    Q_DECLARE_TR_FUNCTIONS(calldeck::CallingHours)
public:
    CallingHours(std::shared_ptr<const PhoneZones> zones, CallingHoursRule fallback, QList<CallingHoursRule> rules,
                 QStringList allPartyConsent);

    /// Rules from JSON in the shape of the shipped file.
    static Result<std::shared_ptr<const CallingHours>> fromJson(const QByteArray& json,
                                                                std::shared_ptr<const PhoneZones> zones);
    /// The shipped rules over the shipped time-zone table.
    static Result<std::shared_ptr<const CallingHours>> shipped();

    /// May `e164` be called at `atUtc`?
    [[nodiscard]] CallingHoursVerdict check(const QString& e164, const QDateTime& atUtc) const;
    /// The yes/no of check() without the reason: every zone of `where` is inside its window.
    /// False when the zone is unknown.
    [[nodiscard]] bool isOpen(const PhoneZoneInfo& where, const QDateTime& atUtc) const;
    /// The earliest instant at or after `fromUtc` when every zone of `where` is inside its window;
    /// invalid when the zone is unknown or no window opens within two weeks.
    [[nodiscard]] QDateTime nextOpening(const PhoneZoneInfo& where, const QDateTime& fromUtc) const;
    /// The rule for a place: its state's rule intersected with the default, or the default.
    [[nodiscard]] CallingHoursRule ruleFor(const PhoneZoneInfo& where) const;
    /// True when the place's law requires every party's consent to record a call.
    [[nodiscard]] bool requiresAllPartyConsent(const PhoneZoneInfo& where) const;

    [[nodiscard]] const PhoneZones& zones() const { return *m_zones; }
    [[nodiscard]] const std::shared_ptr<const PhoneZones>& zoneTable() const { return m_zones; }

    /// "HH:mm" of a minute of the day.
    static QString minuteText(int minute);

private:
    std::shared_ptr<const PhoneZones> m_zones;
    CallingHoursRule m_default;
    QList<CallingHoursRule> m_rules;
    QStringList m_allPartyConsent;
};

} // namespace calldeck
