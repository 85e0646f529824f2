#include "calls/cost/PriceTable.h"

#include "calls/cost/CostLog.h"
#include "core/Paths.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace calldeck {

Q_LOGGING_CATEGORY(lcCost, "calldeck.cost")

namespace {

constexpr int kNanoDigits = 9;

} // namespace

Result<qint64> PriceTable::parseUsdNanos(const QString& usd)
{
    static const QRegularExpression decimal(QStringLiteral("^(\\d{1,9})(?:\\.(\\d{1,9}))?$"));
    const QRegularExpressionMatch match = decimal.match(usd.trimmed());
    if (!match.hasMatch()) {
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("calldeck::PriceTable",
                                                 "\"%1\" is not an amount in dollars (write it like 0.014, "
                                                 "at most 9 decimals, no sign or currency symbol).")
                         .arg(usd)};
    }
    const qint64 whole = match.captured(1).toLongLong();
    const QString fraction = match.captured(2).leftJustified(kNanoDigits, QLatin1Char('0'));
    return whole * 1'000'000'000 + fraction.toLongLong();
}

QString PriceTable::formatNanos(qint64 nanos)
{
    const bool negative = nanos < 0;
    const qint64 magnitude = negative ? -nanos : nanos;
    QString fraction = QStringLiteral("%1").arg(magnitude % 1'000'000'000, kNanoDigits, 10, QLatin1Char('0'));
    while (fraction.endsWith(QLatin1Char('0'))) {
        fraction.chop(1);
    }
    QString out = QString::number(magnitude / 1'000'000'000);
    if (!fraction.isEmpty()) {
        out += QLatin1Char('.') + fraction;
    }
    return negative ? QLatin1Char('-') + out : out;
}

QString PriceTable::userFile()
{
    // Next to settings.ini: Paths has one per-user directory for everything editable.
    return QFileInfo(Paths::settingsFile()).absolutePath() + QStringLiteral("/prices.json");
}

PriceTable PriceTable::defaults()
{
    QFile file(QStringLiteral(":/prices/prices.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcCost) << "The built-in price table is missing from the binary";
        return {};
    }
    Result<PriceTable> table = fromJson(file.readAll(), file.fileName());
    if (!table.ok()) {
        qCWarning(lcCost) << "The built-in price table is broken:" << table.error().message;
        return {};
    }
    return std::move(table).value();
}

PriceTable PriceTable::load(const QString& userPath, QString* problem)
{
    PriceTable table = defaults();
    const Status merged = table.mergeFile(userPath);
    if (!merged.ok()) {
        qCWarning(lcCost).noquote() << merged.error().message;
        if (problem != nullptr) {
            *problem = merged.error().message;
        }
    }
    return table;
}

Result<PriceTable> PriceTable::fromJson(const QByteArray& json, const QString& fileName)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("calldeck::PriceTable",
                                                 "The price file %1 is not valid JSON (%2 at character %3). "
                                                 "The built-in prices stay in force.")
                         .arg(fileName, parseError.errorString())
                         .arg(parseError.offset)};
    }
    const QJsonObject root = doc.object();
    PriceTable table;
    const QString asOf = root.value(QStringLiteral("as_of")).toString();
    table.m_asOf = QDate::fromString(asOf, Qt::ISODate);
    if (!asOf.isEmpty() && !table.m_asOf.isValid()) {
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("calldeck::PriceTable",
                                                 "The price file %1 has an invalid date \"%2\" (write it as YYYY-MM-DD).")
                         .arg(fileName, asOf)};
    }
    const QJsonValue prices = root.value(QStringLiteral("prices"));
    if (!prices.isObject()) {
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("calldeck::PriceTable", "The price file %1 has no \"prices\" object.")
                         .arg(fileName)};
    }
    const QJsonObject entries = prices.toObject();
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
        const QJsonObject e = it.value().toObject();
        const Status set = table.set(it.key(), e.value(QStringLiteral("unit")).toString(),
                                     e.value(QStringLiteral("usd")).toString(), e.value(QStringLiteral("source")).toString());
        if (!set.ok()) {
            return Error{ErrorCode::InvalidArgument,
                         QCoreApplication::translate("calldeck::PriceTable", "The price file %1: %2")
                             .arg(fileName, set.error().message)};
        }
    }
    return table;
}

Status PriceTable::set(const QString& key, const QString& unit, const QString& usd, const QString& source)
{
    static const QStringList units{QStringLiteral("minute"), QStringLiteral("token"), QStringLiteral("character"),
                                   QStringLiteral("second")};
    if (key.trimmed().isEmpty()) {
        return Status::failure(ErrorCode::InvalidArgument, QCoreApplication::translate("calldeck::PriceTable", "A price needs a name."));
    }
    if (!units.contains(unit)) {
        return Status::failure(ErrorCode::InvalidArgument,
                               QCoreApplication::translate("calldeck::PriceTable",
                                                           "The price \"%1\" has the unit \"%2\"; use minute, token, "
                                                           "character or second.")
                                   .arg(key, unit));
    }
    const Result<qint64> nanos = parseUsdNanos(usd);
    if (!nanos.ok()) {
        return Status::failure(ErrorCode::InvalidArgument,
                               QCoreApplication::translate("calldeck::PriceTable", "The price \"%1\": %2")
                                   .arg(key, nanos.error().message));
    }
    m_entries.insert(key, PriceEntry{key, unit, usd.trimmed(), nanos.value(), source});
    return {};
}

Status PriceTable::mergeFile(const QString& path)
{
    QFile file(path);
    if (!file.exists()) {
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Status::failure(ErrorCode::Io,
                               QCoreApplication::translate("calldeck::PriceTable",
                                                           "The price file %1 cannot be read (%2). The built-in prices "
                                                           "stay in force.")
                                   .arg(path, file.errorString()));
    }
    const Result<PriceTable> user = fromJson(file.readAll(), path);
    if (!user.ok()) {
        return user.error();
    }
    for (const PriceEntry& entry : user.value().m_entries) {
        m_entries.insert(entry.key, entry);
    }
    if (user.value().m_asOf.isValid()) {
        m_asOf = std::max(m_asOf, user.value().m_asOf);
    }
    return {};
}

QByteArray PriceTable::toJson() const
{
    QJsonObject prices;
    for (const PriceEntry& entry : m_entries) {
        prices.insert(entry.key, QJsonObject{{QStringLiteral("unit"), entry.unit},
                                             {QStringLiteral("usd"), entry.usd},
                                             {QStringLiteral("source"), entry.source}});
    }
    QJsonObject root{{QStringLiteral("currency"), QStringLiteral("USD")}, {QStringLiteral("prices"), prices}};
    if (m_asOf.isValid()) {
        root.insert(QStringLiteral("as_of"), m_asOf.toString(Qt::ISODate));
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status PriceTable::save(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson()) < 0 || !file.commit()) {
        return Status::failure(ErrorCode::Io, QCoreApplication::translate("calldeck::PriceTable",
                                                                          "The price file %1 cannot be written (%2).")
                                                  .arg(path, file.errorString()));
    }
    return {};
}

std::optional<PriceEntry> PriceTable::entry(const QString& key) const
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.constEnd()) {
        return std::nullopt;
    }
    return it.value();
}

} // namespace calldeck
