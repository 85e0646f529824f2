#pragma once

#include "contacts/Contact.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace calldeck {

/// Contacts of the local user. Synchronous; construct it only inside a Store job.
/// Expects already-normalised input (phone in E.164); validates required fields and rejects
/// anything else with ErrorCode::InvalidArgument, duplicates of a phone number with Conflict.
class ContactRepository
{
    Q_DECLARE_TR_FUNCTIONS(calldeck::ContactRepository)
public:
    explicit ContactRepository(QSqlDatabase db);

    Result<Contact> add(const Contact& contact);    ///< returns the stored row (id, timestamps)
    Result<Contact> update(const Contact& contact); ///< by id; NotFound if missing
    Status remove(qint64 id);                       ///< NotFound if missing
    Result<Contact> get(qint64 id);
    /// All contacts ordered by name; `search` matches name, company, phone, email, notes or a tag
    /// (case-insensitive substring; % and _ match literally). Empty search lists everything.
    /// SQLite's LOWER() folds ASCII only, so "åsa" does not find "Åsa" in name/company/email/notes
    /// (tags are folded by the repository and match fully).
    Result<QList<Contact>> list(const QString& search = {});
    Result<std::optional<Contact>> findByPhone(const QString& phoneE164);
    Result<qint64> count();

    /// The contact as it would be stored (trimmed, tags normalised) or InvalidArgument naming the
    /// first problem; lets a dialog check input before posting a job. Does not check duplicates.
    static Result<Contact> validated(const Contact& contact);

private:
    QSqlDatabase m_db;
};

} // namespace calldeck
