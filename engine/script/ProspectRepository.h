#pragma once

#include "core/Result.h"
#include "script/Prospect.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace calldeck {

/// Prospects: contacts with their sales profile (PRODUCT T13). Synchronous; inside a Store job.
class ProspectRepository
{
    Q_DECLARE_TR_FUNCTIONS(calldeck::ProspectRepository)
public:
    explicit ProspectRepository(QSqlDatabase db);

    /// The contact `contactId` with its profile; NotFound when there is no such contact.
    Result<Prospect> get(qint64 contactId);
    /// Contacts that have any prospect field set, by name.
    Result<QList<Prospect>> list();
    /// Stores `profile` on contact `contactId` (client count ≥ 0, texts trimmed, ≤ 500 chars).
    Result<Prospect> saveProfile(qint64 contactId, const ProspectProfile& profile);
    /// Adds a new contact (validated like ContactRepository::add) together with its profile.
    Result<Prospect> add(const Prospect& prospect);

private:
    QSqlDatabase m_db;
};

} // namespace calldeck
