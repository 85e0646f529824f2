#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace calldeck {

/// One number on the Do-Not-Call list: who put it there, when and why.
struct DncEntry
{
    QString e164;
    QString source; ///< "manual", "import" or "callee" (asked not to be called again)
    QString reason;
    QString addedBy;
    QDateTime addedAtUtc;
};

/// What an import did: how many numbers were read and added, and every line it skipped.
struct DncImportReport
{
    qint64 read = 0;      ///< valid numbers in the file
    qint64 added = 0;     ///< of those, numbers not on the list before
    QStringList rejected; ///< "line N: reason", in file order
};

/// The internal Do-Not-Call list (dnc_numbers). Synchronous; construct it only inside a Store job.
class DncRepository
{
    Q_DECLARE_TR_FUNCTIONS(calldeck::DncRepository)
public:
    explicit DncRepository(QSqlDatabase db);

    /// Adds (or keeps) `e164`; the first entry's who/when/why stay when it is already listed.
    Status add(const QString& e164, const QString& reason, const QString& addedBy, const QString& source,
               const QDateTime& nowUtc);
    /// NotFound when the number is not listed.
    Status remove(const QString& e164);
    /// The entry of `e164`, nullopt when it may be called.
    Result<std::optional<DncEntry>> find(const QString& e164);
    /// Every entry, newest first (at most `limit`).
    Result<QList<DncEntry>> list(int limit = 100000);
    /// How many numbers are listed.
    Result<qint64> count();

    /// Imports a registry file: one 10-digit US number per line (the National DNC Registry's
    /// area-code files), or CSV with a header that has a "phone" column. Malformed lines are
    /// reported and skipped; everything else goes in within one transaction, so a failure
    /// halfway leaves the list as it was.
    Result<DncImportReport> import(QIODevice& file, const QString& reason, const QString& addedBy,
                                   const QDateTime& nowUtc);

    /// The key of a number: its E.164 digits as an integer; 0 when `e164` is not "+digits".
    static qint64 digitsOf(const QString& e164);

private:
    QSqlDatabase m_db;
    /// find()'s statement, prepared once: the gate and bulk checks look numbers up many times.
    std::optional<QSqlQuery> m_find;
};

} // namespace calldeck
