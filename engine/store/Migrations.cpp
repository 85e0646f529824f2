#include "store/Migrations.h"

#include "store/SchemaV1.h"
#include "store/SchemaV2.h"
#include "store/SchemaV3.h"
#include "store/SchemaV4.h"
#include "store/SchemaV5.h"
#include "store/SqlSupport.h"
#include "store/SqlTransaction.h"
#include "store/StoreLog.h"

#include <QSqlError>
#include <QSqlQuery>

namespace calldeck {

namespace {

const QString kNowPlaceholder = QStringLiteral(":now");

bool versionsAreSequential(const QList<MigrationStep>& steps)
{
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (steps.at(i).version != i + 1) {
            return false;
        }
    }
    return true;
}

} // namespace

Migrations::Migrations()
    : Migrations(builtInSteps())
{}

Migrations::Migrations(QList<MigrationStep> steps)
    : m_steps(std::move(steps))
    , m_sequential(versionsAreSequential(m_steps))
{
    Q_ASSERT_X(m_sequential, "Migrations", "versions must be 1, 2, 3, ... in order");
}

QList<MigrationStep> Migrations::builtInSteps()
{
    return {SchemaV1::step(), SchemaV2::step(), SchemaV3::step(), SchemaV4::step(), SchemaV5::step()};
}

int Migrations::latestVersion() const
{
    return m_steps.isEmpty() ? 0 : m_steps.constLast().version;
}

Result<int> Migrations::currentVersion(const QSqlDatabase& db) const
{
    if (!db.tables().contains(QStringLiteral("schema_migrations"))) {
        return 0;
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations"))) {
        return sql::databaseError(tr("Could not read the database schema version"), query.lastError());
    }
    return query.next() ? query.value(0).toInt() : 0;
}

Status Migrations::migrateToLatest(const QSqlDatabase& db) const
{
    return migrateTo(db, latestVersion());
}

Status Migrations::migrateTo(const QSqlDatabase& db, int version) const
{
    if (!m_sequential) {
        return Error{ErrorCode::Internal, tr("The list of schema migrations is not numbered 1, 2, 3, ...")};
    }
    if (version < 0 || version > latestVersion()) {
        return Error{ErrorCode::InvalidArgument,
                     tr("Schema version %1 does not exist; this CallDeck knows versions 0 to %2.")
                         .arg(version)
                         .arg(latestVersion())};
    }
    if (Status created = ensureVersionTable(db); !created) {
        return created;
    }
    Result<int> current = currentVersion(db);
    if (!current) {
        return current.error();
    }
    int at = current.value();
    if (at > latestVersion()) {
        return Error{ErrorCode::Database,
                     tr("The database was written by a newer CallDeck (schema version %1; this version knows up "
                        "to %2). Update CallDeck to open it.")
                         .arg(at)
                         .arg(latestVersion())};
    }
    while (at < version) {
        const MigrationStep& step = m_steps.at(at);
        if (Status applied = apply(db, step, true); !applied) {
            return applied;
        }
        at = step.version;
    }
    while (at > version) {
        const MigrationStep& step = m_steps.at(at - 1);
        if (Status reverted = apply(db, step, false); !reverted) {
            return reverted;
        }
        at = step.version - 1;
    }
    return {};
}

Status Migrations::ensureVersionTable(const QSqlDatabase& db) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                   " version INTEGER PRIMARY KEY,"
                                   " description TEXT NOT NULL,"
                                   " applied_at TEXT NOT NULL)"))) {
        return sql::databaseError(tr("Could not create the schema version table"), query.lastError());
    }
    return {};
}

Status Migrations::apply(const QSqlDatabase& db, const MigrationStep& step, bool up) const
{
    const QString failure = up ? tr("Could not upgrade the database to schema version %1").arg(step.version)
                               : tr("Could not downgrade the database from schema version %1").arg(step.version);
    SqlTransaction transaction(db);
    if (!transaction.owns()) {
        return Error{ErrorCode::Database, failure + QStringLiteral(": ") + db.lastError().text()};
    }
    const QString now = sql::nowText();
    const QStringList& statements = up ? step.up : step.down;
    for (const QString& statement : statements) {
        QSqlQuery query(db);
        bool ok = false;
        if (statement.contains(kNowPlaceholder)) {
            ok = query.prepare(statement);
            if (ok) {
                query.bindValue(kNowPlaceholder, now);
                ok = query.exec();
            }
        } else {
            ok = query.exec(statement);
        }
        if (!ok) {
            qCWarning(lcStore) << "migration" << step.version << (up ? "up" : "down") << "failed at" << statement
                               << query.lastError().text();
            return sql::databaseError(failure, query.lastError());
        }
    }
    QSqlQuery record(db);
    if (up) {
        if (!record.prepare(QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) VALUES "
                                           "(:version, :description, :now)"))) {
            return sql::databaseError(failure, record.lastError());
        }
        record.bindValue(QStringLiteral(":version"), step.version);
        record.bindValue(QStringLiteral(":description"), step.description);
        record.bindValue(kNowPlaceholder, now);
    } else {
        if (!record.prepare(QStringLiteral("DELETE FROM schema_migrations WHERE version = :version"))) {
            return sql::databaseError(failure, record.lastError());
        }
        record.bindValue(QStringLiteral(":version"), step.version);
    }
    if (!record.exec()) {
        return sql::databaseError(failure, record.lastError());
    }
    record.finish();
    if (!transaction.commit()) {
        return sql::databaseError(failure, db.lastError());
    }
    qCInfo(lcStore) << "schema" << (up ? "upgraded to" : "downgraded from") << step.version << step.description;
    return {};
}

} // namespace calldeck
