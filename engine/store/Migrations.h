#pragma once

#include "core/Result.h"
#include "store/MigrationStep.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace calldeck {

/// Versioned schema migrations with down-steps. The applied versions are rows of
/// `schema_migrations (version, description, applied_at)`; version 0 is an empty schema.
/// Each step runs in its own transaction, so a failing step leaves the previous version intact.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(calldeck::Migrations)
public:
    /// The CallDeck schema (builtInSteps()).
    Migrations();
    /// A custom list, for tests; versions must be 1, 2, 3, ... in order.
    explicit Migrations(QList<MigrationStep> steps);

    /// Every step CallDeck ships, oldest first.
    static QList<MigrationStep> builtInSteps();

    [[nodiscard]] const QList<MigrationStep>& steps() const { return m_steps; }
    /// The highest version this build knows.
    [[nodiscard]] int latestVersion() const;
    /// The version the database is at; 0 when it has no schema_migrations table yet.
    Result<int> currentVersion(const QSqlDatabase& db) const;
    /// Applies up-steps or down-steps until the database is at `version` (0..latestVersion()).
    /// Fails with Database when the database is newer than this build knows.
    Status migrateTo(const QSqlDatabase& db, int version) const;
    /// migrateTo(latestVersion()).
    Status migrateToLatest(const QSqlDatabase& db) const;

private:
    Status ensureVersionTable(const QSqlDatabase& db) const;
    Status apply(const QSqlDatabase& db, const MigrationStep& step, bool up) const;

    QList<MigrationStep> m_steps;
    bool m_sequential = true; // checked once; a broken list must not index past its end in release builds
};

} // namespace calldeck
