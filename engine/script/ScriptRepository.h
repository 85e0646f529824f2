#pragma once

#include "core/Result.h"
#include "script/Script.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace calldeck {

/// Scripts per organization (PRODUCT S1). Synchronous; construct it only inside a Store job.
class ScriptRepository
{
    Q_DECLARE_TR_FUNCTIONS(calldeck::ScriptRepository)
public:
    explicit ScriptRepository(QSqlDatabase db);

    /// Stores DefaultScript::load() as "default" for `organization` unless that name exists;
    /// returns the stored default either way.
    Result<Script> ensureDefault(const QString& organization = {});
    /// Scripts of `organization`, by name.
    Result<QList<Script>> list(const QString& organization = {});
    /// One script by id; NotFound otherwise.
    Result<Script> get(qint64 id);
    /// One script by name ("default" is created on first use); NotFound otherwise.
    Result<Script> getByName(const QString& name, const QString& organization = {});
    /// Validates `json` (ScriptJson) and stores it under its name: a new script, or a new version
    /// of the existing one (runs keep the version they started with). Nothing changes on error.
    Result<Script> importJson(const QByteArray& json, const QString& organization = {});
    /// The stored script as exchange JSON.
    Result<QByteArray> exportJson(qint64 id);

private:
    QSqlDatabase m_db;
};

} // namespace calldeck
