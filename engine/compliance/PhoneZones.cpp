#include "compliance/PhoneZones.h"

#include <QFile>
#include <QMutexLocker>

#include <algorithm>

namespace calldeck {

Result<std::shared_ptr<const PhoneZones>> PhoneZones::parse(const QByteArray& tsv)
{
    auto table = std::make_shared<PhoneZones>();
    int lineNo = 0;
    for (const QByteArray& raw : tsv.split('\n')) {
        ++lineNo;
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> fields = raw.split('\t');
        if (fields.size() < 2 || fields.at(0).isEmpty()) {
            return Error{ErrorCode::InvalidArgument,
                         tr("Line %1 of the time-zone table is not \"prefix<TAB>zones…\".").arg(lineNo)};
        }
        PhoneZoneInfo info;
        info.prefix = QString::fromLatin1(fields.at(0));
        info.zones = QString::fromUtf8(fields.at(1)).split(QLatin1Char(','), Qt::SkipEmptyParts);
        std::sort(info.zones.begin(), info.zones.end());
        if (fields.size() > 2)
            info.region = QString::fromLatin1(fields.at(2));
        if (fields.size() > 3)
            info.subdivision = QString::fromLatin1(fields.at(3));
        if (fields.size() > 4)
            info.place = QString::fromUtf8(fields.at(4)).trimmed();
        table->m_longestPrefix = std::max(table->m_longestPrefix, int(info.prefix.size()));
        table->m_byPrefix.insert(info.prefix, info);
    }
    if (table->m_byPrefix.isEmpty())
        return Error{ErrorCode::InvalidArgument, tr("The time-zone table is empty.")};
    return std::shared_ptr<const PhoneZones>(std::move(table));
}

Result<std::shared_ptr<const PhoneZones>> PhoneZones::shipped()
{
    QFile file(QStringLiteral(":/compliance/phone_zones.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, tr("The shipped time-zone table is missing from this build.")};
    return parse(file.readAll());
}

PhoneZoneInfo PhoneZones::lookup(const QString& e164) const
{
    QString digits = e164;
    if (digits.startsWith(QLatin1Char('+')))
        digits.remove(0, 1);
    for (qsizetype length = std::min<qsizetype>(digits.size(), m_longestPrefix); length >= 1; --length) {
        const auto it = m_byPrefix.constFind(digits.left(length));
        if (it == m_byPrefix.constEnd())
            continue;
        // "1" alone names every zone of North America: that is not knowing where the number is.
        if (it->prefix == u"1")
            break;
        return *it;
    }
    return {};
}

QStringList PhoneZones::areaCodes(const QString& region) const
{
    QStringList codes;
    for (const PhoneZoneInfo& info : m_byPrefix) {
        if (info.prefix.size() == 4 && info.prefix.startsWith(QLatin1Char('1')) && info.region == region)
            codes.append(info.prefix);
    }
    std::sort(codes.begin(), codes.end());
    return codes;
}

QTimeZone PhoneZones::zone(const QString& id) const
{
    QMutexLocker lock(&m_zonesMutex);
    auto it = m_zones.constFind(id);
    if (it == m_zones.constEnd())
        it = m_zones.insert(id, QTimeZone(id.toLatin1()));
    return *it;
}

} // namespace calldeck
