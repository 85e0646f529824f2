#include "store/SqlTransaction.h"

#include "store/StoreLog.h"

#include <QSqlError>

namespace calldeck {

SqlTransaction::SqlTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    // QSQLITE reports "cannot start a transaction within a transaction" as a plain failure here,
    // which is exactly the joined case.
    m_owns = m_db.transaction();
}

SqlTransaction::~SqlTransaction()
{
    if (m_owns && !m_done && !m_db.rollback()) {
        qCWarning(lcStore) << "rollback failed:" << m_db.lastError().text();
    }
}

bool SqlTransaction::commit()
{
    if (!m_owns || m_done) {
        return true;
    }
    m_done = m_db.commit();
    return m_done;
}

} // namespace calldeck
