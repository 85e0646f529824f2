#include "compliance/CallingHours.h"

#include "core/PhoneNumbers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace calldeck {

namespace {

const std::array<QLatin1StringView, 7> kDayKeys = {QLatin1StringView("mon"), QLatin1StringView("tue"),
                                                   QLatin1StringView("wed"), QLatin1StringView("thu"),
                                                   QLatin1StringView("fri"), QLatin1StringView("sat"),
                                                   QLatin1StringView("sun")};

/// "08:00" → 480; "24:00" → 1440; -1 when malformed.
int parseMinute(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    bool okH = false;
    bool okM = false;
    const int h = parts.size() == 2 ? parts.at(0).toInt(&okH) : -1;
    const int m = parts.size() == 2 ? parts.at(1).toInt(&okM) : -1;
    if (!okH || !okM || h < 0 || m < 0 || m > 59 || h * 60 + m > 24 * 60)
        return -1;
    return h * 60 + m;
}

Result<DayWindow> parseWindow(const QJsonValue& value, const QString& where)
{
    if (value.isNull())
        return DayWindow{0, 0};
    const QJsonObject object = value.toObject();
    const int start = parseMinute(object.value(QLatin1StringView("start")).toString());
    const int end = parseMinute(object.value(QLatin1StringView("end")).toString());
    if (start < 0 || end < 0) {
        return Error{ErrorCode::InvalidArgument,
                     CallingHours::tr("%1: \"start\" and \"end\" must be HH:MM times.").arg(where)};
    }
    return DayWindow{start, end};
}

Result<CallingHoursRule> parseRule(const QJsonObject& object, const QString& where)
{
    CallingHoursRule rule;
    rule.region = object.value(QLatin1StringView("region")).toString();
    rule.subdivision = object.value(QLatin1StringView("subdivision")).toString();
    rule.name = object.value(QLatin1StringView("name")).toString();
    rule.source = object.value(QLatin1StringView("source")).toString();
    if (rule.name.isEmpty() || rule.source.isEmpty())
        return Error{ErrorCode::InvalidArgument, CallingHours::tr("%1 needs a name and a source.").arg(where)};
    Result<DayWindow> all = parseWindow(object, where);
    if (!all)
        return all.error();
    rule.days.fill(all.value());
    const QJsonObject days = object.value(QLatin1StringView("days")).toObject();
    for (int i = 0; i < 7; ++i) {
        if (!days.contains(kDayKeys.at(i)))
            continue;
        Result<DayWindow> day = parseWindow(days.value(kDayKeys.at(i)), where);
        if (!day)
            return day.error();
        rule.days.at(i) = day.value();
    }
    return rule;
}

/// Wall-clock date and minute of `atUtc` in `zone`, from the zone's offset at that instant.
struct Wall
{
    QDate date;
    int minute = 0;
};

Wall wallTime(const QDateTime& atUtc, const QTimeZone& zone)
{
    const QDateTime shifted = atUtc.addSecs(zone.offsetFromUtc(atUtc));
    const QTime time = shifted.time();
    return {shifted.date(), time.hour() * 60 + time.minute()};
}

QString dayName(const QDate& date)
{
    return QLocale().dayName(date.dayOfWeek(), QLocale::LongFormat);
}

} // namespace

CallingHours::CallingHours(std::shared_ptr<const PhoneZones> zones, CallingHoursRule fallback,
                           QList<CallingHoursRule> rules, QStringList allPartyConsent)
    : m_zones(std::move(zones)), m_default(std::move(fallback)), m_rules(std::move(rules)),
      m_allPartyConsent(std::move(allPartyConsent))
{}

Result<std::shared_ptr<const CallingHours>> CallingHours::fromJson(const QByteArray& json,
                                                                   std::shared_ptr<const PhoneZones> zones)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        return Error{ErrorCode::InvalidArgument,
                     tr("The calling-hours rules are not valid JSON: %1").arg(parseError.errorString())};
    }
    const QJsonObject root = document.object();
    Result<CallingHoursRule> fallback = parseRule(root.value(QLatin1StringView("default")).toObject(),
                                                  QStringLiteral("default"));
    if (!fallback)
        return fallback.error();
    QList<CallingHoursRule> rules;
    const QJsonArray array = root.value(QLatin1StringView("rules")).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        Result<CallingHoursRule> rule = parseRule(array.at(i).toObject(), QStringLiteral("rules[%1]").arg(i));
        if (!rule)
            return rule.error();
        rules.append(std::move(rule).value());
    }
    QStringList consent;
    const QJsonArray states =
        root.value(QLatin1StringView("all_party_consent")).toObject().value(QLatin1StringView("subdivisions")).toArray();
    for (const QJsonValue& state : states)
        consent.append(state.toString());
    return std::make_shared<const CallingHours>(std::move(zones), std::move(fallback).value(), std::move(rules),
                                                std::move(consent));
}

Result<std::shared_ptr<const CallingHours>> CallingHours::shipped()
{
    Result<std::shared_ptr<const PhoneZones>> zones = PhoneZones::shipped();
    if (!zones)
        return zones.error();
    QFile file(QStringLiteral(":/compliance/calling_hours.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, tr("The shipped calling-hours rules are missing from this build.")};
    return fromJson(file.readAll(), zones.value());
}

QString CallingHours::minuteText(int minute)
{
    return QStringLiteral("%1:%2").arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
}

CallingHoursRule CallingHours::ruleFor(const PhoneZoneInfo& where) const
{
    for (const CallingHoursRule& rule : m_rules) {
        if (rule.region != where.region || rule.subdivision != where.subdivision || rule.subdivision.isEmpty())
            continue;
        // A state rule narrows the federal window; it never opens hours the default forbids.
        CallingHoursRule narrowed = rule;
        for (int i = 0; i < 7; ++i) {
            narrowed.days.at(i).startMinute = std::max(rule.days.at(i).startMinute, m_default.days.at(i).startMinute);
            narrowed.days.at(i).endMinute = std::min(rule.days.at(i).endMinute, m_default.days.at(i).endMinute);
        }
        return narrowed;
    }
    return m_default;
}

bool CallingHours::requiresAllPartyConsent(const PhoneZoneInfo& where) const
{
    return where.region == u"US" && m_allPartyConsent.contains(where.subdivision);
}

CallingHoursVerdict CallingHours::check(const QString& e164, const QDateTime& atUtc) const
{
    CallingHoursVerdict verdict;
    const PhoneZoneInfo where = m_zones->lookup(e164);
    const QString number = PhoneNumbers::formatInternational(e164).isEmpty() ? e164
                                                                             : PhoneNumbers::formatInternational(e164);
    QList<QTimeZone> zones;
    for (const QString& id : where.zones) {
        const QTimeZone zone = m_zones->zone(id);
        if (zone.isValid())
            zones.append(zone);
    }
    if (zones.isEmpty() || zones.size() != where.zones.size()) {
        verdict.reason = tr("CallDeck does not know the time zone of %1, so it cannot tell whether this is a lawful "
                            "hour to call there; the call is refused rather than guessed.")
                             .arg(number);
        return verdict;
    }
    verdict.zoneKnown = true;
    verdict.timeZones = where.zones;
    const CallingHoursRule rule = ruleFor(where);
    verdict.ruleName = rule.name;
    verdict.calleeTime = atUtc.toTimeZone(zones.constFirst());
    const QString place = where.place.isEmpty() ? where.zones.join(QStringLiteral(", ")) : where.place;

    QStringList times;
    int refusedIndex = -1;
    for (qsizetype i = 0; i < zones.size(); ++i) {
        const Wall wall = wallTime(atUtc, zones.at(i));
        //: %1 local time (20:12), %2 day of the week (Tuesday)
        QString text = tr("%1 on a %2").arg(minuteText(wall.minute), dayName(wall.date));
        if (zones.size() > 1)
            text += QStringLiteral(" (%1)").arg(where.zones.at(i));
        times.append(text);
        if (refusedIndex < 0 && !rule.on(wall.date).contains(wall.minute))
            refusedIndex = int(i);
    }
    //: %1 phone number, %2 place (Florida), %3 local time(s) ("20:12 on a Tuesday")
    QString situation = tr("%1 is in %2, where it is %3").arg(number, place, times.join(tr(" and ")));
    if (refusedIndex < 0) {
        verdict.ok = true;
        const DayWindow& window = rule.on(verdict.calleeTime.date());
        //: %1 situation sentence, %2 rule (Florida, TCPA), %3 start, %4 end
        verdict.reason = tr("%1; %2 allows sales calls from %3 until %4.")
                             .arg(situation, rule.name, minuteText(window.startMinute), minuteText(window.endMinute));
        return verdict;
    }
    const Wall wall = wallTime(atUtc, zones.at(refusedIndex));
    const DayWindow& window = rule.on(wall.date);
    if (window.closed()) {
        //: %1 situation sentence, %2 rule (Texas), %3 day of the week
        verdict.reason = tr("%1; %2 allows no sales calls on a %3.").arg(situation, rule.name, dayName(wall.date));
    } else if (wall.minute < window.startMinute) {
        verdict.reason = tr("%1; %2 allows sales calls from %3.").arg(situation, rule.name, minuteText(window.startMinute));
    } else {
        verdict.reason = tr("%1; %2 allows sales calls until %3.").arg(situation, rule.name, minuteText(window.endMinute));
    }
    verdict.nextOpeningUtc = nextOpening(where, atUtc);
    if (verdict.nextOpeningUtc.isValid()) {
        const QDateTime local = verdict.nextOpeningUtc.toTimeZone(zones.constFirst());
        //: %1 the refusal so far, %2 local date and time the window opens
        verdict.reason = tr("%1 The next opening is %2 local time.")
                             .arg(verdict.reason, QLocale().toString(local, QStringLiteral("ddd yyyy-MM-dd HH:mm")));
    }
    return verdict;
}

bool CallingHours::isOpen(const PhoneZoneInfo& where, const QDateTime& atUtc) const
{
    if (!where.known())
        return false;
    const CallingHoursRule rule = ruleFor(where);
    for (const QString& id : where.zones) {
        const QTimeZone zone = m_zones->zone(id);
        if (!zone.isValid())
            return false;
        const Wall wall = wallTime(atUtc, zone);
        if (!rule.on(wall.date).contains(wall.minute))
            return false;
    }
    return true;
}

QDateTime CallingHours::nextOpening(const PhoneZoneInfo& where, const QDateTime& fromUtc) const
{
    if (!where.known())
        return {};
    const CallingHoursRule rule = ruleFor(where);
    QList<QTimeZone> zones;
    for (const QString& id : where.zones)
        zones.append(m_zones->zone(id));
    // Whole minutes, so the answer is a time a person can read and the loop moves forward.
    QDateTime at = fromUtc.toUTC();
    at.setTime(QTime(at.time().hour(), at.time().minute()));
    for (int round = 0; round < 64; ++round) {
        QDateTime candidate = at;
        bool allOpen = true;
        for (const QTimeZone& zone : std::as_const(zones)) {
            const Wall wall = wallTime(at, zone);
            if (rule.on(wall.date).contains(wall.minute))
                continue;
            allOpen = false;
            QDate day = wall.date;
            if (rule.on(day).closed() || wall.minute >= rule.on(day).startMinute) {
                day = day.addDays(1);
                for (int skip = 0; skip < 7 && rule.on(day).closed(); ++skip)
                    day = day.addDays(1);
            }
            const int start = rule.on(day).startMinute;
            QDateTime opens = QDateTime(day, QTime(start / 60, start % 60), zone).toUTC();
            if (opens <= at)
                opens = at.addSecs(60);
            candidate = std::max(candidate, opens);
        }
        if (allOpen)
            return at;
        if (candidate > fromUtc.addDays(14))
            return {};
        at = candidate;
    }
    return {};
}

} // namespace calldeck
