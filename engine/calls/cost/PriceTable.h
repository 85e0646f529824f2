#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace calldeck {

/// One price: US dollars per unit, kept as the decimal string the user sees and as integer
/// nano-dollars for arithmetic (never a binary float for money).
struct PriceEntry
{
    QString key;              ///< "twilio.outbound_minute", "gpt-realtime.audio_in", …
    QString unit;             ///< "minute" | "token" | "character" | "second"
    QString usd;              ///< decimal string, e.g. "0.000032"
    qint64 nanosPerUnit = 0;  ///< the same amount in 10⁻⁹ dollars
    QString source;           ///< where the price comes from, or why it is unconfirmed

    friend bool operator==(const PriceEntry&, const PriceEntry&) = default;
};

/// The prices CallDeck computes call costs with (PRODUCT T10): dated defaults shipped in the
/// binary (resources/prices/prices.json), overridden entry by entry by the user's prices.json in
/// the data directory. A broken user file is reported and ignored; the defaults stay in force.
class PriceTable
{
public:
    /// An empty table; use defaults() for the shipped prices.
    PriceTable() = default;

    /// The shipped defaults.
    [[nodiscard]] static PriceTable defaults();
    /// The shipped defaults with the user's file applied; `problem` gets a readable message when
    /// the user's file is broken (the defaults are then used as they are).
    [[nodiscard]] static PriceTable load(const QString& userPath, QString* problem = nullptr);
    /// Parses a price file: {"as_of":"YYYY-MM-DD", "prices":{key:{unit, usd, source}}}.
    [[nodiscard]] static Result<PriceTable> fromJson(const QByteArray& json, const QString& fileName);
    /// "0.000032" → 32000 nano-dollars. Rejects negatives, more than 9 decimals and non-numbers.
    [[nodiscard]] static Result<qint64> parseUsdNanos(const QString& usd);
    /// 32000 → "0.000032" (shortest exact decimal).
    [[nodiscard]] static QString formatNanos(qint64 nanos);
    /// The user's editable copy: prices.json in the data directory.
    [[nodiscard]] static QString userFile();

    /// Applies the entries of the price file at `path` over this table. A missing file is fine;
    /// a broken one changes nothing and says why.
    Status mergeFile(const QString& path);
    /// Writes the table (all entries) to `path` atomically.
    [[nodiscard]] Status save(const QString& path) const;
    /// The table as a price file.
    [[nodiscard]] QByteArray toJson() const;

    /// Sets or replaces one price; `usd` must be a valid decimal amount.
    Status set(const QString& key, const QString& unit, const QString& usd, const QString& source);
    [[nodiscard]] std::optional<PriceEntry> entry(const QString& key) const;
    [[nodiscard]] bool contains(const QString& key) const { return m_entries.contains(key); }
    [[nodiscard]] QStringList keys() const { return m_entries.keys(); }
    /// The date the prices were checked.
    [[nodiscard]] QDate asOf() const { return m_asOf; }

    friend bool operator==(const PriceTable&, const PriceTable&) = default;

private:
    QMap<QString, PriceEntry> m_entries;
    QDate m_asOf;
};

} // namespace calldeck
