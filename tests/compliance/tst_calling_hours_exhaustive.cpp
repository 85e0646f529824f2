// Every US area code × every 15-minute slot of 2026 (both DST changes included): the calling-hours
// verdict must equal an independent computation — QDateTime::toTimeZone() for the local time and
// the windows written out here from the statutes, not read from the rules file.
#include "compliance/CallingHours.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTest>
#include <QTimeZone>

#include <vector>

using namespace calldeck;

namespace {

constexpr int kSlotSeconds = 15 * 60;

/// Minutes after midnight a sales call may start and must end by, per US state and weekday.
struct Window
{
    int start = 0;
    int end = 0;
};

Window expectedWindow(const QString& state, int dayOfWeek)
{
    if (state == u"FL" || state == u"OK" || state == u"MD" || state == u"WA")
        return {8 * 60, 20 * 60};
    if (state == u"TX")
        return dayOfWeek == Qt::Sunday ? Window{12 * 60, 21 * 60} : Window{9 * 60, 21 * 60};
    return {8 * 60, 21 * 60}; // 47 CFR 64.1200(c)(1)
}

/// The local date-time of every slot in one zone, computed by Qt's own conversion.
struct LocalSlot
{
    int dayOfWeek = 1;
    int minute = 0;
};

} // namespace

class TestCallingHoursExhaustive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyAreaCodeEveryQuarterHourOfAYear()
    {
        Result<std::shared_ptr<const CallingHours>> loaded = CallingHours::shipped();
        QVERIFY(loaded);
        const CallingHours& hours = *loaded.value();
        const QStringList areaCodes = hours.zones().areaCodes(QStringLiteral("US"));
        QVERIFY2(areaCodes.size() > 300, qPrintable(QString::number(areaCodes.size())));

        const QDateTime first(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        const int slots = int(first.secsTo(QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC)) / kSlotSeconds);
        QCOMPARE(slots, 365 * 96);

        QHash<QString, std::vector<LocalSlot>> local; // zone id → every slot's local time
        int checked = 0;
        int open = 0;
        QElapsedTimer timer;
        timer.start();
        for (const QString& prefix : areaCodes) {
            const PhoneZoneInfo where = hours.zones().lookup(QLatin1Char('+') + prefix + QStringLiteral("2345678"));
            QVERIFY2(where.prefix.startsWith(prefix), qPrintable(where.prefix));
            QVERIFY2(where.known(), qPrintable(prefix));
            QVERIFY2(!where.subdivision.isEmpty(), qPrintable(prefix));
            for (const QString& id : where.zones) {
                if (local.contains(id))
                    continue;
                const QTimeZone zone(id.toLatin1());
                QVERIFY2(zone.isValid(), qPrintable(id));
                std::vector<LocalSlot> slotsOfZone(static_cast<size_t>(slots));
                for (int i = 0; i < slots; ++i) {
                    const QDateTime there = first.addSecs(qint64(i) * kSlotSeconds).toTimeZone(zone);
                    slotsOfZone[size_t(i)] = {there.date().dayOfWeek(), there.time().hour() * 60 + there.time().minute()};
                }
                local.insert(id, std::move(slotsOfZone));
            }
            const QString number = QLatin1Char('+') + prefix + QStringLiteral("2345678");
            std::vector<const std::vector<LocalSlot>*> zoneSlots;
            for (const QString& id : where.zones)
                zoneSlots.push_back(&*local.constFind(id));
            for (int i = 0; i < slots; ++i) {
                bool expected = true;
                for (const std::vector<LocalSlot>* perZone : zoneSlots) {
                    const LocalSlot& slot = (*perZone)[size_t(i)];
                    const Window window = expectedWindow(where.subdivision, slot.dayOfWeek);
                    expected = expected && slot.minute >= window.start && slot.minute < window.end;
                }
                const QDateTime at = first.addSecs(qint64(i) * kSlotSeconds);
                const bool actual = hours.isOpen(where, at);
                if (actual != expected) {
                    QFAIL(qPrintable(QStringLiteral("%1 at %2: gate says %3, expected %4")
                                         .arg(number, at.toString(Qt::ISODate))
                                         .arg(actual)
                                         .arg(expected)));
                }
                // The full verdict (with its reason) agrees with the fast path; sampled, it is slower.
                if (i % 211 == 0 && hours.check(number, at).ok != expected)
                    QFAIL(qPrintable(QStringLiteral("%1 at %2: check() disagrees").arg(number, at.toString(Qt::ISODate))));
                ++checked;
                open += expected ? 1 : 0;
            }
        }
        // Both DST changes of 2026 were walked: New York's offset differs on either side of them.
        const std::vector<LocalSlot>& ny = *local.constFind(QStringLiteral("America/New_York"));
        QVERIFY(!ny.empty());
        const int march = int(first.secsTo(QDateTime(QDate(2026, 3, 9), QTime(12, 0), Qt::UTC)) / kSlotSeconds);
        const int november = int(first.secsTo(QDateTime(QDate(2026, 11, 2), QTime(12, 0), Qt::UTC)) / kSlotSeconds);
        QCOMPARE(ny[size_t(march)].minute, 8 * 60);    // 12:00 UTC = 08:00 EDT
        QCOMPARE(ny[size_t(november)].minute, 7 * 60); // 12:00 UTC = 07:00 EST
        QVERIFY(open > 0 && open < checked);
        qInfo("%d verdicts (%d area codes x %d slots, %d open) in %lld ms", checked, int(areaCodes.size()), slots, open,
              timer.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestCallingHoursExhaustive)
#include "tst_calling_hours_exhaustive.moc"
