#include "script/ScriptRepository.h"

#include "script/DefaultScript.h"
#include "script/ScriptJson.h"
#include "store/SqlSupport.h"
#include "store/SqlTransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <optional>

namespace calldeck {

namespace {

const QString kDefaultName = QStringLiteral("default");
const QString kColumns = QStringLiteral("id, organization, name, version, definition");

/// The stored row as a Script: the columns win over what the definition says about itself.
Result<Script> scriptFrom(const QSqlQuery& query)
{
    Result<Script> parsed = ScriptJson::parse(query.value(4).toByteArray());
    if (!parsed) {
        return Error{ErrorCode::Database, ScriptRepository::tr("The stored script \"%1\" is damaged: %2")
                                              .arg(query.value(2).toString(), parsed.error().message)};
    }
    Script script = std::move(parsed).value();
    script.id = query.value(0).toLongLong();
    script.organization = query.value(1).toString();
    script.name = query.value(2).toString();
    script.version = query.value(3).toInt();
    return script;
}

/// The script named `name` of `organization`, or nullopt.
Result<std::optional<Script>> find(const QSqlDatabase& db, const QString& name, const QString& organization)
{
    const QString failure = ScriptRepository::tr("Could not read the script");
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("SELECT %1 FROM scripts WHERE organization = COALESCE(:org, '') AND name = :name")
                           .arg(kColumns))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":org"), organization);
    query.bindValue(QStringLiteral(":name"), name);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    if (!query.next()) {
        return std::optional<Script>();
    }
    Result<Script> script = scriptFrom(query);
    if (!script) {
        return script.error();
    }
    return std::optional<Script>(std::move(script).value());
}

/// Inserts `script` as a new row (version as given) and returns its id.
Result<qint64> insert(const QSqlDatabase& db, const Script& script)
{
    const QString failure = ScriptRepository::tr("Could not save the script \"%1\"").arg(script.name);
    const QString now = sql::nowText();
    QSqlQuery query(db);
    if (!query.prepare(
            QStringLiteral("INSERT INTO scripts (organization, name, version, definition, created_at,"
                           " updated_at) VALUES (COALESCE(:org, ''), :name, :version, :definition, :created, :updated)"
                           " RETURNING id"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":org"), script.organization);
    query.bindValue(QStringLiteral(":name"), script.name);
    query.bindValue(QStringLiteral(":version"), script.version);
    query.bindValue(QStringLiteral(":definition"), QString::fromUtf8(ScriptJson::write(script)));
    query.bindValue(QStringLiteral(":created"), now);
    query.bindValue(QStringLiteral(":updated"), now);
    if (!query.exec() || !query.next()) {
        return sql::databaseError(failure, query.lastError());
    }
    return query.value(0).toLongLong();
}

} // namespace

ScriptRepository::ScriptRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<Script> ScriptRepository::ensureDefault(const QString& organization)
{
    Result<std::optional<Script>> existing = find(m_db, kDefaultName, organization);
    if (!existing) {
        return existing.error();
    }
    if (existing.value()) {
        return *existing.value();
    }
    Script script = DefaultScript::load();
    if (script.milestones.isEmpty()) {
        return Error{ErrorCode::Internal, tr("The script shipped with CallDeck could not be read.")};
    }
    script.organization = organization;
    script.name = kDefaultName;
    script.version = 1;
    Result<qint64> id = insert(m_db, script);
    if (!id) {
        return id.error();
    }
    return get(id.value());
}

Result<QList<Script>> ScriptRepository::list(const QString& organization)
{
    if (Result<Script> seeded = ensureDefault(organization); !seeded) {
        return seeded.error();
    }
    const QString failure = tr("Could not list the scripts");
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("SELECT %1 FROM scripts WHERE organization = COALESCE(:org, '') ORDER BY name")
                           .arg(kColumns))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":org"), organization);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    QList<Script> scripts;
    while (query.next()) {
        Result<Script> script = scriptFrom(query);
        if (!script) {
            return script.error();
        }
        scripts.append(std::move(script).value());
    }
    return scripts;
}

Result<Script> ScriptRepository::get(qint64 id)
{
    const QString failure = tr("Could not read the script");
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("SELECT %1 FROM scripts WHERE id = :id").arg(kColumns))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    if (!query.next()) {
        return Error{ErrorCode::NotFound, tr("There is no script with id %1.").arg(id)};
    }
    return scriptFrom(query);
}

Result<Script> ScriptRepository::getByName(const QString& name, const QString& organization)
{
    const QString wanted = name.trimmed().isEmpty() ? kDefaultName : name.trimmed();
    if (wanted == kDefaultName) {
        return ensureDefault(organization);
    }
    Result<std::optional<Script>> existing = find(m_db, wanted, organization);
    if (!existing) {
        return existing.error();
    }
    if (!existing.value()) {
        return Error{ErrorCode::NotFound, tr("There is no script named \"%1\".").arg(wanted)};
    }
    return *existing.value();
}

Result<Script> ScriptRepository::importJson(const QByteArray& json, const QString& organization)
{
    Result<Script> parsed = ScriptJson::parse(json);
    if (!parsed) {
        return parsed;
    }
    Script script = std::move(parsed).value();
    script.id = 0;
    script.organization = organization;

    const QString failure = tr("Could not save the script \"%1\"").arg(script.name);
    SqlTransaction transaction(m_db);
    Result<std::optional<Script>> existing = find(m_db, script.name, organization);
    if (!existing) {
        return existing.error();
    }
    qint64 id = 0;
    if (existing.value()) {
        // A new version of the same script; runs keep the snapshot of the version they started with.
        id = existing.value()->id;
        script.version = existing.value()->version + 1;
        QSqlQuery query(m_db);
        if (!query.prepare(QStringLiteral("UPDATE scripts SET version = :version, definition = :definition,"
                                          " updated_at = :updated WHERE id = :id"))) {
            return sql::databaseError(failure, query.lastError());
        }
        query.bindValue(QStringLiteral(":version"), script.version);
        query.bindValue(QStringLiteral(":definition"), QString::fromUtf8(ScriptJson::write(script)));
        query.bindValue(QStringLiteral(":updated"), sql::nowText());
        query.bindValue(QStringLiteral(":id"), id);
        if (!query.exec()) {
            return sql::databaseError(failure, query.lastError());
        }
    } else {
        script.version = 1;
        Result<qint64> inserted = insert(m_db, script);
        if (!inserted) {
            return inserted.error();
        }
        id = inserted.value();
    }
    if (!transaction.commit()) {
        return sql::databaseError(failure, m_db.lastError());
    }
    return get(id);
}

Result<QByteArray> ScriptRepository::exportJson(qint64 id)
{
    Result<Script> script = get(id);
    if (!script) {
        return script.error();
    }
    return ScriptJson::write(script.value());
}

} // namespace calldeck
