#pragma once

#include <QSqlDatabase>

namespace calldeck {

/// Scoped transaction: rolls back unless commit() succeeded. When the caller already has a
/// transaction open (a job grouping several repository calls), it joins that one instead of
/// failing, and leaves commit or rollback to the outer owner. Joining relies on QSQLITE refusing a
/// nested BEGIN; PostgreSQL only warns there, so a QPSQL port must track the outer transaction itself.
class SqlTransaction
{
public:
    explicit SqlTransaction(QSqlDatabase db);
    ~SqlTransaction();

    SqlTransaction(const SqlTransaction&) = delete;
    SqlTransaction& operator=(const SqlTransaction&) = delete;

    /// Commits when this guard began the transaction; true on success or when joined.
    bool commit();
    /// True when this guard began the transaction (false when it joined an outer one).
    [[nodiscard]] bool owns() const { return m_owns; }

private:
    QSqlDatabase m_db;
    bool m_owns = false;
    bool m_done = false;
};

} // namespace calldeck
