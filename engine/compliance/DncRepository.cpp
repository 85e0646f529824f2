#include "compliance/DncRepository.h"

#include "contacts/CsvFormat.h"
#include "core/PhoneNumbers.h"
#include "store/SqlSupport.h"
#include "store/SqlTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace calldeck {

namespace {

const QStringList kSources = {QStringLiteral("manual"), QStringLiteral("import"), QStringLiteral("callee")};

/// A registry line is ten digits; the fast path keeps a 20-million-line import off libphonenumber.
qint64 nanpDigits(QByteArrayView line)
{
    if (line.size() != 10 || line.at(0) < '2' || line.at(3) < '2')
        return 0;
    qint64 value = 1;
    for (const char c : line) {
        if (c < '0' || c > '9')
            return 0;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

DncRepository::DncRepository(QSqlDatabase db) : m_db(std::move(db)) {}

qint64 DncRepository::digitsOf(const QString& e164)
{
    if (e164.size() < 2 || e164.size() > 16 || !e164.startsWith(QLatin1Char('+')))
        return 0;
    bool ok = false;
    const qint64 value = e164.mid(1).toLongLong(&ok);
    return ok && value > 0 ? value : 0;
}

Status DncRepository::add(const QString& e164, const QString& reason, const QString& addedBy, const QString& source,
                          const QDateTime& nowUtc)
{
    const qint64 digits = digitsOf(e164);
    if (digits == 0)
        return Status::failure(ErrorCode::InvalidArgument, tr("\"%1\" is not an E.164 number.").arg(e164));
    if (!kSources.contains(source))
        return Status::failure(ErrorCode::InvalidArgument, tr("\"%1\" is not a Do-Not-Call source.").arg(source));
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("INSERT INTO dnc_numbers (phone_digits, source, reason, added_by, added_at)"
                                      " VALUES (:digits, :source, :reason, :by, :at)"
                                      " ON CONFLICT (phone_digits) DO NOTHING"))) {
        return sql::databaseError(tr("Could not add the number to the Do-Not-Call list"), query.lastError());
    }
    query.bindValue(QStringLiteral(":digits"), digits);
    query.bindValue(QStringLiteral(":source"), source);
    query.bindValue(QStringLiteral(":reason"), sql::nullIfEmpty(reason.trimmed()));
    query.bindValue(QStringLiteral(":by"), addedBy);
    query.bindValue(QStringLiteral(":at"), sql::toText(nowUtc));
    if (!query.exec())
        return sql::databaseError(tr("Could not add the number to the Do-Not-Call list"), query.lastError());
    return {};
}

Status DncRepository::remove(const QString& e164)
{
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("DELETE FROM dnc_numbers WHERE phone_digits = :digits")))
        return sql::databaseError(tr("Could not remove the number"), query.lastError());
    query.bindValue(QStringLiteral(":digits"), digitsOf(e164));
    if (!query.exec())
        return sql::databaseError(tr("Could not remove the number"), query.lastError());
    if (query.numRowsAffected() < 1)
        return Status::failure(ErrorCode::NotFound, tr("%1 is not on the Do-Not-Call list.").arg(e164));
    return {};
}

Result<std::optional<DncEntry>> DncRepository::find(const QString& e164)
{
    const qint64 digits = digitsOf(e164);
    if (digits == 0)
        return std::optional<DncEntry>();
    if (!m_find) {
        m_find.emplace(m_db);
        if (!m_find->prepare(QStringLiteral("SELECT source, reason, added_by, added_at FROM dnc_numbers"
                                            " WHERE phone_digits = :digits"))) {
            const QSqlError error = m_find->lastError();
            m_find.reset();
            return sql::databaseError(tr("Could not check the Do-Not-Call list"), error);
        }
    }
    QSqlQuery& query = *m_find;
    query.bindValue(QStringLiteral(":digits"), digits);
    if (!query.exec())
        return sql::databaseError(tr("Could not check the Do-Not-Call list"), query.lastError());
    if (!query.next()) {
        query.finish();
        return std::optional<DncEntry>();
    }
    DncEntry entry;
    entry.e164 = e164;
    entry.source = query.value(0).toString();
    entry.reason = query.value(1).toString();
    entry.addedBy = query.value(2).toString();
    entry.addedAtUtc = sql::fromText(query.value(3));
    query.finish(); // no statement stays open between lookups
    return std::optional<DncEntry>(entry);
}

Result<QList<DncEntry>> DncRepository::list(int limit)
{
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("SELECT phone_digits, source, reason, added_by, added_at FROM dnc_numbers"
                                      " ORDER BY added_at DESC, phone_digits LIMIT :limit")))
        return sql::databaseError(tr("Could not read the Do-Not-Call list"), query.lastError());
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!query.exec())
        return sql::databaseError(tr("Could not read the Do-Not-Call list"), query.lastError());
    QList<DncEntry> entries;
    while (query.next()) {
        DncEntry entry;
        entry.e164 = QLatin1Char('+') + QString::number(query.value(0).toLongLong());
        entry.source = query.value(1).toString();
        entry.reason = query.value(2).toString();
        entry.addedBy = query.value(3).toString();
        entry.addedAtUtc = sql::fromText(query.value(4));
        entries.append(entry);
    }
    return entries;
}

Result<qint64> DncRepository::count()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM dnc_numbers")) || !query.next())
        return sql::databaseError(tr("Could not count the Do-Not-Call list"), query.lastError());
    return query.value(0).toLongLong();
}

Result<DncImportReport> DncRepository::import(QIODevice& file, const QString& reason, const QString& addedBy,
                                              const QDateTime& nowUtc)
{
    const QString failure = tr("Could not import the Do-Not-Call file");
    DncImportReport report;
    SqlTransaction transaction(m_db);
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("INSERT INTO dnc_numbers (phone_digits, source, reason, added_by, added_at)"
                                      " VALUES (:digits, 'import', :reason, :by, :at)"
                                      " ON CONFLICT (phone_digits) DO NOTHING"))) {
        return sql::databaseError(failure, query.lastError());
    }
    const QVariant why = sql::nullIfEmpty(reason.trimmed());
    const QString at = sql::toText(nowUtc);
    int lineNo = 0;
    int phoneColumn = -1; // >= 0 once a CSV header named the column
    while (!file.atEnd()) {
        const QByteArray raw = file.readLine();
        ++lineNo;
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        qint64 digits = nanpDigits(line);
        if (digits == 0) {
            QString value = QString::fromUtf8(line);
            if (lineNo == 1 && (line.contains(',') || value.compare(u"phone", Qt::CaseInsensitive) == 0)) {
                const QList<CsvRecord> header = CsvFormat::parseRecords(value);
                const QStringList fields = header.isEmpty() ? QStringList() : header.constFirst().fields;
                for (qsizetype i = 0; i < fields.size() && phoneColumn < 0; ++i) {
                    if (fields.at(i).trimmed().compare(u"phone", Qt::CaseInsensitive) == 0)
                        phoneColumn = int(i);
                }
                if (phoneColumn < 0) {
                    return Error{ErrorCode::InvalidArgument,
                                 tr("The file's first line has commas but no \"phone\" column; a CSV needs one.")};
                }
                continue;
            }
            if (phoneColumn >= 0) {
                const QList<CsvRecord> records = CsvFormat::parseRecords(value);
                const QStringList fields = records.isEmpty() ? QStringList() : records.constFirst().fields;
                value = phoneColumn < fields.size() ? fields.at(phoneColumn).trimmed() : QString();
            }
            const Result<QString> e164 = PhoneNumbers::toE164(value, QStringLiteral("US"));
            if (!e164) {
                //: %1 line number, %2 the text, %3 why it is not a number
                report.rejected.append(tr("line %1: \"%2\" is not a phone number (%3)")
                                           .arg(lineNo)
                                           .arg(value.left(40), e164.error().message));
                continue;
            }
            digits = digitsOf(e164.value());
        }
        query.bindValue(QStringLiteral(":digits"), digits);
        query.bindValue(QStringLiteral(":reason"), why);
        query.bindValue(QStringLiteral(":by"), addedBy);
        query.bindValue(QStringLiteral(":at"), at);
        if (!query.exec())
            return sql::databaseError(failure, query.lastError());
        ++report.read;
        report.added += query.numRowsAffected() > 0 ? 1 : 0;
    }
    if (!transaction.commit())
        return sql::databaseError(failure, m_db.lastError());
    return report;
}

} // namespace calldeck
